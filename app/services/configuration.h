#pragma once

#include "appsettings.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QUrl>

#include <optional>

namespace PlexAuth {

// Where a setting's value came from. Later layers win: built-in default, then the Settings file,
// then the environment, then the command line's flags.
enum class ConfigSource
{
    Default,
    SettingsFile,
    Environment,
    CommandLine,
};

template<typename T> struct Configured
{
    T value {};
    ConfigSource source = ConfigSource::Default;
    QString setBy; // the variable or flag that set it, for Environment and CommandLine
};

// One layer above the Settings file: the values it sets, and by which name.
struct ConfigLayer
{
    std::optional<QUrl> plexTvUrl;
    QString plexTvUrlName; // "PLEXAUTH_PLEX_TV_URL" or "--plex-tv-url"
    std::optional<QUrl> plexClientsUrl;
    QString plexClientsUrlName; // "PLEXAUTH_PLEX_CLIENTS_URL" or "--plex-clients-url"
    std::optional<int> requestTimeoutSeconds;
    QString requestTimeoutName;

    // The variables PlexAuth reads: PLEXAUTH_PLEX_TV_URL, PLEXAUTH_PLEX_CLIENTS_URL.
    static ConfigLayer fromEnvironment(const QProcessEnvironment &environment);
};

struct ProxySetting
{
    AppSettings::ProxyMode mode = AppSettings::ProxyMode::System;
    QString host;
    int port = 0;
};

// The settings that apply to this run, resolved from the layers, with each value's source. The
// window and the command line resolve them the same way.
struct Configuration
{
    Q_DECLARE_TR_FUNCTIONS(PlexAuth::Configuration)

public:
    Configured<QUrl> plexTvUrl; // empty value: plex.tv's own
    // The JWT device-auth API. When no layer sets it but one sets the plex.tv URL, that URL (and its
    // source): one fake or test server then serves both. Empty value: clients.plex.tv's own.
    Configured<QUrl> plexClientsUrl;
    Configured<int> requestTimeoutSeconds;
    Configured<ProxySetting> proxy;
    // Values a layer set that cannot be used (a plain-http plex.tv URL to another machine, say), in
    // words; such a value is left out and the layer below applies.
    QStringList problems;

    static Configuration resolve(
        const AppSettings &settings, const ConfigLayer &environment, const ConfigLayer &commandLine = {});

    static QString sourceName(ConfigSource source);
};

} // namespace PlexAuth
