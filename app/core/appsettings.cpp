#include "appsettings.h"

#include <QSettings>

#include <algorithm>

namespace PlexAuth {

namespace {
const QString plexTvUrlKey = QStringLiteral("settings/plexTvUrl");
const QString plexClientsUrlKey = QStringLiteral("settings/plexClientsUrl");
const QString deviceKeySignInKey = QStringLiteral("settings/browserSignInWithDeviceKey");
const QString timeoutKey = QStringLiteral("settings/requestTimeoutSeconds");
const QString clipboardKey = QStringLiteral("settings/clipboardClearSeconds");
const QString proxyModeKey = QStringLiteral("settings/proxyMode");
const QString proxyHostKey = QStringLiteral("settings/proxyHost");
const QString proxyPortKey = QStringLiteral("settings/proxyPort");
const QString languageKey = QStringLiteral("settings/language");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString lastAccountKey = QStringLiteral("window/lastAccount");

int boundedInt(const QSettings &settings, const QString &key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok ? std::clamp(value, low, high) : fallback;
}
} // namespace

AppSettings::AppSettings(QSettings &settings)
    : m_settings(settings)
{ }

QUrl AppSettings::plexTvUrl() const
{
    return QUrl(m_settings.value(plexTvUrlKey).toString());
}

void AppSettings::setPlexTvUrl(const QUrl &url)
{
    if (url.isEmpty())
        m_settings.remove(plexTvUrlKey);
    else
        m_settings.setValue(plexTvUrlKey, url.toString());
}

QUrl AppSettings::plexClientsUrl() const
{
    return QUrl(m_settings.value(plexClientsUrlKey).toString());
}

void AppSettings::setPlexClientsUrl(const QUrl &url)
{
    if (url.isEmpty())
        m_settings.remove(plexClientsUrlKey);
    else
        m_settings.setValue(plexClientsUrlKey, url.toString());
}

bool AppSettings::browserSignInWithDeviceKey() const
{
    return m_settings.value(deviceKeySignInKey, false).toBool();
}

void AppSettings::setBrowserSignInWithDeviceKey(bool enabled)
{
    if (enabled)
        m_settings.setValue(deviceKeySignInKey, true);
    else
        m_settings.remove(deviceKeySignInKey);
}

bool AppSettings::hasRequestTimeout() const
{
    return m_settings.contains(timeoutKey);
}

bool AppSettings::hasProxy() const
{
    return m_settings.contains(proxyModeKey);
}

int AppSettings::requestTimeoutSeconds() const
{
    return boundedInt(m_settings, timeoutKey, defaultRequestTimeoutSeconds, minRequestTimeoutSeconds,
        maxRequestTimeoutSeconds);
}

void AppSettings::setRequestTimeoutSeconds(int seconds)
{
    m_settings.setValue(timeoutKey, std::clamp(seconds, minRequestTimeoutSeconds, maxRequestTimeoutSeconds));
}

int AppSettings::clipboardClearSeconds() const
{
    return boundedInt(m_settings, clipboardKey, defaultClipboardClearSeconds, minClipboardClearSeconds,
        maxClipboardClearSeconds);
}

void AppSettings::setClipboardClearSeconds(int seconds)
{
    m_settings.setValue(
        clipboardKey, std::clamp(seconds, minClipboardClearSeconds, maxClipboardClearSeconds));
}

AppSettings::ProxyMode AppSettings::proxyMode() const
{
    const QString mode = m_settings.value(proxyModeKey).toString();
    if (mode == QLatin1String("manual"))
        return ProxyMode::Manual;
    if (mode == QLatin1String("none"))
        return ProxyMode::None;
    return ProxyMode::System;
}

QString AppSettings::proxyHost() const
{
    return m_settings.value(proxyHostKey).toString();
}

int AppSettings::proxyPort() const
{
    return boundedInt(m_settings, proxyPortKey, 0, 0, 65535);
}

void AppSettings::setProxy(ProxyMode mode, const QString &host, int port)
{
    const QString name = mode == ProxyMode::Manual ? QStringLiteral("manual")
        : mode == ProxyMode::None                  ? QStringLiteral("none")
                                                   : QStringLiteral("system");
    m_settings.setValue(proxyModeKey, name);
    m_settings.setValue(proxyHostKey, host.trimmed());
    m_settings.setValue(proxyPortKey, std::clamp(port, 0, 65535));
}

QString AppSettings::language() const
{
    return m_settings.value(languageKey).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    if (language.isEmpty())
        m_settings.remove(languageKey);
    else
        m_settings.setValue(languageKey, language);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(geometryKey).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(stateKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry, const QByteArray &state)
{
    m_settings.setValue(geometryKey, geometry);
    m_settings.setValue(stateKey, state);
}

QString AppSettings::lastAccountUuid() const
{
    return m_settings.value(lastAccountKey).toString();
}

void AppSettings::setLastAccountUuid(const QString &uuid)
{
    m_settings.setValue(lastAccountKey, uuid);
}

} // namespace PlexAuth
