#include "sourceid.h"

#include <QRegularExpression>

namespace PlexAuth {

namespace {
const QString serverPrefix = QStringLiteral("server://");
const QString providerPrefix = QStringLiteral("provider://");

bool isMachineIdentifier(QStringView text)
{
    // Anchored to the very end: "$" also matches before a final newline ("server://A\n/x").
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9A-Fa-f][0-9A-Fa-f-]*")));
    return pattern.match(text).hasMatch();
}

// Provider identifiers are reverse-DNS names such as tv.plex.provider.podcasts.
bool isProviderIdentifier(QStringView text)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._-]*")));
    return pattern.match(text).hasMatch();
}

SourceId::Check valid()
{
    return { SourceId::Verdict::Valid, {} };
}
} // namespace

SourceId::Check SourceId::check(const QString &text)
{
    const QString hint = tr("A source looks like %1 or %2.").arg(exampleServer(), exampleProvider());
    if (text.isEmpty() || serverPrefix.startsWith(text) || providerPrefix.startsWith(text))
        return { Verdict::Incomplete, tr("Enter a source. %1").arg(hint) };
    if (text.trimmed() != text)
        return { Verdict::Invalid, tr("Remove the spaces around the source.") };

    if (text.startsWith(serverPrefix)) {
        const QStringView rest = QStringView(text).mid(serverPrefix.size());
        if (rest.isEmpty())
            return { Verdict::Incomplete, tr("Add the server's machine identifier after “server://”.") };
        const qsizetype slash = rest.indexOf(u'/');
        const QStringView machine = slash < 0 ? rest : rest.left(slash);
        if (!isMachineIdentifier(machine)) {
            return { Verdict::Invalid,
                tr("The machine identifier after “server://” is made of hexadecimal digits (0-9, a-f), as "
                   "in %1.")
                    .arg(exampleServer()) };
        }
        if (slash < 0)
            return valid();
        const QStringView provider = rest.mid(slash + 1);
        if (provider.isEmpty())
            return { Verdict::Incomplete, tr("Add the provider after the slash, or remove the slash.") };
        if (!isProviderIdentifier(provider)) {
            return { Verdict::Invalid,
                tr("The provider after the machine identifier is a name such as "
                   "com.plexapp.plugins.library, without further slashes or spaces.") };
        }
        return valid();
    }

    if (text.startsWith(providerPrefix)) {
        const QStringView provider = QStringView(text).mid(providerPrefix.size());
        if (provider.isEmpty())
            return { Verdict::Incomplete, tr("Add the provider's identifier after “provider://”.") };
        if (!isProviderIdentifier(provider)) {
            return { Verdict::Invalid,
                tr("The identifier after “provider://” is a name such as tv.plex.provider.podcasts, without "
                   "slashes or spaces.") };
        }
        return valid();
    }
    return { Verdict::Invalid, tr("A source starts with “server://” or “provider://”. %1").arg(hint) };
}

} // namespace PlexAuth
