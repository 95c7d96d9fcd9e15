// Text that is not a parsed answer: source ids typed by the user, tokens, and error bodies.

#include "errormapping.h"
#include "fuzztargets.h"
#include "invariants.h"
#include "jwt.h"
#include "runners.h"
#include "sourceid.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace PlexAuth::Fuzz {

namespace {
bool couldBecomeValid(const QString &text)
{
    QStringList completions { text + u'a' };
    for (const QString &example : { QStringLiteral("server://a"), QStringLiteral("provider://a") })
        if (example.startsWith(text))
            completions.append(example);
    for (const QString &completion : std::as_const(completions))
        if (SourceId::isValid(completion))
            return true;
    return false;
}

QString base64UrlJson(const QJsonObject &object)
{
    return QString::fromLatin1(QJsonDocument(object)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

bool runSourceId(const QByteArray &data)
{
    const QString text = QString::fromUtf8(data);
    const SourceId::Check check = SourceId::check(text);
    const bool valid = check.verdict == SourceId::Verdict::Valid;
    // The source panel shows the problem whenever the source is not valid.
    PLEXAUTH_FUZZ_CHECK(valid == check.problem.isEmpty());
    if (check.verdict == SourceId::Verdict::Incomplete)
        PLEXAUTH_FUZZ_CHECK(couldBecomeValid(text));
    if (!valid)
        return false;
    PLEXAUTH_FUZZ_CHECK(text.startsWith(u"server://") || text.startsWith(u"provider://"));
    // "Incomplete" is what the line edit lets the user type through: no prefix of a valid source
    // may be rejected outright.
    for (qsizetype length = 0; length < text.size(); ++length)
        PLEXAUTH_FUZZ_CHECK(SourceId::check(text.left(length)).verdict != SourceId::Verdict::Invalid);
    // The server receives exactly this source in the query of GET /security/resources.
    QUrl url(QStringLiteral("http://127.0.0.1:32400/security/resources"));
    url.setQuery(QString::fromLatin1("source=" + QUrl::toPercentEncoding(text)), QUrl::StrictMode);
    PLEXAUTH_FUZZ_CHECK(url.isValid());
    PLEXAUTH_FUZZ_CHECK(QUrlQuery(url).queryItemValue(QStringLiteral("source"), QUrl::FullyDecoded) == text);
    return true;
}

bool runJwt(const QByteArray &data)
{
    const QString token = QString::fromUtf8(data);
    QString whyNot;
    const std::optional<DecodedJwt> jwt = Jwt::decode(token, &whyNot);
    PLEXAUTH_FUZZ_CHECK(Jwt::kindOf(token) == (jwt ? TokenKind::Jwt : TokenKind::Classic));
    if (!jwt) {
        PLEXAUTH_FUZZ_CHECK(!whyNot.isEmpty());
        PLEXAUTH_FUZZ_CHECK(!leaksSecret(whyNot, data));
        return false;
    }
    checkDate(jwt->expiresAt);
    checkDate(jwt->issuedAt);
    checkDate(jwt->notBefore);
    (void)jwt->algorithm();
    // What the decoder read, encoded again as a JWT, reads back the same.
    const QString again = base64UrlJson(jwt->header) + u'.' + base64UrlJson(jwt->claims) + u".c2ln";
    const std::optional<DecodedJwt> reread = Jwt::decode(again);
    PLEXAUTH_FUZZ_CHECK(reread.has_value());
    if (reread) {
        PLEXAUTH_FUZZ_CHECK(reread->header == jwt->header);
        PLEXAUTH_FUZZ_CHECK(reread->claims == jwt->claims);
        PLEXAUTH_FUZZ_CHECK(reread->expiresAt == jwt->expiresAt);
        PLEXAUTH_FUZZ_CHECK(reread->issuedAt == jwt->issuedAt);
        PLEXAUTH_FUZZ_CHECK(reread->notBefore == jwt->notBefore);
    }
    return true;
}

// The input is a Retry-After header value, a newline, then the body of an error answer. The body's
// length picks the status and who answered, so the fuzzer reaches every branch of the mapping.
bool runErrorBody(const QByteArray &data)
{
    registerSecretOnce();
    const qsizetype newline = data.indexOf('\n');
    const QByteArray retryAfter = newline < 0 ? QByteArray() : data.left(newline);
    const QByteArray body = newline < 0 ? data : data.mid(newline + 1);

    PLEXAUTH_FUZZ_CHECK(ErrorMapping::parseRetryAfter(retryAfter) >= -1);
    const ErrorMapping::PlexErrorBody parsed = ErrorMapping::parseErrorBody(body);
    // Nothing read grows past the body it came from (a DTD's entities would multiply it).
    PLEXAUTH_FUZZ_CHECK(parsed.message.size() <= body.size());

    constexpr int statuses[] = { 400, 401, 403, 404, 429, 500, 503, 418 };
    constexpr qsizetype statusCount = std::size(statuses);
    const int status = statuses[body.size() % statusCount];
    const bool plexTv = (body.size() / statusCount) % 2 == 0;
    RequestContext context;
    context.peer = plexTv ? Peer::PlexTv : Peer::MediaServer;
    context.purpose = (body.size() / statusCount / 2) % 2 == 0 ? Purpose::SignIn : Purpose::General;
    context.url = QUrl(plexTv ? QStringLiteral("https://plex.tv/api/v2/users/signin")
                              : QStringLiteral("http://127.0.0.1:32400/security/token"));
    const PlexError error = ErrorMapping::fromHttp(status, body, "application/json", retryAfter, context);
    PLEXAUTH_FUZZ_CHECK(!error.message.isEmpty());
    PLEXAUTH_FUZZ_CHECK(!leaksSecret(error.message, body));
    PLEXAUTH_FUZZ_CHECK(!leaksSecret(error.detail, body));
    PLEXAUTH_FUZZ_CHECK(error.plexCode == parsed.code);
    PLEXAUTH_FUZZ_CHECK(error.httpStatus == status);
    PLEXAUTH_FUZZ_CHECK(error.retryAfterSeconds >= -1);
    return parsed.code != 0 || !parsed.message.isEmpty();
}

} // namespace PlexAuth::Fuzz
