#pragma once

#include "homeparsers.h"
#include "storedaccount.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Ui {
class HomePinDialog;
}

namespace PlexAuth {

class AccountSession;
class AppServices;

// Switching to a protected Plex Home profile (plex-auth-api.md §2.9): its PIN in a password field,
// and whether to keep the profile in the keychain. A wrong PIN (plex.tv 1041) is said in the dialog,
// which stays open with the field ready for another try; once plex.tv accepts it, the profile is kept
// as an account linked to the Home account and the dialog closes.
class HomePinDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomePinDialog)

public:
    HomePinDialog(
        AppServices *services, AccountSession *homeSession, const HomeUser &user, QWidget *parent = nullptr);
    ~HomePinDialog() override;

    // The profile's account once it is kept (after Accepted).
    const std::optional<StoredAccount> &profile() const { return m_profile; }
    bool isSwitching() const { return m_switching; }

    QLineEdit *pinEdit() const;
    QLabel *errorLabel() const;
    QCheckBox *rememberCheck() const;
    QPushButton *switchButton() const;

    void accept() override;

Q_SIGNALS:
    // plex.tv answered (or failed), and the dialog is ready again or closing.
    void attemptFinished(bool ok);

private:
    void setSwitching(bool switching);
    void showProblem(const QString &message);

    std::unique_ptr<Ui::HomePinDialog> m_ui;
    AppServices *m_services;
    QPointer<AccountSession> m_session;
    HomeUser m_user;
    std::optional<StoredAccount> m_profile;
    bool m_switching = false;
};

} // namespace PlexAuth
