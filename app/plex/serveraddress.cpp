#include "serveraddress.h"

namespace PlexAuth {

bool ServerAddress::looksLikeAddress(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.contains(QLatin1String("://")) || trimmed.contains(u'.') || trimmed.contains(u':')
        || trimmed.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
}

ServerAddress::Parsed ServerAddress::parse(const QString &text, const TokenPolicy &policy)
{
    Parsed parsed;
    const QString trimmed = text.trimmed();
    parsed.looksLikeAddress = looksLikeAddress(trimmed);
    // Without a scheme QUrl::fromUserInput guesses http, which the policy then judges.
    const QUrl url = QUrl::fromUserInput(trimmed);
    const QString scheme = url.scheme();
    if (trimmed.isEmpty() || !url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        parsed.problem = tr("A server address is an http or https URL, such as "
                            "https://192-168-1-10.<id>.plex.direct:32400 or http://192.168.1.10:32400.");
        return parsed;
    }
    if (url.hasQuery() || !url.userInfo().isEmpty() || url.hasFragment()) {
        // A pasted URL may carry ?X-Plex-Token=...; tokens travel only in a header.
        parsed.problem = tr("Give just the server's address (scheme, host and port), without a query, "
                            "fragment or user name.");
        return parsed;
    }
    const TokenPolicy::Verdict verdict = policy.check({ url, AddressOrigin::TypedByUser, {} });
    if (!verdict.allowed) {
        parsed.problem = verdict.reason;
        return parsed;
    }
    parsed.url = url;
    return parsed;
}

} // namespace PlexAuth
