#include "configuration.h"

#include "plextvclient.h"

namespace PlexAuth {

namespace {
const QString plexTvUrlVariable = QStringLiteral("PLEXAUTH_PLEX_TV_URL");
const QString plexClientsUrlVariable = QStringLiteral("PLEXAUTH_PLEX_CLIENTS_URL");
} // namespace

ConfigLayer ConfigLayer::fromEnvironment(const QProcessEnvironment &environment)
{
    ConfigLayer layer;
    const QString url = environment.value(plexTvUrlVariable).trimmed();
    if (!url.isEmpty()) {
        layer.plexTvUrl = QUrl(url, QUrl::StrictMode);
        layer.plexTvUrlName = plexTvUrlVariable;
    }
    const QString clientsUrl = environment.value(plexClientsUrlVariable).trimmed();
    if (!clientsUrl.isEmpty()) {
        layer.plexClientsUrl = QUrl(clientsUrl, QUrl::StrictMode);
        layer.plexClientsUrlName = plexClientsUrlVariable;
    }
    return layer;
}

Configuration Configuration::resolve(
    const AppSettings &settings, const ConfigLayer &environment, const ConfigLayer &commandLine)
{
    Configuration resolved;
    resolved.requestTimeoutSeconds.value = AppSettings::defaultRequestTimeoutSeconds;

    // A hand-edited settings file or a variable must not send a password or token over plain http either.
    const auto takeUrl = [&resolved](Configured<QUrl> &target, const QString &settingsProblem,
                             const QUrl &url, ConfigSource source, const QString &name) {
        const QString problem = PlexTvClient::baseUrlProblem(url);
        if (!problem.isEmpty()) {
            resolved.problems.append(source == ConfigSource::SettingsFile
                    ? settingsProblem.arg(problem)
                    : tr("%1 is not used: %2").arg(name, problem));
            return;
        }
        target = { url, source, name };
    };
    const QString tvInFile = tr("The plex.tv API URL in the settings file is not used: %1");
    const QString clientsInFile = tr("The plex.tv clients API URL in the settings file is not used: %1");
    if (const QUrl stored = settings.plexTvUrl(); !stored.isEmpty())
        takeUrl(resolved.plexTvUrl, tvInFile, stored, ConfigSource::SettingsFile, {});
    if (const QUrl stored = settings.plexClientsUrl(); !stored.isEmpty())
        takeUrl(resolved.plexClientsUrl, clientsInFile, stored, ConfigSource::SettingsFile, {});
    for (const ConfigLayer *layer : { &environment, &commandLine }) {
        const ConfigSource source
            = layer == &environment ? ConfigSource::Environment : ConfigSource::CommandLine;
        if (layer->plexTvUrl)
            takeUrl(resolved.plexTvUrl, tvInFile, *layer->plexTvUrl, source, layer->plexTvUrlName);
        if (layer->plexClientsUrl)
            takeUrl(resolved.plexClientsUrl, clientsInFile, *layer->plexClientsUrl, source,
                layer->plexClientsUrlName);
    }
    if (resolved.plexClientsUrl.source == ConfigSource::Default
        && resolved.plexTvUrl.source != ConfigSource::Default)
        resolved.plexClientsUrl = resolved.plexTvUrl;

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
