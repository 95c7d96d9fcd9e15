// The token destination policy, as a table: where an account token or a server's access token may go.
#include "serveraddress.h"
#include "tokenpolicy.h"

#include <QTest>

using namespace PlexAuth;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(PlexAuth::AddressOrigin)

namespace {
const QString serverId = u"546684a3d18ac5c39037360ec9ce900b7af9cc36"_s;
const QString otherId = u"0123456789abcdef0123456789abcdef"_s;
} // namespace

class TestTokenPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void destinations_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<AddressOrigin>("origin");
        QTest::addColumn<QString>("verifiedAs"); // what the address answered /identity as in this run
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("reasonMentions");

        const auto api = AddressOrigin::PlexTvApi;
        const auto typed = AddressOrigin::TypedByUser;
        const auto listed = AddressOrigin::ListedByPlexTv;
        const auto answer = AddressOrigin::FromServerAnswer;
        const auto certificate = AddressOrigin::SuggestedByCertificate;
        const QString plexDirect
            = u"https://192-168-1-44.546684a3d18ac5c39037360ec9ce900b.plex.direct:32400"_s;

        // The configured plex.tv API, and nothing that only looks like it.
        QTest::newRow("plex.tv API") << u"https://plex.tv/api/v2/user"_s << api << QString() << true
                                     << QString();
        QTest::newRow("another host claiming to be the API")
            << u"https://plex.example.com/api/v2/user"_s << api << QString() << false << u"configured"_s;
        // https to a server: TLS verified, whoever listed it (plex.tv, the person).
        QTest::newRow("https listed by plex.tv") << plexDirect << listed << QString() << true << QString();
        QTest::newRow("https typed") << u"https://pms.example.com:32400"_s << typed << QString() << true
                                     << QString();
        // Loopback over plain http: this machine.
        QTest::newRow("http loopback listed")
            << u"http://127.0.0.1:32400"_s << listed << QString() << true << QString();
        QTest::newRow("http localhost typed")
            << u"http://localhost:32400"_s << typed << QString() << true << QString();
        QTest::newRow("http ::1 listed")
            << u"http://[::1]:32400"_s << listed << QString() << true << QString();
        // A private-network address over plain http: only once it answered as the server, or typed.
        QTest::newRow("http private listed, not probed")
            << u"http://192.168.1.44:32400"_s << listed << QString() << false << u"another machine"_s;
        QTest::newRow("http private listed, answered as the server")
            << u"http://192.168.1.44:32400"_s << listed << serverId << true << QString();
        QTest::newRow("http private listed, answered as another server")
            << u"http://192.168.1.44:32400"_s << listed << otherId << false << u"another machine"_s;
        QTest::newRow("http private typed")
            << u"http://10.0.0.5:32400"_s << typed << QString() << true << QString();
        QTest::newRow("http link-local typed")
            << u"http://169.254.1.2:32400"_s << typed << QString() << true << QString();
        // Plain http to anywhere else: never, not even verified.
        QTest::newRow("http public typed")
            << u"http://203.0.113.7:32400"_s << typed << QString() << false << u"not on your local network"_s;
        QTest::newRow("http public listed and verified")
            << u"http://203.0.113.7:32400"_s << listed << serverId << false << u"not on your local network"_s;
        // Addresses a certificate suggested or a server's answer named: only after they answered as the
        // server.
        QTest::newRow("certificate suggestion, not probed")
            << plexDirect << certificate << QString() << false << u"Test the server's connections"_s;
        QTest::newRow("certificate suggestion, answered as the server")
            << plexDirect << certificate << serverId << true << QString();
        QTest::newRow("server answer, not probed")
            << u"https://203-0-113-7.546684a3d18ac5c39037360ec9ce900b.plex.direct:32400"_s << answer
            << QString() << false << u"has not yet answered"_s;
        QTest::newRow("server answer, http private, answered")
            << u"http://192.168.1.44:32400"_s << answer << serverId << true << QString();
        QTest::newRow("provider on Plex's cloud over https")
            << u"https://podcasts.provider.plex.tv"_s << answer << QString() << true << QString();
        QTest::newRow("provider look-alike host")
            << u"https://podcasts.provider.plex.tv.example.com"_s << answer << QString() << false
            << u"has not yet answered"_s;
        // Never anything but an address.
        QTest::newRow("query") << u"https://pms.example.com/?X-Plex-Token=x"_s << typed << QString() << false
                               << u"not a server address"_s;
        QTest::newRow("user info") << u"https://me:pw@pms.example.com"_s << typed << QString() << false
                                   << u"not a server address"_s;
        QTest::newRow("fragment") << u"https://pms.example.com/#a"_s << typed << QString() << false
                                  << u"not a server address"_s;
        QTest::newRow("ftp") << u"ftp://192.168.1.44"_s << typed << QString() << false
                             << u"not a server address"_s;
    }

    void destinations()
    {
        QFETCH(QString, url);
        QFETCH(AddressOrigin, origin);
        QFETCH(QString, verifiedAs);
        QFETCH(bool, allowed);
        QFETCH(QString, reasonMentions);

        TokenPolicy policy;
        policy.setApiBaseUrls({ QUrl(u"https://plex.tv/api/v2"_s) });
        if (!verifiedAs.isEmpty())
            policy.recordVerified(QUrl(url), verifiedAs);
        const TokenPolicy::Verdict verdict = policy.check({ QUrl(url), origin, serverId });
        QCOMPARE(verdict.allowed, allowed);
        QCOMPARE(verdict.reason.isEmpty(), allowed);
        QVERIFY2(verdict.reason.contains(reasonMentions), qPrintable(verdict.reason));
    }

    // Where plain http may carry a token after a probe: the private ranges, and not their neighbours.
    void privateNetworkHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("isPrivate");
        for (const char *host : { "127.0.0.1", "::1", "localhost", "LocalHost", "pms.localhost", "nas.local",
                 "NAS.LOCAL", "10.1.2.3", "172.16.0.1", "172.31.255.254", "192.168.1.44", "169.254.10.1",
                 "fe80::1", "fd12:3456::1" })
            QTest::newRow(host) << QString::fromLatin1(host) << true;
        for (const char *host : { "172.15.0.1", "172.32.0.1", "192.169.0.1", "11.0.0.1", "203.0.113.7",
                 "2001:db8::1", "local", "example.com", "localhost.example.com", "" })
            QTest::newRow(*host ? host : "(empty)") << QString::fromLatin1(host) << false;
    }

    void privateNetworkHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, isPrivate);
        QCOMPARE(TokenPolicy::isPrivateNetworkHost(host), isPrivate);
    }

    void verificationIsPerAddressAndCanBeForgotten()
    {
        TokenPolicy policy;
        const QUrl address(u"http://192.168.1.44:32400"_s);
        policy.recordVerified(address, serverId);
        QVERIFY(policy.isVerified(QUrl(u"http://192.168.1.44:32400/some/path"_s), serverId));
        QVERIFY(!policy.isVerified(QUrl(u"http://192.168.1.44:32401"_s), serverId));
        QVERIFY(!policy.isVerified(QUrl(u"https://192.168.1.44:32400"_s), serverId));
        QVERIFY(!policy.isVerified(address, otherId));
        policy.forgetVerified(address);
        QVERIFY(!policy.isVerified(address, serverId));
    }

    void typedServerAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("url"); // empty: refused
        QTest::addColumn<QString>("problemMentions");
        QTest::newRow("https") << u"https://pms.example.com:32400"_s << u"https://pms.example.com:32400"_s
                               << QString();
        QTest::newRow("no scheme, private")
            << u"192.168.1.10:32400"_s << u"http://192.168.1.10:32400"_s << QString();
        QTest::newRow("no scheme, public") << u"203.0.113.7:32400"_s << QString() << u"local network"_s;
        QTest::newRow("query") << u"http://192.168.1.10:32400/?X-Plex-Token=abc"_s << QString() << u"query"_s;
        QTest::newRow("user info") << u"http://me@192.168.1.10:32400"_s << QString() << u"user name"_s;
        QTest::newRow("fragment") << u"http://192.168.1.10:32400#x"_s << QString() << u"fragment"_s;
        QTest::newRow("ftp") << u"ftp://192.168.1.10"_s << QString() << u"http or https URL"_s;
        QTest::newRow("empty") << QString() << QString() << u"http or https URL"_s;
    }

    void typedServerAddresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, url);
        QFETCH(QString, problemMentions);
        const ServerAddress::Parsed parsed = ServerAddress::parse(text, TokenPolicy());
        QCOMPARE(parsed.url, QUrl(url));
        QVERIFY2(parsed.problem.contains(problemMentions), qPrintable(parsed.problem));
        QCOMPARE(parsed.problem.isEmpty(), !url.isEmpty());
    }

    void namesAreNotAddresses()
    {
        QVERIFY(!ServerAddress::looksLikeAddress(u"Living Room PMS"_s));
        QVERIFY(!ServerAddress::looksLikeAddress(serverId));
        QVERIFY(ServerAddress::looksLikeAddress(u"192.168.1.10"_s));
        QVERIFY(ServerAddress::looksLikeAddress(u"https://pms"_s));
        QVERIFY(ServerAddress::looksLikeAddress(u"localhost"_s));
    }
};

QTEST_GUILESS_MAIN(TestTokenPolicy)
#include "tst_tokenpolicy.moc"
