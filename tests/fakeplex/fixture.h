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
    QList<QJsonObject> devices; // authorised devices: owner (login), id, token and devices.xml attributes

    static bool parse(const QByteArray &json, Fixture *out, QString *error);

    const Account *accountByLogin(const QString &name) const;
    const Account *accountByToken(const QString &token) const;
    const Account *accountByUuid(const QString &uuid) const; // user.uuid
    // The first server with "served": true, the one answering the PMS routes; nullptr if none.
    const QJsonObject *servedServer() const;
};

// Replaces "{base}" inside strings with base (no trailing slash) and a string that is exactly "{port}" with
// the integer port, recursively.
QJsonValue substitutePlaceholders(const QJsonValue &value, const QUrl &base, quint16 port);
// Copies only the listed keys that are present in source.
QJsonObject pickKeys(const QJsonObject &source, const QList<QString> &keys);

} // namespace FakePlex
