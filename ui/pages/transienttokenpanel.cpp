#include "transienttokenpanel.h"

#include "accountsession.h"
#include "appservices.h"
#include "countdownlabel.h"
#include "messagebanner.h"
#include "secretfield.h"
#include "serveraddress.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace PlexAuth {

namespace {
constexpr qint64 lifetimeSeconds = qint64(48) * 3600; // Plex: "valid for up to 48 hours"
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
    connect(m_refreshServers, &QPushButton::clicked, this, &TransientTokenPanel::reloadServers);
    connect(m_fetch, &QPushButton::clicked, this, &TransientTokenPanel::fetch);
    connect(m_server->lineEdit(), &QLineEdit::returnPressed, this, &TransientTokenPanel::fetch);
}

void TransientTokenPanel::setSession(AccountSession *session)
{
    if (session == m_session)
        return;
    if (m_request)
        m_request->abort(); // superseded: nothing is reported
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_server->clear();
    m_result->clear();
    m_result->hide();
    m_validity->hide();
    m_validity->clearStatus();
    m_countdown.stop();
    m_banner->clear();
    setEnabled(session != nullptr);
    if (!session)
        return;
    connect(session, &AccountSession::serversChanged, this, &TransientTokenPanel::showServers);
    showServers();
    session->loadServers();
}

void TransientTokenPanel::reloadServers()
{
    if (m_session)
        m_session->refreshServers();
    m_refreshServers->setEnabled(false);
}

void TransientTokenPanel::showServers()
{
    m_refreshServers->setEnabled(!m_session->isLoadingServers());
    if (m_session->serversError() && !m_session->isLoadingServers()) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
            tr("The account's servers could not be listed: %1 You can still type a server's address.")
                .arg(m_session->serversError()->message));
    }
    if (!m_session->servers())
        return;
    const QString typed = m_server->currentText();
    m_server->clear();
    for (const PlexServer &server : *m_session->servers()) {
        if (!server.isServer())
            continue;
        const bool owned = server.owned.value_or(false);
        const QString label = owned ? tr("%1 (yours)").arg(server.name) : tr("%1 (shared)").arg(server.name);
        m_server->addItem(label, server.clientIdentifier);
    }
    if (!typed.isEmpty() && m_server->findText(typed) < 0)
        m_server->setEditText(typed);
}

std::optional<ServerTarget> TransientTokenPanel::chosenTarget(QString *problem) const
{
    const int index = m_server->findText(m_server->currentText());
    if (index >= 0 && !m_server->currentText().isEmpty())
        return ServerTarget::listed(m_server->itemData(index).toString());
    const ServerAddress::Parsed typed
        = ServerAddress::parse(m_server->currentText(), *m_services->tokenPolicy());
    if (!typed.problem.isEmpty()) {
        *problem = m_server->currentText().trimmed().isEmpty()
            ? tr("Choose one of the account's servers, or type a server's address such as "
                 "http://192.168.1.10:32400.")
            : typed.problem;
        return std::nullopt;
    }
    return ServerTarget::typed(typed.url);
}

void TransientTokenPanel::fetch()
{
    if (!m_session)
        return;
    QString problem;
    const std::optional<ServerTarget> target = chosenTarget(&problem);
    if (!target) {
        m_banner->showMessage(MessageBanner::Kind::Error, problem);
        return;
    }
    m_banner->clear();
    m_fetch->setEnabled(false);
    if (m_request)
        m_request->abort();
    m_request = m_session->transientToken(*target, this, [this](const Result<TransientToken> &got) {
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
