#include "connectionuri.h"

namespace PlexAuth {

namespace {
bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isLowerLetter(QChar c)
{
    return c >= u'a' && c <= u'z';
}

// The port of "…:PORT": one to five digits, 1 to 65535; else 0.
int plainPort(QStringView digits)
{
    if (digits.isEmpty() || digits.size() > 5)
        return 0;
    int port = 0;
    for (const QChar c : digits) {
        if (!isDigit(c))
            return 0;
        port = port * 10 + (c.unicode() - u'0');
    }
    return port <= 65535 ? port : 0;
}

// An IPv4 address as it is usually written, which QUrl rewrites to the same text: four parts of 0 to
// 255, each without a leading zero.
bool isDottedQuad(QStringView host)
{
    qsizetype at = 0;
    for (int part = 0; part < 4; ++part) {
        if (part > 0) {
            if (at >= host.size() || host[at] != u'.')
                return false;
            ++at;
        }
        const qsizetype start = at;
        int value = 0;
        while (at < host.size() && isDigit(host[at]) && at - start < 3)
            value = value * 10 + (host[at++].unicode() - u'0');
        const qsizetype digits = at - start;
        if (digits == 0 || value > 255 || (digits > 1 && host[start] == u'0'))
            return false;
    }
    return at == host.size();
}

// A host name that QUrl keeps exactly as written, with nothing to map, decode or read as a number
// (Qt 6.4's qurlidna.cpp and qipaddress.cpp): lower-case letters, digits and inner hyphens in labels of
// 1 to 63 characters; no "--" at a label's third and fourth characters (an IDNA "xn--" label, which
// QUrl decodes); and a last label that starts with a letter, so that no part of it reads as an IPv4
// number ("10.1", "0x7f.1", which QUrl rewrites). Anything else is left to QUrl, which may keep it too.
bool isPlainName(QStringView host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    qsizetype labelStart = 0;
    for (qsizetype at = 0; at <= host.size(); ++at) {
        if (at < host.size() && host[at] != u'.') {
            if (!isLowerLetter(host[at]) && !isDigit(host[at]) && host[at] != u'-')
                return false;
            continue;
        }
        const QStringView label = host.sliced(labelStart, at - labelStart);
        if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-'
            || (label.size() >= 4 && label[2] == u'-' && label[3] == u'-'))
            return false;
        if (at == host.size())
            return isLowerLetter(label.front());
        labelStart = at + 1;
    }
    return false;
}
} // namespace

const QString &ConnectionUri::httpScheme()
{
    static const QString text = QStringLiteral("http");
    return text;
}

const QString &ConnectionUri::httpsScheme()
{
    static const QString text = QStringLiteral("https");
    return text;
}

ConnectionUri::ConnectionUri(const QUrl &url)
    : m_url(url)
{ }

ConnectionUri ConnectionUri::parse(QString text)
{
    const QStringView view(text);
    const QString *scheme = view.startsWith(u"https://")
        ? &httpsScheme()
        : (view.startsWith(u"http://") ? &httpScheme() : nullptr);
    const qsizetype hostStart = scheme ? scheme->size() + 3 : 0;
    const qsizetype colon = view.lastIndexOf(u':');
    if (scheme && colon > hostStart) {
        const int port = plainPort(view.sliced(colon + 1));
        const QStringView host = view.sliced(hostStart, colon - hostStart);
        if (port > 0 && (isDottedQuad(host) || isPlainName(host))) {
            // The host is cut out of the text in place (the text is this function's own), not copied.
            text.truncate(colon);
            text.remove(0, hostStart);
            ConnectionUri uri;
            uri.m_scheme = *scheme;
            uri.m_host = std::move(text);
            uri.m_port = port;
            return uri;
        }
    }
    return ConnectionUri(QUrl(text, QUrl::StrictMode));
}

bool ConnectionUri::isValid() const
{
    return isPlain() || m_url.isValid();
}

QString ConnectionUri::scheme() const
{
    return isPlain() ? m_scheme : m_url.scheme();
}

QString ConnectionUri::host() const
{
    return isPlain() ? m_host : m_url.host();
}

int ConnectionUri::port(int defaultPort) const
{
    return isPlain() ? m_port : m_url.port(defaultPort);
}

QString ConnectionUri::toString() const
{
    return isPlain() ? m_scheme + u"://" + m_host + u':' + QString::number(m_port) : m_url.toString();
}

QUrl ConnectionUri::toUrl() const
{
    if (!isPlain())
        return m_url;
    QUrl url;
    url.setScheme(m_scheme);
    url.setHost(m_host, QUrl::StrictMode);
    url.setPort(m_port);
    return url;
}

bool operator==(const ConnectionUri &a, const ConnectionUri &b)
{
    if (a.isPlain() && b.isPlain())
        return a.m_port == b.m_port && a.m_host == b.m_host && a.m_scheme == b.m_scheme;
    return a.toUrl() == b.toUrl();
}

} // namespace PlexAuth
