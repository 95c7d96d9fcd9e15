#pragma once

#include "fieldlistmodel.h"
#include "jwt.h"
#include "plextypes.h"
#include "storedaccount.h"

namespace PlexAuth {

// What the token inspector lists, as field/value rows. Dates are shown in local time.
QList<Field> accountFields(const Account &account);
// Before plex.tv has answered (or when it cannot be reached): what PlexAuth remembers.
QList<Field> storedAccountFields(const StoredAccount &account);
// A JWT's header and claims; exp, iat and nbf as local dates.
QList<Field> jwtFields(const DecodedJwt &jwt);

// "Yes"/"No"/"Unknown" and local dates, as the fields show them.
QString yesNo(const std::optional<bool> &value);
QString localDate(const std::optional<QDateTime> &when);

} // namespace PlexAuth
