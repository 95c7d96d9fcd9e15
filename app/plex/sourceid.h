#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace PlexAuth {

// A Plex source identifier, as GET /security/resources takes it: `server://<machineIdentifier>`
// optionally followed by `/<provider>`, or `provider://<identifier>`
// (LukeHagar/plex-api-spec description.md, "Sources": its regex and examples).
class SourceId
{
    Q_DECLARE_TR_FUNCTIONS(PlexAuth::SourceId)

public:
    enum class Verdict
    {
        Valid,
        Incomplete, // could still become valid as the user types
        Invalid,
    };

    struct Check
    {
        Verdict verdict = Verdict::Invalid;
        QString problem; // what is wrong, in words; empty when valid
    };

    static Check check(const QString &text);
    static bool isValid(const QString &text) { return check(text).verdict == Verdict::Valid; }

    static QString exampleServer()
    {
        return QStringLiteral(
            "server://546684a3d18ac5c39037360ec9ce900b7af9cc36/com.plexapp.plugins.library");
    }
    static QString exampleProvider() { return QStringLiteral("provider://tv.plex.provider.podcasts"); }
};

} // namespace PlexAuth
