#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

namespace PlexAuth {

// Where an address came from: who vouches for it decides whether a token may go there.
enum class AddressOrigin
{
    PlexTvApi, // the configured plex.tv (or clients.plex.tv) API base URL
    TypedByUser, // typed or passed on the command line by the person themselves
    ListedByPlexTv, // a connection of a server in plex.tv's /resources answer
    FromServerAnswer, // a connection a server listed (e.g. /security/resources)
    SuggestedByCertificate, // the plex.direct name a certificate was issued for
};

// A request that would carry an account token or a server's access token.
struct TokenDestination
{
    QUrl url;
    AddressOrigin origin = AddressOrigin::TypedByUser;
    // The server the address must have proved to be (its machineIdentifier); empty when unknown.
    QString expectedMachineIdentifier;
};

// The one rule for where a token may be sent. A token goes only:
//  - to the configured plex.tv API base URLs;
//  - over https to a server address (TLS is always verified);
//  - over plain http to this machine (loopback);
//  - over plain http to a private-network address, once that address answered /identity in this run
//    as the expected server (recordVerified());
//  - over plain http to a private-network address the person typed themselves.
// An address a certificate suggested or a server's answer named gets a token only after it answered
// /identity as the expected server, whatever its scheme. Plain http to any other host never does:
// on a café or office network "192.168.1.10" can be anyone's machine.
class TokenPolicy
{
    Q_DECLARE_TR_FUNCTIONS(PlexAuth::TokenPolicy)

public:
    struct Verdict
    {
        bool allowed = false;
        QString reason; // why not, in words, with what to do instead; empty when allowed
    };

    void setApiBaseUrls(const QList<QUrl> &urls);

    Verdict check(const TokenDestination &destination) const;
    bool allows(const TokenDestination &destination) const { return check(destination).allowed; }

    // `address` (scheme, host and port) answered /identity in this run as `machineIdentifier`.
    void recordVerified(const QUrl &address, const QString &machineIdentifier);
    // Forgets what `address` was verified as (it answered as another server, or failed).
    void forgetVerified(const QUrl &address);
    bool isVerified(const QUrl &address, const QString &machineIdentifier) const;

    static bool isLoopbackHost(const QString &host);
    // Loopback, private IPv4 ranges (10/8, 172.16/12, 192.168/16), link-local, IPv6 unique-local,
    // "localhost" and mDNS ".local" names: where a Plex Media Server is commonly reached over plain
    // http (http://192.168.1.10:32400).
    static bool isPrivateNetworkHost(const QString &host);

private:
    static QString originKey(const QUrl &url);
    bool isApiBaseUrl(const QUrl &url) const;

    QList<QUrl> m_apiBaseUrls;
    QHash<QString, QString> m_verified; // origin key -> machineIdentifier it answered as
};

} // namespace PlexAuth
