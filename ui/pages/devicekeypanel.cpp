#include "devicekeypanel.h"

#include "accountsession.h"
#include "countdownlabel.h"
#include "credentialwatch.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace PlexAuth {

namespace {
QString whenText(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

DeviceKeyPanel::DeviceKeyPanel(QWidget *parent)
    : QGroupBox(tr("Device key"), parent)
    , m_keyId(valueLabel(this))
    , m_expiry(new CountdownLabel(this))
    , m_lastRefresh(valueLabel(this))
    , m_nextRefresh(valueLabel(this))
    , m_problemTitle(new QLabel(tr("Last renewal:"), this))
    , m_problem(valueLabel(this))
    , m_refresh(new QPushButton(tr("&Refresh now"), this))
{
    setObjectName(QStringLiteral("deviceKeyPanel"));
    m_keyId->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_keyId->setAccessibleName(tr("Key ID"));
    m_expiry->setWordWrap(true);
    m_expiry->setPurpose(tr("Token expiry"));
    m_lastRefresh->setAccessibleName(tr("Last refresh"));
    m_nextRefresh->setAccessibleName(tr("Next refresh"));
    m_problem->setAccessibleName(tr("Last renewal"));
    m_refresh->setAccessibleName(tr("Refresh the token now"));
    m_refresh->setToolTip(tr("Get a new token from plex.tv now, signed with this computer's device key"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Key ID:"), m_keyId);
    form->addRow(tr("Expires:"), m_expiry);
    form->addRow(tr("Last refresh:"), m_lastRefresh);
    form->addRow(tr("Next refresh:"), m_nextRefresh);
    form->addRow(m_problemTitle, m_problem);
    form->addRow(QString(), m_refresh);
    form->setAlignment(m_refresh, Qt::AlignLeft);

    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &DeviceKeyPanel::updateExpiry);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (m_session) // the outcome comes back through renewalChanged()
            m_session->renew(this, [](const Result<Done> &) {});
    });
    setSession(nullptr);
}

void DeviceKeyPanel::setCredentialWatch(CredentialWatch *watch)
{
    if (m_watch)
        disconnect(m_watch, nullptr, this, nullptr);
    m_watch = watch;
    if (m_watch) {
        connect(m_watch, &CredentialWatch::healthChanged, this, [this](const QString &uuid) {
            if (m_session && m_session->uuid() == uuid)
                showState();
        });
    }
    showState();
}

void DeviceKeyPanel::setSession(AccountSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_expiry->clearStatus();
    if (m_session) {
        for (auto signal : { &AccountSession::tokenChanged, &AccountSession::renewalChanged })
            connect(m_session, signal, this, &DeviceKeyPanel::showState);
    }
    showState();
}

void DeviceKeyPanel::showState()
{
    const bool shown = m_session && m_session->hasDeviceKey();
    setVisible(shown);
    if (!shown) {
        m_ticker.stop();
        return;
    }
    const DeviceAuthState state = m_session->deviceAuth();
    m_keyId->setText(state.keyId);
    m_lastRefresh->setText(state.lastRefreshAt.isValid() ? whenText(state.lastRefreshAt) : tr("Not yet"));
    const QDateTime next = m_watch ? m_watch->nextRenewalAt(m_session->uuid()) : QDateTime();
    if (m_session->isRenewing())
        m_nextRefresh->setText(tr("Renewing now…"));
    else if (next.isValid())
        m_nextRefresh->setText(
            next <= QDateTime::currentDateTimeUtc() ? tr("As soon as possible") : whenText(next));
    else
        m_nextRefresh->setText(tr("Not planned while PlexAuth is not watching this account"));
    const std::optional<PlexError> &error = m_session->renewalError();
    m_problem->setText(error ? tr("Failed: %1").arg(error->message) : QString());
    m_problemTitle->setVisible(error.has_value());
    m_problem->setVisible(error.has_value());
    m_refresh->setEnabled(!m_session->isRenewing());
    updateExpiry();
    if (state.tokenExpiresAt.isValid() && !m_ticker.isActive())
        m_ticker.start();
}

void DeviceKeyPanel::updateExpiry()
{
    const QDateTime expires = m_session ? m_session->deviceAuth().tokenExpiresAt : QDateTime();
    if (!expires.isValid()) {
        m_ticker.stop();
        m_expiry->showStatus(tr("Unknown"));
        return;
    }
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(expires);
    const QString when = QLocale().toString(expires.toLocalTime(), QLocale::LongFormat);
    if (left <= 0) {
        m_ticker.stop();
        // Renewing works after expiry too: the next renewal brings a new token.
        m_expiry->showCountdown(tr("Expired on %1; the next refresh gets a new token.").arg(when), 0);
        return;
    }
    m_expiry->showCountdown(tr("In %1, on %2.").arg(CountdownLabel::durationText(left), when), left);
}

} // namespace PlexAuth
