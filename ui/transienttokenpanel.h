#pragma once

#include "plextypes.h"

#include <QDateTime>
#include <QGroupBox>
#include <QPointer>
#include <QTimer>

class QComboBox;
class QLabel;
class QPushButton;

namespace PlexAuth {

class AppServices;
class ClipboardGuard;
class CountdownLabel;
class MessageBanner;
class PlexCall;
class SecretField;

// Asks one of the account's Plex Media Servers (or any server URL typed in) for a transient
// token: valid up to 48 hours, destroyed when the server restarts, counted down from the fetch.
class TransientTokenPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransientTokenPanel)

public:
    TransientTokenPanel(AppServices *services, ClipboardGuard *clipboard, QWidget *parent = nullptr);

    // The account whose token asks; its servers are listed once loadServers() has run.
    void setAccountToken(const QString &token);
    void loadServers();

    QComboBox *serverBox() const { return m_server; }
    QPushButton *fetchButton() const { return m_fetch; }
    SecretField *result() const { return m_result; }

private:
    void fetch();
    void showCountdown();
    std::optional<QUrl> chosenServer(QString *token) const;

    AppServices *m_services;
    QString m_accountToken;
    QComboBox *m_server;
    QPushButton *m_refreshServers;
    QPushButton *m_fetch;
    MessageBanner *m_banner;
    SecretField *m_result;
    CountdownLabel *m_validity;
    QTimer m_countdown;
    QDateTime m_fetchedAt;
    QPointer<PlexCall> m_call;
    QPointer<PlexCall> m_serversCall;
};

} // namespace PlexAuth
