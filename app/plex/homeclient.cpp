#include "homeclient.h"

#include "redaction.h"
#include "responseparsers.h"
#include "servicecall.h"

#include <QUrlQuery>

namespace PlexAuth {

namespace {
Result<HomeUsers> interpretUsers(const HttpResponse &response, const RequestContext &context)
{
    QString whyNot;
    return parsedOrMalformed(Parse::homeUsers(response.body, &whyNot), whyNot, context);
}

Result<Account> interpretProfile(const HttpResponse &response, const RequestContext &context)
{
    QString whyNot;
    std::optional<Account> account = Parse::account(response.body, &whyNot);
    if (account && account->authToken.isEmpty())
        return ErrorMapping::malformed(QStringLiteral("no token in the answer"), context);
    if (account)
        Redaction::registerSecret(account->authToken, account->uuid);
    return parsedOrMalformed(std::move(account), whyNot, context);
}

RequestSpec switchSpec(const QUrl &url, const QString &token, const QString &pin)
{
    RequestSpec spec;
    spec.verb = "POST";
    spec.url = url;
    if (!pin.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("pin"), pin);
        spec.url.setQuery(query);
    }
    spec.queryHoldsSecret = true;
    spec.token = token;
    spec.retry = false; // a POST is never retried anyway; a PIN is tried once per request
    spec.context = { Peer::PlexTv, Purpose::General, url };
    return spec;
}
} // namespace

HomeClient::HomeClient(PlexTvClient *plexTv)
    : m_plexTv(plexTv)
{ }

QUrl HomeClient::usersUrl() const
{
    return joinUrl(m_plexTv->baseUrl(), QStringLiteral("/home/users"));
}

QUrl HomeClient::legacyUsersUrl() const
{
    QUrl origin = m_plexTv->baseUrl().adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    return joinUrl(origin, QStringLiteral("/api/home/users"));
}

QUrl HomeClient::switchUrl(const QString &userKey) const
{
    return joinUrl(m_plexTv->baseUrl(), QStringLiteral("/home/users/%1/switch").arg(userKey));
}

void HomeClient::users(const QString &token, QObject *context, Handler<HomeUsers> handler) const
{
    RequestSpec spec;
    spec.url = usersUrl();
    spec.token = token;
    spec.context = { Peer::PlexTv, Purpose::General, spec.url };
    HttpClient *http = m_plexTv->http();
    RequestSpec legacy = spec;
    legacy.url = legacyUsersUrl();
    legacy.context.url = legacy.url;
    sendAndInterpret<HomeUsers>(http, spec, context, interpretUsers,
        [http, legacy, context, handler = std::move(handler)](const Result<HomeUsers> &listed) {
            if (listed.ok() || listed.error().kind != ErrorKind::NotFound) {
                handler(listed);
                return;
            }
            // The v2 list is unknown here: the older one (XML <User> elements) says the same.
            sendAndInterpret<HomeUsers>(http, legacy, context, interpretUsers,
                Handler<HomeUsers>([handler](const Result<HomeUsers> &older) {
                    // Neither knows a Home for this account: it is in none.
                    if (!older.ok() && older.error().kind == ErrorKind::NotFound)
                        handler(HomeUsers {});
                    else
                        handler(older);
                }));
        });
}

void HomeClient::switchTo(const QString &token, const HomeUser &user, const QString &pin, QObject *context,
    Handler<Account> handler) const
{
    Redaction::registerSecret(pin);
    HttpClient *http = m_plexTv->http();
    const QString firstKey = user.uuid.isEmpty() && user.id ? QString::number(*user.id) : user.uuid;
    const std::optional<RequestSpec> byId = user.id && !user.uuid.isEmpty()
        ? std::optional(switchSpec(switchUrl(QString::number(*user.id)), token, pin))
        : std::nullopt;
    const QString profileUuid = user.uuid;
    auto finish = [profileUuid, handler = std::move(handler)](const Result<Account> &outcome) {
        if (!outcome.ok() || !outcome.value().uuid.isEmpty() || profileUuid.isEmpty()) {
            handler(outcome);
            return;
        }
        Account profile = outcome.value(); // an answer that does not repeat whose account it is
        profile.uuid = profileUuid;
        handler(profile);
    };
    sendAndInterpret<Account>(http, switchSpec(switchUrl(firstKey), token, pin), context, interpretProfile,
        Handler<Account>([http, byId, context, finish](const Result<Account> &switched) {
            if (switched.ok() || switched.error().kind != ErrorKind::NotFound || !byId) {
                finish(switched);
                return;
            }
            // plex.tv does not know the profile by its uuid here: by its numeric id, then.
            sendAndInterpret<Account>(http, *byId, context, interpretProfile, Handler<Account>(finish));
        }));
}

} // namespace PlexAuth
