#include "curlcommand.h"

#include "servicecall.h"

namespace PlexAuth {

QString CurlCommand::shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

CurlCommand CurlCommand::forSource(const SourceDevice &device, const QString &source, const QUrl &connection,
    bool includeToken, const TokenPolicy &policy)
{
    CurlCommand curl;
    const bool serverSource = source.startsWith(QLatin1String("server://"));
    const QUrl uri = serverSource ? joinUrl(connection, QStringLiteral("/identity")) : connection;
    if (includeToken) {
        const TokenPolicy::Verdict verdict = policy.check({ connection, AddressOrigin::FromServerAnswer,
            serverSource ? device.clientIdentifier : QString() });
        curl.includesToken = verdict.allowed && !device.accessToken.isEmpty();
        if (!verdict.allowed)
            curl.whyNoToken = verdict.reason;
    }
    const QString header = curl.includesToken
        ? shellQuote(QStringLiteral("X-Plex-Token: ") + device.accessToken)
        : QStringLiteral("\"X-Plex-Token: $PLEX_TOKEN\"");
    curl.command = QStringLiteral("curl -sS -H 'Accept: application/json' -H ") + header + u' '
        + shellQuote(uri.toString(QUrl::FullyEncoded));
    return curl;
}

} // namespace PlexAuth
