#include "homeparsers.h"

#include "documentreader.h"

namespace PlexAuth {

QString HomeUser::displayName() const
{
    for (const QString *name : { &title, &username, &email }) {
        if (!name->isEmpty())
            return *name;
    }
    return uuid;
}

namespace Parse {

namespace {
HomeUser readUser(const QJsonObject &object)
{
    HomeUser user;
    user.id = Doc::integer(object, u"id");
    user.uuid = Doc::string(object, u"uuid");
    user.title = Doc::string(object, u"title");
    user.username = Doc::string(object, u"username");
    user.email = Doc::string(object, u"email");
    user.thumb = Doc::string(object, u"thumb");
    user.restrictionProfile = Doc::string(object, u"restrictionProfile");
    user.admin = Doc::boolean(object, u"admin").value_or(false);
    user.restricted = Doc::boolean(object, u"restricted").value_or(false);
    user.guest = Doc::boolean(object, u"guest").value_or(false);
    user.isProtected = Doc::boolean(object, u"protected").value_or(false);
    return user;
}
} // namespace

std::optional<HomeUsers> homeUsers(const QByteArray &body, QString *whyNot)
{
    const std::optional<QJsonValue> document = Doc::parse(body, whyNot);
    if (!document)
        return std::nullopt;
    HomeUsers home;
    QList<QJsonObject> entries;
    if (document->isArray()) {
        for (const QJsonValue entry : document->toArray()) {
            if (entry.isObject())
                entries.append(entry.toObject());
        }
    } else {
        QJsonObject root = document->toObject();
        if (root.contains(u"MediaContainer")) // the older answer, asked for as JSON
            root = Doc::object(root, u"MediaContainer");
        const QString tag = root.value(u"@tag").toString();
        const bool isList
            = root.contains(u"users") || root.contains(u"User") || tag == u"MediaContainer" || tag == u"home";
        if (!isList) {
            *whyNot = QStringLiteral("no list of Home users in the answer");
            return std::nullopt;
        }
        entries = Doc::objects(root, u"users", u"user") + Doc::objects(root, u"User");
        if (tag != u"MediaContainer") { // a MediaContainer's id and name are the service's, not the Home's
            home.homeId = Doc::integer(root, u"id");
            home.homeName = Doc::string(root, u"name");
        }
    }
    for (const QJsonObject &entry : std::as_const(entries)) {
        HomeUser user = readUser(entry);
        if (!user.uuid.isEmpty() || user.id)
            home.users.append(user);
    }
    return home;
}

} // namespace Parse

} // namespace PlexAuth
