#include "fakeplexserver.h"

#include "serverstate.h"

#include <QFile>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QLocale>
#include <QRandomGenerator>
#include <QTcpSocket>

#include <cstring>

using namespace Qt::Literals::StringLiterals;

static void initFakePlexResources()
{
    Q_INIT_RESOURCE(fakeplex_fixtures);
}

namespace FakePlex {

QByteArray RecordedRequest::header(const QByteArray &lowerName) const
{
    QByteArray result;
    for (const auto &[name, value] : headers) {
        if (name.compare(lowerName, Qt::CaseInsensitive) != 0)
            continue;
        if (!result.isEmpty())
            result += ", ";
        result += value;
    }
    return result;
}

void ServerState::resetFromFixture()
{
    lockoutAfterFailures = fixture.lockoutAfterFailures;
    pinClaimAfterPolls = fixture.pinClaimAfterPolls;
    failures = 0;
    pins.clear();
    revokedTokens.clear();
    transientTokens.clear();
    jwt.deviceKeys.clear();
    jwt.nonces.clear();
    jwt.nonceRequests.clear();
    jwt.issued.clear();
    homeTokens.clear();
    jwt.lifetimeSeconds = fixture.jwtLifetimeSeconds;
    jwt.noncesPerMinute = fixture.nonceLimitPerMinute;
    jwt.forgery = Server::JwtForgery::None;
    clockOffsetSeconds = 0;
    Devices::loadFixtureDevices(*this);
}

const Account *ServerState::accountForToken(const QString &token) const
{
    if (token.isEmpty() || isRevoked(token))
        return nullptr;
    if (const auto profile = homeTokens.constFind(token); profile != homeTokens.constEnd())
        return fixture.homeProfileByUuid(*profile) ? fixture.homeProfileByUuid(*profile)
                                                   : fixture.accountByUuid(*profile);
    const auto issued = jwt.issued.constFind(token);
    if (issued == jwt.issued.constEnd()) {
        if (const Account *owner = fixture.accountByToken(token))
            return owner;
        for (const AuthorizedDevice &device : devices) {
            if (device.token == token)
                return fixture.accountByUuid(device.accountUuid);
        }
        return nullptr;
    }
    return now() < issued->expiresAt ? fixture.accountByUuid(issued->accountUuid) : nullptr;
}

bool ServerState::isExpiredJwt(const QString &token) const
{
    const auto issued = jwt.issued.constFind(token);
    return issued != jwt.issued.constEnd() && !isRevoked(token) && now() >= issued->expiresAt;
}

QDateTime ServerState::now() const
{
    return QDateTime::currentDateTimeUtc().addSecs(clockOffsetSeconds);
}

QString randomToken(int length, const char *alphabet)
{
    const auto size = static_cast<quint32>(std::strlen(alphabet));
    QString token;
    token.reserve(length);
    for (int i = 0; i < length; ++i)
        token += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(size)]);
    return token;
}

Server::Server(QObject *parent)
    : QAbstractHttpServer(parent)
    , m_state(std::make_unique<ServerState>())
{ }

Server::~Server() = default;

bool Server::loadFixture(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"cannot read fixture %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return loadFixtureJson(file.readAll(), error);
}

bool Server::loadFixtureJson(const QByteArray &json, QString *error)
{
    Fixture fixture;
    if (!Fixture::parse(json, &fixture, error))
        return false;
    m_state->fixture = fixture;
    m_state->fixtureLoaded = true;
    m_state->resetFromFixture();
    return true;
}

bool Server::loadDefaultFixture(QString *error)
{
    initFakePlexResources();
    return loadFixture(u":/fakeplex/default.json"_s, error);
}

bool Server::start(quint16 port)
{
    if (m_state->port != 0)
        return true;
    if (!m_state->fixtureLoaded && !loadDefaultFixture())
        return false;
    const quint16 bound = listen(QHostAddress::LocalHost, port);
    if (bound == 0)
        return false;
    m_state->port = bound;
    m_state->baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(bound));
    return true;
}

quint16 Server::port() const
{
    return m_state->port;
}

QUrl Server::baseUrl() const
{
    return m_state->baseUrl;
}

QUrl Server::plexTvUrl() const
{
    QUrl url = m_state->baseUrl;
    url.setPath(u"/api/v2"_s);
    return url;
}

QUrl Server::mediaServerUrl() const
{
    return m_state->baseUrl;
}

QList<RecordedRequest> Server::requests() const
{
    return m_requests;
}

void Server::clearRequests()
{
    m_requests.clear();
}

int Server::requestCount(const QString &path) const
{
    int count = 0;
    for (const RecordedRequest &request : m_requests) {
        if (pathMatches(path, request.path))
            ++count;
    }
    return count;
}

void Server::setLockoutAfterFailures(int n)
{
    m_state->lockoutAfterFailures = n;
}

void Server::resetFailures()
{
    m_state->failures = 0;
}

void Server::setPinClaimAfterPolls(int polls)
{
    m_state->pinClaimAfterPolls = polls;
}

void Server::expirePins()
{
    for (Pin &pin : m_state->pins)
        pin.forcedExpired = true;
}

void Server::revokeToken(const QString &token)
{
    m_state->revokedTokens.insert(token);
}

void Server::setJwtLifetime(std::chrono::seconds lifetime)
{
    m_state->jwt.lifetimeSeconds = lifetime.count();
}

void Server::setNonceLimit(int perMinute)
{
    m_state->jwt.noncesPerMinute = perMinute;
}

void Server::setJwtForgery(JwtForgery forgery)
{
    m_state->jwt.forgery = forgery;
}

void Server::setClockOffset(std::chrono::seconds offset)
{
    m_state->clockOffsetSeconds = offset.count();
}

QList<RegisteredDeviceKey> Server::registeredDeviceKeys() const
{
    QList<RegisteredDeviceKey> keys;
    for (const DeviceKeyRegistration &registration : m_state->jwt.deviceKeys)
        keys.append({ registration.jwk, registration.thumbprint, registration.clientIdentifier,
            registration.accountUuid });
    return keys;
}

QString Server::serverKeyId() const
{
    return publicJwk(m_state->jwt.serverKey).value(u"kid"_s).toString();
}

QString Server::issueJwtFor(
    const QString &account, const QJsonObject &deviceJwk, const QString &clientIdentifier)
{
    const Account *found = m_state->fixture.accountByLogin(account);
    if (!found)
        found = m_state->fixture.accountByUuid(account);
    const Ed25519Key key = keyFromJwk(deviceJwk);
    if (!found || key.isNull())
        return {};
    const QString thumbprint = okpThumbprint(deviceJwk.value(u"x"_s).toString());
    const QString kid = deviceJwk.value(u"kid"_s).toString();
    return Jwt::issueJwt(*m_state, *found, clientIdentifier, kid.isEmpty() ? thumbprint : kid);
}

QByteArray Server::dateHeader() const
{
    // RFC 7231 §7.1.1.1 IMF-fixdate, in the server's own (possibly offset) time.
    return QLocale::c().toString(m_state->now(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

static QByteArray methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return "GET"_ba;
    case M::Put:
        return "PUT"_ba;
    case M::Delete:
        return "DELETE"_ba;
    case M::Post:
        return "POST"_ba;
    case M::Head:
        return "HEAD"_ba;
    case M::Options:
        return "OPTIONS"_ba;
    case M::Patch:
        return "PATCH"_ba;
    case M::Connect:
        return "CONNECT"_ba;
    case M::Trace:
        return "TRACE"_ba;
    default:
        return "UNKNOWN"_ba;
    }
}

bool Server::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // The QHttpServerRequest is reused for the connection's next request: copy what we need now.
    RecordedRequest recorded;
    recorded.method = methodName(request.method());
    recorded.path = request.url().path();
    recorded.query = request.query();
    recorded.headers = request.headers();
    recorded.body = request.body();
    m_requests.append(recorded);
    Q_EMIT requestReceived(recorded.path);

    const bool json = recorded.header("accept"_ba).contains("application/json");
    const bool closeAfter = recorded.header("connection"_ba).toLower() == "close";
    const Fault fault = takeFault(recorded);
    if (fault.kind != FaultKind::None) {
        applyFault(fault, recorded, json, socket, closeAfter);
        return true;
    }
    send(socket, route(recorded, json), closeAfter);
    return true;
}

void Server::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request);
    send(socket, pmsError(404), false);
}

Response Server::route(const RecordedRequest &request, bool json)
{
    const QString &path = request.path;
    if (std::optional<Response> home = HomeRoutes::handle(*m_state, request, json))
        return *home;
    if (path == u"/api/v2"_s || path.startsWith(u"/api/v2/"_s))
        return PlexTv::handle(*m_state, request, json);
    if (path == u"/devices.xml"_s || path.startsWith(u"/devices/"_s))
        return Devices::handle(*m_state, request);
    if (path == u"/identity"_s || path.startsWith(u"/security/"_s))
        return Pms::handle(*m_state, request, json);
    if (path.startsWith(u"/api/"_s))
        return plexTvNotFound(json);
    return pmsError(404);
}

} // namespace FakePlex
