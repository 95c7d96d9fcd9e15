#include "sourcelookuppanel.h"

#include "accountsession.h"
#include "appservices.h"
#include "clipboardguard.h"
#include "connectionsview.h"
#include "curlcommand.h"
#include "messagebanner.h"
#include "secretfield.h"
#include "serveraddress.h"
#include "sourceid.h"
#include "sourceidvalidator.h"
#include "tabchain.h"
#include "themecolours.h"
#include "ui_sourcelookuppanel.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace PlexAuth {

namespace {
enum ItemRole
{
    UriRole = Qt::UserRole, // QUrl: an address to ask at; empty: the best connection, tested first
    OriginRole, // int (AddressOrigin): who named UriRole's address
    MachineRole,
    SharedRole, // bool: shared with the account, so its own access token asks
    NameRole,
};

void setHintColor(QLabel *label, bool problem)
{
    // The palette's own text colour, or a red that reads on it (light or dark).
    const QColor background = label->parentWidget()->palette().color(QPalette::Window);
    label->setStyleSheet(problem
            ? QStringLiteral("color: %1;")
                  .arg(ThemeColours::forText(ThemeColours::Tone::Negative, background).name())
            : QString());
}
} // namespace

SourceLookupPanel::SourceLookupPanel(AppServices *services, ClipboardGuard *clipboard, QWidget *parent)
    : QGroupBox(tr("Source lookup"), parent)
    , m_services(services)
    , m_clipboard(clipboard)
    , m_ui(std::make_unique<Ui::SourceLookupForm>())
    , m_banner(new MessageBanner(this))
    , m_resultBox(new QWidget(this))
    , m_deviceName(new QLabel(m_resultBox))
    , m_clientIdentifier(new QLabel(m_resultBox))
    , m_token(new SecretField(clipboard, tr("Source access token"), m_resultBox))
    , m_connections(new ConnectionsView(services, tr("Source connections"), m_resultBox))
    , m_copyCurl(new QPushButton(tr("Copy as &curl"), m_resultBox))
    , m_includeToken(new QCheckBox(tr("Include the to&ken"), m_resultBox))
{
    setAccessibleName(tr("Source lookup"));
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    m_server = m_ui->serverBox;
    m_serverHint = m_ui->serverHint;
    m_source = m_ui->sourceEdit;
    m_sourceHint = m_ui->sourceHint;
    m_refresh = m_ui->refreshBox;
    m_lookUp = m_ui->lookUpButton;
    m_server->lineEdit()->setAccessibleName(m_server->accessibleName());
    m_server->lineEdit()->setPlaceholderText(
        tr("Choose a server, or type its address, e.g. https://192-168-1-10.<id>.plex.direct:32400"));
    m_server->view()->setAccessibleName(tr("The account's servers"));
    auto *validator = new SourceIdValidator(m_source);
    validator->setLenient(true); // never swallow a keystroke: the hint says what is wrong
    m_source->setValidator(validator);
    m_source->setPlaceholderText(tr("e.g. %1").arg(SourceId::exampleProvider()));
    m_source->setToolTip(tr("A source identifier, such as %1 or %2")
                             .arg(SourceId::exampleProvider(), SourceId::exampleServer()));

    auto *nameLabel = new QLabel(tr("Device:"), m_resultBox);
    auto *idLabel = new QLabel(tr("Client identifier:"), m_resultBox);
    auto *tokenLabel = new QLabel(tr("Access token:"), m_resultBox);
    tokenLabel->setToolTip(tr("The token for this source, as the server gave it"));
    tokenLabel->setBuddy(m_token->findChild<QLineEdit *>());
    for (QLabel *value : { m_deviceName, m_clientIdentifier }) {
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setFocusPolicy(Qt::StrongFocus);
    }
    m_deviceName->setAccessibleName(tr("Source device name"));
    m_clientIdentifier->setAccessibleName(tr("Source client identifier"));
    nameLabel->setBuddy(m_deviceName);
    idLabel->setBuddy(m_clientIdentifier);
    m_connections->setFilterVisible(true);
    m_connections->testButton()->setText(tr("Test connect&ions"));
    m_connections->testButton()->setAccessibleName(tr("Test the source's connections"));
    m_copyCurl->setAccessibleName(tr("Copy a curl command for the selected connection"));
    m_copyCurl->setToolTip(tr("A curl command for the selected connection (else the best one). The token "
                              "stays the $PLEX_TOKEN shell variable unless the token is included."));
    m_includeToken->setAccessibleName(tr("Include the source's token in the curl command"));
    m_includeToken->setToolTip(tr("Put the real token in the command; the clipboard is then cleared "
                                  "again shortly"));
    m_connections->buttonRow()->insertWidget(2, m_copyCurl);
    m_connections->buttonRow()->insertWidget(3, m_includeToken);
    // Tab as laid out: the form (made last, from the .ui file) first, then the message, the result
    // and its connections, with Copy as curl and its check box on the buttons' row.
    setTabChain({ m_server, m_source, m_refresh, m_lookUp, m_banner->actionButton(), m_banner->closeButton(),
        m_deviceName, m_clientIdentifier, m_token->findChild<QLineEdit *>(), m_token->revealButton(),
        m_token->copyButton(), m_connections->table(), m_connections->testButton(),
        m_connections->copyUriButton(), m_copyCurl, m_includeToken, m_connections->filterEdit(),
        m_connections->useAddressButton(), m_connections->copyAddressButton() });

    // One label column for the form and the result.
    const QList<QLabel *> labels { m_ui->serverLabel, m_ui->sourceLabel, nameLabel, tokenLabel };
    int labelWidth = 0;
    for (QLabel *label : labels)
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    for (QLabel *label : labels)
        label->setMinimumWidth(labelWidth);
    auto *deviceRow = new QHBoxLayout;
    deviceRow->addWidget(m_deviceName);
    deviceRow->addSpacing(24);
    deviceRow->addWidget(idLabel);
    deviceRow->addWidget(m_clientIdentifier, 1);
    auto *result = new QFormLayout(m_resultBox);
    result->setContentsMargins(0, 0, 0, 0);
    result->addRow(nameLabel, deviceRow);
    result->addRow(tokenLabel, m_token);
    result->addRow(m_connections);
    m_resultBox->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(form);
    layout->addWidget(m_banner);
    layout->addWidget(m_resultBox);

    connect(m_server, &QComboBox::currentTextChanged, this, [this] {
        updateServerHint();
        updateLookUpButton();
    });
    connect(m_source, &QLineEdit::textChanged, this, [this] {
        updateSourceHint();
        updateLookUpButton();
    });
    // Only sent with an acceptable (valid) source: the validator sees to that.
    connect(m_source, &QLineEdit::returnPressed, this, &SourceLookupPanel::lookUp);
    connect(m_lookUp, &QPushButton::clicked, this, &SourceLookupPanel::lookUp);
    connect(m_copyCurl, &QPushButton::clicked, this, &SourceLookupPanel::copyCurl);
    setSession(nullptr);
    updateSourceHint();
}

SourceLookupPanel::~SourceLookupPanel() = default;

void SourceLookupPanel::setSession(AccountSession *session)
{
    cancel();
    m_session = session;
    m_server->clear();
    m_banner->clear();
    m_result.reset();
    m_resultBox->hide();
    m_token->clear();
    m_connections->clear();
    m_includeToken->setChecked(false);
    updateServerHint();
    updateLookUpButton();
}

void SourceLookupPanel::setServers(const QList<PlexServer> &servers)
{
    const QString typed = m_server->currentText();
    const QSignalBlocker blocker(m_server);
    m_server->clear();
    for (const PlexServer &server : servers) {
        if (!server.isServer())
            continue;
        const bool owned = server.owned.value_or(false);
        const QString shared = server.sourceTitle.isEmpty()
            ? tr("%1 (shared)").arg(server.name)
            : tr("%1 (shared by %2)").arg(server.name, server.sourceTitle);
        m_server->addItem(owned ? tr("%1 (yours)").arg(server.name) : shared);
        const int index = m_server->count() - 1;
        m_server->setItemData(index, QUrl(), UriRole);
        m_server->setItemData(index, server.clientIdentifier, MachineRole);
        m_server->setItemData(index, !owned && !server.accessToken.isEmpty(), SharedRole);
        m_server->setItemData(index, server.name, NameRole);
    }
    if (!typed.isEmpty() && m_server->findText(typed) < 0)
        m_server->setEditText(typed);
    else if (m_server->count() > 0)
        m_server->setCurrentIndex(std::max(0, m_server->findText(typed)));
    updateServerHint();
    updateLookUpButton();
}

void SourceLookupPanel::setServerUri(
    const QString &machineIdentifier, const QUrl &uri, AddressOrigin origin, bool select)
{
    const int index = m_server->findData(machineIdentifier, MachineRole);
    if (index < 0)
        return;
    m_server->setItemData(index, uri, UriRole);
    m_server->setItemData(index, int(origin), OriginRole);
    m_server->setItemData(index, uri.toString(), Qt::ToolTipRole);
    if (select) {
        m_server->setCurrentIndex(index);
        m_server->setEditText(m_server->itemText(index));
    }
    updateServerHint();
}

SourceLookupPanel::Target SourceLookupPanel::target() const
{
    Target chosen;
    const QString text = m_server->currentText().trimmed();
    if (const int index = m_server->findText(m_server->currentText()); index >= 0 && !text.isEmpty()) {
        chosen.address = m_server->itemData(index, UriRole).toUrl();
        chosen.name = m_server->itemData(index, NameRole).toString();
        chosen.shared = m_server->itemData(index, SharedRole).toBool();
        const auto origin = chosen.address.isEmpty()
            ? AddressOrigin::ListedByPlexTv
            : static_cast<AddressOrigin>(m_server->itemData(index, OriginRole).toInt());
        chosen.server
            = ServerTarget::listed(m_server->itemData(index, MachineRole).toString(), chosen.address, origin);
        return chosen;
    }
    if (text.isEmpty()) {
        chosen.problem = tr("Choose one of the account's servers, or type a server's address.");
        return chosen;
    }
    const ServerAddress::Parsed typed = ServerAddress::parse(text, *m_services->tokenPolicy());
    chosen.name = typed.url.isValid() ? typed.url.host() : text;
    chosen.problem = typed.problem;
    chosen.address = typed.url;
    if (typed.problem.isEmpty())
        chosen.server = ServerTarget::typed(typed.url);
    return chosen;
}

void SourceLookupPanel::updateServerHint()
{
    const Target chosen = target();
    QString text = chosen.problem;
    if (!m_session)
        text = tr("Waiting for the account's token.");
    else if (text.isEmpty() && chosen.shared)
        text = tr("Asks %1 with the token that server gave you. It is shared with you, so it will most "
                  "likely refuse: lookups need its owner's token.")
                   .arg(chosen.name);
    else if (text.isEmpty() && chosen.server && !chosen.server->machineIdentifier.isEmpty()
        && chosen.address.isEmpty())
        text = tr("Asks %1 with your account token, at the best of its connections that answers as that "
                  "server (they are tested first).")
                   .arg(chosen.name);
    else if (text.isEmpty())
        text = tr("Asks %1 with your account token.").arg(chosen.address.toString());
    m_serverHint->setText(text);
    setHintColor(m_serverHint, !chosen.problem.isEmpty() && !m_server->currentText().trimmed().isEmpty());
}

void SourceLookupPanel::updateSourceHint()
{
    const QString text = m_source->text();
    const SourceId::Check check = SourceId::check(text);
    const bool valid = check.verdict == SourceId::Verdict::Valid;
    m_sourceHint->setText(valid ? tr("A valid source.") : check.problem);
    const QString format = tr("A source identifier: server:// and a server's machine identifier, "
                              "optionally followed by / and a provider, or provider:// and an identifier, "
                              "such as %1.")
                               .arg(SourceId::exampleProvider());
    m_source->setAccessibleDescription(valid ? format : check.problem + u' ' + format);
    setHintColor(m_sourceHint, check.verdict == SourceId::Verdict::Invalid);
}

void SourceLookupPanel::changeEvent(QEvent *event)
{
    QGroupBox::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) { // the hints' colour was picked for the old palette
        updateServerHint();
        updateSourceHint();
    }
}

void SourceLookupPanel::updateLookUpButton()
{
    m_lookUp->setEnabled(m_session && SourceId::isValid(m_source->text())
        && !m_server->currentText().trimmed().isEmpty() && !isLookingUp());
}

void SourceLookupPanel::cancel()
{
    if (m_request)
        m_request->abort(); // superseded: not reported
    m_request.clear();
    m_connections->cancel();
    updateLookUpButton();
}

void SourceLookupPanel::lookUp()
{
    if (!m_lookUp->isEnabled())
        return;
    const QString source = m_source->text();
    const Target chosen = target();
    if (!chosen.problem.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Error, chosen.problem);
        return;
    }
    m_banner->clear();
    m_connections->cancel();
    const bool refresh = m_refresh->isChecked();
    m_request = m_session->lookUpSource(
        *chosen.server, source, refresh, this, [this, source](const Result<SourceDevice> &found) {
            m_request.clear();
            updateLookUpButton();
            if (!found.ok()) {
                m_result.reset();
                m_resultBox->hide();
                m_banner->showMessage(MessageBanner::Kind::Error, found.error().message);
                Q_EMIT lookupFinished(false);
                return;
            }
            showResult(found.value(), source);
            Q_EMIT lookupFinished(true);
        });
    updateLookUpButton();
}

void SourceLookupPanel::showResult(const SourceDevice &device, const QString &source)
{
    m_result = device;
    m_resultSource = source;
    m_deviceName->setText(device.name.isEmpty() ? tr("(no name)") : device.name);
    m_clientIdentifier->setText(device.clientIdentifier);
    m_token->setSecret(device.accessToken);
    m_token->setPlaceholderText(tr("The server gave no token"));
    const bool serverSource = source.startsWith(QLatin1String("server://"));
    m_connections->setConnections(serverSource ? device.clientIdentifier : QString(), device.connections);
    m_copyCurl->setEnabled(!device.connections.isEmpty());
    m_resultBox->show();
}

QUrl SourceLookupPanel::curlConnection() const
{
    QUrl uri = m_connections->currentUri();
    if (uri.isEmpty())
        uri = m_connections->bestUri();
    if (uri.isEmpty())
        uri = m_result->connections.first().uri.toUrl();
    return uri;
}

QString SourceLookupPanel::curlCommand(bool includeToken) const
{
    if (!m_result || m_result->connections.isEmpty())
        return {};
    return CurlCommand::forSource(
        *m_result, m_resultSource, curlConnection(), includeToken, *m_services->tokenPolicy())
        .command;
}

void SourceLookupPanel::copyCurl()
{
    if (!m_result || m_result->connections.isEmpty())
        return;
    const CurlCommand curl = CurlCommand::forSource(
        *m_result, m_resultSource, curlConnection(), m_includeToken->isChecked(), *m_services->tokenPolicy());
    if (curl.includesToken) {
        m_clipboard->copySecret(curl.command); // marked sensitive, cleared again shortly
        return;
    }
    QGuiApplication::clipboard()->setText(curl.command);
    if (!curl.whyNoToken.isEmpty())
        m_banner->showMessage(MessageBanner::Kind::Information,
            tr("Copied with $PLEX_TOKEN in place of the token: %1").arg(curl.whyNoToken));
}

} // namespace PlexAuth
