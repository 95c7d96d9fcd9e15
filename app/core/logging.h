#pragma once

#include <QLoggingCategory>

// One category per module, so `QT_LOGGING_RULES="plexauth.http.debug=true"` narrows what is logged.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcPlexTv)
Q_DECLARE_LOGGING_CATEGORY(lcMediaServer)
Q_DECLARE_LOGGING_CATEGORY(lcIdentity)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcAccounts)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcLanguage)

namespace PlexAuth {

// Routes every Qt log line through Redaction before it is printed, so a secret that slips into a
// log statement is still masked.
void installRedactingMessageHandler();

} // namespace PlexAuth
