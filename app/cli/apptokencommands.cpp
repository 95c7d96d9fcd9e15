// plexauth apptoken create|list|revoke and plexauth token --app (issue 15 §3, plex-auth-api.md
// §2.11): tokens of their own for other apps, kept in the keychain under the account.
#include "apptokens.h"
#include "commandrunner.h"
#include "output.h"
#include "terminal.h"

namespace PlexAuth::Cli {

void CommandRunner::runAppToken()
{
    withStoredSession([this](AccountSession *session) {
        auto *tokens = new AppTokens(session, m_services->sessions()->services(), this);
        const QString action = m_args.action;
        if (action == QLatin1String("create"))
            createAppToken(tokens);
        else if (action == QLatin1String("revoke"))
            revokeAppToken(tokens);
        else
            listAppTokens(tokens);
    });
}

void CommandRunner::createAppToken(AppTokens *tokens)
{
    const QString name = m_args.operand;
    tokens->create(name, this, [this, name](const Result<CreatedAppToken> &created) {
        if (!created.ok()) {
            fail(created.error());
            return;
        }
        if (m_args.print)
            Terminal::out(created.value().token + u'\n');
        note(tr(
            "Created the app token “%1” (its own device on plex.tv, client identifier %2) and kept it in the "
            "keychain. “plexauth token --app %1” prints it.")
                 .arg(name, created.value().record.clientIdentifier));
        succeed();
    });
}

void CommandRunner::listAppTokens(AppTokens *tokens)
{
    tokens->list(this, [this](const Result<AppTokenListing> &listed) {
        if (!listed.ok()) {
            fail(listed.error());
            return;
        }
        const AppTokenListing &listing = listed.value();
        if (listing.devicesError)
            note(tr("plex.tv's device list could not be read, so whether each token is still listed is not "
                    "known: %1")
                     .arg(listing.devicesError->message));
        if (m_args.json) {
            QJsonArray array;
            for (const ListedAppToken &entry : listing.tokens) {
                QJsonObject object { { QStringLiteral("name"), entry.record.name },
                    { QStringLiteral("clientIdentifier"), entry.record.clientIdentifier },
                    { QStringLiteral("createdAt"), entry.record.createdAt.toUTC().toString(Qt::ISODate) } };
                if (entry.listed)
                    object.insert(QStringLiteral("listed"), *entry.listed);
                if (entry.lastSeenAt)
                    object.insert(
                        QStringLiteral("lastSeenAt"), entry.lastSeenAt->toUTC().toString(Qt::ISODate));
                array.append(object);
            }
            Terminal::out(Output::toText(array));
        } else if (listing.tokens.isEmpty()) {
            note(tr("The account has no app tokens. “plexauth apptoken create NAME” makes one."));
        } else {
            QList<QStringList> rows;
            for (const ListedAppToken &entry : listing.tokens) {
                const QString stillListed = !entry.listed ? QStringLiteral("-")
                    : *entry.listed                       ? tr("yes")
                                                          : tr("no");
                rows.append({ entry.record.name, Output::localTime(entry.record.createdAt),
                    Output::localTime(entry.lastSeenAt), stillListed, entry.record.clientIdentifier });
            }
            Terminal::out(Output::table(
                { tr("NAME"), tr("CREATED"), tr("LAST SEEN"), tr("LISTED BY PLEX.TV"), tr("CLIENT ID") },
                rows));
        }
        succeed();
    });
}

void CommandRunner::revokeAppToken(AppTokens *tokens)
{
    tokens->revoke(m_args.operand, this, [this](const Result<RevokedAppToken> &revoked) {
        if (!revoked.ok()) {
            fail(revoked.error());
            return;
        }
        const QString name = revoked.value().record.name;
        note(revoked.value().wasListed ? tr("Revoked the app token “%1”: its device was removed on plex.tv "
                                            "and its keychain item deleted.")
                                             .arg(name)
                                       : tr("plex.tv no longer listed the app token “%1”, so it no longer "
                                            "worked; its keychain item was "
                                            "deleted.")
                                             .arg(name));
        succeed();
    });
}

void CommandRunner::withAppToken(const std::function<void(const QString &token)> &handler)
{
    const Result<StoredAccount> chosen = m_services->accounts()->resolve(m_args.account);
    if (!chosen.ok()) {
        fail(chosen.error());
        return;
    }
    m_services->accounts()->appToken(
        chosen.value().uuid, m_args.app, this, [this, handler](const Result<QString> &token) {
            if (!token.ok()) {
                fail(token.error());
                return;
            }
            handler(token.value());
        });
}

void CommandRunner::printAppToken()
{
    withAppToken([this](const QString &token) {
        Terminal::out(token + u'\n');
        succeed();
    });
}

} // namespace PlexAuth::Cli
