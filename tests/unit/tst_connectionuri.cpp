// Parse::connection reads a connection's uri through a shortcut for the plain "http(s)://HOST:PORT" that
// Plex sends (ConnectionUri keeps scheme, host and port, without a QUrl, where QUrl would keep the host
// as written). The connection must
// come out exactly as if the text had been parsed whole by QUrl(text, QUrl::StrictMode), which is what
// the parser did before: the same URLs kept, the same dropped, and the kept ones equal in every part.
// Each text here is checked against that reference, computed in the test.

#include "responseparsers.h"

#include <QJsonObject>
#include <QTest>

#include <random>

using namespace PlexAuth;
using namespace Qt::Literals::StringLiterals;

namespace {

// What the parser keeps of a connection that has a uri and nothing else, parsing it as a whole.
QUrl reference(const QString &text)
{
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.port() == 0
        || (url.scheme() != u"http" && url.scheme() != u"https"))
        return {};
    return url;
}

// Every part of a URL that anyone could read, with how it prints.
QStringList fingerprint(const QUrl &url)
{
    return { url.isValid() ? u"valid"_s : u"invalid"_s, url.isEmpty() ? u"empty"_s : u"not empty"_s,
        url.toString(QUrl::FullyEncoded), url.toString(), url.toDisplayString(), url.scheme(), url.host(),
        url.host(QUrl::FullyEncoded), QString::number(url.port()), url.authority(), url.path(),
        url.path().isNull() ? u"null path"_s : u"path"_s, url.userInfo(), url.query(), url.fragment(),
        url.hasQuery() ? u"query"_s : u"no query"_s, url.hasFragment() ? u"fragment"_s : u"no fragment"_s,
        url.isRelative() ? u"relative"_s : u"absolute"_s, QString::fromLatin1(url.toEncoded()),
        QString::number(qHash(url)), url.errorString().isEmpty() ? u"no error"_s : u"error"_s };
}

QStringList hosts()
{
    QStringList list = { u"10.0.0.5"_s, u"192.168.1.20"_s, u"10.0.0"_s, u"10.1"_s, u"1"_s, u"0"_s,
        u"0x7f.0.0.1"_s, u"0177.0.0.1"_s, u"256.0.0.1"_s, u"1.2.3.4."_s, u"1.2.3.4.5"_s, u"4294967295"_s,
        u"4294967296"_s, u"999999999999"_s, u"01.02.03.04"_s, u"1..2.3"_s, u"plex.tv"_s, u"PLEX.TV"_s,
        u"Podcasts.Provider.Plex.tv"_s, u"a-b.c"_s, u"-a.b"_s, u"a-.b"_s, u"a--b.c"_s, u"ab--cd.com"_s,
        u"xn--nxasmq6b.com"_s, u"xn--a.com"_s, u"xn--zz"_s, u"XN--NXASMQ6B.COM"_s, u"xn--"_s, u"a..b"_s,
        u".a"_s, u"a."_s, u".."_s, u"."_s, u"-"_s, u"--"_s, u"v1.-"_s, u"v1.x"_s, u"v1.abc"_s, u"vf.-"_s,
        u"v.x"_s, u"localhost"_s, u"123"_s, u"1-2-3-4"_s, u"0.0.0.0"_s, u"255.255.255.255"_s, u"1.1.1"_s,
        u"1.1.1.1a"_s, u"1.1.1.a"_s, u"a.1"_s, u"a.b1"_s, u"1a.b"_s, u"a-b.c-d"_s, u"ab--c.com"_s,
        u"abc--d.com"_s, u"a_b.com"_s, u"a.0x1f"_s, u"0x1f"_s, u"a.B"_s,
        u"fd12-3456-789a-1--5.a4aa1d1256f56bd9f3b43b6ca2358202.plex.direct"_s,
        u"10-0-0-5.a4aa1d1256f56bd9f3b43b6ca2358202.plex.direct"_s, u"[::1]"_s, u"[2001:db8::1]"_s,
        u"2001:db8::1"_s, u"[v1.x]"_s, u"h_st.local"_s, u"h st"_s, u"h%41st"_s, u"h%zz"_s, u"user@host"_s,
        u"h\u00e9te.fr"_s, u"\uff11\uff10.0.0.1"_s, u"h\u0015st"_s, u""_s };
    list << QString(63, u'a') + u".com"_s << QString(64, u'a') + u".com"_s;
    for (const int length : { 252, 253, 254, 255, 256 }) {
        QString name;
        while (name.size() < length)
            name += name.isEmpty() ? u"a"_s : u".a"_s;
        list << name.left(length);
    }
    return list;
}

QStringList ports()
{
    return { u"32400"_s, u"1"_s, u"80"_s, u"080"_s, u"00080"_s, u"65535"_s, u"65536"_s, u"99999"_s,
        u"123456"_s, u"0"_s, u"00"_s, u""_s, u"+1"_s, u"-1"_s, u" 1"_s, u"1 "_s, u"\u0663"_s, u"80/"_s,
        u"80/path"_s, u"80?q"_s, u"80#f"_s };
}

// Random texts over the characters of a plain host with a few others mixed in, fixed seed.
QStringList randomTexts(int count)
{
    static const QString common = u"abcdefghijklmnopqrstuvwxyzABCXYZ0123456789....----"_s;
    static const QString rare = u":/[]@%_ ~?#\u00e9\uff10"_s;
    std::mt19937 random(20261203);
    const auto pick
        = [&random](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
    QStringList texts;
    for (int i = 0; i < count; ++i) {
        QString host;
        const int length = pick(0, 24);
        for (int c = 0; c < length; ++c)
            host += pick(0, 40) == 0 ? rare.at(pick(0, int(rare.size()) - 1))
                                     : common.at(pick(0, int(common.size()) - 1));
        const QString scheme = pick(0, 9) == 0 ? u"HTTP"_s : (pick(0, 1) ? u"https"_s : u"http"_s);
        const QString port = pick(0, 9) == 0 ? QString() : u":"_s + QString::number(pick(0, 70000));
        texts << scheme + u"://"_s + host + port;
    }
    return texts;
}

} // namespace

class TestConnectionUri : public QObject
{
    Q_OBJECT

private:
    // How an address reads and prints: a ConnectionUri, or the QUrl it is checked against.
    template<typename Address> static QStringList readings(const Address &address)
    {
        return { address.isValid() ? u"valid"_s : u"invalid"_s, address.scheme(), address.host(),
            QString::number(address.port()), QString::number(address.port(7)), address.toString() };
    }

    static void check(const QString &text)
    {
        const Connection connection = Parse::connection(QJsonObject { { u"uri"_s, text } });
        const QUrl expected = reference(text);
        const QUrl url = connection.uri.toUrl();
        if (url != expected || fingerprint(url) != fingerprint(expected)
            || readings(connection.uri) != readings(expected) || connection.uri != ConnectionUri(expected)
            || connection.protocol != expected.scheme()) {
            QFAIL(qPrintable(u"%1: %2 (%3), parsed whole: %4"_s.arg(text, fingerprint(url).join(u" | "),
                readings(connection.uri).join(u" | "), fingerprint(expected).join(u" | "))));
        }
    }

private Q_SLOTS:
    void plainUrisAsPlexSendsThem()
    {
        for (const QString &text : { u"https://10-0-0-5.a4aa1d1256f56bd9f3b43b6ca2358202.plex.direct:32400"_s,
                 u"http://10.0.0.5:32400"_s, u"https://203.0.113.7:41236"_s,
                 u"https://relay.plex.direct:8443"_s }) {
            check(text);
            QVERIFY(Parse::connection(QJsonObject { { u"uri"_s, text } }).uri.isValid());
        }
    }

    void everyHostAndPortAsParsedWhole()
    {
        for (const QString &scheme : { u"http"_s, u"https"_s, u"Https"_s, u"ftp"_s }) {
            for (const QString &host : hosts()) {
                check(scheme + u"://"_s + host);
                for (const QString &port : ports())
                    check(scheme + u"://"_s + host + u':' + port);
            }
        }
    }

    void randomTextsAsParsedWhole()
    {
        for (const QString &text : randomTexts(20000))
            check(text);
    }
};

QTEST_GUILESS_MAIN(TestConnectionUri)
#include "tst_connectionuri.moc"
