# Settings every PlexAuth target links to: language level, warnings and strict Qt defines.
add_library(plexauth_build_settings INTERFACE)
add_library(PlexAuth::BuildSettings ALIAS plexauth_build_settings)

target_compile_features(plexauth_build_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(plexauth_build_settings INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wold-style-cast -Wcast-align -Woverloaded-virtual
        -Wdouble-promotion>
    $<$<BOOL:${PLEXAUTH_WERROR}>:-Werror>)

target_compile_definitions(plexauth_build_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    PLEXAUTH_VERSION="${PROJECT_VERSION}"
    PLEXAUTH_APP_ID="${PLEXAUTH_APP_ID}")

option(PLEXAUTH_WERROR "Treat compiler warnings as errors" OFF)
