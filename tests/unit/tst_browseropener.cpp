// BrowserOpener: the sign-in link goes to the desktop portal when one is on the session bus (the
// private bus of scripts/run-tests, where TestSupport::FakeDesktopPortal takes the portal's name),
// otherwise to xdg-open, which must not inherit PLEX_TOKEN or any other secret from this process.
#include "browseropener.h"
#include "fakeportal.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using PlexAuth::BrowserOpener;

namespace {

const QUrl authUrl(
    u"https://app.plex.tv/auth#?clientID=0f1e2d3c-client&code=k9x8w7v6&context%5Bdevice%5D%5Bproduct%5D=PlexAuth"_s);

// A stand-in xdg-open first in PATH: it writes its arguments and its environment next to itself.
class FakeLauncher
{
public:
    FakeLauncher()
    {
        const QString script = m_dir.filePath(u"xdg-open"_s);
        QFile file(script);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write the fake xdg-open");
        file.write(
            u"#!/bin/sh\nprintf '%s\\n' \"$@\" > '%1/args'\nenv > '%1/env.tmp'\nmv '%1/env.tmp' '%1/env'\n"_s
                .arg(m_dir.path())
                .toUtf8());
        file.close();
        file.setPermissions(file.permissions() | QFile::ExeOwner);
        m_oldPath = qgetenv("PATH");
        qputenv("PATH", m_dir.path().toUtf8() + ':' + m_oldPath);
    }
    ~FakeLauncher() { qputenv("PATH", m_oldPath); }
    Q_DISABLE_COPY_MOVE(FakeLauncher)

    bool ran() const { return QFile::exists(m_dir.filePath(u"env"_s)); }
    QStringList arguments() const { return lines(u"args"_s); }
    QStringList environment() const { return lines(u"env"_s); }

private:
    QStringList lines(const QString &name) const
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }

    QTemporaryDir m_dir;
    QByteArray m_oldPath;
};

// The route opened() reported, once; nothing when it did not come exactly once.
std::optional<BrowserOpener::Route> openAndWait(BrowserOpener &opener, const QUrl &url)
{
    QSignalSpy opened(&opener, &BrowserOpener::opened);
    opener.open(url);
    if (!opened.wait(10000) || opened.size() != 1)
        return std::nullopt;
    return opened.first().first().value<BrowserOpener::Route>();
}

bool portalOnTheBus()
{
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    return bus && bus->isServiceRegistered(u"org.freedesktop.portal.Desktop"_s).value();
}

} // namespace

class TestBrowserOpener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run the tests with scripts/run-tests");
        QVERIFY2(!portalOnTheBus(), "the test session's bus already has a desktop portal");
    }

    void thePortalGetsTheLinkAndNoProcessStarts()
    {
        const FakeLauncher launcher;
        TestSupport::FakeDesktopPortal portal;
        QVERIFY(portal.isRegistered());
        BrowserOpener opener;
        QCOMPARE(openAndWait(opener, authUrl), std::optional(BrowserOpener::Route::Portal));
        QCOMPARE(portal.uris, QStringList { authUrl.toString(QUrl::FullyEncoded) });
        QCOMPARE(portal.parentWindows, QStringList { QString() });
        QVERIFY(!launcher.ran());
    }

    void aPortalThatRefusesStartsNoLauncher()
    {
        const FakeLauncher launcher;
        TestSupport::FakeDesktopPortal portal;
        QVERIFY(portal.isRegistered());
        portal.setRefuse(true);
        BrowserOpener opener;
        QCOMPARE(openAndWait(opener, authUrl), std::optional(BrowserOpener::Route::None));
        QVERIFY(!launcher.ran()); // the link is never opened twice, nor put in an argv needlessly
    }

    void withoutAPortalXdgOpenGetsTheLinkAndNoSecret()
    {
        QVERIFY(!portalOnTheBus());
        const FakeLauncher launcher;
        const QList<QByteArray> secrets { "PLEX_TOKEN", "PLEXAUTH_PLEX_TV_URL", "GITHUB_TOKEN", "DB_PASSWORD",
            "AWS_SECRET_ACCESS_KEY" };
        for (const QByteArray &name : secrets)
            qputenv(name.constData(), "do-not-pass-this-on");
        const auto unset = qScopeGuard([&secrets] {
            for (const QByteArray &name : secrets)
                qunsetenv(name.constData());
        });
        BrowserOpener opener;
        QCOMPARE(openAndWait(opener, authUrl), std::optional(BrowserOpener::Route::Launcher));
        QTRY_VERIFY(launcher.ran());
        QCOMPARE(launcher.arguments(), QStringList { authUrl.toString(QUrl::FullyEncoded) });
        const QStringList environment = launcher.environment();
        QVERIFY(!environment.isEmpty());
        for (const QString &line : environment)
            QVERIFY2(!line.contains(u"do-not-pass-this-on"_s), qPrintable(line));
        QVERIFY(environment.contains(u"HOME="_s + QDir::homePath()));
    }

    void launcherEnvironmentDropsSecrets_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("kept");
        QTest::newRow("PLEX_TOKEN") << u"PLEX_TOKEN"_s << false;
        QTest::newRow("PLEXAUTH_*") << u"PLEXAUTH_PLEX_TV_URL"_s << false;
        QTest::newRow("lower-case token") << u"my_token"_s << false;
        QTest::newRow("password") << u"SMTP_PASSWORD"_s << false;
        QTest::newRow("passwd") << u"PASSWD"_s << false;
        QTest::newRow("secret") << u"CLIENT_SECRET"_s << false;
        QTest::newRow("credentials") << u"GOOGLE_APPLICATION_CREDENTIALS"_s << false;
        QTest::newRow("HOME") << u"HOME"_s << true;
        QTest::newRow("PATH") << u"PATH"_s << true;
        QTest::newRow("DISPLAY") << u"DISPLAY"_s << true;
        QTest::newRow("DBUS_SESSION_BUS_ADDRESS") << u"DBUS_SESSION_BUS_ADDRESS"_s << true;
        QTest::newRow("XDG_CURRENT_DESKTOP") << u"XDG_CURRENT_DESKTOP"_s << true;
    }

    void launcherEnvironmentDropsSecrets()
    {
        QFETCH(QString, name);
        QFETCH(bool, kept);
        QProcessEnvironment from;
        from.insert(name, u"value"_s);
        QCOMPARE(BrowserOpener::launcherEnvironment(from).contains(name), kept);
    }
};

QTEST_GUILESS_MAIN(TestBrowserOpener)
#include "tst_browseropener.moc"
