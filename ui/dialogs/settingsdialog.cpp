#include "settingsdialog.h"

#include "appservices.h"
#include "appsettings.h"
#include "language.h"
#include "messagebanner.h"
#include "plextvclient.h"
#include "ui_settingsdialog.h"

#include <QIntValidator>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

namespace PlexAuth {

namespace {
// Why `text` can't be a plex.tv API URL (the plex.tv or the clients one), or empty if it can. The
// same rule as Configuration and the command line's --plex-tv-url and --plex-clients-url
// (PlexTvClient::baseUrlProblem); empty text means Plex's own.
QString apiUrlProblem(const QString &text)
{
    return text.isEmpty() ? QString() : PlexTvClient::baseUrlProblem(QUrl(text, QUrl::StrictMode));
}

QString proxyHostProblem(const QString &host)
{
    if (host.isEmpty())
        return SettingsDialog::tr("Enter the proxy's host name or address, or choose another proxy setting.");
    static const QRegularExpression notAHostName(QStringLiteral(R"([\s/\\@?#])"));
    if (host.contains(notAHostName))
        return SettingsDialog::tr("Enter only the proxy's host name or address, such as proxy.example.com, "
                                  "without http:// or a path.");
    return {};
}
} // namespace

SettingsDialog::SettingsDialog(AppServices *services, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_services(services)
{
    m_ui->setupUi(this);
    // MessageBanner's style sheet selects on its own object name; the form must not rename it.
    Q_ASSERT(m_ui->messageBanner->objectName() == QStringLiteral("messageBanner"));
    m_ui->messageBanner->clear();

    // The languages PlexAuth has a translation for, each named in its own language so whoever reads
    // them can find theirs.
    m_ui->languageCombo->addItem(tr("System default"), QString());
    for (const QString &code : Language::shipped())
        m_ui->languageCombo->addItem(Language::nativeName(code), code);

    m_ui->timeoutSpin->setRange(AppSettings::minRequestTimeoutSeconds, AppSettings::maxRequestTimeoutSeconds);
    m_ui->clipboardSpin->setRange(
        AppSettings::minClipboardClearSeconds, AppSettings::maxClipboardClearSeconds);
    m_ui->proxyPortEdit->setValidator(new QIntValidator(1, 65535, m_ui->proxyPortEdit));
    m_ui->proxyPortEdit->setFixedWidth(
        m_ui->proxyPortEdit->fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 16);
    for (QLineEdit *edit : { m_ui->plexTvUrlEdit, m_ui->plexClientsUrlEdit }) {
        edit->setMinimumWidth(
            edit->fontMetrics().horizontalAdvance(QStringLiteral("https://clients.plex.tv/api/v2/")) + 48);
    }
    // A mnemonic for the one button that has none by default.
    QPushButton *restore = m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults);
    restore->setText(tr("&Restore Defaults"));
    restore->setToolTip(tr("Puts the default values in the form; nothing is saved until you choose OK."));

    for (QRadioButton *radio : { m_ui->systemProxyRadio, m_ui->noProxyRadio, m_ui->manualProxyRadio })
        connect(radio, &QRadioButton::toggled, this, &SettingsDialog::updateProxyFields);
    connect(m_ui->advancedToggle, &QToolButton::toggled, this, &SettingsDialog::setAdvancedExpanded);
    connect(restore, &QPushButton::clicked, this, &SettingsDialog::restoreDefaults);

    load();
}

SettingsDialog::~SettingsDialog() = default;

QList<SettingsDialog::UrlField> SettingsDialog::urlFields() const
{
    const Configuration &configuration = m_services->configuration();
    return { { m_ui->plexTvUrlEdit, m_ui->plexTvUrlNote, &configuration.plexTvUrl },
        { m_ui->plexClientsUrlEdit, m_ui->plexClientsUrlNote, &configuration.plexClientsUrl } };
}

void SettingsDialog::load()
{
    const AppSettings &settings = m_services->settings();
    m_ui->timeoutSpin->setValue(settings.requestTimeoutSeconds());
    m_ui->clipboardSpin->setValue(settings.clipboardClearSeconds());
    switch (settings.proxyMode()) {
    case AppSettings::ProxyMode::System:
        m_ui->systemProxyRadio->setChecked(true);
        break;
    case AppSettings::ProxyMode::Manual:
        m_ui->manualProxyRadio->setChecked(true);
        break;
    case AppSettings::ProxyMode::None:
        m_ui->noProxyRadio->setChecked(true);
        break;
    }
    m_ui->proxyHostEdit->setText(settings.proxyHost());
    const int port = settings.proxyPort();
    m_ui->proxyPortEdit->setText(port > 0 ? QString::number(port) : QString());
    selectLanguage(settings.language());
    m_ui->deviceKeySignInCheck->setChecked(settings.browserSignInWithDeviceKey());
    m_ui->plexTvUrlEdit->setText(settings.plexTvUrl().toString());
    m_ui->plexClientsUrlEdit->setText(settings.plexClientsUrl().toString());
    showOverrides();
    // A non-default server is worth seeing.
    const bool expand = !m_ui->plexTvUrlEdit->text().isEmpty() || !m_ui->plexClientsUrlEdit->text().isEmpty();
    m_ui->advancedToggle->setChecked(expand);
    setAdvancedExpanded(expand);
    updateProxyFields();
}

bool SettingsDialog::isOverridden(ConfigSource source)
{
    return source == ConfigSource::Environment || source == ConfigSource::CommandLine;
}

void SettingsDialog::showOverrides()
{
    // A value the environment sets wins over this dialog: show it, read-only, and say where it comes from.
    const Configuration &configuration = m_services->configuration();
    for (const UrlField &field : urlFields()) {
        if (!isOverridden(field.configured->source))
            continue;
        const QString note
            = tr("Set by the environment variable %1, which overrides this setting while it is "
                 "set. Unset it to choose the address here.")
                  .arg(field.configured->setBy);
        field.edit->setText(field.configured->value.toString());
        field.edit->setReadOnly(true);
        field.edit->setAccessibleDescription(note);
        field.note->setText(note);
    }
    if (isOverridden(configuration.requestTimeoutSeconds.source)) {
        m_ui->timeoutSpin->setValue(configuration.requestTimeoutSeconds.value);
        m_ui->timeoutSpin->setReadOnly(true);
        m_ui->timeoutSpin->setToolTip(tr("Set by %1, which overrides this setting while it is set.")
                                          .arg(configuration.requestTimeoutSeconds.setBy));
    }
}

void SettingsDialog::selectLanguage(const QString &code)
{
    int index = m_ui->languageCombo->findData(code);
    if (index < 0) {
        // A language set elsewhere (by hand, or by a newer version) is kept, not silently replaced.
        m_ui->languageCombo->addItem(Language::nativeName(code), code);
        index = m_ui->languageCombo->count() - 1;
    }
    m_ui->languageCombo->setCurrentIndex(index);
}

void SettingsDialog::restoreDefaults()
{
    m_ui->messageBanner->clear();
    m_ui->timeoutSpin->setValue(AppSettings::defaultRequestTimeoutSeconds);
    m_ui->clipboardSpin->setValue(AppSettings::defaultClipboardClearSeconds);
    m_ui->systemProxyRadio->setChecked(true);
    m_ui->proxyHostEdit->clear();
    m_ui->proxyPortEdit->clear();
    selectLanguage(QString());
    m_ui->deviceKeySignInCheck->setChecked(false);
    for (const UrlField &field : urlFields()) {
        if (!field.edit->isReadOnly())
            field.edit->clear();
    }
}

void SettingsDialog::updateProxyFields()
{
    // Tab enters the radio group at the checked choice, as native dialogs do (Qt only makes the
    // group one tab stop once a radio has had the focus, and then at that one). Arrows move on.
    for (QRadioButton *radio : { m_ui->systemProxyRadio, m_ui->noProxyRadio, m_ui->manualProxyRadio }) {
        const Qt::FocusPolicy policy = radio->isChecked() ? Qt::StrongFocus : Qt::ClickFocus;
        radio->setFocusPolicy(policy);
    }
    const bool manual = m_ui->manualProxyRadio->isChecked();
    m_ui->proxyHostEdit->setEnabled(manual);
    m_ui->proxyPortLabel->setEnabled(manual);
    m_ui->proxyPortEdit->setEnabled(manual);
}

void SettingsDialog::setAdvancedExpanded(bool expanded)
{
    m_ui->advancedToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_ui->advancedGroup->setVisible(expanded);
    // Shrink back when the section folds away.
    fitHeight(!expanded);
}

void SettingsDialog::fitHeight(bool shrink)
{
    if (!isVisible())
        return; // showing sizes the dialog to its size hint anyway
    layout()->activate();
    const int fitting = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                      : layout()->totalSizeHint().height();
    if (fitting > height() || (shrink && fitting < height()))
        resize(width(), fitting);
}

bool SettingsDialog::validate()
{
    const auto fail = [this](QWidget *field, const QString &problem) {
        m_ui->messageBanner->showMessage(MessageBanner::Kind::Error, problem);
        fitHeight(false);
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            edit->selectAll();
        field->setFocus(Qt::OtherFocusReason);
        return false;
    };
    if (m_ui->manualProxyRadio->isChecked()) {
        const QString hostProblem = proxyHostProblem(m_ui->proxyHostEdit->text().trimmed());
        if (!hostProblem.isEmpty())
            return fail(m_ui->proxyHostEdit, hostProblem);
        bool ok = false;
        const int port = m_ui->proxyPortEdit->text().toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return fail(m_ui->proxyPortEdit, tr("Enter the proxy's port, a number from 1 to 65535."));
    }
    for (const UrlField &field : urlFields()) {
        const QString urlProblem
            = field.edit->isReadOnly() ? QString() : apiUrlProblem(field.edit->text().trimmed());
        if (!urlProblem.isEmpty()) {
            m_ui->advancedToggle->setChecked(true);
            return fail(field.edit, urlProblem);
        }
    }
    m_ui->messageBanner->clear();
    return true;
}

void SettingsDialog::save()
{
    AppSettings &settings = m_services->settings();
    if (!m_ui->timeoutSpin->isReadOnly())
        settings.setRequestTimeoutSeconds(m_ui->timeoutSpin->value());
    settings.setClipboardClearSeconds(m_ui->clipboardSpin->value());
    const AppSettings::ProxyMode mode = m_ui->manualProxyRadio->isChecked() ? AppSettings::ProxyMode::Manual
        : m_ui->noProxyRadio->isChecked()                                   ? AppSettings::ProxyMode::None
                                                                            : AppSettings::ProxyMode::System;
    // The manual proxy's address is kept while another mode is chosen, to be there when switching back.
    settings.setProxy(mode, m_ui->proxyHostEdit->text().trimmed(), m_ui->proxyPortEdit->text().toInt());
    settings.setLanguage(m_ui->languageCombo->currentData().toString());
    settings.setBrowserSignInWithDeviceKey(m_ui->deviceKeySignInCheck->isChecked());
    // The file keeps its own value under an override.
    const auto url = [](const QLineEdit *edit) { return QUrl(edit->text().trimmed(), QUrl::StrictMode); };
    if (!m_ui->plexTvUrlEdit->isReadOnly())
        settings.setPlexTvUrl(url(m_ui->plexTvUrlEdit));
    if (!m_ui->plexClientsUrlEdit->isReadOnly())
        settings.setPlexClientsUrl(url(m_ui->plexClientsUrlEdit));
    settings.store().sync();
}

void SettingsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The size hint leaves too little height for the wrapped notes at the width the dialog gets.
    fitHeight(false);
}

void SettingsDialog::accept()
{
    if (!validate())
        return;
    save();
    m_services->applySettings();
    Q_EMIT settingsApplied();
    // (QSettings' status is the first error it met, and stays: only an unwritable file counts here.)
    if (m_services->settings().store().status() == QSettings::AccessError) {
        // Applied to this session, but they would be lost on restart: say so rather than pretend.
        m_ui->messageBanner->showMessage(MessageBanner::Kind::Error,
            tr("The settings apply until PlexAuth quits, but could not be saved to %1. Check that the "
               "file can be written, then choose OK again, or Cancel to keep them for this session only.")
                .arg(m_services->settings().store().fileName()));
        fitHeight(false);
        return;
    }
    QDialog::accept();
}

} // namespace PlexAuth
