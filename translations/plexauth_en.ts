<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>PlexAuth::AppTokensPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/apptokenspage.cpp" line="+141"/>
        <source>%n app token(s)</source>
        <translation>
            <numerusform>%n app token</numerusform>
            <numerusform>%n app tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>The app token “%1” is on the clipboard, marked as a secret; it is cleared in %n second(s).</source>
        <translation>
            <numerusform>The app token “%1” is on the clipboard, marked as a secret; it is cleared in %n second.</numerusform>
            <numerusform>The app token “%1” is on the clipboard, marked as a secret; it is cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlexAuth::Cli::CommandRunner</name>
    <message numerus="yes">
        <location filename="../app/cli/servercommands.cpp" line="+87"/>
        <source>Testing %n connection(s)…</source>
        <translation>
            <numerusform>Testing %n connection…</numerusform>
            <numerusform>Testing %n connections…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlexAuth::ConnectionDoctor</name>
    <message numerus="yes">
        <location filename="../app/plex/connectiondoctor.cpp" line="+206"/>
        <source>No connection answered as this server; %n answered as another one.</source>
        <translation>
            <numerusform>No connection answered as this server; %n answered as another server.</numerusform>
            <numerusform>No connection answered as this server; %n answered as other servers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlexAuth::ConnectionsView</name>
    <message numerus="yes">
        <location filename="../ui/widgets/connectionsview.cpp" line="+218"/>
        <source>Testing %n connection(s)…</source>
        <translation>
            <numerusform>Testing %n connection…</numerusform>
            <numerusform>Testing %n connections…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlexAuth::DeviceAuth</name>
    <message numerus="yes">
        <location filename="../app/credentials/deviceauth.cpp" line="+21"/>
        <source>This computer&apos;s clock is about %n minute(s) ahead of plex.tv&apos;s, so plex.tv cannot accept the device&apos;s signed requests. Set the clock automatically (network time), then try again.</source>
        <translation>
            <numerusform>This computer&apos;s clock is about %n minute ahead of plex.tv&apos;s, so plex.tv cannot accept the device&apos;s signed requests. Set the clock automatically (network time), then try again.</numerusform>
            <numerusform>This computer&apos;s clock is about %n minutes ahead of plex.tv&apos;s, so plex.tv cannot accept the device&apos;s signed requests. Set the clock automatically (network time), then try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>This computer&apos;s clock is about %n minute(s) behind plex.tv&apos;s, so plex.tv cannot accept the device&apos;s signed requests. Set the clock automatically (network time), then try again.</source>
        <translation>
            <numerusform>This computer&apos;s clock is about %n minute behind plex.tv&apos;s, so plex.tv cannot accept the device&apos;s signed requests. Set the clock automatically (network time), then try again.</numerusform>
            <numerusform>This computer&apos;s clock is about %n minutes behind plex.tv&apos;s, so plex.tv cannot accept the device&apos;s signed requests. Set the clock automatically (network time), then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlexAuth::DevicesPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/devicespage.cpp" line="+247"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n device(s)</source>
        <translation>
            <numerusform>%1 of %n device</numerusform>
            <numerusform>%1 of %n devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlexAuth::SignInDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/signindialogbrowser.cpp" line="+80"/>
        <source>Link copied. It contains your sign-in code, so the clipboard is cleared again in %n second(s).</source>
        <translation>
            <numerusform>Link copied. It contains your sign-in code, so the clipboard is cleared again in %n second.</numerusform>
            <numerusform>Link copied. It contains your sign-in code, so the clipboard is cleared again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlexAuth::TokenInspector</name>
    <message numerus="yes">
        <location filename="../ui/pages/tokeninspector.cpp" line="+254"/>
        <source>Classic token (does not expire), %n characters</source>
        <translation>
            <numerusform>Classic token (does not expire), %n character</numerusform>
            <numerusform>Classic token (does not expire), %n characters</numerusform>
        </translation>
    </message>
</context>
</TS>
