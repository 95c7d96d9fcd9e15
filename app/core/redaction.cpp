#include "redaction.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace PlexAuth {

namespace {
QMutex g_mutex;
QSet<QString> g_secrets;

// Field names that carry secrets in Plex traffic, in headers, query strings, forms, JSON and XML.
const QRegularExpression &carrierPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(
            R"((?<name>X-Plex-Token|authToken|auth_token|accessToken|token|password|verificationCode|)"
            R"(secret|jwt|deviceJWT))"
            // "name":"value" (JSON), name=value (forms, queries, XML attributes), and the header form
            // "X-Plex-Token: value". A bare "name: " in prose ("the token: it was revoked") is not one.
            R"((?<sep>"\s*:\s*"|=["']?|(?<=X-Plex-Token):\s*)(?<value>[^"&\s,;}<>']+))"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}
} // namespace

void Redaction::registerSecret(const QString &secret)
{
    if (secret.size() < 4)
        return;
    const QMutexLocker lock(&g_mutex);
    g_secrets.insert(secret);
}

void Redaction::forgetSecret(const QString &secret)
{
    const QMutexLocker lock(&g_mutex);
    g_secrets.remove(secret);
}

void Redaction::forgetAllSecrets()
{
    const QMutexLocker lock(&g_mutex);
    g_secrets.clear();
}

QString Redaction::redact(const QString &text)
{
    QString result = text;
    {
        const QMutexLocker lock(&g_mutex);
        // Longest first, so a secret that contains another one is masked whole.
        QList<QString> secrets(g_secrets.cbegin(), g_secrets.cend());
        std::sort(secrets.begin(), secrets.end(),
            [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &secret : std::as_const(secrets))
            result.replace(secret, mask.toString());
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
