#include "redaction.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace PlexAuth {

namespace {
// Each secret with the accounts that own it (an empty set: registered without an owner, kept for
// the run), and the same secrets longest first, so that a secret containing another is masked
// whole. The list is kept sorted as secrets come and go: redact() runs on every log line.
struct Registry
{
    QHash<QString, QSet<QString>> owners;
    QList<QString> longestFirst;

    void add(const QString &secret)
    {
        const auto at = std::lower_bound(longestFirst.begin(), longestFirst.end(), secret,
            [](const QString &listed, const QString &added) { return listed.size() > added.size(); });
        longestFirst.insert(at, secret);
    }
    void remove(const QString &secret) { longestFirst.removeOne(secret); }
};

QMutex g_mutex;
Registry g_registry;

// Field names that carry secrets in Plex traffic, in headers, query strings, forms, JSON and XML.
const QRegularExpression &carrierPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(
            R"((?<name>X-Plex-Token|authToken|auth_token|accessToken|token|password|verificationCode|)"
            R"(secret|jwt|deviceJWT|pin))"
            // "name":"value" (JSON), name=value (forms, queries, XML attributes), and the header form
            // "X-Plex-Token: value". A bare "name: " in prose ("the token: it was revoked") is not one.
            R"((?<sep>"\s*:\s*"|=["']?|(?<=X-Plex-Token):\s*)(?<value>[^"&\s,;}<>']+))"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}
} // namespace

void Redaction::registerSecret(const QString &secret, const QString &owner)
{
    if (secret.size() < 4)
        return;
    const QMutexLocker lock(&g_mutex);
    auto entry = g_registry.owners.find(secret);
    if (entry == g_registry.owners.end()) {
        entry = g_registry.owners.insert(secret, {});
        g_registry.add(secret);
    }
    if (!owner.isEmpty())
        entry->insert(owner);
}

void Redaction::forgetSecret(const QString &secret)
{
    const QMutexLocker lock(&g_mutex);
    if (g_registry.owners.remove(secret) > 0)
        g_registry.remove(secret);
}

void Redaction::forgetSecretsOf(const QString &owner)
{
    if (owner.isEmpty())
        return;
    const QMutexLocker lock(&g_mutex);
    for (auto entry = g_registry.owners.begin(); entry != g_registry.owners.end();) {
        if (entry->remove(owner) && entry->isEmpty()) {
            g_registry.remove(entry.key());
            entry = g_registry.owners.erase(entry);
        } else {
            ++entry;
        }
    }
}

void Redaction::forgetAllSecrets()
{
    const QMutexLocker lock(&g_mutex);
    g_registry = {};
}

qsizetype Redaction::registeredCount()
{
    const QMutexLocker lock(&g_mutex);
    return g_registry.longestFirst.size();
}

QString Redaction::redact(const QString &text)
{
    QString result = text;
    {
        const QString masked = mask.toString();
        const QMutexLocker lock(&g_mutex);
        for (const QString &secret : std::as_const(g_registry.longestFirst))
            result.replace(secret, masked);
    }

    QString out;
    out.reserve(result.size());
    qsizetype last = 0;
    auto it = carrierPattern().globalMatch(result);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured(u"value") == mask)
            continue;
        out += QStringView(result).mid(last, match.capturedStart(u"value") - last);
        out += mask.toString();
        last = match.capturedEnd(u"value");
    }
    out += QStringView(result).mid(last);
    return out;
}

QByteArray Redaction::redact(const QByteArray &text)
{
    return redact(QString::fromUtf8(text)).toUtf8();
}

QString Redaction::maskForDisplay(const QString &secret)
{
    if (secret.size() <= 12)
        return QString(secret.size(), QChar(u'•'));
    return secret.left(4) + QStringLiteral("…") + secret.right(4);
}

} // namespace PlexAuth
