#include "plextvclient.h"

#include "logging.h"
#include "redaction.h"
#include "responseparsers.h"
#include "tokenpolicy.h"

namespace PlexAuth {

namespace {
QByteArray formField(const char *name, const QString &value)
{
    // Percent-encode everything but unreserved characters: a '+' in a password must reach
    // plex.tv as %2B, not be decoded as a space.
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
}

} // namespace

QUrl joinUrl(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

Result<Pin> interpretPin(const HttpResponse &response, const RequestContext &context)
{
    QString whyNot;
    std::optional<Pin> pin = Parse::pin(response.body, &whyNot);
    if (pin) {
        Redaction::registerSecret(pin->code);
        Redaction::registerSecret(pin->authToken);
    }
    return parsedOrMalformed(std::move(pin), whyNot, context);
}

PlexTvClient::PlexTvClient(HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_baseUrl(defaultBaseUrl())
{ }

QUrl PlexTvClient::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://plex.tv/api/v2"));
}

PlexCall *PlexTvClient::signIn(const SignInForm &form, QObject *context, Handler<Account> handler)
{
    Redaction::registerSecret(form.password);
    Redaction::registerSecret(form.verificationCode);

    RequestSpec spec;
    spec.verb = "POST";
    spec.url = joinUrl(m_baseUrl, QStringLiteral("/users/signin"));
    spec.contentType = "application/x-www-form-urlencoded";
    spec.body = formField("login", form.login) + '&' + formField("password", form.password) + '&'
        + formField("rememberMe", form.rememberMe ? QStringLiteral("true") : QStringLiteral("false"));
    if (!form.verificationCode.isEmpty())
        spec.body += '&' + formField("verificationCode", form.verificationCode.trimmed());
    spec.bodyHoldsSecret = true;
    spec.context = { Peer::PlexTv, Purpose::SignIn, spec.url };

    PlexCall *call = sendAndInterpret<Account>(
        m_http, spec, context,
        [](const HttpResponse &response, const RequestContext &requestContext) -> Result<Account> {
            QString whyNot;
            std::optional<Account> account = Parse::account(response.body, &whyNot);
            if (account && account->authToken.isEmpty())
                return ErrorMapping::malformed(QStringLiteral("no token in the answer"), requestContext);
            if (account)
                Redaction::registerSecret(account->authToken);
            return parsedOrMalformed(std::move(account), whyNot, requestContext);
        },
        std::move(handler));
    // The request body holds the password; drop it from memory once the call is done.
    connect(call, &PlexCall::finished, call, [password = form.password, code = form.verificationCode] {
        Redaction::forgetSecret(password);
        Redaction::forgetSecret(code);
    });
    return call;
}

PlexCall *PlexTvClient::createPin(QObject *context, Handler<Pin> handler)
{
    RequestSpec spec;
    spec.verb = "POST";
    spec.url = joinUrl(m_baseUrl, QStringLiteral("/pins"));
    spec.url.setQuery(QStringLiteral("strong=true"));
    spec.context = { Peer::PlexTv, Purpose::General, spec.url };
    return sendAndInterpret<Pin>(m_http, spec, context, interpretPin, std::move(handler));
}

PlexCall *PlexTvClient::checkPin(qint64 pinId, QObject *context, Handler<Pin> handler)
{
    RequestSpec spec;
    spec.url = joinUrl(m_baseUrl, QStringLiteral("/pins/%1").arg(pinId));
    spec.context = { Peer::PlexTv, Purpose::PinCheck, spec.url };
    return sendAndInterpret<Pin>(m_http, spec, context, interpretPin, std::move(handler));
}

QString PlexTvClient::baseUrlProblem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return tr("The plex.tv API URL must be a web address such as %1 (https, or http to this computer).")
            .arg(defaultBaseUrl().toString());
    if (url.scheme() == QLatin1String("http") && !TokenPolicy::isLoopbackHost(url.host()))
        return tr(
            "The plex.tv API URL must use https: plain http is accepted only for a server on this computer "
            "(localhost or 127.0.0.1).");
    return {};
}

QUrl PlexTvClient::authAppUrl(const QString &pinCode) const
{
    // The parameters go in the fragment (LukeHagar/plex-api-spec description.md, "Traditional Token
    // Authentication"): the browser never sends them to a server.
    const QByteArray fragment = "?clientID=" + QUrl::toPercentEncoding(m_http->identity().clientIdentifier())
        + "&code=" + QUrl::toPercentEncoding(pinCode)
        + "&context%5Bdevice%5D%5Bproduct%5D=" + QUrl::toPercentEncoding(m_http->identity().product());
    QUrl url(QStringLiteral("https://app.plex.tv/auth"));
    url.setFragment(QString::fromLatin1(fragment), QUrl::TolerantMode);
    return url;
}

PlexCall *PlexTvClient::validateToken(const QString &token, QObject *context, Handler<TokenCheck> handler)
{
    RequestSpec spec;
    spec.url = joinUrl(m_baseUrl, QStringLiteral("/user"));
    spec.token = token;
    spec.context = { Peer::PlexTv, Purpose::General, spec.url };
    PlexCall *call = m_http->send(spec);
    connect(call, &PlexCall::finished, context, [call, handler = std::move(handler)] {
        const Result<HttpResponse> &outcome = call->result();
        TokenCheck check;
        check.checkedAt = QDateTime::currentDateTimeUtc();
        if (outcome.ok()) {
            QString whyNot;
            check.account = Parse::account(outcome.value().body, &whyNot);
            // A 200 that is not an account (a captive portal page, say) proves nothing.
            check.state = check.account ? TokenState::Valid : TokenState::Unverified;
            if (!check.account) {
                check.error = ErrorMapping::malformed(whyNot, call->spec().context);
                check.reason = check.error->message;
            }
        } else if (outcome.error().kind == ErrorKind::Canceled) {
            handler(outcome.error());
            return;
        } else if (outcome.error().httpStatus == 401) {
            check.state = TokenState::Invalid;
            check.reason = outcome.error().message;
            check.error = outcome.error();
        } else {
            check.state = TokenState::Unverified;
            check.reason = outcome.error().message;
            check.error = outcome.error();
        }
        handler(check);
    });
    return call;
}

PlexCall *PlexTvClient::servers(const QString &token, QObject *context, Handler<QList<PlexServer>> handler)
{
    RequestSpec spec;
    spec.url = joinUrl(m_baseUrl, QStringLiteral("/resources"));
    spec.url.setQuery(QStringLiteral("includeHttps=1&includeRelay=1&includeIPv6=1"));
    spec.token = token;
    spec.context = { Peer::PlexTv, Purpose::General, spec.url };
    return sendAndInterpret<QList<PlexServer>>(
        m_http, spec, context,
        [](const HttpResponse &response, const RequestContext &requestContext) -> Result<QList<PlexServer>> {
            QString whyNot;
            std::optional<QList<PlexServer>> servers = Parse::servers(response.body, &whyNot);
            if (servers)
                for (const PlexServer &server : std::as_const(*servers))
                    Redaction::registerSecret(server.accessToken);
            return parsedOrMalformed(std::move(servers), whyNot, requestContext);
        },
        std::move(handler));
}

PlexCall *PlexTvClient::signOut(const QString &token, QObject *context, Handler<Done> handler)
{
    RequestSpec spec;
    spec.verb = "DELETE";
    spec.url = joinUrl(m_baseUrl, QStringLiteral("/users/signout"));
    spec.token = token;
    spec.context = { Peer::PlexTv, Purpose::General, spec.url };
    return sendAndInterpret<Done>(
        m_http, spec, context,
        [](const HttpResponse &, const RequestContext &) { return Result<Done>(Done {}); },
        std::move(handler));
}

} // namespace PlexAuth
