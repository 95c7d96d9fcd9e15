#pragma once

#include <QString>
#include <QUrl>

namespace PlexAuth {

// A connection's address as Plex lists it, "http(s)://HOST:PORT", read as its three parts where the
// host is one that QUrl takes exactly as written, and as a QUrl otherwise. A source can list thousands
// of connections, and QUrl's host parser was 40% of reading one (callgrind, bench/results.md): the
// parts are only made into a QUrl where one is needed (a probe, a request), not for every listed row.
// Either way it reads, prints and compares as QUrl(text, QUrl::StrictMode) would (tst_connectionuri).
class ConnectionUri
{
public:
    ConnectionUri() = default;
    // Not explicit: any URL can be a connection's address (one built from its address and port, a
    // server address the user gave).
    ConnectionUri(const QUrl &url);

    // What QUrl(text, QUrl::StrictMode) makes of the text (an invalid address where that is invalid).
    static ConnectionUri parse(QString text);
    // "http" and "https", shared by every connection that names them rather than copied for each.
    static const QString &httpScheme();
    static const QString &httpsScheme();

    bool isValid() const;
    QString scheme() const;
    QString host() const;
    int port(int defaultPort = -1) const;
    QString toString() const;
    QUrl toUrl() const;

    friend bool operator==(const ConnectionUri &a, const ConnectionUri &b);
    friend bool operator!=(const ConnectionUri &a, const ConnectionUri &b) { return !(a == b); }

private:
    bool isPlain() const { return !m_host.isEmpty(); }

    // The plain form: all three set. Otherwise m_url holds the address.
    QString m_scheme;
    QString m_host;
    int m_port = -1;
    QUrl m_url;
};

} // namespace PlexAuth
