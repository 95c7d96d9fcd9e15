#include "logging.h"

#include "redaction.h"

Q_LOGGING_CATEGORY(lcHttp, "plexauth.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPlexTv, "plexauth.plextv", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMediaServer, "plexauth.pms", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIdentity, "plexauth.identity", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "plexauth.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAccounts, "plexauth.accounts", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "plexauth.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLanguage, "plexauth.language", QtInfoMsg)

namespace PlexAuth {

namespace {
QtMessageHandler g_previousHandler = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_previousHandler)
        g_previousHandler(type, context, Redaction::redact(message));
}
} // namespace

void installRedactingMessageHandler()
{
    g_previousHandler = qInstallMessageHandler(redactingHandler);
}

} // namespace PlexAuth
