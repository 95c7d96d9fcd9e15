#include "accountsession.h"

#include "logging.h"
#include "redaction.h"

#include <array>
#include <memory>

namespace PlexAuth {

void PendingRequest::abort()
{
    if (m_call)
        m_call->abort();
    deleteLater();
}

AccountSession::AccountSession(const Services &services, const StoredAccount &account, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_account(account)
{ }

AccountSession::AccountSession(const Services &services, const QString &token, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    setToken(token);
}

// --- The token -------------------------------------------------------------------------------------

void AccountSession::readToken()
{
    if (m_tokenStatus == TokenStatus::Reading || m_tokenStatus == TokenStatus::Ready || !m_account)
        return;
    m_tokenStatus = TokenStatus::Reading;
    const quint64 generation = m_tokenGeneration;
    m_services.store->token(m_account->uuid, this, [this, generation](const Result<QString> &token) {
        if (generation != m_tokenGeneration)
            return; // replaced while the keychain was read
        if (token.ok()) {
            setToken(token.value());
            return;
        }
        m_tokenStatus = TokenStatus::Unavailable;
        m_tokenError = token.error();
        if (std::exchange(m_serversWanted, false)) {
            m_serversError = token.error();
            Q_EMIT serversChanged();
        }
        Q_EMIT tokenUnavailable();
    });
}

void AccountSession::setToken(const QString &token)
{
    ++m_tokenGeneration;
    m_token = token;
    m_tokenStatus = TokenStatus::Ready;
    m_tokenError.reset();
    Q_EMIT tokenChanged();
    if (std::exchange(m_serversWanted, false))
        requestServers();
}

void AccountSession::whenTokenReady(QObject *context, Handler<Done> handler)
{
    if (m_tokenStatus == TokenStatus::Ready) {
        handler(Done {});
        return;
    }
    if (m_tokenStatus == TokenStatus::Unavailable) {
        handler(*m_tokenError);
        return;
    }
    auto connections = std::make_shared<std::array<QMetaObject::Connection, 2>>();
    auto once = [this, connections, handler = std::move(handler)](bool ready) {
        for (const QMetaObject::Connection &connection : *connections)
            disconnect(connection);
        if (ready)
            handler(Done {});
        else
            handler(m_tokenError.value_or(tokenNotReady()));
    };
    (*connections)[0] = connect(this, &AccountSession::tokenChanged, context, [once] { once(true); });
    (*connections)[1] = connect(this, &AccountSession::tokenUnavailable, context, [once] { once(false); });
    readToken();
}

void AccountSession::replaceToken(const Account &account)
{
    if (m_validation)
        m_validation->abort(); // a check of the old token says nothing about the new one
    if (m_account) {
        m_account = StoredAccount::fromAccount(account);
        if (const std::optional<StoredAccount> stored = m_services.store->account(account.uuid)) {
            m_account->deviceAuth = stored->deviceAuth; // a device-key sign-in keeps its key's state
            m_account->home = stored->home;
        }
    }
    TokenCheck check;
    check.state = TokenState::Valid;
    check.account = account;
    check.account->authToken.clear();
    check.checkedAt = QDateTime::currentDateTimeUtc();
    m_check = check;
    setToken(account.authToken);
    Q_EMIT checkChanged();
}

PlexError AccountSession::tokenNotReady() const
{
    PlexError error;
    error.kind = ErrorKind::NotSignedIn;
    error.message = tr("The account's token has not been read yet. Try again.");
    return error;
}

// --- The token check -------------------------------------------------------------------------------

std::optional<TokenState> AccountSession::verdict() const
{
    if (m_check)
        return m_check->state;
    return m_account ? m_account->lastTokenState : std::nullopt;
}

QDateTime AccountSession::checkedAt() const
{
    if (m_check)
        return m_check->checkedAt;
    return m_account ? m_account->lastVerifiedAt : QDateTime();
}

void AccountSession::validate()
{
    if (m_validation)
        return;
    if (m_tokenStatus != TokenStatus::Ready) {
        whenTokenReady(this, [this](const Result<Done> &ready) {
            if (ready.ok())
                validate();
        });
        return;
    }
    m_validation = m_services.plexTv->validateToken(m_token, this, [this](const Result<TokenCheck> &checked) {
        m_validation.clear();
        if (!checked.ok())
            return; // canceled: a new token replaced the one being checked
        m_check = checked.value();
        if (m_account) {
            m_services.store->recordCheck(m_account->uuid, *m_check);
            if (m_check->state != TokenState::Unverified) {
                m_account->lastTokenState = m_check->state;
                m_account->lastVerifiedAt = m_check->checkedAt;
            }
        }
        Q_EMIT checkChanged();
    });
}

// --- The account's servers -------------------------------------------------------------------------

void AccountSession::loadServers()
{
    if (m_servers || isLoadingServers())
        return;
    requestServers();
}

void AccountSession::refreshServers()
{
    if (m_serversCall)
        m_serversCall->abort(); // superseded: its handler ignores the cancellation
    requestServers();
}

void AccountSession::requestServers()
{
    if (m_tokenStatus != TokenStatus::Ready) {
        m_serversWanted = true;
        readToken();
        return;
    }
    m_serversCall
        = m_services.plexTv->servers(m_token, this, [this](const Result<QList<PlexServer>> &listed) {
              if (!listed.ok() && listed.error().isCanceled())
                  return;
              m_serversCall.clear();
              if (listed.ok()) {
                  m_servers = listed.value();
                  m_serversError.reset();
                  for (const PlexServer &server : listed.value())
                      Redaction::registerSecret(server.accessToken, uuid());
              } else {
                  m_serversError = listed.error();
              }
              Q_EMIT serversChanged();
          });
}

const PlexServer *AccountSession::server(const QString &machineIdentifier) const
{
    if (!m_servers)
        return nullptr;
    for (const PlexServer &candidate : *m_servers) {
        if (candidate.clientIdentifier.compare(machineIdentifier, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

Result<PlexServer> AccountSession::findServer(const QString &query) const
{
    QList<PlexServer> matches;
    for (const PlexServer &candidate : m_servers.value_or(QList<PlexServer>())) {
        if (!candidate.isServer())
            continue;
        if (candidate.clientIdentifier.compare(query, Qt::CaseInsensitive) == 0)
            return candidate;
        if (candidate.name.compare(query, Qt::CaseInsensitive) == 0)
            matches.append(candidate);
    }
    if (matches.size() == 1)
        return matches.first();
    PlexError error;
    error.kind = ErrorKind::NoSuchServer;
    if (matches.isEmpty()) {
        error.message = tr("No server of this account is called “%1”. Name a server by its name or machine "
                           "identifier (“plexauth servers” lists them), or give its address.")
                            .arg(query);
        return error;
    }
    QStringList ids;
    for (const PlexServer &match : std::as_const(matches))
        ids.append(match.clientIdentifier);
    error.message = tr("“%1” names more than one server (%2). Use its machine identifier instead.")
                        .arg(query, ids.join(QStringLiteral(", ")));
    return error;
}

// --- Requests that carry the token -----------------------------------------------------------------

QString AccountSession::targetProblem(const ServerTarget &target) const
{
    if (!target.machineIdentifier.isEmpty())
        return {};
    return m_services.policy->check({ target.address, target.addressOrigin, {} }).reason;
}

void AccountSession::withServers(PendingRequest *request, std::function<void(const Result<Done> &)> next)
{
    whenTokenReady(request, [this, request, next = std::move(next)](const Result<Done> &ready) {
        if (!ready.ok() || m_servers) {
            next(ready);
            return;
        }
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(this, &AccountSession::serversChanged, request, [this, connection, next] {
            disconnect(*connection);
            if (m_servers)
                next(Done {});
            else
                next(m_serversError.value_or(tokenNotReady()));
        });
        loadServers();
    });
}

void AccountSession::resolve(
    const ServerTarget &target, PendingRequest *request, std::function<void(const Result<Endpoint> &)> send)
{
    if (target.machineIdentifier.isEmpty()) {
        whenTokenReady(request, [this, target, send = std::move(send)](const Result<Done> &ready) {
            if (!ready.ok()) {
                send(ready.error());
                return;
            }
            const TokenPolicy::Verdict verdict
                = m_services.policy->check({ target.address, target.addressOrigin, {} });
            if (!verdict.allowed) {
                PlexError error;
                error.kind = ErrorKind::UnsafeDestination;
                error.message = verdict.reason;
                send(error);
                return;
            }
            send(Endpoint { target.address, m_token, target.address.host(), {}, false });
        });
        return;
    }
    withServers(request, [this, target, request, send = std::move(send)](const Result<Done> &ready) {
        if (!ready.ok()) {
            send(ready.error());
            return;
        }
        const Result<PlexServer> found = findServer(target.machineIdentifier);
        if (!found.ok()) {
            send(found.error());
            return;
        }
        const PlexServer &server = found.value();
        const bool owned = server.owned.value_or(false);
        // A shared server knows its own access token, not the account's.
        const QString token = owned || server.accessToken.isEmpty() ? m_token : server.accessToken;
        const Endpoint base { {}, token, server.name, server.productVersion, !owned };
        auto reached = [send, base](const Result<QUrl> &uri) {
            if (!uri.ok()) {
                send(uri.error());
                return;
            }
            Endpoint endpoint = base;
            endpoint.uri = uri.value();
            send(endpoint);
        };
        if (target.address.isEmpty()) {
            m_services.reach->reach(server, request, reached);
            return;
        }
        const TokenDestination destination { target.address, target.addressOrigin, server.clientIdentifier };
        if (m_services.policy->allows(destination)) {
            reached(target.address);
            return;
        }
        m_services.reach->verify(
            server, target.address, request, [this, destination, reached](const Result<QUrl> &uri) {
                const TokenPolicy::Verdict verdict = m_services.policy->check(destination);
                if (!uri.ok() || verdict.allowed) {
                    reached(uri);
                    return;
                }
                PlexError error;
                error.kind = ErrorKind::UnsafeDestination;
                error.message = verdict.reason;
                reached(error);
            });
    });
}

PendingRequest *AccountSession::transientToken(
    const ServerTarget &target, QObject *context, Handler<TransientToken> handler)
{
    auto *request = new PendingRequest(this);
    const QPointer<QObject> caller(context);
    resolve(target, request,
        [this, request, caller, handler = std::move(handler)](const Result<Endpoint> &endpoint) {
            if (!endpoint.ok()) {
                request->deleteLater();
                if (caller)
                    handler(endpoint.error());
                return;
            }
            const QUrl uri = endpoint.value().uri;
            request->track(m_services.mediaServer->transientToken(uri, endpoint.value().token, request,
                [this, request, caller, handler, uri](const Result<TransientToken> &got) {
                    request->deleteLater();
                    if (!caller || (!got.ok() && got.error().isCanceled()))
                        return;
                    if (!got.ok()) {
                        handler(got);
                        return;
                    }
                    TransientToken issued = got.value();
                    issued.server = uri;
                    Redaction::registerSecret(issued.token, uuid());
                    handler(issued);
                }));
        });
    return request;
}

PendingRequest *AccountSession::lookUpSource(const ServerTarget &target, const QString &source, bool refresh,
    QObject *context, Handler<SourceDevice> handler)
{
    auto *request = new PendingRequest(this);
    const QPointer<QObject> caller(context);
    resolve(target, request,
        [this, request, caller, handler = std::move(handler), source, refresh](
            const Result<Endpoint> &endpoint) {
            if (!endpoint.ok()) {
                request->deleteLater();
                if (caller)
                    handler(endpoint.error());
                return;
            }
            const Endpoint &to = endpoint.value();
            request->track(
                m_services.mediaServer->sourceConnections(to.uri, to.token, source, refresh, request,
                    [this, request, caller, handler](const Result<SourceDevice> &found) {
                        request->deleteLater();
                        if (found.ok())
                            Redaction::registerSecret(found.value().accessToken, uuid());
                        if (caller && !(!found.ok() && found.error().isCanceled()))
                            handler(found);
                    },
                    { to.serverName, to.serverVersion, to.shared }));
        });
    return request;
}

void AccountSession::revoke(QObject *context, Handler<Done> handler)
{
    whenTokenReady(context, [this, context, handler = std::move(handler)](const Result<Done> &ready) {
        if (!ready.ok()) {
            handler(ready.error());
            return;
        }
        m_services.plexTv->signOut(m_token, context, handler);
    });
}

} // namespace PlexAuth
