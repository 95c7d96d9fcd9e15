#include "tokeninspector.h"

#include "accountfields.h"
#include "accountsession.h"
#include "appservices.h"
#include "countdownlabel.h"
#include "credentialwatch.h"
#include "devicekeypanel.h"
#include "messagebanner.h"
#include "secretfield.h"
#include "themecolours.h"
#include "transienttokenpanel.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace PlexAuth {

TokenInspector::TokenInspector(AppServices *services, ClipboardGuard *clipboard, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_clipboard(clipboard)
    , m_banner(new MessageBanner(this))
    , m_token(new SecretField(clipboard, tr("Account token"), this))
    , m_kind(new QLabel(this))
    , m_state(new QLabel(this))
    , m_validate(new QPushButton(tr("&Validate now"), this))
    , m_deviceKey(new DeviceKeyPanel(this))
    , m_jwtGroup(new QGroupBox(tr("JSON Web Token"), this))
    , m_expiry(new CountdownLabel(this))
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_banner);

    auto *tokenGroup = new QGroupBox(tr("Token"), content);
    auto *form = new QFormLayout(tokenGroup);
    auto *tokenLabel = new QLabel(tr("&Token:"), tokenGroup);
    tokenLabel->setBuddy(m_token->findChild<QLineEdit *>());
    form->addRow(tokenLabel, m_token);
    form->addRow(tr("Kind:"), m_kind);
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_validate);
    form->addRow(tr("Status:"), stateRow);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_validate->setAccessibleName(tr("Validate the token now"));
    m_validate->setToolTip(tr("Ask plex.tv whether it still accepts this token"));
    layout->addWidget(tokenGroup);
    layout->addWidget(m_deviceKey);

    auto *jwtLayout = new QVBoxLayout(m_jwtGroup);
    m_expiry->setWordWrap(true);
    m_expiry->setPurpose(tr("Token expiry"));
    jwtLayout->addWidget(m_expiry);
    jwtLayout->addWidget(makeTable(&m_claims, tr("JWT header and claims")));
    layout->addWidget(m_jwtGroup);

    auto *detailsGroup = new QGroupBox(tr("Account"), content);
    auto *detailsLayout = new QVBoxLayout(detailsGroup);
    m_fieldsView = makeTable(&m_fields, tr("Account details"));
    detailsLayout->addWidget(m_fieldsView);
    layout->addWidget(detailsGroup, 1);
    // Made after the tables above it, so that Tab reaches it after them.
    m_transient = new TransientTokenPanel(services, clipboard, content);
    layout->addWidget(m_transient);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // it scrolls to the focused control itself
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_expiryTimer.setInterval(1000);
    connect(&m_expiryTimer, &QTimer::timeout, this, &TokenInspector::updateExpiry);
    connect(m_validate, &QPushButton::clicked, this, &TokenInspector::validateNow);
    setAccount(std::nullopt);
}

QTableView *TokenInspector::makeTable(FieldListModel *model, const QString &accessibleName)
{
    auto *view = new QTableView(this);
    view->setModel(model);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->setStyleSheet(QStringLiteral("QTableView::item { padding: 0 8px; }"));
    view->horizontalHeader()->setSectionResizeMode(
        FieldListModel::LabelColumn, QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setMinimumHeight(view->verticalHeader()->defaultSectionSize() * 5);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("&Copy value"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this, view] { copyFieldValue(view); });
    view->addAction(copy);
    return view;
}

void TokenInspector::copyFieldValue(QTableView *view)
{
    const QModelIndex current = view->currentIndex();
    if (!current.isValid())
        return;
    // Account details and claims are not secrets: a plain copy.
    QGuiApplication::clipboard()->setText(
        current.siblingAtColumn(FieldListModel::ValueColumn).data(FieldListModel::CopyTextRole).toString());
}

bool TokenInspector::hasToken() const
{
    return m_session && m_session->hasToken();
}

void TokenInspector::setAccount(const std::optional<StoredAccount> &account)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_account = account;
    m_session = account ? m_services->sessions()->session(account->uuid) : nullptr;
    m_token->clear();
    m_jwt.reset();
    m_claims.setFields({});
    m_jwtGroup->hide();
    m_expiryTimer.stop();
    m_expiry->clearStatus();
    m_banner->clear();
    m_transient->setSession(m_session);
    m_deviceKey->setSession(m_session);
    m_shownAttention.clear();
    m_validate->setEnabled(false);
    if (!m_session) {
        m_fields.setFields({});
        m_kind->clear();
        m_state->clear();
        return;
    }
    m_fields.setFields(storedAccountFields(*account));
    m_kind->clear();
    connect(m_session, &AccountSession::tokenChanged, this, &TokenInspector::showToken);
    connect(m_session, &AccountSession::tokenUnavailable, this, &TokenInspector::showTokenUnavailable);
    connect(m_session, &AccountSession::checkChanged, this, &TokenInspector::showCheck);
    if (m_session->lastCheck())
        showCheck();
    else
        showState(m_session->verdict(), m_session->checkedAt());
    switch (m_session->tokenStatus()) {
    case AccountSession::TokenStatus::Ready:
        showToken();
        break;
    case AccountSession::TokenStatus::Unavailable:
        showTokenUnavailable();
        break;
    default:
        m_token->setPlaceholderText(tr("Reading the token from the keychain…"));
        m_session->readToken();
        break;
    }
    showHealth();
}

void TokenInspector::setCredentialWatch(CredentialWatch *watch)
{
    if (m_watch)
        disconnect(m_watch, nullptr, this, nullptr);
    m_watch = watch;
    m_deviceKey->setCredentialWatch(watch);
    if (m_watch) {
        connect(m_watch, &CredentialWatch::healthChanged, this, [this](const QString &uuid) {
            if (uuid == accountUuid())
                showHealth();
        });
    }
    showHealth();
}

void TokenInspector::showHealth()
{
    const bool needsSignIn
        = m_watch && m_account && m_watch->health(m_account->uuid) == CredentialWatch::Health::NeedsSignIn;
    if (!needsSignIn) {
        if (!m_shownAttention.isEmpty() && m_banner->text() == m_shownAttention)
            m_banner->clear(); // the problem is over
        m_shownAttention.clear();
        return;
    }
    m_shownAttention = m_watch->attention(m_account->uuid);
    m_banner->showMessage(MessageBanner::Kind::Error, m_shownAttention);
    const QString login = m_account->email.isEmpty() ? m_account->username : m_account->email;
    m_banner->setAction(tr("Sign in again…"), [this, login] { Q_EMIT signInAgainRequested(login); });
}

void TokenInspector::showTokenUnavailable()
{
    m_token->setPlaceholderText(tr("Not available"));
    const PlexError error = m_session->tokenError().value_or(PlexError {});
    m_banner->showMessage(MessageBanner::Kind::Error, error.message);
    if (error.kind == ErrorKind::NotSignedIn) {
        const QString login = m_account->email.isEmpty() ? m_account->username : m_account->email;
        m_banner->setAction(tr("Sign in again…"), [this, login] { Q_EMIT signInAgainRequested(login); });
    }
}

void TokenInspector::showToken()
{
    const QString token = m_session->tokenForPerson();
    m_token->setSecret(token);
    m_validate->setEnabled(!m_session->isValidating());
    m_jwt = Jwt::decode(token);
    // Once per account and run: plex.tv's answer also brings the account's details.
    if (!m_session->checkedThisRun())
        validateNow();
    m_claims.setFields({});
    m_jwtGroup->hide();
    m_expiryTimer.stop();
    // A Plex JWT of this computer's device key was verified when it came; its expiry and renewals are in
    // the device key panel.
    const bool deviceKey = m_session->hasDeviceKey();
    if (m_jwt) {
        m_claims.setFields(jwtFields(*m_jwt));
        m_jwtGroup->show();
        m_expiry->setVisible(!deviceKey);
    }
    if (deviceKey) {
        m_kind->setText(tr("Plex JWT with device key"));
        return;
    }
    if (!m_jwt) {
        m_kind->setText(tr("Classic token (does not expire), %n characters", nullptr, int(token.size())));
        return;
    }
    const QString algorithm = m_jwt->algorithm().isEmpty() ? tr("unknown algorithm") : m_jwt->algorithm();
    m_kind->setText(
        tr("JSON Web Token, signed with %1 (decoded here; the signature is not checked)").arg(algorithm));
    updateExpiry();
    if (m_jwt->expiresAt)
        m_expiryTimer.start();
}

void TokenInspector::updateExpiry()
{
    if (!m_jwt || !m_jwt->expiresAt) {
        m_expiry->showStatus(tr("This token carries no expiry time."));
        return;
    }
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(*m_jwt->expiresAt);
    const QString when = QLocale().toString(m_jwt->expiresAt->toLocalTime(), QLocale::LongFormat);
    if (left <= 0) {
        m_expiryTimer.stop();
        m_expiry->showCountdown(tr("Expired on %1.").arg(when), 0);
        return;
    }
    m_expiry->showCountdown(tr("Expires in %1, on %2.").arg(CountdownLabel::durationText(left), when), left);
}

void TokenInspector::validateNow()
{
    if (!m_session || m_session->isValidating()
        || m_session->tokenStatus() == AccountSession::TokenStatus::Unavailable)
        return; // the banner already says why there is no token to check
    m_validate->setEnabled(false);
    m_state->setText(tr("Checking with plex.tv…"));
    m_session->validate(); // waits for the keychain if the token is still being read
}

void TokenInspector::showCheck()
{
    const TokenCheck &check = *m_session->lastCheck();
    m_validate->setEnabled(m_session->hasToken());
    showState(check.state, check.checkedAt, check.reason);
    if (check.account)
        m_fields.setFields(accountFields(*check.account));
    if (check.state == TokenState::Invalid) {
        const QString login = m_account->email.isEmpty() ? m_account->username : m_account->email;
        m_banner->showMessage(MessageBanner::Kind::Error,
            tr("plex.tv no longer accepts this token: it was revoked (signed out elsewhere, or the password "
               "changed) or it expired. Sign in again to get a new one."));
        m_banner->setAction(tr("Sign in again…"), [this, login] { Q_EMIT signInAgainRequested(login); });
    } else if (check.state == TokenState::Unverified) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
            tr("The token could not be checked: %1 This says nothing about the token itself.")
                .arg(check.reason));
    } else {
        m_banner->clear();
    }
    showHealth(); // a problem the watch knows of outlasts a check that went well
}

void TokenInspector::showState(
    const std::optional<TokenState> &state, const QDateTime &checkedAt, const QString &reason)
{
    m_shownState = { state, checkedAt, reason };
    m_state->setToolTip(QString());
    const QString when
        = checkedAt.isValid() ? QLocale().toString(checkedAt.toLocalTime(), QLocale::ShortFormat) : QString();
    if (!state) {
        m_state->setText(tr("Not checked yet."));
        return;
    }
    // The verdict in bold and in a colour that reads on this palette, light or dark.
    const QColor background = m_state->palette().color(m_state->backgroundRole());
    const auto verdict = [&background](const QString &word, ThemeColours::Tone tone) {
        return QStringLiteral("<b style='color:%1'>%2</b>")
            .arg(ThemeColours::forText(tone, background).name(), word.toHtmlEscaped());
    };
    switch (*state) {
    case TokenState::Valid: {
        const QString valid = verdict(tr("Valid"), ThemeColours::Tone::Positive);
        m_state->setText(when.isEmpty() ? tr("%1: plex.tv accepted it.").arg(valid)
                                        : tr("%1: plex.tv accepted it (checked %2).").arg(valid, when));
        break;
    }
    case TokenState::Invalid: {
        const QString invalid = verdict(tr("Invalid"), ThemeColours::Tone::Negative);
        m_state->setText(when.isEmpty() ? tr("%1: plex.tv rejected it.").arg(invalid)
                                        : tr("%1: plex.tv rejected it (checked %2).").arg(invalid, when));
        break;
    }
    case TokenState::Unverified: {
        const QString unverified = verdict(tr("Could not verify"), ThemeColours::Tone::Caution);
        m_state->setText(when.isEmpty() ? unverified + u'.' : tr("%1 (tried %2).").arg(unverified, when));
        m_state->setToolTip(reason);
        break;
    }
    }
}

void TokenInspector::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_account) // colours picked for the old palette
        showState(m_shownState.state, m_shownState.checkedAt, m_shownState.reason);
}

void TokenInspector::copyToken()
{
    if (hasToken())
        m_token->copyButton()->click();
}

} // namespace PlexAuth
