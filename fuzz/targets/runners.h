#pragma once

#include <QByteArray>

namespace PlexAuth::Fuzz {

// One per parser in app/plex/responseparsers.h; sign-in and GET /user answers share runAccount.
bool runAccount(const QByteArray &data);
bool runPin(const QByteArray &data);
bool runResources(const QByteArray &data);
bool runTransientToken(const QByteArray &data);
bool runSourceResources(const QByteArray &data);
bool runIdentity(const QByteArray &data);

// Not responses: text from the user (source ids, tokens) and error bodies.
bool runSourceId(const QByteArray &data);
bool runJwt(const QByteArray &data);
bool runErrorBody(const QByteArray &data);

// Plex JWT device authentication (deviceauthtargets.cpp): the clients API's answers, a device key's
// keychain text and the Plex JWT verifier.
bool runNonce(const QByteArray &data);
bool runAuthToken(const QByteArray &data);
bool runSigningKeys(const QByteArray &data);
bool runDeviceKeyText(const QByteArray &data);
bool runPlexJwt(const QByteArray &data);

// Plex Home (hometargets.cpp): the Home users list.
bool runHomeUsers(const QByteArray &data);

} // namespace PlexAuth::Fuzz
