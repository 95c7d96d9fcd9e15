#include "storedaccount.h"

namespace PlexAuth {

QString StoredAccount::displayName() const
{
    if (!title.isEmpty())
        return title;
    if (!username.isEmpty())
        return username;
    return email;
}

bool StoredAccount::matches(const QString &query) const
{
    if (query.isEmpty())
        return false;
    if (query == uuid)
        return true;
    for (const QString &name : { username, email, title }) {
        if (!name.isEmpty() && name.compare(query, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

StoredAccount StoredAccount::fromAccount(const Account &account)
{
    StoredAccount stored;
    stored.uuid = account.uuid;
    stored.id = account.id;
    stored.username = account.username;
    stored.email = account.email;
    stored.title = account.title;
    stored.avatarUrl = QUrl(account.thumb);
    stored.plexPass = account.hasPlexPass();
    return stored;
}

QString tokenStateName(TokenState state)
{
    switch (state) {
    case TokenState::Valid:
        return QStringLiteral("valid");
    case TokenState::Invalid:
        return QStringLiteral("invalid");
    case TokenState::Unverified:
        return QStringLiteral("unverified");
    }
    return QStringLiteral("unverified");
}

std::optional<TokenState> tokenStateFromName(const QString &name)
{
    for (TokenState state : { TokenState::Valid, TokenState::Invalid, TokenState::Unverified }) {
        if (tokenStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

} // namespace PlexAuth
