#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>

namespace FakePlex {

struct Account
{
    QString login;
    QString password;
    QString verificationCode; // empty: no two-factor authentication
    QString backupCode;
    QString authToken;
    bool pinOnly = false;
    QJsonObject user; // the plex.tv account object, without authToken

    // login, user.email or user.username, case-insensitively.
    bool matches(const QString &name) const;
    // The account object as plex.tv returns it: user plus authToken.
    QJsonObject userWithToken() const;
};

// A Plex Home (plex-auth-api.md §2.9): its admin (a fixture account's login) and its users as plex.tv lists
// them, each with a "pin" of its own when it is protected (never served).
struct PlexHome
{
    QJsonObject info; // id, name, guestUserID, ... as /home/users answers them (without users)
    QString admin;
    QList<QJsonObject> users;

    // The user by uuid or numeric id (as text); nullptr if none.
    const QJsonObject *user(const QString &key) const;
    // users without their PINs.
    QJsonArray servedUsers() const;
};

// The data fakeplex serves (see fixtures/default.json). Servers are kept as their JSON objects.
struct Fixture
{
    int lockoutAfterFailures = 5;
    QList<Account> accounts;
    QString pinClaimedBy;
    int pinClaimAfterPolls = 2;
    int pinExpiresIn = 900;
    qint64 jwtLifetimeSeconds
        = qint64(7) * 24 * 3600; // of the Plex JWTs the server issues; 0 or less: born expired
    int nonceLimitPerMinute
        = 10; // /auth/nonce requests per client identifier and minute; 0 or less: no limit
    QList<QJsonObject> servers;
    QList<PlexHome> homes;
    // The Home users that are no fixture account (managed profiles), as accounts with no login and no token
    // of their own: switching to one issues its token.
    QList<Account> homeProfiles;
    QList<QJsonObject> devices; // authorised devices: owner (login), id, token and devices.xml attributes

    static bool parse(const QByteArray &json, Fixture *out, QString *error);

    const Account *accountByLogin(const QString &name) const;
    const Account *accountByToken(const QString &token) const;
    const Account *accountByUuid(const QString &uuid) const; // user.uuid
    const Account *homeProfileByUuid(const QString &uuid) const;
    // The Home whose users include this uuid; nullptr for an account in no Home.
    const PlexHome *homeOf(const QString &uuid) const;
    // The first server with "served": true, the one answering the PMS routes; nullptr if none.
    const QJsonObject *servedServer() const;
};

// Replaces "{base}" inside strings with base (no trailing slash) and a string that is exactly "{port}" with
// the integer port, recursively.
QJsonValue substitutePlaceholders(const QJsonValue &value, const QUrl &base, quint16 port);
// Copies only the listed keys that are present in source.
QJsonObject pickKeys(const QJsonObject &source, const QList<QString> &keys);

} // namespace FakePlex
