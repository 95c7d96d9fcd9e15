#include "guifixture.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTimer>
#include <QWidget>

namespace TestSupport {

namespace {
const QString settingsFileName = QStringLiteral("PlexAuth.conf");
} // namespace

GuiFixture::GuiFixture(PlexTv plexTv, const QString &keychainService)
    : m_plexTv(plexTv)
    , m_keychainService(keychainService.isEmpty() ? keychainServiceForThisTest() : keychainService)
{
    m_serverStarted = m_server.start();
    if (!m_serverStarted)
        qWarning("GuiFixture: the fake Plex server could not start");
}

GuiFixture::~GuiFixture() = default;

QString GuiFixture::keychainServiceForThisTest()
{
    QString name = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
    if (name.startsWith(QStringLiteral("tst_")))
        name.remove(0, 4);
    return QStringLiteral("PlexAuth-test-") + name;
}

QString GuiFixture::settingsPath() const
{
    return m_dir.filePath(settingsFileName);
}

bool GuiFixture::reset(const QVariantHash &presetSettings)
{
    // The old settings object first: it writes what it holds when it goes.
    m_clipboard.reset();
    m_services.reset();
    m_settings.reset();
    if (!m_serverStarted || !m_dir.isValid()) {
        qWarning("GuiFixture: %s",
            m_serverStarted ? "no temporary directory" : "the fake Plex server is not running");
        return false;
    }
    QString error;
    if (!m_server.loadDefaultFixture(&error)) {
        qWarning("GuiFixture: the fake server's default fixture did not load: %s", qPrintable(error));
        return false;
    }
    m_server.clearFaults();
    m_server.clearRequests();

    if (QFile::exists(settingsPath()) && !QFile::remove(settingsPath())) {
        qWarning("GuiFixture: could not remove %s", qPrintable(settingsPath()));
        return false;
    }
    m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
    for (auto it = presetSettings.cbegin(); it != presetSettings.cend(); ++it)
        m_settings->setValue(it.key(), it.value());
    m_services = std::make_unique<PlexAuth::AppServices>(*m_settings, m_keychainService);
    if (m_plexTv == PlexTv::FakeServer) {
        m_services->settings().setPlexTvUrl(m_server.plexTvUrl());
        m_services->applySettings();
    }
    m_clipboard = std::make_unique<PlexAuth::ClipboardGuard>(QGuiApplication::clipboard());
    return true;
}

bool GuiFixture::cleanup()
{
    if (!m_services)
        return true;
    QSet<QString> uuids = m_addedToKeychain;
    for (const PlexAuth::StoredAccount &account : m_services->accounts()->accounts()) {
        if (account.remembered)
            uuids.insert(account.uuid);
    }
    bool ok = true;
    for (const QString &uuid : std::as_const(uuids)) {
        // The keychain item and the index entry; the token is not revoked.
        Outcome<PlexAuth::Done> removed;
        m_services->accounts()->remove(uuid, m_services.get(), removed.handler());
        if (!removed.wait(keychainTimeoutMs)) {
            qWarning("GuiFixture: removing account %s from the keychain did not finish", qPrintable(uuid));
            ok = false;
        } else if (!removed.result().ok()) {
            qWarning("GuiFixture: could not remove account %s from the keychain: %s", qPrintable(uuid),
                describe(removed.result()).constData());
            ok = false;
        } else {
            m_addedToKeychain.remove(uuid);
        }
    }
    m_clipboard.reset();
    m_services.reset();
    m_settings.reset();
    return ok;
}

std::optional<PlexAuth::StoredAccount> GuiFixture::addAccount(const FixtureAccount &who, Keep keep)
{
    return addAccount(who.account(), keep);
}

std::optional<PlexAuth::StoredAccount> GuiFixture::addAccount(
    const FixtureAccount &who, const QString &withToken, Keep keep)
{
    return addAccount(who.account(withToken), keep);
}

std::optional<PlexAuth::StoredAccount> GuiFixture::addAccount(const PlexAuth::Account &account, Keep keep)
{
    if (!m_services) {
        qWarning("GuiFixture: addAccount() before reset()");
        return std::nullopt;
    }
    const bool remember = keep == Keep::InKeychain;
    Outcome<PlexAuth::StoredAccount> added;
    m_services->accounts()->add(account, remember, m_services.get(), added.handler());
    const bool finished = added.wait(keychainTimeoutMs);
    // Unfinished, the write may still land: cleanup() removes it then too.
    if (remember && (!finished || added.result().ok()))
        m_addedToKeychain.insert(account.uuid);
    if (!finished) {
        qWarning("GuiFixture: keeping account %s did not finish", qPrintable(account.uuid));
        return std::nullopt;
    }
    if (!added.result().ok()) {
        qWarning("GuiFixture: could not keep account %s: %s", qPrintable(account.uuid),
            describe(added.result()).constData());
        return std::nullopt;
    }
    return added.result().value();
}

void whenModalAppears(std::function<void(QWidget *)> answer)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer = std::move(answer)] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            poll->stop();
            poll->deleteLater();
            answer(modal);
        }
    });
    poll->start();
}

} // namespace TestSupport
