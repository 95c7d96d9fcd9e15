#include "transienttokenpanel.h"

#include "appservices.h"
#include "countdownlabel.h"
#include "localaddress.h"
#include "messagebanner.h"
#include "secretfield.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace PlexAuth {

namespace {
constexpr qint64 lifetimeSeconds = qint64(48) * 3600; // Plex: "valid for up to 48 hours"

// The address to ask: a local https connection first, then any direct one, then a relay.
QUrl preferredUri(const PlexServer &server)
{
    auto score = [](const Connection &c) {
        return (c.relay ? 4 : 0) + (c.local ? 0 : 2) + (c.protocol == QLatin1String("https") ? 0 : 1);
    };
    const Connection *best = nullptr;
    for (const Connection &connection : server.connections) {
        if (!mayCarryToken(connection.uri))
            continue; // plain http across the internet would expose the token
        if (!best || score(connection) < score(*best))
            best = &connection;
    }
    return best ? best->uri : QUrl();
}

struct ServerChoice
{
    QUrl uri;
    QString accessToken; // a shared server's own token; empty: the account's token works
};
} // namespace

TransientTokenPanel::TransientTokenPanel(AppServices *services, ClipboardGuard *clipboard, QWidget *parent)
    : QGroupBox(tr("Transient token"), parent)
    , m_services(services)
    , m_server(new QComboBox(this))
    , m_refreshServers(new QPushButton(tr("Reload servers"), this))
    , m_fetch(new QPushButton(tr("Get transient token"), this))
    , m_banner(new MessageBanner(this))
    , m_result(new SecretField(clipboard, tr("Transient token"), this))
    , m_validity(new CountdownLabel(this))
{
    auto *layout = new QGridLayout(this);
    auto *explanation
        = new QLabel(tr("A token with this account's access to one server, for a tool you don't want "
                        "to give your account token. Valid up to 48 hours; destroyed when the server "
                        "restarts."),
            this);
    explanation->setWordWrap(true);
    auto *serverLabel = new QLabel(tr("&Server:"), this);
    serverLabel->setBuddy(m_server);
    m_server->setEditable(true);
    m_server->setInsertPolicy(QComboBox::NoInsert);
    m_server->lineEdit()->setPlaceholderText(
        tr("Choose a server, or type its address, e.g. http://192.168.1.10:32400"));
    m_server->setAccessibleName(tr("Server"));
    m_server->lineEdit()->setAccessibleName(tr("Server"));
    m_server->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_refreshServers->setAccessibleName(tr("Reload the account's servers"));
    m_fetch->setAccessibleName(tr("Get transient token"));
    m_validity->setWordWrap(true);
    m_validity->setPurpose(tr("Transient token validity"));
    layout->addWidget(explanation, 0, 0, 1, 3);
    layout->addWidget(serverLabel, 1, 0);
    layout->addWidget(m_server, 1, 1);
    layout->addWidget(m_refreshServers, 1, 2);
    layout->addWidget(m_fetch, 2, 1, 1, 2, Qt::AlignRight);
    layout->addWidget(m_banner, 3, 0, 1, 3);
    layout->addWidget(m_result, 4, 0, 1, 3);
    layout->addWidget(m_validity, 5, 0, 1, 3);
    layout->setColumnStretch(1, 1);
    m_result->hide();
    m_validity->hide();

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &TransientTokenPanel::showCountdown);
    connect(m_refreshServers, &QPushButton::clicked, this, &TransientTokenPanel::loadServers);
    connect(m_fetch, &QPushButton::clicked, this, &TransientTokenPanel::fetch);
    connect(m_server->lineEdit(), &QLineEdit::returnPressed, this, &TransientTokenPanel::fetch);
}

void TransientTokenPanel::setAccountToken(const QString &token)
{
    if (token == m_accountToken)
        return;
    if (m_call)
        m_call->abort();
    if (m_serversCall)
        m_serversCall->abort();
    m_accountToken = token;
    m_server->clear();
    m_result->clear();
    m_result->hide();
    m_validity->hide();
    m_validity->clearStatus();
    m_countdown.stop();
    m_banner->clear();
    setEnabled(!token.isEmpty());
}

void TransientTokenPanel::loadServers()
{
    if (m_accountToken.isEmpty())
        return;
    m_refreshServers->setEnabled(false);
    if (m_serversCall)
        m_serversCall->abort();
    m_serversCall = m_services->plexTv()->servers(
        m_accountToken, this, [this](const Result<QList<PlexServer>> &listed) {
            m_refreshServers->setEnabled(true);
            if (!listed.ok()) {
                m_banner->showMessage(MessageBanner::Kind::Warning,
                    tr("The account's servers could not be listed: %1 You can still type a server's address.")
                        .arg(listed.error().message));
                return;
            }
            const QString typed = m_server->currentText();
            m_server->clear();
            for (const PlexServer &server : listed.value()) {
                const QUrl uri = preferredUri(server);
                if (!server.isServer() || uri.isEmpty())
                    continue;
                const bool owned = server.owned.value_or(false);
                const QString label
                    = owned ? tr("%1 (yours)").arg(server.name) : tr("%1 (shared)").arg(server.name);
                m_server->addItem(label, QVariant::fromValue(uri));
                m_server->setItemData(
                    m_server->count() - 1, owned ? QString() : server.accessToken, Qt::UserRole + 1);
            }
            if (!typed.isEmpty() && m_server->findText(typed) < 0)
                m_server->setEditText(typed);
        });
}

std::optional<QUrl> TransientTokenPanel::chosenServer(QString *token) const
{
    *token = m_accountToken;
    const int index = m_server->findText(m_server->currentText());
    if (index >= 0) {
        const QString serverToken = m_server->itemData(index, Qt::UserRole + 1).toString();
        if (!serverToken.isEmpty())
            *token = serverToken; // a shared server knows its own token, not the account's
        return m_server->itemData(index).toUrl();
    }
    const QUrl typed = QUrl::fromUserInput(m_server->currentText().trimmed());
    if (!typed.isValid() || typed.host().isEmpty()
        || (typed.scheme() != QLatin1String("http") && typed.scheme() != QLatin1String("https"))
        || typed.hasQuery() || !mayCarryToken(typed))
        return std::nullopt;
    return typed;
}

void TransientTokenPanel::fetch()
{
    QString token;
    const std::optional<QUrl> server = chosenServer(&token);
    if (!server) {
        const QUrl typed = QUrl::fromUserInput(m_server->currentText().trimmed());
        const bool plainHttpAcrossTheInternet = typed.scheme() == QLatin1String("http")
            && !typed.host().isEmpty() && !typed.hasQuery() && !mayCarryToken(typed);
        m_banner->showMessage(MessageBanner::Kind::Error,
            plainHttpAcrossTheInternet
                ? tr("%1 is not on your local network, so the token would cross the internet unencrypted. "
                     "Use the "
                     "server's https address (its plex.direct address) instead.")
                      .arg(typed.host())
                : tr("Choose one of the account's servers, or type a server's address such as "
                     "http://192.168.1.10:32400 (without a query)."));
        return;
    }
    m_banner->clear();
    m_fetch->setEnabled(false);
    m_call = m_services->mediaServer()->transientToken(
        *server, token, this, [this](const Result<TransientToken> &got) {
            m_fetch->setEnabled(true);
            if (!got.ok()) {
                m_banner->showMessage(MessageBanner::Kind::Error, got.error().message);
                return;
            }
            m_result->setSecret(got.value().token);
            m_result->show();
            m_fetchedAt = got.value().fetchedAt;
            m_validity->show();
            showCountdown();
            m_countdown.start();
        });
}

void TransientTokenPanel::showCountdown()
{
    const qint64 left
        = std::max<qint64>(0, lifetimeSeconds - m_fetchedAt.secsTo(QDateTime::currentDateTimeUtc()));
    if (left == 0) {
        m_countdown.stop();
        m_validity->showCountdown(tr("This transient token has expired. Get a new one."), 0);
        return;
    }
    const QString remaining = QStringLiteral("%1:%2:%3")
                                  .arg(left / 3600)
                                  .arg((left / 60) % 60, 2, 10, QLatin1Char('0'))
                                  .arg(left % 60, 2, 10, QLatin1Char('0'));
    m_validity->showCountdown(
        tr("Fetched %1. Valid for at most %2 more (hours:minutes:seconds), and only until the server "
           "restarts.")
            .arg(QLocale().toString(m_fetchedAt.toLocalTime(), QLocale::ShortFormat), remaining),
        left);
}

} // namespace PlexAuth
