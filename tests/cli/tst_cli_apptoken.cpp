// plexauth apptoken create|list|revoke and token --app (issue 15 §3, plex-auth-api.md §2.11): a token
// that is its own device on plex.tv, minted by a PIN made and polled as that device and linked as the
// account, kept in the keychain, revoked on plex.tv before the item goes.

#include "secrettool.h"
#include "testsupport.h"
#include "tst_cli.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSettings>

using namespace CliFixture;
using namespace Qt::Literals::StringLiterals;

namespace {
std::optional<QString> appItem(const Account &account, const QString &clientIdentifier)
{
    return TestSupport::secretToolLookup(u"PlexAuth"_s, account.uuid + u"/app/"_s + clientIdentifier);
}

// Deletes every app token item the test made (their keys hold fresh client identifiers).
void clearAppItems()
{
    QProcess search;
    search.start(u"secret-tool"_s, { u"search"_s, u"--all"_s, u"server"_s, u"PlexAuth"_s });
    search.waitForFinished();
    static const QRegularExpression item(u"attribute\\.user = (\\S+/app/\\S+)"_s);
    const QString listing = QString::fromUtf8(search.readAllStandardOutput() + search.readAllStandardError());
    for (auto match = item.globalMatch(listing); match.hasNext();) {
        QProcess::execute(u"secret-tool"_s,
            { u"clear"_s, u"server"_s, u"PlexAuth"_s, u"user"_s, match.next().captured(1) });
    }
}

const FakePlex::RecordedRequest *find(
    const QList<FakePlex::RecordedRequest> &requests, const QByteArray &method, const QString &pathPrefix)
{
    for (const FakePlex::RecordedRequest &request : requests) {
        if (request.method == method && request.path.startsWith(pathPrefix))
            return &request;
    }
    return nullptr;
}

QStringList sequence(const QList<FakePlex::RecordedRequest> &requests)
{
    QStringList lines;
    for (const FakePlex::RecordedRequest &request : requests)
        lines.append(QString::fromLatin1(request.method) + u' ' + request.path);
    return lines;
}
} // namespace

void TestCli::appTokenIsItsOwnDeviceUntilRevoked()
{
    EXPECT_EXIT(signIn(alice), 0);
    const QString own = QSettings(m_cli->configFile(), QSettings::IniFormat)
                            .value(u"identity/clientIdentifier"_s)
                            .toString();
    m_server.clearRequests();
    const CliResult created = run({ u"apptoken"_s, u"create"_s, u"Kometa"_s });
    EXPECT_EXIT(created, 0);
    QCOMPARE(created.out, QString()); // the token only with --print
    const QList<FakePlex::RecordedRequest> requests = m_server.requests();
    qInfo().noquote() << "apptoken create:" << sequence(requests).join(u", "_s);
    QCOMPARE(
        sequence(requests).mid(0, 2), QStringList({ u"POST /api/v2/pins"_s, u"PUT /api/v2/pins/link"_s }));
    QVERIFY(sequence(requests).last().startsWith(u"GET /api/v2/pins/"_s));

    // The PIN is made and polled as the new device; only the link carries the account's token.
    const FakePlex::RecordedRequest *pin = find(requests, "POST", u"/api/v2/pins"_s);
    const FakePlex::RecordedRequest *link = find(requests, "PUT", u"/api/v2/pins/link"_s);
    const FakePlex::RecordedRequest *poll = find(requests, "GET", u"/api/v2/pins/"_s);
    QVERIFY(pin && link && poll);
    const QString app = QString::fromUtf8(pin->header("x-plex-client-identifier"));
    QVERIFY(!app.isEmpty() && app != own);
    QCOMPARE(pin->header("x-plex-device-name"), "Kometa"_ba);
    QCOMPARE(pin->header("x-plex-product"), "PlexAuth"_ba);
    QVERIFY(!pin->query.hasQueryItem(u"strong"_s));
    QVERIFY(pin->header("x-plex-token").isEmpty() && poll->header("x-plex-token").isEmpty());
    QCOMPARE(QString::fromUtf8(poll->header("x-plex-client-identifier")), app);
    QCOMPARE(QString::fromUtf8(link->header("x-plex-token")), alice.token);
    QCOMPARE(QString::fromUtf8(link->header("x-plex-client-identifier")), own);
    QVERIFY(link->body.startsWith("code="));

    const std::optional<QString> token = appItem(alice, app);
    QVERIFY(token && !token->isEmpty() && *token != alice.token);
    const CliResult printed = run({ u"token"_s, u"--app"_s, u"kometa"_s });
    EXPECT_EXIT(printed, 0);
    QCOMPARE(printed.out, *token + u'\n');
    CliRunner kometa(m_home->path(), m_server.plexTvUrl());
    kometa.setVariable(u"PLEX_TOKEN"_s, *token);
    const CliResult asKometa = kometa.run({ u"whoami"_s, u"--json"_s });
    EXPECT_EXIT(asKometa, 0);
    QCOMPARE(jsonObject(asKometa)[u"uuid"_s].toString(), alice.uuid);

    const QJsonArray listed = jsonArray(run({ u"apptoken"_s, u"list"_s, u"--json"_s }));
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed[0][u"name"_s].toString(), u"Kometa"_s);
    QCOMPARE(listed[0][u"clientIdentifier"_s].toString(), app);
    QCOMPARE(listed[0][u"listed"_s].toBool(), true);
    QVERIFY(isIsoDate(listed[0][u"createdAt"_s]) && isIsoDate(listed[0][u"lastSeenAt"_s]));
    qint64 deviceId = 0;
    for (const QJsonValue &device : jsonArray(run({ u"devices"_s, u"--json"_s }))) {
        if (device[u"clientIdentifier"_s].toString() == app) {
            QCOMPARE(device[u"name"_s].toString(), u"Kometa"_s);
            QCOMPARE(device[u"product"_s].toString(), u"PlexAuth"_s);
            deviceId = device[u"id"_s].toInteger();
        }
    }
    QVERIFY(deviceId > 0);

    m_server.clearRequests();
    const CliResult revoked = run({ u"apptoken"_s, u"revoke"_s, u"KOMETA"_s });
    EXPECT_EXIT(revoked, 0);
    qInfo().noquote() << "apptoken revoke:" << sequence(m_server.requests()).join(u", "_s);
    QCOMPARE(sequence(m_server.requests()),
        QStringList({ u"GET /devices.xml"_s, u"DELETE /devices/%1.xml"_s.arg(deviceId) }));
    QCOMPARE(appItem(alice, app), std::nullopt);
    EXPECT_FAILURE(kometa.run({ u"whoami"_s }), 3);
    QCOMPARE(jsonArray(run({ u"apptoken"_s, u"list"_s, u"--json"_s })), QJsonArray());
    EXPECT_FAILURE(run({ u"token"_s, u"--app"_s, u"Kometa"_s }), 2);
    EXPECT_EXIT(run({ u"whoami"_s }), 0); // the account's own token is untouched
}

void TestCli::appTokenNamesAreUniquePerAccount()
{
    EXPECT_EXIT(signIn(alice), 0);
    EXPECT_EXIT(signIn(bob), 0);
    EXPECT_EXIT(run({ u"apptoken"_s, u"create"_s, u"Tautulli"_s }), 0);
    m_server.clearRequests();
    const CliResult again = run({ u"apptoken"_s, u"create"_s, u"tautulli"_s });
    EXPECT_FAILURE(again, 2);
    QVERIFY2(again.err.contains(u"already has an app token"_s), again.describe().constData());
    QCOMPARE(m_server.requests().size(), 0); // refused before anything was minted
    // Another account may use the name.
    EXPECT_EXIT(run({ u"apptoken"_s, u"create"_s, u"Tautulli"_s, u"--account"_s, u"bob"_s }), 0);
    QCOMPARE(jsonArray(run({ u"apptoken"_s, u"list"_s, u"--json"_s, u"--account"_s, u"bob"_s })).size(), 1);
    EXPECT_FAILURE(run({ u"token"_s, u"--app"_s, u"Nope"_s }), 2);
    EXPECT_FAILURE(run({ u"apptoken"_s, u"create"_s, u"  "_s }), 2);
    clearAppItems();
}

void TestCli::failedRevokeKeepsTheAppToken()
{
    EXPECT_EXIT(signIn(alice), 0);
    const CliResult created = run({ u"apptoken"_s, u"create"_s, u"Overseerr"_s, u"--print"_s });
    EXPECT_EXIT(created, 0);
    const QString token = created.out.trimmed();
    QVERIFY(!token.isEmpty());
    m_server.setFault(u"/devices/*"_s, TestSupport::fault(FakePlex::FaultKind::ServerError500));
    const CliResult revoked = run({ u"apptoken"_s, u"revoke"_s, u"Overseerr"_s });
    EXPECT_FAILURE(revoked, 1);
    QVERIFY2(revoked.err.contains(u"stays in the keychain"_s), revoked.describe().constData());
    QCOMPARE(m_server.requestCount(u"/devices/*"_s), 1); // the DELETE was asked, and failed
    QCOMPARE(run({ u"token"_s, u"--app"_s, u"Overseerr"_s }).out, token + u'\n');
    CliRunner overseerr(m_home->path(), m_server.plexTvUrl());
    overseerr.setVariable(u"PLEX_TOKEN"_s, token);
    EXPECT_EXIT(overseerr.run({ u"whoami"_s }), 0);

    m_server.clearFaults();
    EXPECT_EXIT(run({ u"apptoken"_s, u"revoke"_s, u"Overseerr"_s }), 0);
    EXPECT_FAILURE(overseerr.run({ u"whoami"_s }), 3);
}

void TestCli::appTokenSecretsReachNoLogOrFile()
{
    EXPECT_EXIT(signIn(alice), 0);
    const CliResult created = run({ u"apptoken"_s, u"create"_s, u"Script"_s, u"--print"_s, u"--verbose"_s });
    EXPECT_EXIT(created, 0);
    const QString token = created.out.trimmed();
    QVERIFY(!token.isEmpty());
    const FakePlex::RecordedRequest *link = find(m_server.requests(), "PUT", u"/api/v2/pins/link"_s);
    QVERIFY(link);
    const QString code = QString::fromUtf8(link->body.mid(5));
    QCOMPARE(code.size(), 4);
    QVERIFY2(created.err.contains(u"/api/v2/pins/link"_s), created.describe().constData());
    QVERIFY2(
        !created.err.contains(token) && !created.err.contains(alice.token), created.describe().constData());
    QVERIFY2(!created.err.contains(code), created.describe().constData());
    for (const QStringList &arguments :
        { QStringList { u"apptoken"_s, u"list"_s, u"-v"_s }, QStringList { u"devices"_s, u"-v"_s },
            QStringList { u"token"_s, u"--app"_s, u"Script"_s, u"-v"_s } }) {
        const CliResult result = run(arguments);
        EXPECT_EXIT(result, 0);
        QVERIFY2(!result.err.contains(token), result.describe().constData());
    }
    QCOMPARE(TestSupport::filesContaining(m_home->path(), token.toUtf8()), QStringList());
    QCOMPARE(TestSupport::filesContaining(m_home->path(), alice.token.toUtf8()), QStringList());
    EXPECT_EXIT(run({ u"apptoken"_s, u"revoke"_s, u"Script"_s }), 0);
}

void TestCli::signOutDeletesTheAppTokens()
{
    EXPECT_EXIT(signIn(alice), 0);
    EXPECT_EXIT(run({ u"apptoken"_s, u"create"_s, u"One"_s }), 0);
    EXPECT_EXIT(run({ u"apptoken"_s, u"create"_s, u"Two"_s }), 0);
    QStringList clients;
    for (const QJsonValue &entry : jsonArray(run({ u"apptoken"_s, u"list"_s, u"--json"_s })))
        clients.append(entry[u"clientIdentifier"_s].toString());
    QCOMPARE(clients.size(), 2);
    for (const QString &client : std::as_const(clients))
        QVERIFY(appItem(alice, client));

    EXPECT_EXIT(run({ u"signout"_s }), 0);
    QCOMPARE(keychainItem(alice), std::nullopt);
    for (const QString &client : std::as_const(clients)) {
        QCOMPARE(appItem(alice, client), std::nullopt);
        QCOMPARE(TestSupport::filesContaining(m_home->path(), client.toUtf8()), QStringList());
    }
}
