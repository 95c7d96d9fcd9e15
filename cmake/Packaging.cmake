# The Debian package, made by CPack from the install rules:
#   cmake --build build --target package     ->  build/plexauth_<version>_<arch>.deb
# Included at the end of the top-level CMakeLists.txt, after every install() rule.

# PLEXAUTH_PACKAGE_MAINTAINER (a cache variable) is set in packaging/, whose changelog names it too.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME plexauth)
set(CPACK_PACKAGE_VENDOR "The PlexAuth developers")
set(CPACK_PACKAGE_CONTACT "${PLEXAUTH_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Plex sign-in and token manager using the system keychain")
# CPack turns this into the control file's extended description (blank lines become " .").
set(CPACK_PACKAGE_DESCRIPTION [[PlexAuth signs you in to Plex, with a password and two-step code or through the
browser with a PIN, and keeps each account's token in the system keychain (the
Secret Service, such as GNOME Keyring or KeePassXC), never in a file.

It inspects tokens (whether plex.tv accepts them, whose they are, JWT claims),
gets transient tokens from a Plex Media Server, lists servers and tests their
connections, and copies tokens safely. The plexauth command line prints the
stored token for scripts such as Tautulli, Kometa or a cron job.]])
set(CPACK_STRIP_FILES ON)
# Regular expressions, escaped once more for CPackSourceConfig.cmake.
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/\\\\.cache/")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # plexauth_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PLEXAUTH_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# dpkg-shlibdeps adds the packages of the libraries plexauth links to: Qt 6 Core, Gui, Widgets,
# Network and DBus, QtKeychain, OpenSSL's libcrypto (libssl3), libc. On Debian 12 these also ship the
# plugins Qt loads at run time: the TLS backend (plugins/tls/libqopensslbackend.so, for https to
# plex.tv) is in libqt6network6, the xcb platform plugin in libqt6gui6. Named here is what nothing
# links to: QtKeychain dlopen()s libsecret-1.so.0 to reach the Secret Service.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0")
# A Secret Service to keep the tokens in; Qt's own translations; xdg-open for browser sign-in.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc, qt6-translations-l10n, xdg-utils")
# Qt's native Wayland platform plugin (without it Qt runs through XWayland).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")

include(CPack)
