#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace PlexAuth {

// One member of a Plex Home (plex-auth-api.md §2.9): the admin, a managed profile or an invited
// Plex account. `isProtected`: the profile has a PIN, which switching to it needs.
struct HomeUser
{
    std::optional<qint64> id;
    QString uuid;
    QString title;
    QString username;
    QString email;
    QString thumb;
    QString restrictionProfile; // "little_kid", "older_kid", "teen"; empty: none
    bool admin = false;
    bool restricted = false;
    bool guest = false;
    bool isProtected = false;

    // The name to show: the title, else the username, else the email, else the uuid.
    QString displayName() const;
};

// The answer to "who is in this account's Home": an account in no Home has no users.
struct HomeUsers
{
    std::optional<qint64> homeId;
    QString homeName;
    QList<HomeUser> users;

    bool inHome() const { return !users.isEmpty(); }
};

namespace Parse {

// GET {plexTv}/home/users as JSON ({"id", "name", "users": [...]}) or XML (<home><users><user/>...),
// or the older {origin}/api/home/users (<MediaContainer><User .../>...</MediaContainer>). A user
// without a uuid and an id is left out. std::nullopt, with `whyNot`, when it is no list of users.
std::optional<HomeUsers> homeUsers(const QByteArray &body, QString *whyNot);

} // namespace Parse

} // namespace PlexAuth
