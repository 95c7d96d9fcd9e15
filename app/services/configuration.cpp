#include "configuration.h"

#include "plextvclient.h"

namespace PlexAuth {

namespace {
const QString plexTvUrlVariable = QStringLiteral("PLEXAUTH_PLEX_TV_URL");
} // namespace

ConfigLayer ConfigLayer::fromEnvironment(const QProcessEnvironment &environment)
{
    ConfigLayer layer;
    const QString url = environment.value(plexTvUrlVariable).trimmed();
    if (!url.isEmpty()) {
        layer.plexTvUrl = QUrl(url, QUrl::StrictMode);
        layer.plexTvUrlName = plexTvUrlVariable;
    }
    return layer;
}

Configuration Configuration::resolve(
    const AppSettings &settings, const ConfigLayer &environment, const ConfigLayer &commandLine)
{
    Configuration resolved;
    resolved.requestTimeoutSeconds.value = AppSettings::defaultRequestTimeoutSeconds;

    // A hand-edited settings file or a variable must not send a password over plain http either.
    const auto takeUrl = [&resolved](const QUrl &url, ConfigSource source, const QString &name) {
        const QString problem = PlexTvClient::baseUrlProblem(url);
        if (!problem.isEmpty()) {
            resolved.problems.append(source == ConfigSource::SettingsFile
                    ? tr("The plex.tv API URL in the settings file is not used: %1").arg(problem)
                    : tr("%1 is not used: %2").arg(name, problem));
            return;
        }
        resolved.plexTvUrl = { url, source, name };
    };
    if (const QUrl stored = settings.plexTvUrl(); !stored.isEmpty())
        takeUrl(stored, ConfigSource::SettingsFile, {});
    if (environment.plexTvUrl)
        takeUrl(*environment.plexTvUrl, ConfigSource::Environment, environment.plexTvUrlName);
    if (commandLine.plexTvUrl)
        takeUrl(*commandLine.plexTvUrl, ConfigSource::CommandLine, commandLine.plexTvUrlName);

    if (settings.hasRequestTimeout())
        resolved.requestTimeoutSeconds = { settings.requestTimeoutSeconds(), ConfigSource::SettingsFile, {} };
    for (const auto &[layer, source] : { std::pair { &environment, ConfigSource::Environment },
             std::pair { &commandLine, ConfigSource::CommandLine } }) {
        if (layer->requestTimeoutSeconds)
            resolved.requestTimeoutSeconds
                = { *layer->requestTimeoutSeconds, source, layer->requestTimeoutName };
    }

    if (settings.hasProxy())
        resolved.proxy = { { settings.proxyMode(), settings.proxyHost(), settings.proxyPort() },
            ConfigSource::SettingsFile, {} };
    return resolved;
}

QString Configuration::sourceName(ConfigSource source)
{
    switch (source) {
    case ConfigSource::Default:
        return QStringLiteral("default");
    case ConfigSource::SettingsFile:
        return QStringLiteral("settings");
    case ConfigSource::Environment:
        return QStringLiteral("environment");
    case ConfigSource::CommandLine:
        return QStringLiteral("command-line");
    }
    return QStringLiteral("default");
}

} // namespace PlexAuth
