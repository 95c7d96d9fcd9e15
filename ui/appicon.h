#pragma once

#include <QIcon>

namespace PlexAuth {

// The app icon compiled into the executable (16 to 256 pixels, rendered from
// resources/icons/io.github.plexauth.PlexAuth.svg): the window icon when the icon theme has none,
// as when PlexAuth runs from the build tree.
QIcon bundledAppIcon();

} // namespace PlexAuth
