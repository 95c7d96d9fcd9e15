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

# AddressSanitizer plus UndefinedBehaviorSanitizer on every target (scripts/run-tests-asan builds
# build-asan/ with it). Undefined behaviour aborts instead of printing and going on, so it fails the
# test that hit it; leaks fail at exit (tests/sanitizer/lsan.supp holds the third-party ones).
option(PLEXAUTH_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
# The libFuzzer targets in fuzz/ (fuzz/run-all builds build-fuzz/ with it): Clang only. Every
# target gets coverage instrumentation and both sanitizers; fuzz/CMakeLists.txt links libFuzzer.
option(PLEXAUTH_FUZZ "Build the libFuzzer targets in fuzz/ (needs Clang)" OFF)

if(PLEXAUTH_FUZZ AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "PLEXAUTH_FUZZ needs Clang (libFuzzer), not ${CMAKE_CXX_COMPILER_ID}: "
        "configure with CXX=clang++, as fuzz/run-all does.")
endif()
if(PLEXAUTH_SANITIZE OR PLEXAUTH_FUZZ)
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()
if(PLEXAUTH_FUZZ)
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()

# Hardened binaries, as Debian's dpkg-buildflags "hardening=+all" would give them: stack protector,
# fortified libc calls, position-independent executables, and a read-only GOT resolved at start
# (RELRO with BIND_NOW). tests/packaging checks the built and the packaged plexauth with readelf.
# _FORTIFY_SOURCE needs optimisation (not in Debug builds) and gets in the sanitizers' way.
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
include(CheckPIESupported)
check_pie_supported(LANGUAGES CXX)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(plexauth_build_settings INTERFACE -fstack-protector-strong)
    if(NOT (PLEXAUTH_SANITIZE OR PLEXAUTH_FUZZ))
        # -U first: some compilers (Ubuntu's) predefine it, and a second definition would be a warning.
        target_compile_options(plexauth_build_settings INTERFACE
            "$<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2>")
    endif()
    target_link_options(plexauth_build_settings INTERFACE LINKER:-z,relro,-z,now)
endif()

# mold, where it is installed (Debian 12 ships it; scripts/ install it), links in a fraction of
# ld.bfd's time: about 0.2 s against 2.8 s for a test executable. The same hardening options apply.
option(PLEXAUTH_USE_MOLD "Link with mold when it is installed" ON)
find_program(PLEXAUTH_MOLD mold)
if(PLEXAUTH_USE_MOLD AND PLEXAUTH_MOLD
    AND ((CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_GREATER_EQUAL 12.1)
        OR CMAKE_CXX_COMPILER_ID STREQUAL "Clang"))
    add_link_options(-fuse-ld=mold)
endif()
