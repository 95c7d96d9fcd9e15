<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/dialogs/aboutdialog.ui" line="+6"/>
        <source>About PlexAuth</source>
        <translation>Über PlexAuth</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Application name and version</source>
        <translation>Name und Version der Anwendung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signs you in to Plex, keeps your token in the system keychain, and shows how your servers can be reached.</source>
        <translation>Meldet Sie bei Plex an, bewahrt Ihr Token im Schlüsselbund des Systems auf und zeigt, wie Ihre Server erreichbar sind.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This device, as plex.tv lists it under Authorized Devices</source>
        <translation>Dieses Gerät, wie es plex.tv unter „Autorisierte Geräte“ aufführt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client &amp;identifier:</source>
        <translation>&amp;Client-Kennung:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Client identifier</source>
        <translation>Client-Kennung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy client identifier</source>
        <translation>Client-Kennung kopieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Device name:</source>
        <translation>Gerätename:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform:</source>
        <translation>Plattform:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Library versions</source>
        <translation>Bibliotheksversionen</translation>
    </message>
</context>
<context>
    <name>HomePinDialog</name>
    <message>
        <location filename="../ui/dialogs/homepindialog.ui" line="+6"/>
        <source>Switch to Profile</source>
        <translation>Zu Profil wechseln</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Profile PIN</source>
        <translation>Profil-PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile&apos;s 4-digit Plex Home PIN; it is not shown while you type</source>
        <translation>Die 4-stellige Plex-Home-PIN des Profils; sie wird bei der Eingabe nicht angezeigt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keep this profile signed in on this computer</source>
        <translation>Dieses Profil auf diesem &amp;Computer angemeldet lassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its token goes to the system keychain; unticked, the profile lasts until you quit</source>
        <translation>Sein Token wird im Schlüsselbund des Systems gespeichert; ohne Häkchen bleibt das Profil nur bis zum Beenden erhalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Switch problem</source>
        <translation>Problem beim Wechseln</translation>
    </message>
</context>
<context>
    <name>PlexAuth::AboutDialog</name>
    <message>
        <location filename="../ui/dialogs/aboutdialog.cpp" line="+23"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::AccountDelegate</name>
    <message>
        <location filename="../ui/widgets/accountdelegate.cpp" line="+27"/>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid, this session</source>
        <translation>Gültig, nur diese Sitzung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not verify</source>
        <translation>Prüfung nicht möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>PLEX PASS</source>
        <translation>PLEX PASS</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Home profile</source>
        <translation>Home-Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · protected</source>
        <translation>%1 · geschützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · default</source>
        <translation>%1 · Standard</translation>
    </message>
</context>
<context>
    <name>PlexAuth::AccountFields</name>
    <message>
        <location filename="../app/models/accountfields.cpp" line="+29"/>
        <location line="+76"/>
        <source>No Plex Pass</source>
        <translation>Kein Plex Pass</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+75"/>
        <source>Plex Pass</source>
        <translation>Plex Pass</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+23"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Joined</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Two-step verification</source>
        <translation>Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember-me expires</source>
        <translation>Angemeldet bleiben bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plex Home member</source>
        <translation>Mitglied von Plex Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plex Home admin</source>
        <translation>Administrator von Plex Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protected by a Home PIN</source>
        <translation>Durch eine Home-PIN geschützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted (managed user)</source>
        <translation>Eingeschränkt (verwalteter Benutzer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signed in on this computer</source>
        <translation>Auf diesem Computer angemeldet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Header: %1</source>
        <translation>Header: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Claim: %1</source>
        <translation>Claim: %1</translation>
    </message>
</context>
<context>
    <name>PlexAuth::AccountListModel</name>
    <message>
        <location filename="../app/models/accountlistmodel.cpp" line="+131"/>
        <source>Plex Pass</source>
        <translation>Plex Pass</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>token valid</source>
        <translation>Token gültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>token invalid</source>
        <translation>Token ungültig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>token could not be verified</source>
        <translation>Token konnte nicht geprüft werden</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+10"/>
        <source>Plex Home profile of %1</source>
        <translation>Plex-Home-Profil von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>protected by a PIN</source>
        <translation>durch eine PIN geschützt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this session only</source>
        <translation>nur diese Sitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default account</source>
        <translation>Standardkonto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs you to sign in again</source>
        <translation>muss erneut angemeldet werden</translation>
    </message>
</context>
<context>
    <name>PlexAuth::AccountSession</name>
    <message>
        <location filename="../app/credentials/accountsession.cpp" line="+116"/>
        <source>The account&apos;s token has not been read yet. Try again.</source>
        <translation>Das Token des Kontos wurde noch nicht gelesen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>No server of this account is called “%1”. Name a server by its name or machine identifier (“plexauth servers” lists them), or give its address.</source>
        <translation>Kein Server dieses Kontos heißt „%1“. Geben Sie einen Server mit seinem Namen oder seiner Maschinenkennung an („plexauth servers“ listet sie auf) oder nennen Sie seine Adresse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” names more than one server (%2). Use its machine identifier instead.</source>
        <translation>„%1“ bezeichnet mehr als einen Server (%2). Verwenden Sie stattdessen seine Maschinenkennung.</translation>
    </message>
    <message>
        <location filename="../app/credentials/accountsessionrenewal.cpp" line="+18"/>
        <source>This account&apos;s token is a classic Plex token, without a device key to renew it with. Upgrade it to a device key first, or sign in again.</source>
        <translation>Das Token dieses Kontos ist ein klassisches Plex-Token, ohne Geräteschlüssel, mit dem es erneuert werden könnte. Stufen Sie es zuerst auf einen Geräteschlüssel um, oder melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>plex.tv issued a token for a different account than this one, so it was not kept. Sign in to this account again.</source>
        <translation>plex.tv hat ein Token für ein anderes Konto als dieses ausgestellt; es wurde daher nicht gespeichert. Melden Sie sich erneut bei diesem Konto an.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::AccountSessions</name>
    <message>
        <location filename="../app/credentials/accountsessions.cpp" line="+82"/>
        <source>The token could not be revoked on plex.tv, so the account was kept: %1 To forget the account without revoking its token, remove it instead (in the app: Remove Account; on the command line: plexauth signout without --revoke).</source>
        <translation>Das Token konnte auf plex.tv nicht widerrufen werden, daher wurde das Konto beibehalten: %1 Wenn PlexAuth das Konto vergessen soll, ohne sein Token zu widerrufen, entfernen Sie es stattdessen (in der Anwendung: „Konto entfernen“; auf der Befehlszeile: plexauth signout ohne --revoke).</translation>
    </message>
</context>
<context>
    <name>PlexAuth::AccountStore</name>
    <message>
        <location filename="../app/store/accountstore.cpp" line="+52"/>
        <source>No account is signed in. Sign in first (in the app, or with “plexauth signin” or “plexauth pin”).</source>
        <translation>Es ist kein Konto angemeldet. Melden Sie sich zuerst an (in der Anwendung oder mit „plexauth signin“ bzw. „plexauth pin“).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No signed-in account is called “%1”. Name an account by its username, email, title or uuid; “plexauth accounts” lists them.</source>
        <translation>Kein angemeldetes Konto heißt „%1“. Geben Sie ein Konto über seinen Benutzernamen, seine E-Mail-Adresse, seinen Titel oder seine UUID an; „plexauth accounts“ listet alle Konten auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” names more than one account. Use the account&apos;s uuid instead; “plexauth accounts” lists them.</source>
        <translation>„%1“ passt auf mehr als ein Konto. Verwenden Sie stattdessen die UUID des Kontos; „plexauth accounts“ listet alle Konten auf.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>plex.tv signed you in but did not say which account or token it was, so nothing was stored. Try signing in again.</source>
        <translation>plex.tv hat Sie angemeldet, aber nicht mitgeteilt, um welches Konto oder Token es sich handelt; daher wurde nichts gespeichert. Versuchen Sie erneut, sich anzumelden.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The keychain holds no token for %1, so this account is signed out. Sign in to it again.</source>
        <translation>Der Schlüsselbund enthält kein Token für %1, daher ist dieses Konto abgemeldet. Melden Sie sich erneut damit an.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Only a remembered account can be the default. Sign in to it again with “Keep me signed in on this computer” ticked first.</source>
        <translation>Nur ein dauerhaft gespeichertes Konto kann das Standardkonto sein. Melden Sie sich zuerst erneut bei diesem Konto an und aktivieren Sie dabei „Auf diesem Computer angemeldet bleiben“.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The account list could not be saved to %1. Check that the file and its folder are writable and that the disk is not full, then try again.</source>
        <translation>Die Kontenliste konnte nicht in %1 gespeichert werden. Prüfen Sie, ob die Datei und ihr Ordner beschreibbar sind und der Datenträger nicht voll ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstoredevicekeys.cpp" line="+82"/>
        <source>The account is no longer signed in here, so its new device key was not kept.</source>
        <translation>Das Konto ist hier nicht mehr angemeldet; sein neuer Geräteschlüssel wurde daher nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The keychain holds no device key for %1, so its Plex token cannot be renewed. Sign in to it again.</source>
        <translation>Der Schlüsselbund enthält keinen Geräteschlüssel für %1, daher kann sein Plex-Token nicht erneuert werden. Melden Sie sich erneut bei diesem Konto an.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstoreapptokens.cpp" line="+23"/>
        <source>The account has no app token called “%1”; it has none at all. “plexauth apptoken create NAME” makes one.</source>
        <translation>Das Konto hat kein App-Token namens „%1“; es hat überhaupt keine. „plexauth apptoken create NAME“ erstellt eines.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account has no app token called “%1”. Its app tokens: %2.</source>
        <translation>Das Konto hat kein App-Token namens „%1“. Seine App-Tokens: %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>App tokens are kept only for an account that is remembered on this computer. Sign in to it again with “Keep me signed in on this computer” ticked first.</source>
        <translation>App-Tokens werden nur für ein Konto gespeichert, das auf diesem Computer dauerhaft gespeichert ist. Melden Sie sich zuerst erneut bei diesem Konto an und aktivieren Sie dabei „Auf diesem Computer angemeldet bleiben“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An app token&apos;s name must be 1 to %1 characters, without line breaks or other control characters, and not start or end with a space.</source>
        <translation>Der Name eines App-Tokens muss 1 bis %1 Zeichen lang sein, darf keine Zeilenumbrüche oder anderen Steuerzeichen enthalten und nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 already has an app token called “%2”. Choose another name, or revoke that one first.</source>
        <translation>%1 hat bereits ein App-Token namens „%2“. Wählen Sie einen anderen Namen oder widerrufen Sie zuerst dieses.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The keychain holds no token for the app token “%1”. Revoke it and create a new one.</source>
        <translation>Der Schlüsselbund enthält kein Token für das App-Token „%1“. Widerrufen Sie es und erstellen Sie ein neues.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::AppTokenListModel</name>
    <message>
        <location filename="../app/models/apptokenlistmodel.cpp" line="+66"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No, no longer valid</source>
        <translation>Nein, nicht mehr gültig</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listed by plex.tv</source>
        <translation>Von plex.tv aufgeführt</translation>
    </message>
</context>
<context>
    <name>PlexAuth::AppTokens</name>
    <message>
        <location filename="../app/credentials/apptokens.cpp" line="+31"/>
        <source>No app token was created: %1</source>
        <translation>Es wurde kein App-Token erstellt: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No app token was created: plex.tv had not handed over the token %1 seconds after the code was linked. Try again.</source>
        <translation>Es wurde kein App-Token erstellt: plex.tv hatte das Token %1 Sekunden nach dem Verknüpfen des Codes noch nicht übergeben. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The app token “%1” was not revoked, and it stays in the keychain: %2</source>
        <translation>Das App-Token „%1“ wurde nicht widerrufen und bleibt im Schlüsselbund: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The app token “%1” was revoked on plex.tv, but its keychain item could not be deleted: %2</source>
        <translation>Das App-Token „%1“ wurde auf plex.tv widerrufen, aber sein Eintrag im Schlüsselbund konnte nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>PlexAuth::AppTokensPage</name>
    <message>
        <location filename="../ui/pages/apptokenspage.cpp" line="+26"/>
        <source>&amp;New App Token…</source>
        <translation>Neues &amp;App-Token…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Token</source>
        <translation>Token ko&amp;pieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New app token</source>
        <translation>Neues App-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mint a token of its own for another app (Tautulli, Kometa, a script)</source>
        <translation>Ein eigenes Token für eine andere App erzeugen (Tautulli, Kometa, ein Skript)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected app token</source>
        <translation>Das ausgewählte App-Token kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the token, marked as a secret and cleared from the clipboard after a while</source>
        <translation>Das Token kopieren – als Geheimnis markiert und nach einer Weile aus der Zwischenablage gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the selected app token</source>
        <translation>Das ausgewählte App-Token widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App token status</source>
        <translation>Status der App-Tokens</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>App tokens</source>
        <translation>App-Tokens</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoke app token</source>
        <translation>App-Token widerrufen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Each app token is a device of its own on plex.tv: give one to each app, and revoke it without signing anything else out.</source>
        <translation>Jedes App-Token ist auf plex.tv ein eigenes Gerät: Geben Sie jeder App ihr eigenes und widerrufen Sie es, ohne etwas anderes abzumelden.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Asking plex.tv which app tokens it still lists…</source>
        <translation>plex.tv wird gefragt, welche App-Tokens noch aufgeführt sind…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Whether plex.tv still lists each app token is not known: %1</source>
        <translation>Ob plex.tv die einzelnen App-Tokens noch aufführt, ist nicht bekannt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No app tokens yet.</source>
        <translation>Noch keine App-Tokens.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n app token(s)</source>
        <translation>
            <numerusform>%n App-Token</numerusform>
            <numerusform>%n App-Tokens</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New App Token</source>
        <translation>Neues App-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the app that will use the token (it names the device on plex.tv):</source>
        <translation>Name der App, die das Token verwenden wird (er wird der Name des Geräts auf plex.tv):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creating the app token “%1”…</source>
        <translation>App-Token „%1“ wird erstellt…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created the app token “%1”. Copy it into the app&apos;s settings with Copy Token.</source>
        <translation>App-Token „%1“ erstellt. Kopieren Sie es mit „Token kopieren“ in die Einstellungen der App.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>The app token “%1” is on the clipboard, marked as a secret; it is cleared in %n second(s).</source>
        <translation>
            <numerusform>Das App-Token „%1“ ist in der Zwischenablage, als Geheimnis markiert; es wird in %n Sekunde gelöscht.</numerusform>
            <numerusform>Das App-Token „%1“ ist in der Zwischenablage, als Geheimnis markiert; es wird in %n Sekunden gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Revoke App Token</source>
        <translation>App-Token widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the app token “%1”? Its device is removed on plex.tv, so the app using it is signed out, and the token is deleted from the keychain.</source>
        <translation>Das App-Token „%1“ widerrufen? Sein Gerät wird auf plex.tv entfernt, sodass die App, die es verwendet, abgemeldet wird, und das Token wird aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revoking “%1”…</source>
        <translation>„%1“ wird widerrufen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revoked the app token “%1”.</source>
        <translation>App-Token „%1“ widerrufen.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::BrowserSignIn</name>
    <message>
        <location filename="../app/credentials/browsersignin.cpp" line="+99"/>
        <source>The sign-in was approved, but plex.tv would not say which account it belongs to: %1 Get a new code and try again.</source>
        <translation>Die Anmeldung wurde bestätigt, aber plex.tv hat nicht mitgeteilt, zu welchem Konto sie gehört: %1 Fordern Sie einen neuen Code an und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+47"/>
        <source>Run “plexauth --help” for the commands and options.</source>
        <translation>Mit „plexauth --help“ erhalten Sie eine Übersicht der Befehle und Optionen.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::Cli::ArgumentParser</name>
    <message>
        <location filename="../app/cli/arguments.cpp" line="+83"/>
        <source>“%1” takes one of: %2. See “plexauth %1 --help”.</source>
        <translation>„%1“ erwartet eines von: %2. Siehe „plexauth %1 --help“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1 %2” takes one %3. See “plexauth %1 --help”.</source>
        <translation>„%1 %2“ erwartet genau ein Argument (%3). Siehe „plexauth %1 --help“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1 %2” takes no further arguments. See “plexauth %1 --help”.</source>
        <translation>„%1 %2“ akzeptiert keine weiteren Argumente. Siehe „plexauth %1 --help“.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>An option is not one plexauth knows (it is not repeated here, in case a password was typed in its place). See “plexauth --help” or “plexauth COMMAND --help”.</source>
        <translation>plexauth kennt eine der Optionen nicht (sie wird hier nicht wiederholt, falls an ihrer Stelle ein Passwort eingegeben wurde). Siehe „plexauth --help“ oder „plexauth BEFEHL --help“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The first word is not a plexauth command (it is not repeated here, in case a password was typed in its place). The commands are: %1.</source>
        <translation>Das erste Wort ist kein plexauth-Befehl (es wird hier nicht wiederholt, falls an seiner Stelle ein Passwort eingegeben wurde). Verfügbare Befehle: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name a command. The commands are: %1.</source>
        <translation>Geben Sie einen Befehl an. Verfügbare Befehle: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>home switch needs one Home user: its title, username or uuid (“plexauth home” lists them).</source>
        <translation>home switch benötigt genau einen Home-Benutzer: seinen Titel, Benutzernamen oder seine UUID („plexauth home“ listet sie auf).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“home” takes one subcommand, switch. See “plexauth home --help”.</source>
        <translation>„home“ akzeptiert genau einen Unterbefehl: switch. Siehe „plexauth home --help“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verification codes are never taken from the command line, where other users and the shell history could see them: --code makes plexauth ask for the code on the terminal, or read it from the line after the password with --password-stdin.</source>
        <translation>Bestätigungscodes werden nie über die Befehlszeile übergeben, wo andere Benutzer und der Shell-Verlauf sie sehen könnten: Mit --code fragt plexauth im Terminal nach dem Code oder liest ihn mit --password-stdin aus der Zeile nach dem Passwort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” takes no arguments besides its options. See “plexauth %1 --help”.</source>
        <translation>„%1“ akzeptiert außer seinen Optionen keine Argumente. Siehe „plexauth %1 --help“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 does not apply to “%2”. See “plexauth %2 --help”.</source>
        <translation>--%1 gilt nicht für „%2“. Siehe „plexauth %2 --help“.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--pin-stdin and --no-store apply to “home switch”. See “plexauth home --help”.</source>
        <translation>--pin-stdin und --no-store gelten für „home switch“. Siehe „plexauth home --help“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--app needs the name of one of the account&apos;s app tokens.</source>
        <translation>--app benötigt den Namen eines der App-Tokens des Kontos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An option does not apply to “%1 %2”. See “plexauth %1 --help”.</source>
        <translation>Eine der Optionen gilt nicht für „%1 %2“. Siehe „plexauth %1 --help“.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--timeout takes a whole number of seconds from 1 to 3600.</source>
        <translation>--timeout erwartet eine ganze Zahl von Sekunden zwischen 1 und 3600.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>signin needs --login with your Plex email or username.</source>
        <translation>signin benötigt --login mit Ihrer Plex-E-Mail-Adresse oder Ihrem Plex-Benutzernamen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 needs --server with one of the account&apos;s servers (its name or machine identifier) or a server&apos;s address, for example http://192.168.1.10:32400.</source>
        <translation>%1 benötigt --server mit einem der Server des Kontos (Name oder Maschinenkennung) oder der Adresse eines Servers, zum Beispiel http://192.168.1.10:32400.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>exec needs the program to run after “--”, for example: plexauth exec -- python3 script.py</source>
        <translation>exec benötigt nach „--“ das auszuführende Programm, zum Beispiel: plexauth exec -- python3 script.py</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sources needs --source, for example --source provider://tv.plex.provider.podcasts.</source>
        <translation>sources benötigt --source, zum Beispiel --source provider://tv.plex.provider.podcasts.</translation>
    </message>
    <message>
        <location filename="../app/cli/helptext.cpp" line="+71"/>
        <source>Usage: plexauth signin --login LOGIN [--password-stdin] [--code] [--remember] [--no-store] [--json]

Signs in with a password and stores the token in the keychain (the first account becomes the default).
  --login LOGIN      your Plex email or username
  --password-stdin   read the password from the first line of stdin; otherwise plexauth asks for it
                     on the terminal without echoing it. Passwords are never taken from an option.
  --code             the account uses two-step verification: ask for the code on the terminal, or
                     read it from the second line of stdin with --password-stdin. Without --code,
                     plexauth asks on the terminal when plex.tv says a code is needed.
  --remember         ask plex.tv for a long-lived (&quot;remember me&quot;) token
  --no-store         do not store the token: print it on stdout for this run only
  --json             print the account (and, with --no-store, the token) as JSON
</source>
        <translation>Aufruf: plexauth signin --login LOGIN [--password-stdin] [--code] [--remember] [--no-store] [--json]

Meldet Sie mit einem Passwort an und speichert das Token im Schlüsselbund
(das erste Konto wird zum Standardkonto).
  --login LOGIN      Ihre Plex-E-Mail-Adresse oder Ihr Plex-Benutzername
  --password-stdin   das Passwort aus der ersten Zeile von stdin lesen; sonst fragt plexauth im
                     Terminal danach, ohne die Eingabe anzuzeigen. Passwörter werden nie als Option
                     übergeben.
  --code             das Konto verwendet Zwei-Faktor-Authentifizierung: im Terminal nach dem Code
                     fragen oder ihn mit --password-stdin aus der zweiten Zeile von stdin lesen.
                     Ohne --code fragt plexauth im Terminal nach, wenn plex.tv einen Code verlangt.
  --remember         bei plex.tv ein langlebiges Token („Angemeldet bleiben“) anfordern
  --no-store         das Token nicht speichern, sondern nur für diesen Aufruf auf stdout ausgeben
  --json             das Konto (und mit --no-store das Token) als JSON ausgeben
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Usage: plexauth pin [--jwt] [--no-browser] [--no-store] [--json]

Signs in through the browser: prints a code and a link on stderr, opens the link (unless
--no-browser or there is no display), waits until you approve it, and stores the token.
  --jwt          sign in with a new device key: the token is a Plex JWT, checked against plex.tv&apos;s
                 keys before it is kept, lasting 7 days and renewed with the key (which is kept
                 in the keychain with it). Whether Plex Media Server accepts JWTs is not yet
                 confirmed.
  --no-browser   only print the link, to open on any device
  --no-store     do not store the token: print it on stdout for this run only
  --json         print the account (and, with --no-store, the token) as JSON
</source>
        <translation>Aufruf: plexauth pin [--jwt] [--no-browser] [--no-store] [--json]

Meldet Sie über den Browser an: gibt einen Code und einen Link auf stderr aus, öffnet den Link
(außer mit --no-browser oder ohne grafische Oberfläche), wartet auf Ihre Bestätigung und
speichert das Token.
  --jwt          mit einem neuen Geräteschlüssel anmelden: das Token ist ein Plex-JWT, das vor dem
                 Speichern gegen die Schlüssel von plex.tv geprüft wird, 7 Tage gilt und mit dem
                 Schlüssel erneuert wird (der mit ihm im Schlüsselbund bleibt). Ob Plex Media Server
                 JWTs akzeptiert, ist noch nicht bestätigt.
  --no-browser   den Link nur ausgeben, um ihn auf einem beliebigen Gerät zu öffnen
  --no-store     das Token nicht speichern, sondern nur für diesen Aufruf auf stdout ausgeben
  --json         das Konto (und mit --no-store das Token) als JSON ausgeben
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usage: plexauth accounts [--set-default ACCOUNT] [--json]

Lists the signed-in accounts; * marks the default. ACCOUNT is a username, email, title or uuid.
  --set-default ACCOUNT   make ACCOUNT the default account
  --json                  print the list as JSON
</source>
        <translation>Aufruf: plexauth accounts [--set-default KONTO] [--json]

Listet die angemeldeten Konten auf; * kennzeichnet das Standardkonto. KONTO ist ein Benutzername,
eine E-Mail-Adresse, ein Titel oder eine UUID.
  --set-default KONTO     KONTO zum Standardkonto machen
  --json                  die Liste als JSON ausgeben
</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Usage: plexauth [COMMAND] [OPTIONS]

Signs in to Plex and keeps each account&apos;s token in the system keychain, never in a file.
Without a command, plexauth opens its window.

Commands:
  signin      Sign in with your Plex email or username and password
  pin         Sign in through the browser with a PIN (accounts made with Google, Apple or Facebook)
  accounts    List the signed-in accounts, or choose the default one
  token       Print an account&apos;s token on stdout, for scripts
  whoami      Check an account&apos;s token with plex.tv and show who it belongs to
  servers     List the servers an account can reach (--probe: test their connections)
  transient   Get a transient token (valid up to 48 hours) from a Plex Media Server
  sources     Ask a Plex Media Server how a source is reached, and its access token
  signout     Forget an account, and optionally revoke its token on plex.tv
  upgrade     Give a classic-token account a device key (a Plex JWT that PlexAuth renews)
  refresh     Renew a device-key account&apos;s Plex JWT now
  exec        Run a program with the token in its environment (PLEX_TOKEN), never in a file
  home        List an account&apos;s Plex Home users, or switch to a profile (home switch USER)
  devices     List the devices that hold access to an account, or remove one
  apptoken    Create, list or revoke a separate token for another app

Options for every command:
  --plex-tv-url URL   plex.tv API base URL (default https://plex.tv/api/v2; env PLEXAUTH_PLEX_TV_URL)
  --plex-clients-url URL
                      plex.tv clients API base URL, for device keys (default
                      https://clients.plex.tv/api/v2, or the plex.tv URL when only that is set;
                      env PLEXAUTH_PLEX_CLIENTS_URL)
  --timeout SECONDS   give up on each request after this long (default 15)
  Settings made in the window (plex.tv URLs, request timeout, proxy) apply here too; the
  environment overrides them, and these options override both.
  -v, --verbose       log requests to stderr, with secrets masked
  -h, --help          show this help, or a command&apos;s help: plexauth COMMAND --help
  --version           show the version

Environment:
  PLEX_TOKEN          when set, whoami, servers, transient, sources and exec use this token
                      instead of the keychain
  PLEXAUTH_PLEX_TV_URL  as --plex-tv-url
  PLEXAUTH_PLEX_CLIENTS_URL  as --plex-clients-url

Device keys: an account signed in with “pin --jwt”, or upgraded, holds a Plex JWT that lasts
7 days. Every command that uses its token first renews it when less than a day is left (and
once more if plex.tv says it expired); the device key stays in the keychain with the token.

Output: stdout carries only the data asked for (a token, a table, or JSON with --json);
messages and errors go to stderr.

Exit codes:
  0  success
  1  other failure
  2  usage error (including an --account that names no signed-in account)
  3  authentication rejected: wrong login or password, verification code needed or rejected,
     token invalid, or not signed in; plex.tv rejected the device&apos;s signature, or a Plex JWT
     failed verification
  4  network, timeout or TLS failure
  5  keychain unavailable or access denied
  6  rate limited or locked out by plex.tv (HTTP 429, Plex error 1031)
</source>
        <translation>Aufruf: plexauth [BEFEHL] [OPTIONEN]

Meldet Sie bei Plex an und speichert das Token jedes Kontos im Schlüsselbund des Systems,
nie in einer Datei. Ohne Befehl öffnet plexauth sein Fenster.

Befehle:
  signin      Mit E-Mail-Adresse oder Benutzername und Passwort bei Plex anmelden
  pin         Im Browser mit einer PIN anmelden (Konten mit Google-, Apple- oder Facebook-Anmeldung)
  accounts    Die angemeldeten Konten auflisten oder das Standardkonto festlegen
  token       Das Token eines Kontos auf stdout ausgeben, für Skripte
  whoami      Das Token eines Kontos bei plex.tv prüfen und anzeigen, wem es gehört
  servers     Die Server auflisten, die ein Konto erreichen kann (--probe: ihre Verbindungen testen)
  transient   Ein temporäres Token (bis zu 48 Stunden gültig) von einem Plex Media Server abrufen
  sources     Einen Plex Media Server fragen, wie eine Quelle erreichbar ist, samt Zugriffstoken
  signout     Ein Konto entfernen und optional sein Token auf plex.tv widerrufen
  upgrade     Einem Konto mit klassischem Token einen Geräteschlüssel geben (ein Plex-JWT, das
              PlexAuth erneuert)
  refresh     Das Plex-JWT eines Kontos mit Geräteschlüssel jetzt erneuern
  exec        Ein Programm mit dem Token in seiner Umgebung (PLEX_TOKEN) ausführen, nie in
              einer Datei
  home        Die Plex-Home-Benutzer eines Kontos auflisten oder zu einem Profil wechseln
              (home switch BENUTZER)
  devices     Die Geräte auflisten, die Zugriff auf ein Konto haben, oder eines entfernen
  apptoken    Ein separates Token für eine andere App erstellen, auflisten oder widerrufen

Optionen für alle Befehle:
  --plex-tv-url URL   Basis-URL der plex.tv-API (Standard: https://plex.tv/api/v2;
                      Umgebungsvariable PLEXAUTH_PLEX_TV_URL)
  --plex-clients-url URL
                      Basis-URL der plex.tv-Clients-API, für Geräteschlüssel (Standard:
                      https://clients.plex.tv/api/v2, oder die plex.tv-URL, wenn nur diese gesetzt ist;
                      Umgebungsvariable PLEXAUTH_PLEX_CLIENTS_URL)
  --timeout SEKUNDEN  jede Anfrage nach dieser Zeit abbrechen (Standard: 15)
  Im Fenster gewählte Einstellungen (plex.tv-URLs, Zeitlimit, Proxy) gelten auch hier; die
  Umgebung überschreibt sie, und diese Optionen überschreiben beides.
  -v, --verbose       Anfragen auf stderr protokollieren, Geheimnisse maskiert
  -h, --help          diese Hilfe anzeigen oder die Hilfe zu einem Befehl: plexauth BEFEHL --help
  --version           die Version anzeigen

Umgebung:
  PLEX_TOKEN          wenn gesetzt, verwenden whoami, servers, transient, sources und exec dieses
                      Token statt des Schlüsselbunds
  PLEXAUTH_PLEX_TV_URL  wie --plex-tv-url
  PLEXAUTH_PLEX_CLIENTS_URL  wie --plex-clients-url

Geräteschlüssel: Ein Konto, das mit „pin --jwt“ angemeldet oder umgestuft wurde, hat ein Plex-JWT,
das 7 Tage gilt. Jeder Befehl, der sein Token verwendet, erneuert es zuerst, wenn weniger als ein
Tag übrig ist (und noch einmal, wenn plex.tv meldet, dass es abgelaufen ist); der Geräteschlüssel
bleibt mit dem Token im Schlüsselbund.

Ausgabe: stdout enthält nur die angeforderten Daten (ein Token, eine Tabelle oder mit --json JSON);
Meldungen und Fehler erscheinen auf stderr.

Exit-Codes:
  0  Erfolg
  1  sonstiger Fehler
  2  Aufruffehler (auch ein --account, das kein angemeldetes Konto bezeichnet)
  3  Authentifizierung abgelehnt: falsche Anmeldedaten, Bestätigungscode nötig oder abgelehnt,
     Token ungültig oder nicht angemeldet; plex.tv hat die Signatur des Geräts abgelehnt, oder ein
     Plex-JWT hat die Prüfung nicht bestanden
  4  Netzwerkfehler, Zeitüberschreitung oder TLS-Fehler
  5  Schlüsselbund nicht verfügbar oder Zugriff verweigert
  6  von plex.tv gedrosselt oder gesperrt (HTTP 429, Plex-Fehler 1031)
</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Usage: plexauth token [--app NAME] [--account ACCOUNT]

Prints the account&apos;s token (the default account&apos;s without --account) on stdout, for scripts:
  export PLEX_TOKEN=&quot;$(plexauth token)&quot;
  --app NAME   print the account&apos;s app token NAME instead (see “plexauth apptoken”)
</source>
        <translation>Aufruf: plexauth token [--app NAME] [--account KONTO]

Gibt das Token des Kontos (ohne --account das des Standardkontos) auf stdout aus, für Skripte:
  export PLEX_TOKEN=&quot;$(plexauth token)&quot;
  --app NAME   stattdessen das App-Token NAME des Kontos ausgeben (siehe „plexauth apptoken“)
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: plexauth devices [--account ACCOUNT] [--json]
       plexauth devices remove DEVICE [--yes] [--force] [--account ACCOUNT]

Lists the devices plex.tv has authorised for the account: name, product, platform, version,
client identifier, when it was created and last seen, whether it is a server (provides
&quot;server&quot;) and which one is this installation. The token plex.tv lists with each device is
never shown or kept.
  --json    print the list as JSON
remove DEVICE revokes that device&apos;s token on plex.tv. DEVICE is its id, name or client
identifier; a name that fits several devices exits with 2 and lists them. plexauth asks first,
naming the device.
  --yes     do not ask (required when stdin is not a terminal)
  --force   also remove a server: that de-authorises the Plex Media Server (it loses its access
            to the account) until it is claimed again
This installation&apos;s own entry is never removed here: sign out instead (“plexauth signout
--revoke”).
</source>
        <translation>Aufruf: plexauth devices [--account KONTO] [--json]
        plexauth devices remove GERÄT [--yes] [--force] [--account KONTO]

Listet die Geräte auf, die plex.tv für das Konto autorisiert hat: Name, Produkt, Plattform,
Version, Client-Kennung, wann es erstellt und zuletzt gesehen wurde, ob es ein Server ist
(bietet &quot;server&quot; an) und welches diese Installation ist. Das Token, das plex.tv zu jedem Gerät
angibt, wird nie angezeigt oder gespeichert.
  --json    die Liste als JSON ausgeben
remove GERÄT widerruft das Token dieses Geräts auf plex.tv. GERÄT ist seine ID, sein Name oder
seine Client-Kennung; bei einem Namen, der auf mehrere Geräte passt, endet plexauth mit
Exit-Code 2 und listet sie auf. plexauth fragt zuerst nach und nennt dabei das Gerät.
  --yes     nicht nachfragen (nötig, wenn stdin kein Terminal ist)
  --force   auch einen Server entfernen: Das entzieht dem Plex Media Server die Autorisierung (er
            verliert seinen Zugriff auf das Konto), bis er erneut beansprucht wird
Der eigene Eintrag dieser Installation wird hier nie entfernt: Melden Sie sich stattdessen ab
(„plexauth signout --revoke“).
</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Usage: plexauth apptoken create NAME [--print] [--account ACCOUNT]
       plexauth apptoken list [--account ACCOUNT] [--json]
       plexauth apptoken revoke NAME [--account ACCOUNT]

A separate token for another app (Tautulli, Kometa, a script), so that it can be revoked without
signing anything else out. Each one is its own device on plex.tv, named NAME, product PlexAuth.
create NAME   mints it (a PIN made as the new device, linked as the account) and keeps it in
              the keychain under the account; “plexauth token --app NAME” prints it.
  --print     also print the new token on stdout
list          the account&apos;s app tokens: name, created, last seen, and whether plex.tv still
              lists the device
  --json      print the list as JSON
revoke NAME   removes the device on plex.tv, then the keychain item. If plex.tv cannot be
              told, the token is kept and the error says so.
Signing out of (or removing) the account deletes its app tokens from the keychain too; they
keep working on plex.tv until revoked there.
</source>
        <translation>Aufruf: plexauth apptoken create NAME [--print] [--account KONTO]
        plexauth apptoken list [--account KONTO] [--json]
        plexauth apptoken revoke NAME [--account KONTO]

Ein eigenes Token für eine andere App (Tautulli, Kometa, ein Skript), damit es widerrufen werden
kann, ohne etwas anderes abzumelden. Jedes ist auf plex.tv ein eigenes Gerät mit dem Namen NAME
und dem Produkt PlexAuth.
create NAME   erzeugt es (über eine PIN, die als das neue Gerät angelegt und mit dem Konto
              verknüpft wird) und speichert es beim Konto im Schlüsselbund;
              „plexauth token --app NAME“ gibt es aus.
  --print     das neue Token zusätzlich auf stdout ausgeben
list          die App-Tokens des Kontos: Name, erstellt, zuletzt gesehen und ob plex.tv das Gerät
              noch aufführt
  --json      die Liste als JSON ausgeben
revoke NAME   entfernt das Gerät auf plex.tv, dann den Eintrag im Schlüsselbund. Kann plex.tv
              nicht benachrichtigt werden, bleibt das Token erhalten, und der Fehler sagt das.
Wird das Konto abgemeldet (oder entfernt), werden auch seine App-Tokens aus dem Schlüsselbund
gelöscht; auf plex.tv funktionieren sie weiter, bis sie dort widerrufen werden.
</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Usage: plexauth whoami [--account ACCOUNT] [--json]

Asks plex.tv who the token belongs to. Exits with 3 when plex.tv rejects the token.
</source>
        <translation>Aufruf: plexauth whoami [--account KONTO] [--json]

Fragt plex.tv, wem das Token gehört. Endet mit Exit-Code 3, wenn plex.tv das Token ablehnt.
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: plexauth servers [--probe] [--account ACCOUNT] [--json]

Lists the Plex Media Servers the account owns or has been shared, with their connections.
  --probe   then test every connection of every server at once (GET /identity, which needs no
            token, so none is sent), each within --timeout seconds (default 5 here): whether it
            answers as that server, its latency, why it fails, and the best connection (https
            before http, then local before remote before relay, then the fastest). The exit code stays 0
            when the list was fetched, even if connections fail: the results are the output.
  --json    print the list as JSON; with --probe each server gets a &quot;probe&quot; object:
            {best, reason, elapsedMs, connections: [{uri, status, latencyMs, error, explanation,
            suggestedUri}]}, status being reachable, wrong-server or failed
</source>
        <translation>Aufruf: plexauth servers [--probe] [--account KONTO] [--json]

Listet die Plex Media Server auf, die dem Konto gehören oder für es freigegeben sind, mit ihren
Verbindungen.
  --probe   danach alle Verbindungen aller Server gleichzeitig testen (GET /identity; das braucht
            kein Token, daher wird keines gesendet), jeweils innerhalb von --timeout Sekunden (hier
            Standard 5): ob sie als dieser Server antwortet, ihre Latenz, warum sie fehlschlägt, und
            die beste Verbindung (https vor http, dann lokal vor extern vor Relay, dann die schnellste).
            Der Exit-Code bleibt 0, wenn die Liste abgerufen wurde, auch wenn Verbindungen
            fehlschlagen: Die Ergebnisse sind die Ausgabe.
  --json    die Liste als JSON ausgeben; mit --probe erhält jeder Server ein &quot;probe&quot;-Objekt:
            {best, reason, elapsedMs, connections: [{uri, status, latencyMs, error, explanation,
            suggestedUri}]}, wobei status reachable, wrong-server oder failed ist
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usage: plexauth transient --server SERVER [--account ACCOUNT] [--json]

Asks a Plex Media Server for a transient token with the account&apos;s access. It is valid up to 48
hours and ends when the server restarts.
  --server SERVER   one of the account&apos;s servers, by name or machine identifier: its connections
                    are tested first and the best one that answers as that server is used; or a
                    server&apos;s address, for example http://192.168.1.10:32400
</source>
        <translation>Aufruf: plexauth transient --server SERVER [--account KONTO] [--json]

Fragt einen Plex Media Server nach einem temporären Token mit den Zugriffsrechten des Kontos. Es ist
bis zu 48 Stunden gültig und verfällt, wenn der Server neu startet.
  --server SERVER   einer der Server des Kontos, mit Name oder Maschinenkennung: Seine Verbindungen
                    werden zuerst getestet, und die beste, die als dieser Server antwortet, wird
                    verwendet; oder die Adresse eines Servers, zum Beispiel http://192.168.1.10:32400
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Usage: plexauth sources --server SERVER --source SOURCE [--refresh] [--probe] [--account ACCOUNT] [--json]

Asks a Plex Media Server how SOURCE is reached and with which access token. Needs an admin token
and Plex Media Server 1.15.4 or later.
  --server SERVER   one of the account&apos;s servers (name or machine identifier), reached at its best
                    tested connection, or a server&apos;s address
  --source SOURCE   server://&lt;machineIdentifier&gt;[/&lt;provider&gt;] or provider://&lt;identifier&gt;,
                    for example provider://tv.plex.provider.podcasts
  --refresh         make the server refresh its information first
  --probe           then test the device&apos;s connections as servers --probe does (the exit code
                    stays 0 when the lookup worked, even if connections fail)
  --json            print the device, its access token and its connections as JSON (with
                    --probe, plus a &quot;probe&quot; object as in servers --probe)
</source>
        <translation>Aufruf: plexauth sources --server SERVER --source QUELLE [--refresh] [--probe] [--account KONTO] [--json]

Fragt einen Plex Media Server, wie QUELLE erreichbar ist und mit welchem Zugriffstoken. Erfordert ein
Administrator-Token und Plex Media Server 1.15.4 oder neuer.
  --server SERVER   einer der Server des Kontos (Name oder Maschinenkennung), über seine beste
                    getestete Verbindung, oder die Adresse eines Servers
  --source QUELLE   server://&lt;machineIdentifier&gt;[/&lt;provider&gt;] oder provider://&lt;identifier&gt;,
                    zum Beispiel provider://tv.plex.provider.podcasts
  --refresh         den Server zuerst seine Informationen aktualisieren lassen
  --probe           danach die Verbindungen des Geräts testen wie servers --probe (der Exit-Code
                    bleibt 0, wenn die Abfrage funktioniert hat, auch wenn Verbindungen fehlschlagen)
  --json            das Gerät, sein Zugriffstoken und seine Verbindungen als JSON ausgeben (mit
                    --probe zusätzlich ein &quot;probe&quot;-Objekt wie bei servers --probe)
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Usage: plexauth signout [--account ACCOUNT] [--revoke]

Deletes the account&apos;s token from the keychain and forgets the account.
  --revoke   first revoke the token on plex.tv, so no copy of it works any more. If plex.tv cannot
             be reached the account is kept; run again, or sign out without --revoke.
</source>
        <translation>Aufruf: plexauth signout [--account KONTO] [--revoke]

Löscht das Token des Kontos aus dem Schlüsselbund und entfernt das Konto.
  --revoke   zuerst das Token auf plex.tv widerrufen, damit keine Kopie davon mehr funktioniert.
             Ist plex.tv nicht erreichbar, bleibt das Konto erhalten; führen Sie den Befehl erneut
             aus oder melden Sie sich ohne --revoke ab.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: plexauth upgrade [--account ACCOUNT] [--yes]

Gives a classic-token account a device key: registers the key with plex.tv, gets a Plex JWT for
it, checks it, and keeps key and token together in the keychain. Plex then retires the classic
token, so scripts and apps that were given it need the new one (“plexauth token”).
  --yes   do not ask for confirmation (required when stdin is not a terminal)
</source>
        <translation>Aufruf: plexauth upgrade [--account KONTO] [--yes]

Gibt einem Konto mit klassischem Token einen Geräteschlüssel: registriert den Schlüssel bei plex.tv,
holt ein Plex-JWT dafür, prüft es und speichert Schlüssel und Token zusammen im Schlüsselbund.
Plex zieht danach das klassische Token zurück; Skripte und Apps, denen es gegeben wurde, brauchen
das neue („plexauth token“).
  --yes   nicht nach einer Bestätigung fragen (nötig, wenn stdin kein Terminal ist)
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: plexauth refresh [--account ACCOUNT]

Renews a device-key account&apos;s Plex JWT now (signing a fresh nonce with the device key), checks
the new token and keeps it. This works after the token has expired, too.
</source>
        <translation>Aufruf: plexauth refresh [--account KONTO]

Erneuert jetzt das Plex-JWT eines Kontos mit Geräteschlüssel (signiert eine frische Nonce mit dem
Geräteschlüssel), prüft das neue Token und speichert es. Das funktioniert auch, nachdem das Token
abgelaufen ist.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: plexauth exec [--account ACCOUNT] [--app NAME] [--server SERVER] -- COMMAND [ARGS...]

Runs COMMAND with PLEX_TOKEN set to the account&apos;s token, so that a tool gets the token without
it being written into a config file or the shell&apos;s history. The token is in no process&apos;s
command line. plexauth prints nothing of its own when it works.
  --app NAME        the account&apos;s app token NAME instead (“plexauth apptoken create NAME”), so
                    that the tool can be cut off on its own (“plexauth apptoken revoke NAME”)
  --server SERVER   also set PLEX_URL: one of the account&apos;s servers (name or machine identifier)
                    at its best tested connection, with the token that server accepts (a shared
                    server&apos;s own access token), or a server&apos;s address, for example
                    http://192.168.1.10:32400
stdin, stdout and stderr are COMMAND&apos;s. INT, TERM and HUP sent to plexauth are passed on to it.
The exit status is COMMAND&apos;s, or 128+N when signal N ended it. When COMMAND cannot start (the
token cannot be read, the server cannot be reached, COMMAND is not found), plexauth exits with its
own codes below and COMMAND does not run. Examples:
  plexauth exec --server &quot;Living Room&quot; -- python3 Tautulli.py
  plexauth exec --app Kometa -- docker run -e PLEX_TOKEN kometateam/kometa
</source>
        <translation>Aufruf: plexauth exec [--account KONTO] [--app NAME] [--server SERVER] -- BEFEHL [ARGUMENTE...]

Führt BEFEHL aus, mit PLEX_TOKEN auf das Token des Kontos gesetzt, sodass ein Werkzeug das Token
erhält, ohne dass es in eine Konfigurationsdatei oder den Shell-Verlauf geschrieben wird. Das
Token steht in keiner Befehlszeile eines Prozesses. plexauth gibt selbst nichts aus, wenn alles
funktioniert.
  --app NAME        stattdessen das App-Token NAME des Kontos („plexauth apptoken create NAME“),
                    damit sich das Werkzeug einzeln sperren lässt („plexauth apptoken revoke NAME“)
  --server SERVER   zusätzlich PLEX_URL setzen: einer der Server des Kontos (Name oder
                    Maschinenkennung) über seine beste getestete Verbindung, mit dem Token, das
                    dieser Server akzeptiert (bei einem freigegebenen Server dessen eigenes
                    Zugriffstoken), oder die Adresse eines Servers, zum Beispiel
                    http://192.168.1.10:32400
stdin, stdout und stderr gehören BEFEHL. An plexauth gesendete INT-, TERM- und HUP-Signale werden
an ihn weitergegeben. Der Exit-Status ist der von BEFEHL, oder 128+N, wenn Signal N ihn beendet
hat. Kann BEFEHL nicht starten (das Token ist nicht lesbar, der Server nicht erreichbar, BEFEHL
nicht auffindbar), endet plexauth mit seinen eigenen Codes (siehe unten), und BEFEHL wird nicht
ausgeführt. Beispiele:
  plexauth exec --server &quot;Living Room&quot; -- python3 Tautulli.py
  plexauth exec --app Kometa -- docker run -e PLEX_TOKEN kometateam/kometa
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Usage: plexauth home [--account ACCOUNT] [--json]
       plexauth home switch USER [--account ACCOUNT] [--pin-stdin] [--no-store] [--json]

Lists the users of the account&apos;s Plex Home: title, username, uuid, and whether each is the admin,
restricted, protected by a PIN, or a guest. An account in no Home is told so (exit code 0).

home switch USER switches to a Home profile: USER is its title, username or uuid (a name that
matches several users exits with 2 and lists them). The profile becomes an account of its own,
its token in the keychain, linked to the Home account it came from.
  --pin-stdin   read the profile&apos;s PIN from the first line of stdin; otherwise plexauth asks for
                it on the terminal without echoing it, when the profile has one. PINs are never
                taken from an option. A wrong or missing PIN exits with 3.
  --no-store    do not store the profile: print its token on stdout for this run only
  --json        print the users (or the profile&apos;s account) as JSON
</source>
        <translation>Aufruf: plexauth home [--account KONTO] [--json]
        plexauth home switch BENUTZER [--account KONTO] [--pin-stdin] [--no-store] [--json]

Listet die Benutzer im Plex Home des Kontos auf: Titel, Benutzername, UUID und ob jeder
Administrator, eingeschränkt, durch eine PIN geschützt oder Gast ist. Für ein Konto ohne Home
wird das gemeldet (Exit-Code 0).

home switch BENUTZER wechselt zu einem Home-Profil: BENUTZER ist dessen Titel, Benutzername oder
UUID (bei einem Namen, der auf mehrere Benutzer passt, endet plexauth mit Exit-Code 2 und listet
sie auf). Das Profil wird zu einem eigenen Konto, sein Token im Schlüsselbund, verknüpft mit dem
Home-Konto, von dem es stammt.
  --pin-stdin   die PIN des Profils aus der ersten Zeile von stdin lesen; sonst fragt plexauth im
                Terminal danach, ohne die Eingabe anzuzeigen, wenn das Profil eine hat. PINs
                werden nie als Option übergeben. Bei einer falschen oder fehlenden PIN endet
                plexauth mit Exit-Code 3.
  --no-store    das Profil nicht speichern, sondern sein Token nur für diesen Aufruf auf stdout
                ausgeben
  --json        die Benutzer (oder das Konto des Profils) als JSON ausgeben
</translation>
    </message>
</context>
<context>
    <name>PlexAuth::Cli::CommandRunner</name>
    <message>
        <location filename="../app/cli/commandrunner.cpp" line="+51"/>
        <source>Unknown command.</source>
        <translation>Unbekannter Befehl.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 is now the default account.</source>
        <translation>%1 ist jetzt das Standardkonto.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No accounts are signed in. Sign in with “plexauth signin --login EMAIL” or “plexauth pin”.</source>
        <translation>Es sind keine Konten angemeldet. Melden Sie sich mit „plexauth signin --login E-MAIL“ oder „plexauth pin“ an.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>plex.tv rejected the token of %1: it was revoked or has expired. Sign in to that account again.</source>
        <translation>plex.tv hat das Token von %1 abgelehnt: Es wurde widerrufen oder ist abgelaufen. Melden Sie sich erneut bei diesem Konto an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>plex.tv rejected the token in PLEX_TOKEN: it was revoked or has expired.</source>
        <translation>plex.tv hat das Token in PLEX_TOKEN abgelehnt: Es wurde widerrufen oder ist abgelaufen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token could not be checked: %1</source>
        <translation>Das Token konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Signed out of %1: the token was revoked on plex.tv and deleted from the keychain.</source>
        <translation>Von %1 abgemeldet: Das Token wurde auf plex.tv widerrufen und aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed out of %1: the token was deleted from the keychain. It still works on plex.tv until it is revoked (use --revoke to do both).</source>
        <translation>Von %1 abgemeldet: Das Token wurde aus dem Schlüsselbund gelöscht. Auf plex.tv bleibt es gültig, bis es widerrufen wird (mit --revoke geschieht beides).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Without a desktop session (over SSH, in cron), set PLEX_TOKEN for the commands that need a token, or run plexauth inside “dbus-run-session” after starting “gnome-keyring-daemon --unlock”.</source>
        <translation>Ohne Desktop-Sitzung (über SSH, in cron) setzen Sie PLEX_TOKEN für die Befehle, die ein Token benötigen, oder führen Sie plexauth innerhalb von „dbus-run-session“ aus, nachdem Sie „gnome-keyring-daemon --unlock“ gestartet haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without a desktop session, set PLEX_TOKEN for the commands that need a token.</source>
        <translation>Ohne Desktop-Sitzung setzen Sie PLEX_TOKEN für die Befehle, die ein Token benötigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/servercommands.cpp" line="+32"/>
        <source>This account has no Plex Media Servers, owned or shared.</source>
        <translation>Dieses Konto hat keine Plex Media Server, weder eigene noch freigegebene.</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>Testing %n connection(s)…</source>
        <translation>
            <numerusform>%n Verbindung wird getestet…</numerusform>
            <numerusform>%n Verbindungen werden getestet…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>--source is not a Plex source: %1</source>
        <translation>--source ist keine Plex-Quelle: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/signincommands.cpp" line="+35"/>
        <source>Plex password for %1: </source>
        <translation>Plex-Passwort für %1: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification code: </source>
        <translation>Bestätigungscode: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no terminal to ask for the password on. Pipe the password in and add --password-stdin.</source>
        <translation>Es gibt kein Terminal, in dem nach dem Passwort gefragt werden kann. Übergeben Sie das Passwort über eine Pipe und fügen Sie --password-stdin hinzu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No password arrived on stdin: pipe the password in as its first line.</source>
        <translation>Auf stdin ist kein Passwort angekommen: Übergeben Sie das Passwort über eine Pipe als erste Zeile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No password was entered. Run the command again and type the password at the prompt.</source>
        <translation>Es wurde kein Passwort eingegeben. Führen Sie den Befehl erneut aus und geben Sie das Passwort an der Eingabeaufforderung ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--code expects the verification code on the second line of stdin, after the password.</source>
        <translation>--code erwartet den Bestätigungscode in der zweiten Zeile von stdin, nach dem Passwort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No verification code was entered. Run the command again and type the code from your authenticator app (or a backup code) at the prompt.</source>
        <translation>Es wurde kein Bestätigungscode eingegeben. Führen Sie den Befehl erneut aus und geben Sie an der Eingabeaufforderung den Code aus Ihrer Authentifizierungs-App (oder einen Backup-Code) ein.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 uses two-step verification, so plex.tv needs a verification code as well. Run again with --code and give the code on the line after the password.</source>
        <translation>%1 verwendet die Zwei-Faktor-Authentifizierung, daher benötigt plex.tv zusätzlich einen Bestätigungscode. Führen Sie den Befehl erneut mit --code aus und geben Sie den Code in der Zeile nach dem Passwort an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verification code from your authenticator app (or a backup code): </source>
        <translation>Bestätigungscode aus Ihrer Authentifizierungs-App (oder ein Backup-Code): </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>To sign in without storing the token, add --no-store: the token is then printed on stdout for this run only.</source>
        <translation>Um sich anzumelden, ohne das Token zu speichern, fügen Sie --no-store hinzu: Das Token wird dann nur für diesen Aufruf auf stdout ausgegeben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signed in, but the token could not be stored: %1 Nothing stored before was changed. To use the account without storing its token, add --no-store.</source>
        <translation>Angemeldet, aber das Token konnte nicht gespeichert werden: %1 Bereits gespeicherte Daten wurden nicht verändert. Um das Konto zu verwenden, ohne sein Token zu speichern, fügen Sie --no-store hinzu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signed in as %1. The token was not stored (--no-store).</source>
        <translation>Als %1 angemeldet. Das Token wurde nicht gespeichert (--no-store).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as %1. The token is in the keychain; this is the default account.</source>
        <translation>Als %1 angemeldet. Das Token liegt im Schlüsselbund; dies ist das Standardkonto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in as %1. The token is in the keychain. To make it the default account: plexauth accounts --set-default %2</source>
        <translation>Als %1 angemeldet. Das Token liegt im Schlüsselbund. Um es zum Standardkonto zu machen: plexauth accounts --set-default %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your sign-in code is %1</source>
        <translation>Ihr Anmeldecode lautet %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve it at: %1</source>
        <translation>Bestätigen Sie ihn unter: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting for you to approve the sign-in… the code expires in %1.</source>
        <translation>Warten auf Ihre Bestätigung der Anmeldung… der Code läuft in %1 ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still waiting for the sign-in to be approved; the code expires in %1.</source>
        <translation>Die Anmeldung ist noch nicht bestätigt; der Code läuft in %1 ab.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no display here, so open the link on any device with a browser.</source>
        <translation>Hier ist keine grafische Oberfläche verfügbar. Öffnen Sie den Link daher in einem Browser auf einem beliebigen Gerät.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No browser could be opened. Open the link yourself.</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie den Link selbst.</translation>
    </message>
    <message>
        <location filename="../app/cli/devicekeycommands.cpp" line="+24"/>
        <source>The token expires on %1 and could not be renewed yet: %2 Using it as it is.</source>
        <translation>Das Token läuft am %1 ab und konnte noch nicht erneuert werden: %2 Es wird so verwendet, wie es ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 has a classic Plex token, which does not expire and has nothing to refresh. “plexauth upgrade” gives it a device key.</source>
        <translation>%1 hat ein klassisches Plex-Token, das nicht abläuft und nicht erneuert werden muss. „plexauth upgrade“ gibt ihm einen Geräteschlüssel.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Renewed the token of %1; it is valid until %2.</source>
        <translation>Das Token von %1 wurde erneuert; es gilt bis %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 already has a device key; “plexauth refresh” renews its token.</source>
        <translation>%1 hat bereits einen Geräteschlüssel; „plexauth refresh“ erneuert sein Token.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upgrading gives %1 a device key and a Plex JWT that PlexAuth renews every few days. Plex then retires the account&apos;s classic token: scripts and apps that were given it stop working and need the new token (“plexauth token”).</source>
        <translation>Das Umstufen gibt %1 einen Geräteschlüssel und ein Plex-JWT, das PlexAuth alle paar Tage erneuert. Plex zieht danach das klassische Token des Kontos zurück: Skripte und Apps, denen es gegeben wurde, funktionieren nicht mehr und brauchen das neue Token („plexauth token“).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody can confirm this here: add --yes to upgrade anyway.</source>
        <translation>Hier kann niemand bestätigen: Fügen Sie --yes hinzu, um trotzdem umzustufen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrade %1? [y/N] </source>
        <translation>%1 umstufen? [j/N] </translation>
    </message>
    <message>
        <location filename="../app/cli/devicecommands.cpp" line="+82"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PRODUCT</source>
        <translation>PRODUKT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PLATFORM</source>
        <translation>PLATTFORM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>* marks this installation.</source>
        <translation>* kennzeichnet diese Installation.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing was removed; add --force to remove it anyway.</source>
        <translation>Es wurde nichts entfernt; fügen Sie --force hinzu, um es trotzdem zu entfernen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody can confirm the removal of %1 here: add --yes to remove it.</source>
        <translation>Hier kann niemand das Entfernen von %1 bestätigen: Fügen Sie --yes hinzu, um es zu entfernen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove %1 and revoke its token? [y/N] </source>
        <translation>%1 entfernen und sein Token widerrufen? [j/N] </translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/devicekeycommands.cpp" line="+2"/>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not removed; nothing was changed.</source>
        <translation>Nicht entfernt; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was not removed: %2</source>
        <translation>%1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed %1: its token no longer works.</source>
        <translation>%1 entfernt: Sein Token funktioniert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../app/cli/apptokencommands.cpp" line="+41"/>
        <source>Created the app token “%1” (its own device on plex.tv, client identifier %2) and kept it in the keychain. “plexauth token --app %1” prints it.</source>
        <translation>App-Token „%1“ erstellt (ein eigenes Gerät auf plex.tv, Client-Kennung %2) und im Schlüsselbund gespeichert. „plexauth token --app %1“ gibt es aus.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>plex.tv&apos;s device list could not be read, so whether each token is still listed is not known: %1</source>
        <translation>Die Geräteliste von plex.tv konnte nicht gelesen werden; daher ist nicht bekannt, ob die einzelnen Tokens noch aufgeführt sind: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The account has no app tokens. “plexauth apptoken create NAME” makes one.</source>
        <translation>Das Konto hat keine App-Tokens. „plexauth apptoken create NAME“ erstellt eines.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/devicecommands.cpp" line="-55"/>
        <location line="+41"/>
        <location filename="../app/cli/devicekeycommands.cpp" line="+0"/>
        <location filename="../app/cli/homecommands.cpp" line="+18"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/devicecommands.cpp" line="-41"/>
        <location filename="../app/cli/homecommands.cpp" line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/devicecommands.cpp" line="+3"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/devicecommands.cpp" line="+1"/>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/devicecommands.cpp" line="+0"/>
        <source>LAST SEEN</source>
        <translation>ZULETZT GESEHEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LISTED BY PLEX.TV</source>
        <translation>VON PLEX.TV AUFGEFÜHRT</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/devicecommands.cpp" line="+0"/>
        <source>CLIENT ID</source>
        <translation>CLIENT-KENNUNG</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Revoked the app token “%1”: its device was removed on plex.tv and its keychain item deleted.</source>
        <translation>App-Token „%1“ widerrufen: Sein Gerät wurde auf plex.tv entfernt und sein Eintrag im Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>plex.tv no longer listed the app token “%1”, so it no longer worked; its keychain item was deleted.</source>
        <translation>plex.tv führte das App-Token „%1“ nicht mehr auf, es funktionierte also nicht mehr; sein Eintrag im Schlüsselbund wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/cli/devicekeycommands.cpp" line="+2"/>
        <source>Not upgraded; nothing was changed.</source>
        <translation>Nicht umgestuft; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The account was not upgraded, and its classic token was kept: %1</source>
        <translation>Das Konto wurde nicht umgestuft, sein klassisches Token wurde behalten: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 now signs in with a device key (key id %2); its token is valid until %3.</source>
        <translation>%1 meldet sich jetzt mit einem Geräteschlüssel an (Schlüssel-ID %2); sein Token gilt bis %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/execcommand.cpp" line="+58"/>
        <source>“%1” was not found: check its name, or give its full path.</source>
        <translation>„%1“ wurde nicht gefunden: Prüfen Sie den Namen oder geben Sie den vollständigen Pfad an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” cannot be run: it is not an executable program, or you may not run it.</source>
        <translation>„%1“ kann nicht ausgeführt werden: Es ist kein ausführbares Programm, oder Sie dürfen es nicht ausführen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” could not be started: %2.</source>
        <translation>„%1“ konnte nicht gestartet werden: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/homecommands.cpp" line="+42"/>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USERNAME</source>
        <translation>BENUTZERNAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ADMIN</source>
        <translation>ADMIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RESTRICTED</source>
        <translation>EINGESCHRÄNKT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PROTECTED</source>
        <translation>GESCHÜTZT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GUEST</source>
        <translation>GAST</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account in PLEX_TOKEN</source>
        <translation>Das Konto in PLEX_TOKEN</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is in no Plex Home, so it has no Home users or profiles to switch to.</source>
        <translation>%1 gehört zu keinem Plex Home und hat daher keine Home-Benutzer und keine Profile, zu denen gewechselt werden kann.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is in no Plex Home, so it has no profile to switch to.</source>
        <translation>%1 gehört zu keinem Plex Home und hat daher kein Profil, zu dem gewechselt werden kann.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (username %2, %3)</source>
        <translation>%1 (Benutzername %2, %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Home user of %1 is called “%2”. Name one by its title, username or uuid; “plexauth home” lists them.</source>
        <translation>Kein Home-Benutzer von %1 heißt „%2“. Geben Sie einen über seinen Titel, Benutzernamen oder seine UUID an; „plexauth home“ listet sie auf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” names more than one Home user: %2. Name one by its uuid instead.</source>
        <translation>„%1“ passt auf mehr als einen Home-Benutzer: %2. Geben Sie stattdessen die UUID des gewünschten an.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PIN of %1: </source>
        <translation>PIN von %1: </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is protected by a PIN, and none was given: pass the PIN on the first line of stdin with --pin-stdin, or type it at the prompt on a terminal.</source>
        <translation>%1 ist durch eine PIN geschützt, aber es wurde keine angegeben: Übergeben Sie die PIN mit --pin-stdin in der ersten Zeile von stdin oder geben Sie sie in einem Terminal an der Eingabeaufforderung ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>plex.tv did not accept the PIN of %1. Pass the profile&apos;s PIN on the first line of stdin with --pin-stdin, or type it at the prompt on a terminal.</source>
        <translation>plex.tv hat die PIN von %1 nicht akzeptiert. Übergeben Sie die PIN des Profils mit --pin-stdin in der ersten Zeile von stdin oder geben Sie sie in einem Terminal an der Eingabeaufforderung ein.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Switched to %1. The token was not stored (--no-store).</source>
        <translation>Zu %1 gewechselt. Das Token wurde nicht gespeichert (--no-store).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Switched, but the profile&apos;s token could not be stored: %1 To use it without storing it, add --no-store.</source>
        <translation>Gewechselt, aber das Token des Profils konnte nicht gespeichert werden: %1 Um es zu verwenden, ohne es zu speichern, fügen Sie --no-store hinzu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Switched to %1. The profile is kept as an account of its own, its token in the keychain; “plexauth token --account %2” prints it.</source>
        <translation>Zu %1 gewechselt. Das Profil wird als eigenes Konto gespeichert, sein Token im Schlüsselbund; „plexauth token --account %2“ gibt es aus.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::Cli::Output</name>
    <message>
        <location filename="../app/cli/output.cpp" line="+45"/>
        <location line="+270"/>
        <location line="+46"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="-316"/>
        <location line="+270"/>
        <location line="+46"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="-309"/>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not verified</source>
        <translation>nicht prüfbar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>remote</source>
        <translation>extern</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this session</source>
        <translation>diese Sitzung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plex JWT, expires %1</source>
        <translation>Plex-JWT, läuft ab am %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>classic</source>
        <translation>klassisch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>KEPT IN</source>
        <translation>GESPEICHERT IN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOKEN (LAST CHECKED)</source>
        <translation>TOKEN (ZULETZT GEPRÜFT)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plex Pass</source>
        <translation>Plex Pass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-step verification</source>
        <translation>Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plex Home admin</source>
        <translation>Administrator von Plex Home</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember-me expires</source>
        <translation>Angemeldet bleiben bis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1:</source>
        <comment>a label before its value</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>owned</source>
        <translation>eigener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shared</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shared by %1</source>
        <translation>freigegeben von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OWNER</source>
        <translation>BESITZER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+60"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>LAST SEEN</source>
        <translation>ZULETZT GESEHEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CONNECTIONS</source>
        <translation>VERBINDUNGEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MACHINE IDENTIFIER</source>
        <translation>MASCHINENKENNUNG</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+61"/>
        <location line="+47"/>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+47"/>
        <source>PROTOCOL</source>
        <translation>PROTOKOLL</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPV6</source>
        <translation>IPV6</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+46"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Device:            %1
</source>
        <translation>Gerät:          %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client identifier: %1
</source>
        <translation>Client-Kennung: %1
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access token:      %1 (the full token is in the --json output)
</source>
        <translation>Zugriffstoken:  %1 (das vollständige Token steht in der Ausgabe von --json)
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: best connection %2
  %3
</source>
        <translation>%1: beste Verbindung %2
  %3
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no usable connection
  %2
</source>
        <translation>%1: keine nutzbare Verbindung
  %2
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (best)</source>
        <translation>%1 (beste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>LATENCY</source>
        <translation>LATENZ</translation>
    </message>
</context>
<context>
    <name>PlexAuth::Configuration</name>
    <message>
        <location filename="../app/services/configuration.cpp" line="+46"/>
        <source>The plex.tv API URL in the settings file is not used: %1</source>
        <translation>Die URL der plex.tv-API in der Einstellungsdatei wird nicht verwendet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plex.tv clients API URL in the settings file is not used: %1</source>
        <translation>Die URL der plex.tv-Clients-API in der Einstellungsdatei wird nicht verwendet: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 is not used: %2</source>
        <translation>%1 wird nicht verwendet: %2</translation>
    </message>
</context>
<context>
    <name>PlexAuth::ConnectionDoctor</name>
    <message>
        <location filename="../app/plex/probeexplanations.cpp" line="+72"/>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another server answers</source>
        <translation>Anderer Server antwortet</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>No answer (timed out)</source>
        <translation>Keine Antwort (Zeitüberschreitung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate is for another name</source>
        <translation>Zertifikat gilt für einen anderen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection dropped</source>
        <translation>Verbindung abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The only reachable connection is the local one over %1 (%2 ms).</source>
        <translation>Die einzige erreichbare Verbindung ist die lokale über %1 (%2 ms).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The only reachable connection is the remote one over %1 (%2 ms).</source>
        <translation>Die einzige erreichbare Verbindung ist die externe über %1 (%2 ms).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Local connection over %1 with the lowest latency (%2 ms).</source>
        <translation>Lokale Verbindung über %1 mit der geringsten Latenz (%2 ms).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote connection over %1 with the lowest latency (%2 ms).</source>
        <translation>Externe Verbindung über %1 mit der geringsten Latenz (%2 ms).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Local connection over %1 (%2 ms).</source>
        <translation>Lokale Verbindung über %1 (%2 ms).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote connection over %1 (%2 ms).</source>
        <translation>Externe Verbindung über %1 (%2 ms).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is preferred to the faster relay (%1 ms): direct connections come first, and the relay&apos;s bandwidth is limited.</source>
        <translation>Sie wird dem schnelleren Relay (%1 ms) vorgezogen: Direkte Verbindungen haben Vorrang, und die Bandbreite des Relays ist begrenzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is preferred to the faster local connection over http (%1 ms): https comes before http.</source>
        <translation>Sie wird der schnelleren lokalen Verbindung über http (%1 ms) vorgezogen: https hat Vorrang vor http.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is preferred to the faster remote connection over http (%1 ms): https comes before http.</source>
        <translation>Sie wird der schnelleren externen Verbindung über http (%1 ms) vorgezogen: https hat Vorrang vor http.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is preferred to the faster remote connection over %1 (%2 ms): local connections come before remote ones.</source>
        <translation>Sie wird der schnelleren externen Verbindung über %1 (%2 ms) vorgezogen: Lokale Verbindungen haben Vorrang vor externen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Works, but through a relay at Plex, which has limited bandwidth: Plex caps relayed streams at a few Mbit/s (about 2 Mbit/s with Plex Pass and less without). Use it only when nothing direct works.</source>
        <translation>Funktioniert, aber über ein Relay von Plex mit begrenzter Bandbreite: Plex drosselt über ein Relay geleitete Streams auf wenige Mbit/s (etwa 2 Mbit/s mit Plex Pass, ohne weniger). Verwenden Sie diese Verbindung nur, wenn keine direkte funktioniert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answers over plain http on the local network: the connection is not encrypted, which is acceptable only on a network you trust.</source>
        <translation>Antwortet per unverschlüsseltem http im lokalen Netzwerk: Die Verbindung ist nicht verschlüsselt, was nur in einem vertrauenswürdigen Netzwerk akzeptabel ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers over plain http across the internet: the connection is not encrypted, so anything sent over it, a token included, can be read on the way. Prefer an https connection.</source>
        <translation>Antwortet per unverschlüsseltem http über das Internet: Die Verbindung ist nicht verschlüsselt, daher kann alles, was darüber gesendet wird, auch ein Token, unterwegs mitgelesen werden. Verwenden Sie besser eine https-Verbindung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answers as this server over a secure connection.</source>
        <translation>Antwortet als dieser Server über eine sichere Verbindung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers as this server (version %1) over a secure connection.</source>
        <translation>Antwortet als dieser Server (Version %1) über eine sichere Verbindung.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The certificate at this address is for %1, not for %2, so the connection was refused (certificate checks stay on). A Plex server&apos;s certificate covers its plex.direct names: use %3 instead.</source>
        <translation>Das Zertifikat unter dieser Adresse gilt für %1, nicht für %2, daher wurde die Verbindung abgelehnt (die Zertifikatsprüfung bleibt aktiv). Das Zertifikat eines Plex-Servers gilt für seine plex.direct-Namen: Verwenden Sie stattdessen %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate at this address is for %1, not for %2, so the connection was refused (certificate checks stay on). Connect with a name the certificate covers.</source>
        <translation>Das Zertifikat unter dieser Adresse gilt für %1, nicht für %2, daher wurde die Verbindung abgelehnt (die Zertifikatsprüfung bleibt aktiv). Verbinden Sie sich über einen Namen, für den das Zertifikat gilt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate at this address is not trusted, so the connection was refused (certificate checks stay on). Something may be intercepting the connection (an antivirus or a company proxy), or the server&apos;s certificate is self-signed or expired.</source>
        <translation>Dem Zertifikat unter dieser Adresse wird nicht vertraut, daher wurde die Verbindung abgelehnt (die Zertifikatsprüfung bleibt aktiv). Möglicherweise fängt etwas die Verbindung ab (ein Virenschutzprogramm oder ein Firmen-Proxy), oder das Zertifikat des Servers ist selbstsigniert oder abgelaufen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The name %1 could not be looked up: check the address and this computer&apos;s network and DNS settings.</source>
        <translation>Der Name %1 konnte nicht aufgelöst werden: Prüfen Sie die Adresse sowie die Netzwerk- und DNS-Einstellungen dieses Computers.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The name %1 could not be looked up: check this computer&apos;s internet connection and DNS settings. A DNS filter that blocks plex.direct names does this too: allow plex.direct there.</source>
        <translation>Der Name %1 konnte nicht aufgelöst werden: Prüfen Sie die Internetverbindung und die DNS-Einstellungen dieses Computers. Auch ein DNS-Filter, der plex.direct-Namen blockiert, führt dazu: Erlauben Sie dort plex.direct.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The name %1 could not be looked up. plex.direct names resolve to the server&apos;s own address, and routers and DNS filters with DNS-rebinding protection block answers that point into the local network.</source>
        <translation>Der Name %1 konnte nicht aufgelöst werden. plex.direct-Namen werden zur eigenen Adresse des Servers aufgelöst, und Router sowie DNS-Filter mit DNS-Rebinding-Schutz blockieren Antworten, die ins lokale Netzwerk zeigen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Allow plex.direct in the router&apos;s or Pi-hole&apos;s rebinding protection, or connect with the server&apos;s local IP address instead.</source>
        <translation>Erlauben Sie plex.direct im Rebinding-Schutz des Routers oder von Pi-hole, oder verbinden Sie sich stattdessen über die lokale IP-Adresse des Servers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow plex.direct in the router&apos;s or Pi-hole&apos;s rebinding protection, or connect with the server&apos;s local IP address (%1) instead.</source>
        <translation>Erlauben Sie plex.direct im Rebinding-Schutz des Routers oder von Pi-hole, oder verbinden Sie sich stattdessen über die lokale IP-Adresse des Servers (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing is listening on port %1 of %2: the server is not running, or it listens on another port.</source>
        <translation>Auf Port %1 von %2 lauscht nichts: Der Server läuft nicht oder lauscht auf einem anderen Port.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No answer within %1 s: a firewall may be dropping the connection, this computer may be on another network than the address (a local address seen from outside, for example), or the server may be asleep or overloaded.</source>
        <translation>Keine Antwort innerhalb von %1 s: Möglicherweise verwirft eine Firewall die Verbindung, dieser Computer befindet sich in einem anderen Netzwerk als die Adresse (zum Beispiel eine lokale Adresse, die von außen aufgerufen wird), oder der Server ist im Ruhezustand oder überlastet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection opened but was closed before an answer came: a proxy, VPN or firewall on the way may be cutting it, or the server restarted. Try again.</source>
        <translation>Die Verbindung wurde geöffnet, aber geschlossen, bevor eine Antwort kam: Möglicherweise trennt ein Proxy, ein VPN oder eine Firewall auf dem Weg die Verbindung, oder der Server wurde neu gestartet. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The test was stopped before this address answered.</source>
        <translation>Der Test wurde gestoppt, bevor diese Adresse geantwortet hat.</translation>
    </message>
    <message>
        <location filename="../app/plex/connectiondoctor.cpp" line="+112"/>
        <source>This address answers as another Plex Media Server (machine identifier %1), not %2; the address may belong to a different server on that network.</source>
        <translation>Unter dieser Adresse antwortet ein anderer Plex Media Server (Maschinenkennung %1), nicht %2; die Adresse gehört möglicherweise zu einem anderen Server in diesem Netzwerk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>There are no connections to test.</source>
        <translation>Es gibt keine Verbindungen zum Testen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No connection answered as this server; %n answered as another one.</source>
        <translation>
            <numerusform>Keine Verbindung hat als dieser Server geantwortet; %n Verbindung führte zu einem anderen Server.</numerusform>
            <numerusform>Keine Verbindung hat als dieser Server geantwortet; %n Verbindungen führten zu einem anderen Server.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No connection answered.</source>
        <translation>Keine Verbindung hat geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection answered as this server.</source>
        <translation>Keine Verbindung hat als dieser Server geantwortet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The relay over https (%1 ms) is used because the direct connections that answered are plain http: https comes before http, though the relay&apos;s bandwidth is limited.</source>
        <translation>Das Relay über https (%1 ms) wird verwendet, weil die direkten Verbindungen, die geantwortet haben, unverschlüsseltes http sind: https kommt vor http, auch wenn die Bandbreite des Relays begrenzt ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No direct connection answered; the relay works (%1 ms) but its bandwidth is limited.</source>
        <translation>Keine direkte Verbindung hat geantwortet; das Relay funktioniert (%1 ms), hat aber nur eine begrenzte Bandbreite.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::ConnectionTableModel</name>
    <message>
        <location filename="../app/models/connectiontablemodel.cpp" line="+81"/>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remote</source>
        <translation>Extern</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (best)</source>
        <translation>%1 (beste)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
</context>
<context>
    <name>PlexAuth::ConnectionsView</name>
    <message>
        <location filename="../ui/widgets/connectionsview.cpp" line="+33"/>
        <source>Test connections</source>
        <translation>Verbindungen testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy URI</source>
        <translation>URI kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter connections</source>
        <translation>Verbindungen filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter %1</source>
        <translation>%1 filtern</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Copy URI</source>
        <translation>URI &amp;kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the &amp;suggested address</source>
        <translation>&amp;Vorgeschlagene Adresse kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test the connections</source>
        <translation>Die Verbindungen testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask every address for /identity at once (no token is sent) and pick the best</source>
        <translation>Alle Adressen gleichzeitig nach /identity fragen (es wird kein Token gesendet) und die beste auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected connection&apos;s URI</source>
        <translation>URI der ausgewählten Verbindung kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected connection&apos;s URI (not a secret)</source>
        <translation>URI der ausgewählten Verbindung kopieren (kein Geheimnis)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Test summary</source>
        <translation>Testübersicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected connection</source>
        <translation>Ausgewählte Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the suggested address</source>
        <translation>Vorgeschlagene Adresse verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the suggested address</source>
        <translation>Vorgeschlagene Adresse kopieren</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Not tested yet. Testing asks each address for /identity, which needs no token, and waits %1 s at most for each.</source>
        <translation>Noch nicht getestet. Beim Testen wird jede Adresse nach /identity gefragt, wofür kein Token nötig ist, und auf jede höchstens %1 s gewartet.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Testing %n connection(s)…</source>
        <translation>
            <numerusform>%n Verbindung wird getestet…</numerusform>
            <numerusform>%n Verbindungen werden getestet…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Test stopped.</source>
        <translation>Test gestoppt.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Best: %1. %2</source>
        <translation>Beste Verbindung: %1. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 Select a connection to see why.</source>
        <translation>%1 Wählen Sie eine Verbindung aus, um den Grund zu sehen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: not tested yet.</source>
        <translation>%1: noch nicht getestet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: testing…</source>
        <translation>%1: wird getestet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 Use %2 instead: the server&apos;s certificate is for that name.</source>
        <translation>%1 Verwenden Sie stattdessen %2: Das Zertifikat des Servers gilt für diesen Namen.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::CountdownLabel</name>
    <message>
        <location filename="../ui/widgets/countdownlabel.cpp" line="+53"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 d %2 h %3 min</translation>
    </message>
</context>
<context>
    <name>PlexAuth::CredentialWatch</name>
    <message>
        <location filename="../app/credentials/credentialwatch.cpp" line="+20"/>
        <source>%1 needs you to sign in again: %2</source>
        <translation>%1 muss sich erneut anmelden: %2</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Renewing the token of %1 has failed since %2: %3</source>
        <translation>Das Erneuern des Tokens von %1 schlägt seit %2 fehl: %3</translation>
    </message>
</context>
<context>
    <name>PlexAuth::DesktopNotifier</name>
    <message>
        <location filename="../ui/widgets/desktopnotifier.cpp" line="+53"/>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
</context>
<context>
    <name>PlexAuth::DeviceAuth</name>
    <message numerus="yes">
        <location filename="../app/credentials/deviceauth.cpp" line="+21"/>
        <source>This computer&apos;s clock is about %n minute(s) ahead of plex.tv&apos;s, so plex.tv cannot accept the device&apos;s signed requests. Set the clock automatically (network time), then try again.</source>
        <translation>
            <numerusform>Die Uhr dieses Computers geht etwa %n Minute gegenüber plex.tv vor, daher kann plex.tv die signierten Anfragen des Geräts nicht annehmen. Stellen Sie die Uhr automatisch (Netzwerkzeit) und versuchen Sie es erneut.</numerusform>
            <numerusform>Die Uhr dieses Computers geht etwa %n Minuten gegenüber plex.tv vor, daher kann plex.tv die signierten Anfragen des Geräts nicht annehmen. Stellen Sie die Uhr automatisch (Netzwerkzeit) und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>This computer&apos;s clock is about %n minute(s) behind plex.tv&apos;s, so plex.tv cannot accept the device&apos;s signed requests. Set the clock automatically (network time), then try again.</source>
        <translation>
            <numerusform>Die Uhr dieses Computers geht etwa %n Minute gegenüber plex.tv nach, daher kann plex.tv die signierten Anfragen des Geräts nicht annehmen. Stellen Sie die Uhr automatisch (Netzwerkzeit) und versuchen Sie es erneut.</numerusform>
            <numerusform>Die Uhr dieses Computers geht etwa %n Minuten gegenüber plex.tv nach, daher kann plex.tv die signierten Anfragen des Geräts nicht annehmen. Stellen Sie die Uhr automatisch (Netzwerkzeit) und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>plex.tv refused the device&apos;s signed request for a new token (HTTP %1). Check that this computer&apos;s clock is set automatically; if it is, sign in to the account again.</source>
        <translation>plex.tv hat die signierte Anfrage dieses Geräts nach einem neuen Token abgelehnt (HTTP %1). Prüfen Sie, ob die Uhr dieses Computers automatisch gestellt wird; wenn ja, melden Sie sich erneut bei dem Konto an.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::DeviceKey</name>
    <message>
        <location filename="../app/plex/devicekey.cpp" line="+115"/>
        <source>OpenSSL could not make or load this computer&apos;s device key. Check that OpenSSL (libcrypto 3) is installed correctly, then try again.</source>
        <translation>OpenSSL konnte den Geräteschlüssel dieses Computers nicht erzeugen oder laden. Prüfen Sie, ob OpenSSL (libcrypto 3) richtig installiert ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The device key stored in the keychain is damaged (%1). Sign in to this account again to give this computer a new device key.</source>
        <translation>Der im Schlüsselbund gespeicherte Geräteschlüssel ist beschädigt (%1). Melden Sie sich erneut bei diesem Konto an, um diesem Computer einen neuen Geräteschlüssel zu geben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it is not a JSON object</source>
        <translation>er ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not an Ed25519 key</source>
        <translation>er ist kein Ed25519-Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its public key is not 32 bytes of base64url</source>
        <translation>sein öffentlicher Schlüssel sind keine 32 Byte base64url</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its private key is not 32 bytes of base64url</source>
        <translation>sein privater Schlüssel sind keine 32 Byte base64url</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its public key does not belong to its private key</source>
        <translation>sein öffentlicher Schlüssel gehört nicht zu seinem privaten Schlüssel</translation>
    </message>
</context>
<context>
    <name>PlexAuth::DeviceKeyActions</name>
    <message>
        <location filename="../ui/devicekeyactions.cpp" line="+15"/>
        <source>&amp;Upgrade to Device Key…</source>
        <translation>Auf Geräteschlüssel &amp;umstufen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh Token Now</source>
        <translation>Token jetzt e&amp;rneuern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the classic token with a Plex JWT that this computer renews with its own device key</source>
        <translation>Das klassische Token durch ein Plex-JWT ersetzen, das dieser Computer mit seinem eigenen Geräteschlüssel erneuert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get a new Plex JWT from plex.tv now, signed with the device key</source>
        <translation>Jetzt ein neues Plex-JWT von plex.tv holen, signiert mit dem Geräteschlüssel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upgrade %1 to a device key? PlexAuth keeps a new key in this computer&apos;s keychain and renews the account&apos;s token with it every few days.

Plex then retires the classic token: it stops working everywhere. Scripts or apps you gave it (Tautulli, Kometa, a cron job) need the new token, from PlexAuth or from “plexauth token”.</source>
        <translation>%1 auf einen Geräteschlüssel umstufen? PlexAuth speichert einen neuen Schlüssel im Schlüsselbund dieses Computers und erneuert damit alle paar Tage das Token des Kontos.

Plex zieht danach das klassische Token zurück: Es funktioniert nirgends mehr. Skripte oder Apps, denen Sie es gegeben haben (Tautulli, Kometa, ein Cronjob), brauchen das neue Token, aus PlexAuth oder mit „plexauth token“.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Upgrade to Device Key</source>
        <translation>Auf Geräteschlüssel umstufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Upgrade</source>
        <translation>&amp;Umstufen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upgrading %1 to a device key…</source>
        <translation>%1 wird auf einen Geräteschlüssel umgestuft…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 now has a device key. Give scripts that used the classic token the new one.</source>
        <translation>%1 hat jetzt einen Geräteschlüssel. Geben Sie Skripten, die das klassische Token verwendet haben, das neue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was not upgraded: %2</source>
        <translation>%1 wurde nicht umgestuft: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refreshing the token of %1…</source>
        <translation>Das Token von %1 wird erneuert…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token of %1 was refreshed.</source>
        <translation>Das Token von %1 wurde erneuert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token of %1 was not refreshed: %2</source>
        <translation>Das Token von %1 wurde nicht erneuert: %2</translation>
    </message>
</context>
<context>
    <name>PlexAuth::DeviceKeyPanel</name>
    <message>
        <location filename="../ui/pages/devicekeypanel.cpp" line="+30"/>
        <source>Device key</source>
        <translation>Geräteschlüssel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last renewal:</source>
        <translation>Letzte Erneuerung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh now</source>
        <translation>Jetzt &amp;erneuern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token expiry</source>
        <translation>Ablauf des Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last refresh</source>
        <translation>Zuletzt erneuert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next refresh</source>
        <translation>Nächste Erneuerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last renewal</source>
        <translation>Letzte Erneuerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the token now</source>
        <translation>Das Token jetzt erneuern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new token from plex.tv now, signed with this computer&apos;s device key</source>
        <translation>Jetzt ein neues Token von plex.tv holen, signiert mit dem Geräteschlüssel dieses Computers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key ID:</source>
        <translation>Schlüssel-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last refresh:</source>
        <translation>Zuletzt erneuert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next refresh:</source>
        <translation>Nächste Erneuerung:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renewing now…</source>
        <translation>Wird gerade erneuert…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As soon as possible</source>
        <translation>So bald wie möglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not planned while PlexAuth is not watching this account</source>
        <translation>Nicht geplant, solange PlexAuth dieses Konto nicht überwacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expired on %1; the next refresh gets a new token.</source>
        <translation>Abgelaufen am %1; die nächste Erneuerung holt ein neues Token.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In %1, on %2.</source>
        <translation>In %1, am %2.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::DeviceListModel</name>
    <message>
        <location filename="../app/models/devicelistmodel.cpp" line="+72"/>
        <source>This installation of PlexAuth</source>
        <translation>Diese Installation von PlexAuth</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (this installation)</source>
        <translation>%1 (diese Installation)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+28"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client identifier</source>
        <translation>Client-Kennung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>PlexAuth::DeviceRules</name>
    <message>
        <location filename="../app/credentials/devicerules.cpp" line="+22"/>
        <source>%1 is this installation of PlexAuth. To end its access, sign out of the account instead (Sign Out in the window, or “plexauth signout --revoke”).</source>
        <translation>%1 ist diese Installation von PlexAuth. Um ihren Zugriff zu beenden, melden Sie sich stattdessen vom Konto ab („Abmelden“ im Fenster oder „plexauth signout --revoke“).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a Plex Media Server. Removing it de-authorises the server: it loses its access to the account (remote access and sharing stop) until it is claimed again.</source>
        <translation>%1 ist ein Plex Media Server. Wenn Sie ihn entfernen, wird dem Server die Autorisierung entzogen: Er verliert seinen Zugriff auf das Konto (Fernzugriff und Freigaben enden), bis er erneut beansprucht wird.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing was removed: confirm with the server&apos;s name, or --force.</source>
        <translation>Es wurde nichts entfernt: Bestätigen Sie mit dem Namen des Servers oder mit --force.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No device of this account is called “%1”. Name a device by its id, name or client identifier; “plexauth devices” lists them.</source>
        <translation>Kein Gerät dieses Kontos heißt „%1“. Geben Sie ein Gerät über seine ID, seinen Namen oder seine Client-Kennung an; „plexauth devices“ listet sie auf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>client identifier %1</source>
        <translation>Client-Kennung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” names %2 devices: %3. Name one by its id or client identifier instead.</source>
        <translation>„%1“ passt auf %2 Geräte: %3. Geben Sie stattdessen eines über seine ID oder Client-Kennung an.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
</context>
<context>
    <name>PlexAuth::DevicesPage</name>
    <message>
        <location filename="../ui/pages/devicespage.cpp" line="+29"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Filter devices</source>
        <translation>Geräte filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the device list</source>
        <translation>Geräteliste aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask plex.tv for the account&apos;s devices again</source>
        <translation>plex.tv erneut nach den Geräten des Kontos fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected device</source>
        <translation>Das ausgewählte Gerät entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device list status</source>
        <translation>Status der Geräteliste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authorised devices</source>
        <translation>Autorisierte Geräte</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove device</source>
        <translation>Gerät entfernen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Asking plex.tv for the account&apos;s devices…</source>
        <translation>plex.tv wird nach den Geräten des Kontos gefragt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The devices could not be listed.</source>
        <translation>Die Geräte konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remove Device</source>
        <translation>Gerät entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the account? Its token stops working at once.</source>
        <translation>%1 aus dem Konto entfernen? Sein Token funktioniert dann sofort nicht mehr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>Remove Server</source>
        <translation>Server entfernen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>To remove it, type the server&apos;s name, “%1”:</source>
        <translation>Geben Sie zum Entfernen den Namen des Servers ein, „%1“:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server name to confirm</source>
        <translation>Servername zur Bestätigung</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Removing %1…</source>
        <translation>%1 wird entfernt…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was not removed: %2</source>
        <translation>%1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed %1: its token no longer works.</source>
        <translation>%1 entfernt: Sein Token funktioniert nicht mehr.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove the selected device from the account</source>
        <translation>Das ausgewählte Gerät aus dem Konto entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n device(s)</source>
        <translation>
            <numerusform>%1 von %n Gerät</numerusform>
            <numerusform>%1 von %n Geräten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlexAuth::ErrorMapping</name>
    <message>
        <location filename="../app/plex/errormapping.cpp" line="+130"/>
        <source>plex.tv has paused sign-ins from this network after repeated failed attempts. Wait at least 15 minutes before trying again; every further attempt extends the pause.</source>
        <translation>plex.tv hat Anmeldungen aus diesem Netzwerk nach wiederholten Fehlversuchen vorübergehend gesperrt. Warten Sie mindestens 15 Minuten, bevor Sie es erneut versuchen; jeder weitere Versuch verlängert die Sperre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This account uses two-step verification. Enter the 6-digit code from your authenticator app, or one of your backup codes.</source>
        <translation>Dieses Konto verwendet die Zwei-Faktor-Authentifizierung. Geben Sie den 6-stelligen Code aus Ihrer Authentifizierungs-App oder einen Ihrer Backup-Codes ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>plex.tv did not accept the verification code. Codes change every 30 seconds: enter the current one, or use one of your backup codes.</source>
        <translation>plex.tv hat den Bestätigungscode nicht akzeptiert. Die Codes wechseln alle 30 Sekunden: Geben Sie den aktuellen Code ein oder verwenden Sie einen Ihrer Backup-Codes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>plex.tv needs this profile&apos;s PIN: the PIN was missing or wrong. Enter the 4-digit PIN of the profile and try again.</source>
        <translation>plex.tv benötigt die PIN dieses Profils: Die PIN fehlte oder war falsch. Geben Sie die 4-stellige PIN des Profils ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is receiving too many requests from this network. Try again in %2 s.</source>
        <translation>%1 erhält zu viele Anfragen aus diesem Netzwerk. Versuchen Sie es in %2 s erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is receiving too many requests from this network. Wait a minute, then try again.</source>
        <translation>%1 erhält zu viele Anfragen aus diesem Netzwerk. Warten Sie eine Minute und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sign-in code expired before it was used. Get a new code and try again.</source>
        <translation>Der Anmeldecode ist abgelaufen, bevor er verwendet wurde. Fordern Sie einen neuen Code an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The email, username or password is wrong. Check them and try again. Accounts created with Google, Apple or Facebook have no Plex password: sign in with the browser instead.</source>
        <translation>E-Mail-Adresse, Benutzername oder Passwort ist falsch. Prüfen Sie Ihre Angaben und versuchen Sie es erneut. Konten, die mit Google, Apple oder Facebook erstellt wurden, haben kein Plex-Passwort: Melden Sie sich stattdessen über den Browser an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The account&apos;s Plex token has expired. PlexAuth renews it with the device key: refresh it (“plexauth refresh”, or Refresh now in the window); if that fails, sign in again.</source>
        <translation>Das Plex-Token des Kontos ist abgelaufen. PlexAuth erneuert es mit dem Geräteschlüssel: Erneuern Sie es („plexauth refresh“ oder „Jetzt erneuern“ im Fenster); schlägt das fehl, melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>plex.tv says this device key is already registered by another device. Sign in again, so that PlexAuth makes a new device key.</source>
        <translation>Laut plex.tv ist dieser Geräteschlüssel bereits von einem anderen Gerät registriert. Melden Sie sich erneut an, damit PlexAuth einen neuen Geräteschlüssel erzeugt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>plex.tv did not accept this device&apos;s signature: the device key no longer matches the one plex.tv has, or this computer&apos;s clock is off. Check that the clock is set automatically, then sign in again.</source>
        <translation>plex.tv hat die Signatur dieses Geräts nicht akzeptiert: Der Geräteschlüssel passt nicht mehr zu dem, den plex.tv kennt, oder die Uhr dieses Computers geht falsch. Prüfen Sie, ob die Uhr automatisch gestellt wird, und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>plex.tv did not accept the token: it was revoked, has expired or belongs to a device that was signed out. Sign in again.</source>
        <translation>plex.tv hat das Token nicht akzeptiert: Es wurde widerrufen, ist abgelaufen oder gehört zu einem abgemeldeten Gerät. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server at %1 refused this token for this request. Use the server owner&apos;s account, or sign in again.</source>
        <translation>Der Server unter %1 hat dieses Token für diese Anfrage abgelehnt. Verwenden Sie das Konto des Server-Besitzers oder melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server at %1 did not accept the token. Use an account that has access to this server, or sign in again.</source>
        <translation>Der Server unter %1 hat das Token nicht akzeptiert. Verwenden Sie ein Konto mit Zugriff auf diesen Server oder melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 says the request lacked this app&apos;s client identifier. This is a bug in PlexAuth; please report it.</source>
        <translation>Laut %1 fehlte in der Anfrage die Client-Kennung dieser Anwendung. Dies ist ein Fehler in PlexAuth; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rejected the request as invalid (HTTP 400). Check the values you entered and try again.</source>
        <translation>%1 hat die Anfrage als ungültig abgelehnt (HTTP 400). Prüfen Sie Ihre Eingaben und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not know the requested item (HTTP 404). Check the address and the values you entered.</source>
        <translation>%1 kennt das angeforderte Element nicht (HTTP 404). Prüfen Sie die Adresse und Ihre Eingaben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 had an internal problem (HTTP %2). This is usually temporary: try again in a few minutes.</source>
        <translation>Bei %1 ist ein interner Fehler aufgetreten (HTTP %2). Das ist meist nur vorübergehend: Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 answered with an unexpected status (HTTP %2). Try again; if it persists, check that the address points to %3.</source>
        <translation>%1 hat mit einem unerwarteten Status geantwortet (HTTP %2). Versuchen Sie es erneut; falls das Problem bestehen bleibt, prüfen Sie, ob die Adresse auf %3 verweist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+89"/>
        <source>a Plex Media Server</source>
        <translation>einen Plex Media Server</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>%1 did not answer within the %2-second limit. Check your internet connection and that the address is right, or allow more time (the request timeout in Settings, or --timeout on the command line).</source>
        <translation>%1 hat nicht innerhalb des Zeitlimits von %2 Sekunden geantwortet. Prüfen Sie Ihre Internetverbindung und ob die Adresse stimmt, oder lassen Sie mehr Zeit zu (Zeitlimit für Anfragen in den Einstellungen oder --timeout auf der Befehlszeile).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The certificate of %1 is not valid for the name “%2”; it was issued for %3. Connect with a name the certificate covers (for a Plex server, its plex.direct address). PlexAuth never turns certificate checks off.</source>
        <translation>Das Zertifikat von %1 ist für den Namen „%2“ nicht gültig; es wurde für %3 ausgestellt. Verbinden Sie sich über einen Namen, für den das Zertifikat gilt (bei einem Plex-Server dessen plex.direct-Adresse). PlexAuth schaltet die Zertifikatsprüfung nie ab.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The secure connection to %1 failed: %2. Something may be intercepting the connection (an antivirus or a company proxy), or the server&apos;s certificate is wrong. PlexAuth never turns certificate checks off.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. Möglicherweise fängt etwas die Verbindung ab (ein Virenschutzprogramm oder ein Firmen-Proxy), oder das Zertifikat des Servers ist fehlerhaft. PlexAuth schaltet die Zertifikatsprüfung nie ab.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing accepted the connection at %1. Check that the server is running and that the address and port are right.</source>
        <translation>Unter %1 wurde die Verbindung nicht angenommen. Prüfen Sie, ob der Server läuft und ob Adresse und Port stimmen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The name %1 could not be looked up. Your router&apos;s DNS-rebinding protection may be blocking plex.direct addresses: allow plex.direct there, or use the server&apos;s IP address.</source>
        <translation>Der Name %1 konnte nicht aufgelöst werden. Möglicherweise blockiert der DNS-Rebinding-Schutz Ihres Routers plex.direct-Adressen: Erlauben Sie dort plex.direct oder verwenden Sie die IP-Adresse des Servers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name %1 could not be looked up. Check the address and your internet connection.</source>
        <translation>Der Name %1 konnte nicht aufgelöst werden. Prüfen Sie die Adresse und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection to %1 was closed before the answer was complete. Try again.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen, bevor die Antwort vollständig war. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not reach %1 (%2). Check your internet connection and proxy settings.</source>
        <translation>%1 ist nicht erreichbar (%2). Prüfen Sie Ihre Internetverbindung und Ihre Proxy-Einstellungen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 sent an answer PlexAuth could not read (%2). Try again; if it persists, the address may not point to %3, or a proxy may be rewriting responses.</source>
        <translation>%1 hat eine Antwort gesendet, die PlexAuth nicht lesen konnte (%2). Versuchen Sie es erneut; falls das Problem bestehen bleibt, verweist die Adresse möglicherweise nicht auf %3, oder ein Proxy verändert die Antworten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 sent an answer larger than %2, far more than expected, so PlexAuth stopped reading it. Check that the address points to the right server.</source>
        <translation>%1 hat eine Antwort von mehr als %2 gesendet, weit mehr als erwartet; daher hat PlexAuth das Lesen abgebrochen. Prüfen Sie, ob die Adresse auf den richtigen Server verweist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request was canceled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::FieldListModel</name>
    <message>
        <location filename="../app/models/fieldlistmodel.cpp" line="+47"/>
        <source>%1: %2</source>
        <comment>a field&apos;s label and value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>PlexAuth::HomePage</name>
    <message>
        <location filename="../ui/pages/homepage.cpp" line="+25"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch to Profile…</source>
        <translation>Zu Profil &amp;wechseln…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home status</source>
        <translation>Home-Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Asking plex.tv</source>
        <translation>Anfrage an plex.tv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh the Home users</source>
        <translation>Home-Benutzer aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask plex.tv for the Home&apos;s users again</source>
        <translation>plex.tv erneut nach den Home-Benutzern fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to the selected profile</source>
        <translation>Zum ausgewählten Profil wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to the selected profile and keep it as an account of its own</source>
        <translation>Zum ausgewählten Profil wechseln und es als eigenes Konto speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Home users</source>
        <translation>Home-Benutzer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The people and profiles of this account&apos;s Plex Home. Switching to a profile keeps it as an account of its own, listed under this one.</source>
        <translation>Die Personen und Profile im Plex Home dieses Kontos. Wenn Sie zu einem Profil wechseln, wird es als eigenes Konto gespeichert und unter diesem aufgeführt.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Asking plex.tv for the Home&apos;s users…</source>
        <translation>plex.tv wird nach den Home-Benutzern gefragt…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>plex.tv did not list the Home&apos;s users. %1</source>
        <translation>plex.tv hat die Home-Benutzer nicht aufgelistet. %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is in no Plex Home, so there are no profiles to switch to.</source>
        <translation>%1 gehört zu keinem Plex Home, daher gibt es keine Profile, zu denen gewechselt werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home users: %1</source>
        <translation>Home-Benutzer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 users</source>
        <translation>%1: %2 Benutzer</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Switching to %1…</source>
        <translation>Wechsel zu %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not switch to %1. %2</source>
        <translation>Wechsel zu %1 nicht möglich. %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>plex.tv switched to the profile, but it could not be kept: %1</source>
        <translation>plex.tv hat zum Profil gewechselt, aber es konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Switched to %1: it is kept as an account of its own, under %2.</source>
        <translation>Zu %1 gewechselt: Es wird als eigenes Konto unter %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::HomePinDialog</name>
    <message>
        <location filename="../ui/dialogs/homepindialog.cpp" line="+23"/>
        <source>%1 is protected by a PIN. Enter it to switch to this profile; PlexAuth then keeps it as an account of its own.</source>
        <translation>%1 ist durch eine PIN geschützt. Geben Sie sie ein, um zu diesem Profil zu wechseln; PlexAuth speichert es dann als eigenes Konto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+77"/>
        <source>S&amp;witch</source>
        <translation>&amp;Wechseln</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>plex.tv switched to the profile, but it could not be kept: %1</source>
        <translation>plex.tv hat zum Profil gewechselt, aber es konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Switching…</source>
        <translation>Wird gewechselt…</translation>
    </message>
</context>
<context>
    <name>PlexAuth::HomeUserModel</name>
    <message>
        <location filename="../app/models/homeusermodel.cpp" line="+43"/>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Younger kid</source>
        <translation>Jüngeres Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Older kid</source>
        <translation>Älteres Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teen</source>
        <translation>Teenager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Protected by a PIN</source>
        <translation>Durch eine PIN geschützt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No PIN</source>
        <translation>Keine PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No restrictions</source>
        <translation>Keine Einschränkungen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restrictions</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
</context>
<context>
    <name>PlexAuth::Jwt</name>
    <message>
        <location filename="../app/plex/jwt.cpp" line="+54"/>
        <source>A JWT has three parts separated by dots.</source>
        <translation>Ein JWT besteht aus drei durch Punkte getrennten Teilen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first part of the token is not a base64url-encoded JSON header.</source>
        <translation>Der erste Teil des Tokens ist kein base64url-codierter JSON-Header.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The second part of the token is not a base64url-encoded JSON object of claims.</source>
        <translation>Der zweite Teil des Tokens ist kein base64url-codiertes JSON-Objekt mit Claims.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::Keychain</name>
    <message>
        <location filename="../app/store/keychain.cpp" line="+46"/>
        <source>The keychain is locked and was not unlocked, so PlexAuth cannot reach the account&apos;s token. Unlock your keychain (for example in your desktop&apos;s Passwords and Keys app, or by logging in again) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt und wurde nicht entsperrt, daher kann PlexAuth nicht auf das Token des Kontos zugreifen. Entsperren Sie Ihren Schlüsselbund (zum Beispiel mit der Anwendung „Passwörter und Verschlüsselung“ Ihrer Arbeitsumgebung oder durch erneutes Anmelden) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>More than one keychain item matches PlexAuth&apos;s entry for account %1, so PlexAuth cannot tell which one holds its token. Remove the duplicates (in your desktop&apos;s Passwords and Keys app, or all of them with `secret-tool clear server %2 user %1`), then sign in again.</source>
        <translation>Mehr als ein Eintrag im Schlüsselbund passt zum Eintrag von PlexAuth für das Konto %1, daher kann PlexAuth nicht erkennen, welcher sein Token enthält. Entfernen Sie die doppelten Einträge (mit der Anwendung „Passwörter und Verschlüsselung“ Ihrer Arbeitsumgebung oder alle auf einmal mit `secret-tool clear server %2 user %1`) und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The macOS Keychain could not be reached. PlexAuth keeps tokens only in the keychain. Log in to a macOS desktop session and try again.</source>
        <translation>Auf den macOS-Schlüsselbund konnte nicht zugegriffen werden. PlexAuth speichert Tokens ausschließlich im Schlüsselbund. Melden Sie sich an einer macOS-Desktop-Sitzung an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows Credential Manager could not be reached. PlexAuth keeps tokens only in the Credential Manager. Sign in to Windows with a user profile and try again.</source>
        <translation>Auf die Windows-Anmeldeinformationsverwaltung konnte nicht zugegriffen werden. PlexAuth speichert Tokens ausschließlich in der Anmeldeinformationsverwaltung. Melden Sie sich mit einem Benutzerprofil bei Windows an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain is available: PlexAuth keeps tokens only in the system keychain (a Secret Service such as GNOME Keyring or KWallet), and none answered on the D-Bus session bus. Install and start gnome-keyring or KWallet in a desktop or D-Bus session, then try again.</source>
        <translation>Es ist kein Schlüsselbund verfügbar: PlexAuth speichert Tokens ausschließlich im Schlüsselbund des Systems (einem Secret Service wie GNOME Keyring oder KWallet), und auf dem D-Bus-Sitzungsbus hat keiner geantwortet. Installieren und starten Sie gnome-keyring oder KWallet in einer Desktop- oder D-Bus-Sitzung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Access to the keychain was declined (the unlock or permission prompt was dismissed). Unlock your keychain and allow PlexAuth to use it, then try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert (die Abfrage zum Entsperren oder zur Berechtigung wurde geschlossen). Entsperren Sie Ihren Schlüsselbund, erlauben Sie PlexAuth den Zugriff und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain refused access to PlexAuth&apos;s entry; it is probably locked. Unlock your keychain (for example in your desktop&apos;s Passwords and Keys app) and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf den Eintrag von PlexAuth verweigert; vermutlich ist er gesperrt. Entsperren Sie Ihren Schlüsselbund (zum Beispiel mit der Anwendung „Passwörter und Verschlüsselung“ Ihrer Arbeitsumgebung) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The keychain is locked and was not unlocked. Unlock your keychain (for example in your desktop&apos;s Passwords and Keys app) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt und wurde nicht entsperrt. Entsperren Sie Ihren Schlüsselbund (zum Beispiel mit der Anwendung „Passwörter und Verschlüsselung“ Ihrer Arbeitsumgebung) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain reported an error (%1). Check that your keychain service is running and unlocked, and try again.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet (%1). Prüfen Sie, ob Ihr Schlüsselbunddienst läuft und entsperrt ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>The keychain did not delete PlexAuth&apos;s entry. Check that your keychain is unlocked and writable, and try again.</source>
        <translation>Der Schlüsselbund hat den Eintrag von PlexAuth nicht gelöscht. Prüfen Sie, ob Ihr Schlüsselbund entsperrt und beschreibbar ist, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+47"/>
        <source>&lt;h2&gt;Sign in to Plex&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bei Plex anmelden&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PlexAuth keeps your Plex token in this computer&apos;s keychain, never in a file. Sign in with your email or username and password, or through your browser if your account uses Google, Apple or Facebook.</source>
        <translation>PlexAuth bewahrt Ihr Plex-Token im Schlüsselbund dieses Computers auf, nie in einer Datei. Melden Sie sich mit Ihrer E-Mail-Adresse oder Ihrem Benutzernamen und Ihrem Passwort an – oder über Ihren Browser, wenn Ihr Konto Google, Apple oder Facebook verwendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign In…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to Plex</source>
        <translation>Bei Plex anmelden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>PlexAuth</source>
        <translation>PlexAuth</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>T&amp;oken</source>
        <translation>T&amp;oken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serv&amp;ers &amp;&amp; sources</source>
        <translation>Server &amp;&amp; &amp;Quellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ho&amp;me</source>
        <translation>Ho&amp;me</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Devices</source>
        <translation>&amp;Geräte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pp tokens</source>
        <translation>App-Toke&amp;ns</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Account pages</source>
        <translation>Kontoseiten</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in to a Plex account</source>
        <translation>Bei einem Plex-Konto anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;Out…</source>
        <translation>&amp;Abmelden…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoke the token on plex.tv and remove the account</source>
        <translation>Das Token auf plex.tv widerrufen und das Konto entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove Account…</source>
        <translation>Konto &amp;entfernen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forget the account here, leaving its token valid on plex.tv</source>
        <translation>Das Konto hier entfernen; sein Token bleibt auf plex.tv gültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Token</source>
        <translation>Token &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the token; the clipboard is cleared again shortly</source>
        <translation>Das Token kopieren; die Zwischenablage wird kurz darauf wieder geleert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Validate Token</source>
        <translation>Token &amp;prüfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ask plex.tv whether it accepts the token</source>
        <translation>plex.tv fragen, ob das Token akzeptiert wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make &amp;Default</source>
        <translation>Als &amp;Standard festlegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use this account when no other is named, as plexauth token does</source>
        <translation>Dieses Konto verwenden, wenn kein anderes angegeben ist (wie bei „plexauth token“)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign In &amp;Again…</source>
        <translation>Erneut a&amp;nmelden…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in to this account again, for a new token</source>
        <translation>Erneut bei diesem Konto anmelden, für ein neues Token</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network, clipboard and language</source>
        <translation>Netzwerk, Zwischenablage und Sprache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About PlexAuth</source>
        <translation>&amp;Über PlexAuth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version and this device&apos;s identity on plex.tv</source>
        <translation>Version und Identität dieses Geräts auf plex.tv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit PlexAuth</source>
        <translation>PlexAuth beenden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Network activity</source>
        <translation>Netzwerkaktivität</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network status</source>
        <translation>Netzwerkstatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Talking to Plex…</source>
        <translation>Datenaustausch mit Plex…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clipboard cleared.</source>
        <translation>Zwischenablage geleert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clipboard holds a secret: cleared in %1 s</source>
        <translation>Geheimnis in der Zwischenablage: wird in %1 s geleert</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Sign in to Plex again</source>
        <translation>Erneut bei Plex anmelden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign out of %1? The token is revoked on plex.tv, so every copy of it stops working, and PlexAuth forgets the account.</source>
        <translation>Von %1 abmelden? Das Token wird auf plex.tv widerrufen, sodass keine Kopie davon mehr funktioniert, und PlexAuth entfernt das Konto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove %1 from PlexAuth? The token is deleted from this computer&apos;s keychain but stays valid on plex.tv until it is revoked.</source>
        <translation>%1 aus PlexAuth entfernen? Das Token wird aus dem Schlüsselbund dieses Computers gelöscht, bleibt auf plex.tv aber gültig, bis es widerrufen wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed out of %1.</source>
        <translation>Von %1 abgemeldet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove without revoking</source>
        <translation>Ohne Widerruf entfernen</translation>
    </message>
</context>
<context>
    <name>PlexAuth::MediaServerClient</name>
    <message>
        <location filename="../app/plex/mediaserverclient.cpp" line="+73"/>
        <source>%1 refused: the token is not an admin token of that server (only its owner&apos;s token, or a transient token made from it, can look up sources).</source>
        <translation>%1 hat abgelehnt: Das Token ist kein Administrator-Token dieses Servers (nur das Token seines Besitzers oder ein daraus erstelltes temporäres Token kann Quellen abfragen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 The server is shared with you, so the token PlexAuth has for it is not its owner&apos;s.</source>
        <translation>%1 Der Server ist für Sie freigegeben, daher ist das Token, das PlexAuth dafür hat, nicht das seines Besitzers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not know the source %2, or it is older than Plex Media Server 1.15.4, which added source lookups.</source>
        <translation>%1 kennt die Quelle %2 nicht, oder der Server ist älter als Plex Media Server 1.15.4, mit dem Quellenabfragen eingeführt wurden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 It runs version %2.</source>
        <translation>%1 Auf dem Server läuft Version %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be reached at %2: %3</source>
        <translation>%1 war unter %2 nicht erreichbar: %3</translation>
    </message>
</context>
<context>
    <name>PlexAuth::MessageBanner</name>
    <message>
        <location filename="../ui/widgets/messagebanner.cpp" line="+49"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>PlexAuth::PlexJwtVerifier</name>
    <message>
        <location filename="../app/plex/plexjwtverifier.cpp" line="+52"/>
        <source>It was not stored.</source>
        <translation>Es wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token from plex.tv could not be checked: plex.tv listed no signing keys. Try again later.</source>
        <translation>Das Token von plex.tv konnte nicht geprüft werden: plex.tv hat keine Signaturschlüssel aufgelistet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The token from plex.tv is not a well-formed signed JWT. %1 Try again; if it keeps happening, check the plex.tv address in Settings.</source>
        <translation>Das Token von plex.tv ist kein wohlgeformtes signiertes JWT. %1 Versuchen Sie es erneut; passiert es immer wieder, prüfen Sie die plex.tv-Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The token from plex.tv is not signed with EdDSA, the only algorithm Plex uses for it. Sign in again; if it keeps happening, check the plex.tv address in Settings.</source>
        <translation>Das Token von plex.tv ist nicht mit EdDSA signiert, dem einzigen Verfahren, das Plex dafür verwendet. Melden Sie sich erneut an; passiert es immer wieder, prüfen Sie die plex.tv-Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token from plex.tv requires extensions PlexAuth does not know. Check for a newer version of PlexAuth.</source>
        <translation>Das Token von plex.tv verlangt Erweiterungen, die PlexAuth nicht kennt. Suchen Sie nach einer neueren Version von PlexAuth.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The token&apos;s signature matches none of plex.tv&apos;s signing keys, so it may not come from plex.tv. Sign in again; if it keeps happening, check the plex.tv address in Settings and your network.</source>
        <translation>Die Signatur des Tokens passt zu keinem der Signaturschlüssel von plex.tv, es stammt also möglicherweise nicht von plex.tv. Melden Sie sich erneut an; passiert es immer wieder, prüfen Sie die plex.tv-Adresse in den Einstellungen und Ihr Netzwerk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token was not issued by plex.tv (wrong &quot;iss&quot; claim). Sign in again; if it keeps happening, check the plex.tv address in Settings.</source>
        <translation>Das Token wurde nicht von plex.tv ausgestellt (falscher „iss“-Claim). Melden Sie sich erneut an; passiert es immer wieder, prüfen Sie die plex.tv-Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token was issued for another application (its &quot;aud&quot; claim names neither plex.tv nor this computer). Sign in again.</source>
        <translation>Das Token wurde für eine andere Anwendung ausgestellt (sein „aud“-Claim nennt weder plex.tv noch diesen Computer). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token does not say when it was issued and when it expires (&quot;iat&quot; and &quot;exp&quot; claims). Sign in again.</source>
        <translation>Das Token gibt nicht an, wann es ausgestellt wurde und wann es abläuft („iat“- und „exp“-Claims). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The token&apos;s dates could not be checked: this computer&apos;s clock could not be read.</source>
        <translation>Die Daten des Tokens konnten nicht geprüft werden: Die Uhr dieses Computers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that this computer&apos;s date, time and time zone are right, then try again.</source>
        <translation>Prüfen Sie, ob Datum, Uhrzeit und Zeitzone dieses Computers stimmen, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token says it was issued in the future.</source>
        <translation>Laut Token wurde es in der Zukunft ausgestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token is not valid yet (&quot;nbf&quot; claim).</source>
        <translation>Das Token ist noch nicht gültig („nbf“-Claim).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token expires before it was issued. Sign in again.</source>
        <translation>Das Token läuft ab, bevor es ausgestellt wurde. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token has already expired. Refresh it or sign in again; if this computer&apos;s clock is wrong, correct it first.</source>
        <translation>Das Token ist bereits abgelaufen. Erneuern Sie es oder melden Sie sich erneut an; geht die Uhr dieses Computers falsch, stellen Sie sie zuerst richtig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The token is not bound to this computer&apos;s device key (its &quot;thumbprint&quot; claim is missing or names another key). Sign in again to pair this computer&apos;s key with the account.</source>
        <translation>Das Token ist nicht an den Geräteschlüssel dieses Computers gebunden (sein „thumbprint“-Claim fehlt oder nennt einen anderen Schlüssel). Melden Sie sich erneut an, um den Schlüssel dieses Computers mit dem Konto zu verbinden.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::PlexTvClient</name>
    <message>
        <location filename="../app/plex/plextvclient.cpp" line="+110"/>
        <source>The plex.tv API URL must be a web address such as %1 (https, or http to this computer).</source>
        <translation>Die plex.tv-API-URL muss eine Webadresse wie %1 sein (https, oder http zu diesem Computer).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plex.tv API URL must use https: plain http is accepted only for a server on this computer (localhost or 127.0.0.1).</source>
        <translation>Die plex.tv-API-URL muss https verwenden: Unverschlüsseltes http wird nur für einen Server auf diesem Computer akzeptiert (localhost oder 127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>PlexAuth::SecretField</name>
    <message>
        <location filename="../ui/widgets/secretfield.cpp" line="+28"/>
        <location line="+48"/>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Reveal %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole token</source>
        <translation>Das vollständige Token anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to the clipboard, which is cleared again shortly</source>
        <translation>In die Zwischenablage kopieren, die kurz darauf wieder geleert wird</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shown in full. Copy, or Ctrl+C here, copies it; the clipboard is cleared again shortly.</source>
        <translation>Vollständig angezeigt. „Kopieren“ oder Strg+C hier kopiert das Token; die Zwischenablage wird kurz darauf wieder geleert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown masked: only the first and last four characters. Reveal shows all of it; Copy, or Ctrl+C here, copies all of it, and the clipboard is cleared again shortly.</source>
        <translation>Maskiert angezeigt: nur die ersten und letzten vier Zeichen. „Anzeigen“ zeigt das ganze Token; „Kopieren“ oder Strg+C hier kopiert das ganze Token, und die Zwischenablage wird kurz darauf wieder geleert.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::ServerAddress</name>
    <message>
        <location filename="../app/plex/serveraddress.cpp" line="+22"/>
        <source>A server address is an http or https URL, such as https://192-168-1-10.&lt;id&gt;.plex.direct:32400 or http://192.168.1.10:32400.</source>
        <translation>Eine Serveradresse ist eine http- oder https-URL, etwa https://192-168-1-10.&lt;id&gt;.plex.direct:32400 oder http://192.168.1.10:32400.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give just the server&apos;s address (scheme, host and port), without a query, fragment or user name.</source>
        <translation>Geben Sie nur die Adresse des Servers an (Schema, Host und Port), ohne Abfrage, Fragment oder Benutzernamen.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::ServerListModel</name>
    <message>
        <location filename="../app/models/serverlistmodel.cpp" line="+60"/>
        <source>Last seen %1</source>
        <translation>Zuletzt gesehen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared with you</source>
        <translation>Für Sie freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared by %1</source>
        <translation>Freigegeben von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline, last seen %1</source>
        <translation>Offline, zuletzt gesehen am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
</context>
<context>
    <name>PlexAuth::ServerReach</name>
    <message>
        <location filename="../app/credentials/serverreach.cpp" line="+83"/>
        <source>No connection of %1 answered as that server, so no token was sent to it. %2 Test its connections to see each one&apos;s problem.</source>
        <translation>Keine Verbindung von %1 hat als dieser Server geantwortet, daher wurde kein Token dorthin gesendet. %2 Testen Sie seine Verbindungen, um das Problem jeder einzelnen zu sehen.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::ServersPage</name>
    <message>
        <location filename="../ui/pages/serverspage.cpp" line="+30"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server access token</source>
        <translation>Zugriffstoken des Servers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server connections</source>
        <translation>Serververbindungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Filter servers</source>
        <translation>Server filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the server list</source>
        <translation>Serverliste aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask plex.tv for the account&apos;s servers again</source>
        <translation>plex.tv erneut nach den Servern des Kontos fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server list status</source>
        <translation>Status der Serverliste</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+39"/>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Test co&amp;nnections</source>
        <translation>Verbindungen &amp;testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use for source lookup</source>
        <translation>Für Quellenabfrage verwenden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Servers and sources</source>
        <translation>Server und Quellen</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Reading the account&apos;s token from the keychain…</source>
        <translation>Token des Kontos wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Without the account&apos;s token its servers cannot be listed. %1</source>
        <translation>Ohne das Token des Kontos können seine Server nicht aufgelistet werden. %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+45"/>
        <source>Asking plex.tv for the account&apos;s servers…</source>
        <translation>plex.tv wird nach den Servern des Kontos gefragt…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>plex.tv did not list the account&apos;s servers. %1</source>
        <translation>plex.tv hat die Server des Kontos nicht aufgelistet. %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No servers: this account owns none, and none is shared with it.</source>
        <translation>Keine Server: Dieses Konto besitzt keine, und es sind keine dafür freigegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Servers listed: %1</source>
        <translation>Aufgelistete Server: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matching the filter: %1 of %2</source>
        <translation>Passend zum Filter: %1 von %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No server selected</source>
        <translation>Kein Server ausgewählt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 auf %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server&apos;s access token (for your own server it works like your account token):</source>
        <translation>Zugriffstoken dieses Servers (bei Ihrem eigenen Server funktioniert es wie Ihr Konto-Token):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The owner&apos;s server gave you this token; it is not your account token:</source>
        <translation>Dieses Token stammt vom Server des Besitzers; es ist nicht Ihr Konto-Token:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plex.tv gave no token for this server</source>
        <translation>plex.tv hat kein Token für diesen Server geliefert</translation>
    </message>
</context>
<context>
    <name>PlexAuth::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="+30"/>
        <source>Enter the proxy&apos;s host name or address, or choose another proxy setting.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Proxys ein oder wählen Sie eine andere Proxy-Einstellung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter only the proxy&apos;s host name or address, such as proxy.example.com, without http:// or a path.</source>
        <translation>Geben Sie nur den Hostnamen oder die Adresse des Proxys ein, zum Beispiel proxy.example.com, ohne http:// oder Pfad.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Restore Defaults</source>
        <translation>&amp;Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puts the default values in the form; nothing is saved until you choose OK.</source>
        <translation>Setzt die Standardwerte in das Formular ein; gespeichert wird erst, wenn Sie „OK“ wählen.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Set by the environment variable %1, which overrides this setting while it is set. Unset it to choose the address here.</source>
        <translation>Festgelegt durch die Umgebungsvariable %1, die diese Einstellung überschreibt, solange sie gesetzt ist. Entfernen Sie sie, um die Adresse hier zu wählen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set by %1, which overrides this setting while it is set.</source>
        <translation>Festgelegt durch %1, das diese Einstellung überschreibt, solange es gesetzt ist.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Enter the proxy&apos;s port, a number from 1 to 65535.</source>
        <translation>Geben Sie den Port des Proxys ein, eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The settings apply until PlexAuth quits, but could not be saved to %1. Check that the file can be written, then choose OK again, or Cancel to keep them for this session only.</source>
        <translation>Die Einstellungen gelten, bis PlexAuth beendet wird, konnten aber nicht in %1 gespeichert werden. Prüfen Sie, ob die Datei beschreibbar ist, und wählen Sie dann erneut „OK“ – oder „Abbrechen“, um sie nur für diese Sitzung zu behalten.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::SignInDialog</name>
    <message>
        <location filename="../ui/dialogs/signindialog.cpp" line="+36"/>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without signing in. Esc stops a running request instead.</source>
        <translation>Schließen, ohne sich anzumelden. Esc bricht stattdessen eine laufende Anfrage ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in method</source>
        <translation>Anmeldemethode</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in code expiry</source>
        <translation>Ablauf des Anmeldecodes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Hide</source>
        <translation>Verber&amp;gen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;how</source>
        <translation>Anzei&amp;gen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Code expires in %1</source>
        <translation>Code läuft in %1 ab</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Waiting for your approval…</source>
        <translation>Warten auf Ihre Bestätigung…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Try again in %1</source>
        <translation>Erneuter Versuch in %1 möglich</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+72"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The sign-in was canceled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You can try to sign in again now. If plex.tv still refuses, use “Sign in with browser” instead.</source>
        <translation>Sie können jetzt erneut versuchen, sich anzumelden. Falls plex.tv weiterhin ablehnt, verwenden Sie stattdessen „Mit Browser anmelden“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saving to the keychain…</source>
        <translation>Wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You are signed in, but the token could not be stored. %1</source>
        <translation>Sie sind angemeldet, aber das Token konnte nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use for this session only</source>
        <translation>Nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/signindialogbrowser.cpp" line="+29"/>
        <source>Getting a code…</source>
        <translation>Code wird angefordert…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/signindialog.cpp" line="-226"/>
        <source>Checking the account…</source>
        <translation>Konto wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/signindialogbrowser.cpp" line="+51"/>
        <source>Link copied. It contains your sign-in code, so the clipboard is cleared again in %n second(s).</source>
        <translation>
            <numerusform>Link kopiert. Er enthält Ihren Anmeldecode, daher wird die Zwischenablage in %n Sekunde wieder geleert.</numerusform>
            <numerusform>Link kopiert. Er enthält Ihren Anmeldecode, daher wird die Zwischenablage in %n Sekunden wieder geleert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No browser could be opened here. Copy the link and open it in a browser on any device.</source>
        <translation>Hier konnte kein Browser geöffnet werden. Kopieren Sie den Link und öffnen Sie ihn in einem Browser auf einem beliebigen Gerät.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::SourceId</name>
    <message>
        <location filename="../app/plex/sourceid.cpp" line="+35"/>
        <source>A source looks like %1 or %2.</source>
        <translation>Eine Quelle sieht aus wie %1 oder %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a source. %1</source>
        <translation>Geben Sie eine Quelle ein. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the spaces around the source.</source>
        <translation>Entfernen Sie die Leerzeichen vor und nach der Quelle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the server&apos;s machine identifier after “server://”.</source>
        <translation>Ergänzen Sie die Maschinenkennung des Servers nach „server://“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The machine identifier after “server://” is made of hexadecimal digits (0-9, a-f), as in %1.</source>
        <translation>Die Maschinenkennung nach „server://“ besteht aus Hexadezimalziffern (0-9, a-f), wie in %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add the provider after the slash, or remove the slash.</source>
        <translation>Ergänzen Sie den Anbieter nach dem Schrägstrich oder entfernen Sie den Schrägstrich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider after the machine identifier is a name such as com.plexapp.plugins.library, without further slashes or spaces.</source>
        <translation>Der Anbieter nach der Maschinenkennung ist ein Name wie com.plexapp.plugins.library, ohne weitere Schrägstriche oder Leerzeichen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add the provider&apos;s identifier after “provider://”.</source>
        <translation>Ergänzen Sie die Kennung des Anbieters nach „provider://“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The identifier after “provider://” is a name such as tv.plex.provider.podcasts, without slashes or spaces.</source>
        <translation>Die Kennung nach „provider://“ ist ein Name wie tv.plex.provider.podcasts, ohne Schrägstriche oder Leerzeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A source starts with “server://” or “provider://”. %1</source>
        <translation>Eine Quelle beginnt mit „server://“ oder „provider://“. %1</translation>
    </message>
</context>
<context>
    <name>PlexAuth::SourceLookupPanel</name>
    <message>
        <location filename="../ui/pages/sourcelookuppanel.cpp" line="+56"/>
        <location line="+13"/>
        <source>Source lookup</source>
        <translation>Quellenabfrage</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Source access token</source>
        <translation>Zugriffstoken der Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source connections</source>
        <translation>Verbindungen der Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the to&amp;ken</source>
        <translation>Token &amp;einschließen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a server, or type its address, e.g. https://192-168-1-10.&lt;id&gt;.plex.direct:32400</source>
        <translation>Server auswählen oder seine Adresse eingeben, z. B. https://192-168-1-10.&lt;id&gt;.plex.direct:32400</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account&apos;s servers</source>
        <translation>Server des Kontos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A source identifier, such as %1 or %2</source>
        <translation>Eine Quellkennung, etwa %1 oder %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client identifier:</source>
        <translation>Client-Kennung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token:</source>
        <translation>Zugriffstoken:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token for this source, as the server gave it</source>
        <translation>Das Token für diese Quelle, wie der Server es geliefert hat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source device name</source>
        <translation>Gerätename der Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source client identifier</source>
        <translation>Client-Kennung der Quelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test connect&amp;ions</source>
        <translation>Verb&amp;indungen testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test the source&apos;s connections</source>
        <translation>Verbindungen der Quelle testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy a curl command for the selected connection</source>
        <translation>curl-Befehl für die ausgewählte Verbindung kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A curl command for the selected connection (else the best one). The token stays the $PLEX_TOKEN shell variable unless the token is included.</source>
        <translation>Ein curl-Befehl für die ausgewählte Verbindung (sonst für die beste). Statt des Tokens enthält er die Shell-Variable $PLEX_TOKEN, sofern Sie das Token nicht einschließen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include the source&apos;s token in the curl command</source>
        <translation>Token der Quelle in den curl-Befehl einschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the real token in the command; the clipboard is then cleared again shortly</source>
        <translation>Das echte Token in den Befehl einfügen; die Zwischenablage wird dann kurz darauf wieder geleert</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 (shared)</source>
        <translation>%1 (freigegeben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (shared by %2)</source>
        <translation>%1 (freigegeben von %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (yours)</source>
        <translation>%1 (eigener Server)</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>Copied with $PLEX_TOKEN in place of the token: %1</source>
        <translation>Mit $PLEX_TOKEN anstelle des Tokens kopiert: %1</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Choose one of the account&apos;s servers, or type a server&apos;s address.</source>
        <translation>Wählen Sie einen der Server des Kontos aus oder geben Sie die Adresse eines Servers ein.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Waiting for the account&apos;s token.</source>
        <translation>Warten auf das Token des Kontos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks %1 with the token that server gave you. It is shared with you, so it will most likely refuse: lookups need its owner&apos;s token.</source>
        <translation>Fragt %1 mit dem Token, das dieser Server Ihnen gegeben hat. Der Server ist nur für Sie freigegeben, daher wird er die Abfrage höchstwahrscheinlich ablehnen: Abfragen erfordern das Token seines Besitzers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asks %1 with your account token, at the best of its connections that answers as that server (they are tested first).</source>
        <translation>Fragt %1 mit Ihrem Konto-Token, über die beste seiner Verbindungen, die als dieser Server antwortet (sie werden zuerst getestet).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asks %1 with your account token.</source>
        <translation>Fragt %1 mit Ihrem Konto-Token.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A valid source.</source>
        <translation>Eine gültige Quelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A source identifier: server:// and a server&apos;s machine identifier, optionally followed by / and a provider, or provider:// and an identifier, such as %1.</source>
        <translation>Eine Quellkennung: server:// und die Maschinenkennung eines Servers, optional gefolgt von / und einem Anbieter, oder provider:// und eine Kennung, etwa %1.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server gave no token</source>
        <translation>Der Server hat kein Token geliefert</translation>
    </message>
</context>
<context>
    <name>PlexAuth::TokenInspector</name>
    <message>
        <location filename="../ui/pages/tokeninspector.cpp" line="+36"/>
        <source>Account token</source>
        <translation>Konto-Token</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Validate now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON Web Token</source>
        <translation>JSON Web Token</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validate the token now</source>
        <translation>Token jetzt prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask plex.tv whether it still accepts this token</source>
        <translation>plex.tv fragen, ob dieses Token noch akzeptiert wird</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Token expiry</source>
        <translation>Ablauf des Tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JWT header and claims</source>
        <translation>JWT-Header und -Claims</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account details</source>
        <translation>Kontodetails</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Copy value</source>
        <translation>Wert &amp;kopieren</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Reading the token from the keychain…</source>
        <translation>Token wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+10"/>
        <location line="+78"/>
        <source>Sign in again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: plex.tv accepted it.</source>
        <translation>%1: von plex.tv akzeptiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: plex.tv accepted it (checked %2).</source>
        <translation>%1: von plex.tv akzeptiert (geprüft am %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: plex.tv rejected it.</source>
        <translation>%1: von plex.tv abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: plex.tv rejected it (checked %2).</source>
        <translation>%1: von plex.tv abgelehnt (geprüft am %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not verify</source>
        <translation>Prüfung nicht möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (tried %2).</source>
        <translation>%1 (versucht am %2).</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>unknown algorithm</source>
        <translation>unbekanntem Algorithmus</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Plex JWT with device key</source>
        <translation>Plex-JWT mit Geräteschlüssel</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Classic token (does not expire), %n characters</source>
        <translation>
            <numerusform>Klassisches Token (läuft nicht ab), %n Zeichen</numerusform>
            <numerusform>Klassisches Token (läuft nicht ab), %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>JSON Web Token, signed with %1 (decoded here; the signature is not checked)</source>
        <translation>JSON Web Token, signiert mit %1 (hier decodiert; die Signatur wird nicht geprüft)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This token carries no expiry time.</source>
        <translation>Dieses Token hat kein Ablaufdatum.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expired on %1.</source>
        <translation>Abgelaufen am %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expires in %1, on %2.</source>
        <translation>Läuft in %1 ab (am %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking with plex.tv…</source>
        <translation>Wird bei plex.tv geprüft…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>plex.tv no longer accepts this token: it was revoked (signed out elsewhere, or the password changed) or it expired. Sign in again to get a new one.</source>
        <translation>plex.tv akzeptiert dieses Token nicht mehr: Es wurde widerrufen (durch Abmelden an anderer Stelle oder eine Passwortänderung) oder ist abgelaufen. Melden Sie sich erneut an, um ein neues Token zu erhalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token could not be checked: %1 This says nothing about the token itself.</source>
        <translation>Das Token konnte nicht geprüft werden: %1 Über die Gültigkeit des Tokens selbst sagt das nichts aus.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::TokenPolicy</name>
    <message>
        <location filename="../app/plex/tokenpolicy.cpp" line="+84"/>
        <source>%1 is not a server address a token can be sent to.</source>
        <translation>%1 ist keine Serveradresse, an die ein Token gesendet werden kann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not the configured plex.tv address.</source>
        <translation>%1 ist nicht die eingestellte plex.tv-Adresse.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was named by a server&apos;s answer or a certificate and has not yet answered as the expected server, so no token is sent to it. Test the server&apos;s connections first.</source>
        <translation>%1 stammt aus der Antwort eines Servers oder aus einem Zertifikat und hat noch nicht als der erwartete Server geantwortet, daher wird kein Token dorthin gesendet. Testen Sie zuerst die Verbindungen des Servers.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not on your local network, so the token would cross the internet unencrypted over plain http. Use the server&apos;s https address (its plex.direct address) instead.</source>
        <translation>%1 befindet sich nicht in Ihrem lokalen Netzwerk, daher würde das Token über unverschlüsseltes http ungeschützt durch das Internet übertragen. Verwenden Sie stattdessen die https-Adresse des Servers (seine plex.direct-Adresse).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a private-network address plex.tv listed for the server, but on this network it may be another machine, so the token is not sent to it in clear until it has answered as the server. Test the server&apos;s connections first.</source>
        <translation>%1 ist eine Adresse im privaten Netzwerk, die plex.tv für den Server angibt, aber in diesem Netzwerk kann es ein anderer Rechner sein. Daher wird das Token erst unverschlüsselt dorthin gesendet, wenn die Adresse als der Server geantwortet hat. Testen Sie zuerst die Verbindungen des Servers.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::TransientTokenPanel</name>
    <message>
        <location filename="../ui/pages/transienttokenpanel.cpp" line="+23"/>
        <location line="+6"/>
        <source>Transient token</source>
        <translation>Temporäres Token</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Reload servers</source>
        <translation>Server neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Get transient token</source>
        <translation>Temporäres Token abrufen</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>A token with this account&apos;s access to one server, for a tool you don&apos;t want to give your account token. Valid up to 48 hours; destroyed when the server restarts.</source>
        <translation>Ein Token mit den Zugriffsrechten dieses Kontos für einen einzelnen Server – für ein Werkzeug, dem Sie Ihr Konto-Token nicht geben möchten. Bis zu 48 Stunden gültig; verfällt, wenn der Server neu startet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a server, or type its address, e.g. http://192.168.1.10:32400</source>
        <translation>Server auswählen oder seine Adresse eingeben, z. B. http://192.168.1.10:32400</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the account&apos;s servers</source>
        <translation>Server des Kontos neu laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transient token validity</source>
        <translation>Gültigkeit des temporären Tokens</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The account&apos;s servers could not be listed: %1 You can still type a server&apos;s address.</source>
        <translation>Die Server des Kontos konnten nicht aufgelistet werden: %1 Sie können trotzdem die Adresse eines Servers eingeben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (yours)</source>
        <translation>%1 (eigener Server)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (shared)</source>
        <translation>%1 (freigegeben)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose one of the account&apos;s servers, or type a server&apos;s address such as http://192.168.1.10:32400.</source>
        <translation>Wählen Sie einen der Server des Kontos oder geben Sie die Adresse eines Servers ein, etwa http://192.168.1.10:32400.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This transient token has expired. Get a new one.</source>
        <translation>Dieses temporäre Token ist abgelaufen. Rufen Sie ein neues ab.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fetched %1. Valid for at most %2 more (hours:minutes:seconds), and only until the server restarts.</source>
        <translation>Abgerufen am %1. Noch höchstens %2 gültig (Stunden:Minuten:Sekunden) und nur bis zum nächsten Neustart des Servers.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.ui" line="+5"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Zeitlimit für Anfragen:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Request timeout in seconds</source>
        <translation>Zeitlimit für Anfragen in Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long to wait for plex.tv or a server to answer before giving up.</source>
        <translation>Wie lange auf eine Antwort von plex.tv oder einem Server gewartet wird, bevor abgebrochen wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+101"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des S&amp;ystems verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des Systems verwenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;No proxy</source>
        <translation>&amp;Kein Proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Manual:</source>
        <translation>&amp;Manuell:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual proxy</source>
        <translation>Manueller Proxy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The HTTP proxy&apos;s host name or IP address.</source>
        <translation>Hostname oder IP-Adresse des HTTP-Proxys.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in through the &amp;browser with a device key (Plex JWT)</source>
        <translation>Im &amp;Browser mit einem Geräteschlüssel anmelden (Plex-JWT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in through the browser with a device key (Plex JWT)</source>
        <translation>Im Browser mit einem Geräteschlüssel anmelden (Plex-JWT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off by default: whether Plex Media Server accepts Plex JWTs is not yet confirmed</source>
        <translation>Standardmäßig aus: Ob Plex Media Server Plex-JWTs akzeptiert, ist noch nicht bestätigt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PlexAuth then keeps a device key in the keychain and renews the account&apos;s token every few days, instead of keeping a token that does not expire. Off by default: whether Plex Media Server accepts these tokens (Plex JWTs) is not yet confirmed, so a server may refuse them.</source>
        <translation>PlexAuth speichert dann einen Geräteschlüssel im Schlüsselbund und erneuert das Token des Kontos alle paar Tage, statt ein Token zu speichern, das nicht abläuft. Standardmäßig aus: Ob Plex Media Server diese Tokens (Plex-JWTs) akzeptiert, ist noch nicht bestätigt; ein Server könnte sie also ablehnen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear copied tok&amp;ens after:</source>
        <translation>Kopierte Tok&amp;ens löschen nach:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clear copied tokens after, in seconds</source>
        <translation>Kopierte Tokens löschen nach (in Sekunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A copied token is removed from the clipboard after this long, unless you have copied something else since.</source>
        <translation>Ein kopiertes Token wird nach dieser Zeit aus der Zwischenablage entfernt, sofern Sie seitdem nichts anderes kopiert haben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Takes effect after restarting PlexAuth</source>
        <translation>Wird nach einem Neustart von PlexAuth wirksam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Takes effect after restarting PlexAuth.</source>
        <translation>Wird nach einem Neustart von PlexAuth wirksam.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ad&amp;vanced</source>
        <translation>Er&amp;weitert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>plex.tv &amp;API URL:</source>
        <translation>plex.tv-&amp;API-URL:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>plex.tv API URL</source>
        <translation>plex.tv-API-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty to use plex.tv</source>
        <translation>Leer lassen, um plex.tv zu verwenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave empty to use plex.tv. Another address is only for testing against a different server; it must use https, or http on this computer.</source>
        <translation>Leer lassen, um plex.tv zu verwenden. Eine andere Adresse dient nur zum Testen mit einem anderen Server; sie muss https verwenden oder http auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>plex.tv cl&amp;ients API URL:</source>
        <translation>URL der plex.tv-&amp;Clients-API:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>plex.tv clients API URL</source>
        <translation>URL der plex.tv-Clients-API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty to use clients.plex.tv, or the plex.tv API URL above when that is set</source>
        <translation>Leer lassen, um clients.plex.tv zu verwenden, oder die plex.tv-API-URL oben, wenn diese gesetzt ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where device keys get and renew their tokens (Plex JWTs). Leave empty to use clients.plex.tv, or the plex.tv API URL above when that is set.</source>
        <translation>Wo Geräteschlüssel ihre Tokens (Plex-JWTs) erhalten und erneuern. Leer lassen, um clients.plex.tv zu verwenden, oder die plex.tv-API-URL oben, wenn diese gesetzt ist.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/dialogs/signindialog.ui" line="+7"/>
        <source>Sign in to Plex</source>
        <translation>Bei Plex anmelden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your password goes only to plex.tv and is never stored. PlexAuth keeps the sign-in token in the system keychain.</source>
        <translation>Ihr Passwort wird nur an plex.tv gesendet und nie gespeichert. PlexAuth bewahrt das Anmelde-Token im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign-in method</source>
        <translation>Anmeldemethode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;mail or username</source>
        <translation>E-&amp;Mail oder Benutzername</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Email or username:</source>
        <translation>&amp;E-Mail oder Benutzername:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Email or username</source>
        <translation>E-Mail oder Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The email address or username of your Plex account</source>
        <translation>Die E-Mail-Adresse oder der Benutzername Ihres Plex-Kontos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;how</source>
        <translation>Anzei&amp;gen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the password as plain text</source>
        <translation>Passwort im Klartext anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Verification code:</source>
        <translation>Bes&amp;tätigungscode:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>6-digit code or a backup code</source>
        <translation>6-stelliger Code oder Backup-Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification code</source>
        <translation>Bestätigungscode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 6-digit code from your authenticator app, or one of your longer backup codes</source>
        <translation>Der 6-stellige Code aus Ihrer Authentifizierungs-App oder einer Ihrer längeren Backup-Codes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accounts created with Google, Apple or Facebook have no Plex password: use “Sign in with browser” for them.</source>
        <translation>Konten, die mit Google, Apple oder Facebook erstellt wurden, haben kein Plex-Passwort: Verwenden Sie für sie „Mit Browser anmelden“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in with &amp;browser</source>
        <translation>Mit &amp;Browser anmelden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For accounts created with Google, Apple or Facebook, or to sign in on the Plex website: approve the code below in your browser, and the sign-in finishes here by itself.</source>
        <translation>Für Konten, die mit Google, Apple oder Facebook erstellt wurden, oder zur Anmeldung über die Plex-Website: Bestätigen Sie den unten angezeigten Code in Ihrem Browser; die Anmeldung wird dann hier automatisch abgeschlossen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Each code works once, for 15 minutes. Get a new code to sign in with your browser.</source>
        <translation>Jeder Code ist nur einmal und 15 Minuten lang gültig. Fordern Sie einen neuen Code an, um sich über Ihren Browser anzumelden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Get a &amp;new code</source>
        <translation>&amp;Neuen Code anfordern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new sign-in code</source>
        <translation>Neuen Anmeldecode anfordern</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Co&amp;de:</source>
        <translation>Co&amp;de:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign-in code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code to approve in your browser. Keep it private until the sign-in is done.</source>
        <translation>Der Code, den Sie in Ihrem Browser bestätigen. Geben Sie ihn nicht weiter, bis die Anmeldung abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L&amp;ink:</source>
        <translation>L&amp;ink:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign-in link</source>
        <translation>Anmeldelink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Plex page where you approve the code. The link contains the code.</source>
        <translation>Die Plex-Seite, auf der Sie den Code bestätigen. Der Link enthält den Code.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open browser</source>
        <translation>Browser &amp;öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the sign-in link in your browser</source>
        <translation>Anmeldelink in Ihrem Browser öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the link, which contains the code; the clipboard is cleared again after a while</source>
        <translation>Kopiert den Link, der den Code enthält; die Zwischenablage wird nach einer Weile wieder geleert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the sign-in link</source>
        <translation>Anmeldelink kopieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;top waiting</source>
        <translation>&amp;Warten beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop waiting for the browser sign-in</source>
        <translation>Nicht mehr auf die Anmeldung im Browser warten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Keep me signed in on this computer</source>
        <translation>Auf diesem &amp;Computer angemeldet bleiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep me signed in on this computer</source>
        <translation>Auf diesem Computer angemeldet bleiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked: the token is stored in the system keychain. Unchecked: it is kept only until PlexAuth quits.</source>
        <translation>Aktiviert: Das Token wird im Schlüsselbund des Systems gespeichert. Deaktiviert: Es wird nur aufbewahrt, bis PlexAuth beendet wird.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Working</source>
        <translation>Vorgang läuft</translation>
    </message>
</context>
<context>
    <name>SourceLookupForm</name>
    <message>
        <location filename="../ui/pages/sourcelookuppanel.ui" line="+12"/>
        <source>Ask a server how a source is reached, and for its token. It takes the server owner&apos;s token and Plex Media Server 1.15.4 or later.</source>
        <translation>Fragen Sie einen Server, wie eine Quelle erreichbar ist, und lassen Sie sich ihr Token geben. Dafür sind das Token des Server-Besitzers und Plex Media Server 1.15.4 oder neuer erforderlich.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Server to ask</source>
        <translation>Abzufragender Server</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>So&amp;urce:</source>
        <translation>Q&amp;uelle:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refre&amp;sh first</source>
        <translation>Zuerst aktuali&amp;sieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the server to refresh what it knows about the source first (refresh=1)</source>
        <translation>Den Server bitten, seine Informationen über die Quelle zuerst zu aktualisieren (refresh=1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the source&apos;s connections</source>
        <translation>Verbindungen der Quelle aktualisieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Look up</source>
        <translation>Ab&amp;fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up the source</source>
        <translation>Quelle abfragen</translation>
    </message>
</context>
</TS>
