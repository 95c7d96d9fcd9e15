#pragma once

#include "configuration.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;

namespace Ui {
class SettingsDialog;
}

namespace PlexAuth {

class AppServices;

// The user's preferences: network (request timeout, proxy), browser sign-in with a device key, how
// long a copied token stays on the clipboard, the language, and the plex.tv API URLs. OK validates (problems
// are shown inline and the dialog stays open), saves, and applies the settings to the running services;
// Cancel discards.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // `services` must outlive the dialog.
    explicit SettingsDialog(AppServices *services, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    // The new settings were saved and applied (AppServices::applySettings()).
    void settingsApplied();

private:
    // An API URL field (plex.tv's, the clients API's): validated, saved and shown as overridden alike.
    struct UrlField
    {
        QLineEdit *edit;
        QLabel *note;
        const Configured<QUrl> *configured; // this run's value, and what set it
    };
    QList<UrlField> urlFields() const;

    void load();
    void restoreDefaults();
    void save();
    // Shows the first problem inline and focuses its field; true if there is none.
    bool validate();
    void updateProxyFields();
    void setAdvancedExpanded(bool expanded);
    // Makes the height fit the content at the current width (wrapped text included, which the
    // window's minimum size does not account for). Grows only, unless `shrink`.
    void fitHeight(bool shrink);
    void selectLanguage(const QString &code);
    // Values the environment (or a flag) sets are shown read-only, saying what sets them.
    void showOverrides();
    static bool isOverridden(ConfigSource source);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppServices *m_services;
};

} // namespace PlexAuth
