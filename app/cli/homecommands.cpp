// plexauth home and plexauth home switch USER: an account's Plex Home users, and switching to one of
// its profiles, which is then kept as an account of its own (plex-auth-api.md §2.9).
#include "commandrunner.h"
#include "output.h"
#include "redaction.h"
#include "terminal.h"

namespace PlexAuth::Cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(PlexAuth::Cli::CommandRunner)
};

QString yesNo(bool value)
{
    return value ? Text::tr("yes") : Text::tr("no");
}

QJsonObject userJson(const HomeUser &user)
{
    QJsonObject object;
    if (user.id)
        object.insert(QLatin1String("id"), double(*user.id));
    object.insert(QLatin1String("uuid"), user.uuid);
    object.insert(QLatin1String("title"), user.title);
    object.insert(QLatin1String("username"), user.username);
    object.insert(QLatin1String("email"), user.email);
    object.insert(QLatin1String("thumb"), user.thumb);
    object.insert(QLatin1String("admin"), user.admin);
    object.insert(QLatin1String("restricted"), user.restricted);
    object.insert(QLatin1String("restrictionProfile"), user.restrictionProfile);
    object.insert(QLatin1String("protected"), user.isProtected);
    object.insert(QLatin1String("guest"), user.guest);
    return object;
}

QJsonObject homeJson(const HomeUsers &home)
{
    QJsonObject object;
    object.insert(QLatin1String("inHome"), home.inHome());
    if (home.homeId)
        object.insert(QLatin1String("id"), double(*home.homeId));
    if (!home.homeName.isEmpty())
        object.insert(QLatin1String("name"), home.homeName);
    QJsonArray users;
    for (const HomeUser &user : home.users)
        users.append(userJson(user));
    object.insert(QLatin1String("users"), users);
    return object;
}

QString homeTable(const HomeUsers &home)
{
    QList<QStringList> rows;
    for (const HomeUser &user : home.users)
        rows.append({ user.title, user.username.isEmpty() ? QStringLiteral("-") : user.username, user.uuid,
            yesNo(user.admin), yesNo(user.restricted), yesNo(user.isProtected), yesNo(user.guest) });
    return Output::table({ Text::tr("TITLE"), Text::tr("USERNAME"), Text::tr("UUID"), Text::tr("ADMIN"),
                             Text::tr("RESTRICTED"), Text::tr("PROTECTED"), Text::tr("GUEST") },
        rows);
}

QString accountName(const AccountSession *session)
{
    return session->account() ? session->account()->displayName() : Text::tr("The account in PLEX_TOKEN");
}

// The users `query` names: the one with that uuid, else those whose title or username it is
// (ignoring case).
QList<HomeUser> matching(const HomeUsers &home, const QString &query)
{
    QList<HomeUser> byName;
    for (const HomeUser &user : home.users) {
        if (user.uuid.compare(query, Qt::CaseInsensitive) == 0)
            return { user };
        if ((!user.title.isEmpty() && user.title.compare(query, Qt::CaseInsensitive) == 0)
            || (!user.username.isEmpty() && user.username.compare(query, Qt::CaseInsensitive) == 0))
            byName.append(user);
    }
    return byName;
}
} // namespace

void CommandRunner::runHome()
{
    withSession([this](AccountSession *session) {
        session->homeUsers(this, [this, session](const Result<HomeUsers> &listed) {
            if (!listed.ok()) {
                fail(listed.error());
                return;
            }
            const HomeUsers &home = listed.value();
            if (m_args.subcommand == QLatin1String("switch")) {
                switchToProfile(session, home);
                return;
            }
            if (m_args.json)
                Terminal::out(Output::toText(homeJson(home)));
            else if (home.inHome())
                Terminal::out(homeTable(home));
            if (!home.inHome())
                note(tr("%1 is in no Plex Home, so it has no Home users or profiles to switch to.")
                         .arg(accountName(session)));
            succeed();
        });
    });
}

void CommandRunner::switchToProfile(AccountSession *session, const HomeUsers &home)
{
    if (!home.inHome()) {
        failUsage(tr("%1 is in no Plex Home, so it has no profile to switch to.").arg(accountName(session)));
        return;
    }
    const QList<HomeUser> matches = matching(home, m_args.operand);
    if (matches.size() != 1) {
        QStringList candidates;
        for (const HomeUser &user : matches)
            candidates.append(user.username.isEmpty() || user.username == user.title
                    ? tr("%1 (%2)").arg(user.title, user.uuid)
                    : tr("%1 (username %2, %3)").arg(user.title, user.username, user.uuid));
        failUsage(matches.isEmpty()
                ? tr("No Home user of %1 is called “%2”. Name one by its title, username or uuid; “plexauth "
                     "home” lists them.")
                      .arg(accountName(session), m_args.operand)
                : tr("“%1” names more than one Home user: %2. Name one by its uuid instead.")
                      .arg(m_args.operand, candidates.join(QStringLiteral("; "))));
        return;
    }
    const HomeUser &user = matches.first();
    // The link: the account whose token switched, or (with PLEX_TOKEN) the Home's admin.
    QString homeUuid = session->uuid();
    for (const HomeUser &member : home.users) {
        if (homeUuid.isEmpty() && member.admin)
            homeUuid = member.uuid;
    }

    auto switchWithPin = [this, session, user, homeUuid] {
        // On a terminal the PIN is asked for without echo (as a password is), --pin-stdin or not.
        QString pin;
        if (Terminal::stdinIsTerminal()) {
            if (user.isProtected || m_args.pinStdin)
                pin = Terminal::readSecret(tr("PIN of %1: ").arg(user.displayName())).value_or(QString());
        } else if (m_args.pinStdin) {
            pin = Terminal::readLine().value_or(QString());
        }
        pin = pin.trimmed();
        Redaction::registerSecret(pin);
        session->switchToProfile(
            user, pin, this, [this, user, homeUuid, pin](const Result<Account> &switched) {
                if (!switched.ok()) {
                    PlexError error = switched.error();
                    if (error.kind == ErrorKind::HomePinRequired)
                        error.message = (pin.isEmpty()
                                ? tr("%1 is protected by a PIN, and none was given: pass the PIN on the "
                                     "first line of "
                                     "stdin with --pin-stdin, or type it at the prompt on a terminal.")
                                : tr("plex.tv did not accept the PIN of %1. Pass the profile's PIN on the "
                                     "first line "
                                     "of stdin with --pin-stdin, or type it at the prompt on a terminal."))
                                            .arg(user.displayName());
                    fail(error);
                    return;
                }
                const Account &profile = switched.value();
                if (m_args.noStore) {
                    if (m_args.json) {
                        QJsonObject object
                            = Output::storedAccountJson(StoredAccount::fromAccount(profile), false);
                        object.insert(QLatin1String("token"), profile.authToken);
                        Terminal::out(Output::toText(object));
                    } else {
                        Terminal::out(profile.authToken + u'\n');
                    }
                    note(
                        tr("Switched to %1. The token was not stored (--no-store).").arg(user.displayName()));
                    succeed();
                    return;
                }
                m_services->sessions()->adoptProfile(
                    profile, user, homeUuid, true, this, [this, profile](const Result<StoredAccount> &kept) {
                        if (!kept.ok()) {
                            PlexError error = kept.error();
                            if (error.isStorageFailure())
                                error.message
                                    = tr("Switched, but the profile's token could not be stored: %1 "
                                         "To use it without storing it, add --no-store.")
                                          .arg(error.message);
                            fail(error);
                            return;
                        }
                        const StoredAccount &stored = kept.value();
                        if (m_args.json)
                            Terminal::out(Output::toText(Output::storedAccountJson(stored, false)));
                        note(tr(
                            "Switched to %1. The profile is kept as an account of its own, its token in the "
                            "keychain; “plexauth token --account %2” prints it.")
                                 .arg(stored.displayName(), stored.uuid));
                        succeed();
                    });
            });
    };
    if (m_args.noStore)
        switchWithPin();
    else
        ensureKeychainThen(switchWithPin);
}

} // namespace PlexAuth::Cli
