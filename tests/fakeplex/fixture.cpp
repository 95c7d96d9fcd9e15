#include "fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace FakePlex {

bool Account::matches(const QString &name) const
{
    if (name.isEmpty())
        return false;
    return name.compare(login, Qt::CaseInsensitive) == 0
        || name.compare(user.value(u"email"_s).toString(), Qt::CaseInsensitive) == 0
        || name.compare(user.value(u"username"_s).toString(), Qt::CaseInsensitive) == 0;
}

QJsonObject Account::userWithToken() const
{
    QJsonObject result = user;
    result.insert(u"authToken"_s, authToken);
    return result;
}

static bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool Fixture::parse(const QByteArray &json, Fixture *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(error,
            u"fixture is not valid JSON at offset %1: %2"_s.arg(parseError.offset)
                .arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(error, u"fixture must be a JSON object"_s);
    const QJsonObject root = doc.object();

    Fixture fixture;
    fixture.lockoutAfterFailures = root.value(u"lockoutAfterFailures"_s).toInt(5);
    fixture.jwtLifetimeSeconds = root.value(u"jwtLifetimeSeconds"_s).toInteger(fixture.jwtLifetimeSeconds);
    fixture.nonceLimitPerMinute = root.value(u"nonceLimitPerMinute"_s).toInt(fixture.nonceLimitPerMinute);

    const QJsonArray accounts = root.value(u"accounts"_s).toArray();
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const QJsonObject a = accounts.at(i).toObject();
        Account account;
        account.login = a.value(u"login"_s).toString();
        account.password = a.value(u"password"_s).toString();
        account.verificationCode = a.value(u"verificationCode"_s).toString();
        account.backupCode = a.value(u"backupCode"_s).toString();
        account.authToken = a.value(u"authToken"_s).toString();
        account.pinOnly = a.value(u"pinOnly"_s).toBool();
        account.user = a.value(u"user"_s).toObject();
        if (account.login.isEmpty() || account.authToken.isEmpty() || account.user.isEmpty())
            return fail(error, u"accounts[%1] needs login, authToken and a user object"_s.arg(i));
        fixture.accounts.append(account);
    }

    const QJsonObject pin = root.value(u"pin"_s).toObject();
    fixture.pinClaimedBy = pin.value(u"claimedBy"_s).toString();
    fixture.pinClaimAfterPolls = pin.value(u"claimAfterPolls"_s).toInt(2);
    fixture.pinExpiresIn = pin.value(u"expiresIn"_s).toInt(900);
    if (!fixture.pinClaimedBy.isEmpty() && !fixture.accountByLogin(fixture.pinClaimedBy))
        return fail(error, u"pin.claimedBy names no account: %1"_s.arg(fixture.pinClaimedBy));

    const QJsonArray servers = root.value(u"servers"_s).toArray();
    for (qsizetype i = 0; i < servers.size(); ++i) {
        const QJsonObject s = servers.at(i).toObject();
        if (s.value(u"clientIdentifier"_s).toString().isEmpty() || s.value(u"name"_s).toString().isEmpty())
            return fail(error, u"servers[%1] needs name and clientIdentifier"_s.arg(i));
        fixture.servers.append(s);
    }

    const QJsonArray homes = root.value(u"homes"_s).toArray();
    for (qsizetype i = 0; i < homes.size(); ++i) {
        QJsonObject h = homes.at(i).toObject();
        PlexHome home;
        home.admin = h.take(u"admin"_s).toString();
        for (const QJsonValue user : h.take(u"users"_s).toArray())
            home.users.append(user.toObject());
        h.remove(u"comment"_s);
        home.info = h;
        if (!fixture.accountByLogin(home.admin))
            return fail(error, u"homes[%1].admin names no account"_s.arg(i));
        for (const QJsonObject &user : std::as_const(home.users)) {
            const QString uuid = user.value(u"uuid"_s).toString();
            if (uuid.isEmpty())
                return fail(error, u"homes[%1] has a user without a uuid"_s.arg(i));
            if (fixture.accountByUuid(uuid))
                continue;
            Account profile;
            QJsonObject plexUser = user;
            plexUser.remove(u"pin"_s);
            plexUser.insert(u"home"_s, true);
            plexUser.insert(u"homeAdmin"_s, user.value(u"admin"_s).toBool());
            profile.user = plexUser;
            fixture.homeProfiles.append(profile);
        }
        fixture.homes.append(home);
    }
    const QJsonArray devices = root.value(u"devices"_s).toArray();
    for (qsizetype i = 0; i < devices.size(); ++i) {
        const QJsonObject d = devices.at(i).toObject();
        if (!fixture.accountByLogin(d.value(u"owner"_s).toString()) || d.value(u"id"_s).toInteger() <= 0
            || d.value(u"token"_s).toString().isEmpty())
            return fail(error, u"devices[%1] needs an owner that is an account, an id and a token"_s.arg(i));
        fixture.devices.append(d);
    }

    *out = fixture;
    return true;
}

const QJsonObject *PlexHome::user(const QString &key) const
{
    for (const QJsonObject &candidate : users) {
        if (candidate.value(u"uuid"_s).toString() == key
            || QString::number(candidate.value(u"id"_s).toInteger()) == key)
            return &candidate;
    }
    return nullptr;
}

QJsonArray PlexHome::servedUsers() const
{
    QJsonArray served;
    for (QJsonObject user : users) {
        user.remove(u"pin"_s);
        served.append(user);
    }
    return served;
}

const Account *Fixture::homeProfileByUuid(const QString &uuid) const
{
    for (const Account &profile : homeProfiles) {
        if (!uuid.isEmpty() && profile.user.value(u"uuid"_s).toString() == uuid)
            return &profile;
    }
    return nullptr;
}

const PlexHome *Fixture::homeOf(const QString &uuid) const
{
    for (const PlexHome &home : homes) {
        if (!uuid.isEmpty() && home.user(uuid))
            return &home;
    }
    return nullptr;
}

const Account *Fixture::accountByLogin(const QString &name) const
{
    for (const Account &account : accounts) {
        if (account.matches(name))
            return &account;
    }
    return nullptr;
}

const Account *Fixture::accountByToken(const QString &token) const
{
    if (token.isEmpty())
        return nullptr;
    for (const Account &account : accounts) {
        if (account.authToken == token)
            return &account;
    }
    return nullptr;
}

const Account *Fixture::accountByUuid(const QString &uuid) const
{
    if (uuid.isEmpty())
        return nullptr;
    for (const Account &account : accounts) {
        if (account.user.value(u"uuid"_s).toString() == uuid)
            return &account;
    }
    return nullptr;
}

const QJsonObject *Fixture::servedServer() const
{
    for (const QJsonObject &server : servers) {
        if (server.value(u"served"_s).toBool())
            return &server;
    }
    return nullptr;
}

QJsonValue substitutePlaceholders(const QJsonValue &value, const QUrl &base, quint16 port)
{
    if (value.isString()) {
        QString text = value.toString();
        if (text == u"{port}"_s)
            return QJsonValue(static_cast<int>(port));
        return text.replace(u"{base}"_s, base.toString(QUrl::StripTrailingSlash));
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array.replace(i, substitutePlaceholders(array.at(i), base, port));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = substitutePlaceholders(it.value(), base, port);
        return object;
    }
    return value;
}

QJsonObject pickKeys(const QJsonObject &source, const QList<QString> &keys)
{
    QJsonObject result;
    for (const QString &key : keys) {
        const auto it = source.constFind(key);
        if (it != source.constEnd())
            result.insert(key, it.value());
    }
    return result;
}

} // namespace FakePlex
