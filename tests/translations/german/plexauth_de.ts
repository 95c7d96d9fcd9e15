<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A few German strings for tst_translatedui: translations/plexauth_de.ts is not translated yet. -->
<TS version="2.1" language="de_DE">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>PlexAuth::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>PlexAuth::ConnectionsView</name>
    <message numerus="yes">
        <source>Testing %n connection(s)…</source>
        <translation>
            <numerusform>%n Verbindung wird getestet …</numerusform>
            <numerusform>%n Verbindungen werden getestet …</numerusform>
        </translation>
    </message>
</context>
</TS>
