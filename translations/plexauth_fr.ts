<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/dialogs/aboutdialog.ui" line="+6"/>
        <source>About PlexAuth</source>
        <translation>À propos de PlexAuth</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Application name and version</source>
        <translation>Nom et version de l’application</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signs you in to Plex, keeps your token in the system keychain, and shows how your servers can be reached.</source>
        <translation>Vous connecte à Plex, conserve votre jeton dans le trousseau de clés du système et indique comment joindre vos serveurs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This device, as plex.tv lists it under Authorized Devices</source>
        <translation>Cet appareil, tel qu’il figure sur plex.tv dans «&#xa0;Appareils autorisés&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client &amp;identifier:</source>
        <translation>&amp;Identifiant client&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Client identifier</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy client identifier</source>
        <translation>Copier l’identifiant client</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Device name:</source>
        <translation>Nom de l’appareil&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Device name</source>
        <translation>Nom de l’appareil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform:</source>
        <translation>Plateforme&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Library versions</source>
        <translation>Versions des bibliothèques</translation>
    </message>
</context>
<context>
    <name>HomePinDialog</name>
    <message>
        <location filename="../ui/dialogs/homepindialog.ui" line="+6"/>
        <source>Switch to Profile</source>
        <translation>Basculer vers le profil</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Profile PIN</source>
        <translation>PIN du profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile&apos;s 4-digit Plex Home PIN; it is not shown while you type</source>
        <translation>Le PIN Plex Home à 4 chiffres du profil&#xa0;; il n’est pas affiché pendant la saisie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keep this profile signed in on this computer</source>
        <translation>&amp;Garder ce profil connecté sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its token goes to the system keychain; unticked, the profile lasts until you quit</source>
        <translation>Son jeton est placé dans le trousseau du système&#xa0;; case décochée, le profil ne dure que jusqu’à ce que vous quittiez</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Switch problem</source>
        <translation>Problème de basculement</translation>
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
        <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::AccountDelegate</name>
    <message>
        <location filename="../ui/widgets/accountdelegate.cpp" line="+27"/>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid, this session</source>
        <translation>Valide (cette session)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not verify</source>
        <translation>Vérification impossible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>PLEX PASS</source>
        <translation>PLEX PASS</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Home profile</source>
        <translation>Profil Plex Home</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · protected</source>
        <translation>%1 · protégé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · default</source>
        <translation>%1 · par défaut</translation>
    </message>
</context>
<context>
    <name>PlexAuth::AccountFields</name>
    <message>
        <location filename="../app/models/accountfields.cpp" line="+29"/>
        <location line="+76"/>
        <source>No Plex Pass</source>
        <translation>Pas de Plex Pass</translation>
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
        <translation>depuis le %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+23"/>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>Email</source>
        <translation>E-mail</translation>
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
        <translation>ID du compte</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Joined</source>
        <translation>Date d’inscription</translation>
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
        <translation>Double authentification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember-me expires</source>
        <translation>Expiration de la connexion mémorisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plex Home member</source>
        <translation>Membre de Plex Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plex Home admin</source>
        <translation>Administrateur de Plex Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protected by a Home PIN</source>
        <translation>Protégé par un PIN Plex Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted (managed user)</source>
        <translation>Restreint (utilisateur géré)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signed in on this computer</source>
        <translation>Connexion sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Header: %1</source>
        <translation>En-tête&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Claim: %1</source>
        <translation>Revendication&#xa0;: %1</translation>
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
        <translation>jeton valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>token invalid</source>
        <translation>jeton non valide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>token could not be verified</source>
        <translation>vérification du jeton impossible</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+10"/>
        <source>Plex Home profile of %1</source>
        <translation>Profil Plex Home de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>protected by a PIN</source>
        <translation>protégé par un PIN</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this session only</source>
        <translation>cette session uniquement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default account</source>
        <translation>compte par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs you to sign in again</source>
        <translation>doit être reconnecté</translation>
    </message>
</context>
<context>
    <name>PlexAuth::AccountSession</name>
    <message>
        <location filename="../app/credentials/accountsession.cpp" line="+116"/>
        <source>The account&apos;s token has not been read yet. Try again.</source>
        <translation>Le jeton du compte n’a pas encore été lu. Réessayez.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>No server of this account is called “%1”. Name a server by its name or machine identifier (“plexauth servers” lists them), or give its address.</source>
        <translation>Aucun serveur de ce compte ne s’appelle «&#xa0;%1&#xa0;». Désignez un serveur par son nom ou son identifiant de machine («&#xa0;plexauth servers&#xa0;» les liste), ou donnez son adresse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” names more than one server (%2). Use its machine identifier instead.</source>
        <translation>«&#xa0;%1&#xa0;» désigne plusieurs serveurs (%2). Utilisez plutôt son identifiant de machine.</translation>
    </message>
    <message>
        <location filename="../app/credentials/accountsessionrenewal.cpp" line="+18"/>
        <source>This account&apos;s token is a classic Plex token, without a device key to renew it with. Upgrade it to a device key first, or sign in again.</source>
        <translation>Le jeton de ce compte est un jeton Plex classique, sans clé d’appareil pour le renouveler. Passez-le d’abord à une clé d’appareil, ou reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>plex.tv issued a token for a different account than this one, so it was not kept. Sign in to this account again.</source>
        <translation>plex.tv a émis un jeton pour un autre compte que celui-ci&#xa0;; il n’a donc pas été gardé. Reconnectez-vous à ce compte.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::AccountSessions</name>
    <message>
        <location filename="../app/credentials/accountsessions.cpp" line="+82"/>
        <source>The token could not be revoked on plex.tv, so the account was kept: %1 To forget the account without revoking its token, remove it instead (in the app: Remove Account; on the command line: plexauth signout without --revoke).</source>
        <translation>Le jeton n’a pas pu être révoqué sur plex.tv, le compte a donc été conservé&#xa0;: %1 Pour oublier le compte sans révoquer son jeton, retirez-le plutôt (dans l’application&#xa0;: Retirer le compte&#xa0;; en ligne de commande&#xa0;: plexauth signout sans --revoke).</translation>
    </message>
</context>
<context>
    <name>PlexAuth::AccountStore</name>
    <message>
        <location filename="../app/store/accountstore.cpp" line="+52"/>
        <source>No account is signed in. Sign in first (in the app, or with “plexauth signin” or “plexauth pin”).</source>
        <translation>Aucun compte n’est connecté. Connectez-vous d’abord (dans l’application, ou avec «&#xa0;plexauth signin&#xa0;» ou «&#xa0;plexauth pin&#xa0;»).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No signed-in account is called “%1”. Name an account by its username, email, title or uuid; “plexauth accounts” lists them.</source>
        <translation>Aucun compte connecté ne s’appelle «&#xa0;%1&#xa0;». Désignez un compte par son nom d’utilisateur, son e-mail, son titre ou son uuid&#xa0;; «&#xa0;plexauth accounts&#xa0;» les liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” names more than one account. Use the account&apos;s uuid instead; “plexauth accounts” lists them.</source>
        <translation>«&#xa0;%1&#xa0;» désigne plusieurs comptes. Utilisez plutôt l’uuid du compte&#xa0;; «&#xa0;plexauth accounts&#xa0;» les liste.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>plex.tv signed you in but did not say which account or token it was, so nothing was stored. Try signing in again.</source>
        <translation>plex.tv vous a connecté sans indiquer de quel compte ni de quel jeton il s’agit&#xa0;: rien n’a donc été stocké. Essayez de vous reconnecter.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The keychain holds no token for %1, so this account is signed out. Sign in to it again.</source>
        <translation>Le trousseau ne contient aucun jeton pour %1&#xa0;: ce compte est donc déconnecté. Reconnectez-vous à ce compte.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Only a remembered account can be the default. Sign in to it again with “Keep me signed in on this computer” ticked first.</source>
        <translation>Seul un compte mémorisé peut être le compte par défaut. Reconnectez-vous d’abord à ce compte en cochant «&#xa0;Rester connecté sur cet ordinateur&#xa0;».</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The account list could not be saved to %1. Check that the file and its folder are writable and that the disk is not full, then try again.</source>
        <translation>La liste des comptes n’a pas pu être enregistrée dans %1. Vérifiez que le fichier et son dossier sont accessibles en écriture et que le disque n’est pas plein, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstoredevicekeys.cpp" line="+82"/>
        <source>The account is no longer signed in here, so its new device key was not kept.</source>
        <translation>Le compte n’est plus connecté ici&#xa0;; sa nouvelle clé d’appareil n’a donc pas été gardée.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The keychain holds no device key for %1, so its Plex token cannot be renewed. Sign in to it again.</source>
        <translation>Le trousseau ne contient aucune clé d’appareil pour %1&#xa0;; son jeton Plex ne peut donc pas être renouvelé. Reconnectez-vous à ce compte.</translation>
    </message>
    <message>
        <location filename="../app/store/accountstoreapptokens.cpp" line="+23"/>
        <source>The account has no app token called “%1”; it has none at all. “plexauth apptoken create NAME” makes one.</source>
        <translation>Le compte n’a aucun jeton d’application nommé «&#xa0;%1&#xa0;»&#xa0;; il n’en a d’ailleurs aucun. «&#xa0;plexauth apptoken create NOM&#xa0;» en crée un.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account has no app token called “%1”. Its app tokens: %2.</source>
        <translation>Le compte n’a aucun jeton d’application nommé «&#xa0;%1&#xa0;». Ses jetons d’application&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>App tokens are kept only for an account that is remembered on this computer. Sign in to it again with “Keep me signed in on this computer” ticked first.</source>
        <translation>Les jetons d’application ne sont gardés que pour un compte mémorisé sur cet ordinateur. Reconnectez-vous d’abord à ce compte en cochant «&#xa0;Rester connecté sur cet ordinateur&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An app token&apos;s name must be 1 to %1 characters, without line breaks or other control characters, and not start or end with a space.</source>
        <translation>Le nom d’un jeton d’application doit compter de 1 à %1 caractères, sans saut de ligne ni autre caractère de contrôle, et ne doit ni commencer ni finir par une espace.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 already has an app token called “%2”. Choose another name, or revoke that one first.</source>
        <translation>%1 a déjà un jeton d’application nommé «&#xa0;%2&#xa0;». Choisissez un autre nom, ou révoquez d’abord celui-ci.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The keychain holds no token for the app token “%1”. Revoke it and create a new one.</source>
        <translation>Le trousseau ne contient aucun jeton pour le jeton d’application «&#xa0;%1&#xa0;». Révoquez-le et créez-en un nouveau.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::AppTokenListModel</name>
    <message>
        <location filename="../app/models/apptokenlistmodel.cpp" line="+66"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No, no longer valid</source>
        <translation>Non, plus valable</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last seen</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listed by plex.tv</source>
        <translation>Listé par plex.tv</translation>
    </message>
</context>
<context>
    <name>PlexAuth::AppTokens</name>
    <message>
        <location filename="../app/credentials/apptokens.cpp" line="+31"/>
        <source>No app token was created: %1</source>
        <translation>Aucun jeton d’application n’a été créé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No app token was created: plex.tv had not handed over the token %1 seconds after the code was linked. Try again.</source>
        <translation>Aucun jeton d’application n’a été créé&#xa0;: plex.tv n’avait toujours pas remis le jeton %1 secondes après l’association du code. Réessayez.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The app token “%1” was not revoked, and it stays in the keychain: %2</source>
        <translation>Le jeton d’application «&#xa0;%1&#xa0;» n’a pas été révoqué, et il reste dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The app token “%1” was revoked on plex.tv, but its keychain item could not be deleted: %2</source>
        <translation>Le jeton d’application «&#xa0;%1&#xa0;» a été révoqué sur plex.tv, mais son élément du trousseau n’a pas pu être supprimé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PlexAuth::AppTokensPage</name>
    <message>
        <location filename="../ui/pages/apptokenspage.cpp" line="+26"/>
        <source>&amp;New App Token…</source>
        <translation>&amp;Nouveau jeton d’application…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Token</source>
        <translation>Copier le &amp;jeton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New app token</source>
        <translation>Nouveau jeton d’application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mint a token of its own for another app (Tautulli, Kometa, a script)</source>
        <translation>Créer un jeton propre à une autre application (Tautulli, Kometa, un script)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected app token</source>
        <translation>Copier le jeton d’application sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the token, marked as a secret and cleared from the clipboard after a while</source>
        <translation>Copier le jeton, marqué comme secret et effacé du presse-papiers au bout d’un moment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the selected app token</source>
        <translation>Révoquer le jeton d’application sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App token status</source>
        <translation>État des jetons d’application</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>App tokens</source>
        <translation>Jetons d’application</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy token</source>
        <translation>Copier le jeton</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoke app token</source>
        <translation>Révoquer le jeton d’application</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Each app token is a device of its own on plex.tv: give one to each app, and revoke it without signing anything else out.</source>
        <translation>Chaque jeton d’application est un appareil à part entière sur plex.tv&#xa0;: donnez-en un à chaque application, et révoquez-le sans rien déconnecter d’autre.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Asking plex.tv which app tokens it still lists…</source>
        <translation>Demande à plex.tv des jetons d’application qu’il liste encore…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Whether plex.tv still lists each app token is not known: %1</source>
        <translation>On ne sait pas si plex.tv liste encore chaque jeton d’application&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No app tokens yet.</source>
        <translation>Aucun jeton d’application pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n app token(s)</source>
        <translation>
            <numerusform>%n jeton d’application</numerusform>
            <numerusform>%n jetons d’application</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New App Token</source>
        <translation>Nouveau jeton d’application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the app that will use the token (it names the device on plex.tv):</source>
        <translation>Nom de l’application qui utilisera le jeton (il sert de nom à l’appareil sur plex.tv)&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creating the app token “%1”…</source>
        <translation>Création du jeton d’application «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created the app token “%1”. Copy it into the app&apos;s settings with Copy Token.</source>
        <translation>Jeton d’application «&#xa0;%1&#xa0;» créé. Copiez-le dans les réglages de l’application avec «&#xa0;Copier le jeton&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>The app token “%1” is on the clipboard, marked as a secret; it is cleared in %n second(s).</source>
        <translation>
            <numerusform>Le jeton d’application «&#xa0;%1&#xa0;» est dans le presse-papiers, marqué comme secret&#xa0;; il sera effacé dans %n seconde.</numerusform>
            <numerusform>Le jeton d’application «&#xa0;%1&#xa0;» est dans le presse-papiers, marqué comme secret&#xa0;; il sera effacé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Revoke App Token</source>
        <translation>Révoquer le jeton d’application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the app token “%1”? Its device is removed on plex.tv, so the app using it is signed out, and the token is deleted from the keychain.</source>
        <translation>Révoquer le jeton d’application «&#xa0;%1&#xa0;»&#xa0;? Son appareil sera retiré sur plex.tv, l’application qui l’utilise sera donc déconnectée, et le jeton sera supprimé du trousseau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revoking “%1”…</source>
        <translation>Révocation de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revoked the app token “%1”.</source>
        <translation>Jeton d’application «&#xa0;%1&#xa0;» révoqué.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::BrowserSignIn</name>
    <message>
        <location filename="../app/credentials/browsersignin.cpp" line="+99"/>
        <source>The sign-in was approved, but plex.tv would not say which account it belongs to: %1 Get a new code and try again.</source>
        <translation>La connexion a été approuvée, mais plex.tv n’a pas indiqué à quel compte elle correspond&#xa0;: %1 Obtenez un nouveau code et réessayez.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+47"/>
        <source>Run “plexauth --help” for the commands and options.</source>
        <translation>Lancez «&#xa0;plexauth --help&#xa0;» pour connaître les commandes et les options.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::Cli::ArgumentParser</name>
    <message>
        <location filename="../app/cli/arguments.cpp" line="+83"/>
        <source>“%1” takes one of: %2. See “plexauth %1 --help”.</source>
        <translation>«&#xa0;%1&#xa0;» attend l’un des mots suivants&#xa0;: %2. Consultez «&#xa0;plexauth %1 --help&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1 %2” takes one %3. See “plexauth %1 --help”.</source>
        <translation>«&#xa0;%1 %2&#xa0;» attend un seul argument (%3). Consultez «&#xa0;plexauth %1 --help&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1 %2” takes no further arguments. See “plexauth %1 --help”.</source>
        <translation>«&#xa0;%1 %2&#xa0;» n’accepte aucun autre argument. Consultez «&#xa0;plexauth %1 --help&#xa0;».</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>An option is not one plexauth knows (it is not repeated here, in case a password was typed in its place). See “plexauth --help” or “plexauth COMMAND --help”.</source>
        <translation>Une option n’est pas reconnue par plexauth (elle n’est pas reprise ici, au cas où un mot de passe aurait été saisi à sa place). Consultez «&#xa0;plexauth --help&#xa0;» ou «&#xa0;plexauth COMMANDE --help&#xa0;».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The first word is not a plexauth command (it is not repeated here, in case a password was typed in its place). The commands are: %1.</source>
        <translation>Le premier mot n’est pas une commande plexauth (il n’est pas repris ici, au cas où un mot de passe aurait été saisi à sa place). Les commandes sont&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name a command. The commands are: %1.</source>
        <translation>Indiquez une commande. Les commandes sont&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>home switch needs one Home user: its title, username or uuid (“plexauth home” lists them).</source>
        <translation>home switch nécessite un seul utilisateur Plex Home&#xa0;: son titre, son nom d’utilisateur ou son uuid («&#xa0;plexauth home&#xa0;» les liste).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“home” takes one subcommand, switch. See “plexauth home --help”.</source>
        <translation>«&#xa0;home&#xa0;» accepte une seule sous-commande, switch. Consultez «&#xa0;plexauth home --help&#xa0;».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verification codes are never taken from the command line, where other users and the shell history could see them: --code makes plexauth ask for the code on the terminal, or read it from the line after the password with --password-stdin.</source>
        <translation>Les codes de vérification ne sont jamais acceptés sur la ligne de commande, où d’autres utilisateurs et l’historique du shell pourraient les voir&#xa0;: avec --code, plexauth demande le code dans le terminal, ou le lit sur la ligne qui suit le mot de passe avec --password-stdin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” takes no arguments besides its options. See “plexauth %1 --help”.</source>
        <translation>«&#xa0;%1&#xa0;» n’accepte aucun argument en dehors de ses options. Consultez «&#xa0;plexauth %1 --help&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1 does not apply to “%2”. See “plexauth %2 --help”.</source>
        <translation>--%1 ne s’applique pas à «&#xa0;%2&#xa0;». Consultez «&#xa0;plexauth %2 --help&#xa0;».</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--pin-stdin and --no-store apply to “home switch”. See “plexauth home --help”.</source>
        <translation>--pin-stdin et --no-store s’appliquent à «&#xa0;home switch&#xa0;». Consultez «&#xa0;plexauth home --help&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--app needs the name of one of the account&apos;s app tokens.</source>
        <translation>--app nécessite le nom de l’un des jetons d’application du compte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An option does not apply to “%1 %2”. See “plexauth %1 --help”.</source>
        <translation>Une des options ne s’applique pas à «&#xa0;%1 %2&#xa0;». Consultez «&#xa0;plexauth %1 --help&#xa0;».</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--timeout takes a whole number of seconds from 1 to 3600.</source>
        <translation>--timeout attend un nombre entier de secondes, de 1 à 3600.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>signin needs --login with your Plex email or username.</source>
        <translation>signin nécessite --login avec votre e-mail ou nom d’utilisateur Plex.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 needs --server with one of the account&apos;s servers (its name or machine identifier) or a server&apos;s address, for example http://192.168.1.10:32400.</source>
        <translation>%1 nécessite --server avec l’un des serveurs du compte (son nom ou son identifiant de machine) ou l’adresse d’un serveur, par exemple http://192.168.1.10:32400.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>exec needs the program to run after “--”, for example: plexauth exec -- python3 script.py</source>
        <translation>exec nécessite le programme à lancer après «&#xa0;--&#xa0;», par exemple&#xa0;: plexauth exec -- python3 script.py</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sources needs --source, for example --source provider://tv.plex.provider.podcasts.</source>
        <translation>sources nécessite --source, par exemple --source provider://tv.plex.provider.podcasts.</translation>
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
        <translation>Utilisation&#xa0;: plexauth signin --login IDENTIFIANT [--password-stdin] [--code] [--remember] [--no-store] [--json]

Se connecte avec un mot de passe et stocke le jeton dans le trousseau (le premier compte devient le
compte par défaut).
  --login IDENTIFIANT  votre e-mail ou nom d’utilisateur Plex
  --password-stdin     lire le mot de passe sur la première ligne de stdin&#xa0;; sinon, plexauth le demande
                       dans le terminal sans l’afficher. Un mot de passe n’est jamais accepté en option.
  --code               le compte utilise la double authentification&#xa0;: demander le code dans le terminal,
                       ou le lire sur la deuxième ligne de stdin avec --password-stdin. Sans --code,
                       plexauth le demande dans le terminal quand plex.tv indique qu’un code est nécessaire.
  --remember           demander à plex.tv un jeton de longue durée («&#xa0;se souvenir de moi&#xa0;»)
  --no-store           ne pas stocker le jeton&#xa0;: l’afficher sur stdout, pour cette exécution seulement
  --json               afficher le compte (et, avec --no-store, le jeton) au format JSON
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
        <translation>Utilisation&#xa0;: plexauth pin [--jwt] [--no-browser] [--no-store] [--json]

Se connecte via le navigateur&#xa0;: affiche un code et un lien sur stderr, ouvre le lien (sauf avec
--no-browser ou sans affichage graphique), attend votre approbation, puis stocke le jeton.
  --jwt          se connecter avec une nouvelle clé d’appareil&#xa0;: le jeton est un JWT Plex, vérifié
                 avec les clés de plex.tv avant d’être gardé, valable 7 jours et renouvelé avec la
                 clé (gardée avec lui dans le trousseau). Il n’est pas encore confirmé que Plex
                 Media Server accepte les JWT.
  --no-browser   afficher seulement le lien, à ouvrir sur n’importe quel appareil
  --no-store     ne pas stocker le jeton&#xa0;: l’afficher sur stdout, pour cette exécution seulement
  --json         afficher le compte (et, avec --no-store, le jeton) au format JSON
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usage: plexauth accounts [--set-default ACCOUNT] [--json]

Lists the signed-in accounts; * marks the default. ACCOUNT is a username, email, title or uuid.
  --set-default ACCOUNT   make ACCOUNT the default account
  --json                  print the list as JSON
</source>
        <translation>Utilisation&#xa0;: plexauth accounts [--set-default COMPTE] [--json]

Liste les comptes connectés&#xa0;; * indique le compte par défaut. COMPTE est un nom d’utilisateur,
un e-mail, un titre ou un uuid.
  --set-default COMPTE    faire de COMPTE le compte par défaut
  --json                  afficher la liste au format JSON
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
        <translation>Utilisation&#xa0;: plexauth [COMMANDE] [OPTIONS]

Se connecte à Plex et garde le jeton de chaque compte dans le trousseau de clés du système,
jamais dans un fichier. Sans commande, plexauth ouvre sa fenêtre.

Commandes&#xa0;:
  signin      Se connecter avec un e-mail ou nom d’utilisateur Plex et un mot de passe
  pin         Se connecter via le navigateur avec un PIN (comptes créés avec Google, Apple ou Facebook)
  accounts    Lister les comptes connectés, ou choisir le compte par défaut
  token       Afficher le jeton d’un compte sur stdout, pour les scripts
  whoami      Vérifier le jeton d’un compte auprès de plex.tv et afficher à qui il appartient
  servers     Lister les serveurs accessibles à un compte (--probe&#xa0;: tester leurs connexions)
  transient   Obtenir d’un Plex Media Server un jeton temporaire (valable jusqu’à 48 heures)
  sources     Demander à un Plex Media Server comment joindre une source, et son jeton d’accès
  signout     Oublier un compte et, si demandé, révoquer son jeton sur plex.tv
  upgrade     Donner une clé d’appareil à un compte à jeton classique (un JWT Plex que PlexAuth
              renouvelle)
  refresh     Renouveler maintenant le JWT Plex d’un compte à clé d’appareil
  exec        Lancer un programme avec le jeton dans son environnement (PLEX_TOKEN), jamais
              dans un fichier
  home        Lister les utilisateurs Plex Home d’un compte, ou basculer vers un profil
              (home switch UTILISATEUR)
  devices     Lister les appareils qui ont accès à un compte, ou en retirer un
  apptoken    Créer, lister ou révoquer un jeton distinct pour une autre application

Options de toutes les commandes&#xa0;:
  --plex-tv-url URL   URL de base de l’API plex.tv (par défaut https://plex.tv/api/v2&#xa0;;
                      variable d’environnement PLEXAUTH_PLEX_TV_URL)
  --plex-clients-url URL
                      URL de base de l’API clients de plex.tv, pour les clés d’appareil (par défaut
                      https://clients.plex.tv/api/v2, ou l’URL plex.tv si seule celle-ci est définie&#xa0;;
                      variable d’environnement PLEXAUTH_PLEX_CLIENTS_URL)
  --timeout SECONDES  abandonner chaque requête après ce délai (15 par défaut)
  Les réglages faits dans la fenêtre (URL plex.tv, délai, proxy) s’appliquent aussi ici&#xa0;;
  l’environnement les remplace, et ces options remplacent les deux.
  -v, --verbose       journaliser les requêtes sur stderr, secrets masqués
  -h, --help          afficher cette aide, ou l’aide d’une commande&#xa0;: plexauth COMMANDE --help
  --version           afficher la version

Environnement&#xa0;:
  PLEX_TOKEN          si elle est définie, whoami, servers, transient, sources et exec utilisent
                      ce jeton au lieu du trousseau
  PLEXAUTH_PLEX_TV_URL  comme --plex-tv-url
  PLEXAUTH_PLEX_CLIENTS_URL  comme --plex-clients-url

Clés d’appareil&#xa0;: un compte connecté avec «&#xa0;pin --jwt&#xa0;», ou passé à une clé d’appareil, détient un
JWT Plex valable 7 jours. Chaque commande qui utilise son jeton le renouvelle d’abord s’il lui reste
moins d’un jour (et encore une fois si plex.tv le dit expiré)&#xa0;; la clé d’appareil reste dans le
trousseau avec le jeton.

Sortie&#xa0;: stdout ne contient que les données demandées (un jeton, un tableau, ou du JSON avec
--json)&#xa0;; les messages et les erreurs vont sur stderr.

Codes de sortie&#xa0;:
  0  succès
  1  autre échec
  2  erreur d’utilisation (y compris un --account qui ne désigne aucun compte connecté)
  3  authentification refusée&#xa0;: identifiant ou mot de passe erroné, code de vérification requis
     ou refusé, jeton non valide, ou aucun compte connecté&#xa0;; plex.tv a refusé la signature de
     l’appareil, ou un JWT Plex n’a pas passé la vérification
  4  échec réseau, délai dépassé ou échec TLS
  5  trousseau indisponible ou accès refusé
  6  trop de requêtes, ou connexions bloquées par plex.tv (HTTP 429, erreur Plex 1031)
</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Usage: plexauth token [--app NAME] [--account ACCOUNT]

Prints the account&apos;s token (the default account&apos;s without --account) on stdout, for scripts:
  export PLEX_TOKEN=&quot;$(plexauth token)&quot;
  --app NAME   print the account&apos;s app token NAME instead (see “plexauth apptoken”)
</source>
        <translation>Utilisation&#xa0;: plexauth token [--app NOM] [--account COMPTE]

Affiche le jeton du compte (celui du compte par défaut sans --account) sur stdout, pour les scripts&#xa0;:
  export PLEX_TOKEN=&quot;$(plexauth token)&quot;
  --app NOM    afficher plutôt le jeton d’application NOM du compte (voir «&#xa0;plexauth apptoken&#xa0;»)
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
        <translation>Utilisation&#xa0;: plexauth devices [--account COMPTE] [--json]
              plexauth devices remove APPAREIL [--yes] [--force] [--account COMPTE]

Liste les appareils que plex.tv a autorisés pour le compte&#xa0;: nom, produit, plateforme, version,
identifiant client, dates de création et de dernière activité, s’il s’agit d’un serveur (fournit
&quot;server&quot;) et lequel est cette installation. Le jeton que plex.tv indique pour chaque appareil
n’est jamais affiché ni gardé.
  --json    afficher la liste au format JSON
remove APPAREIL révoque le jeton de cet appareil sur plex.tv. APPAREIL est son id, son nom ou
son identifiant client&#xa0;; avec un nom qui correspond à plusieurs appareils, la commande se termine
avec le code 2 et les liste. plexauth demande d’abord confirmation, en nommant l’appareil.
  --yes     ne pas demander (obligatoire quand stdin n’est pas un terminal)
  --force   retirer aussi un serveur&#xa0;: cela révoque l’autorisation du Plex Media Server (il perd
            son accès au compte) jusqu’à ce qu’il soit de nouveau réclamé
L’entrée de cette installation elle-même n’est jamais retirée ici&#xa0;: déconnectez-vous plutôt
(«&#xa0;plexauth signout --revoke&#xa0;»).
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
        <translation>Utilisation&#xa0;: plexauth apptoken create NOM [--print] [--account COMPTE]
              plexauth apptoken list [--account COMPTE] [--json]
              plexauth apptoken revoke NOM [--account COMPTE]

Un jeton distinct pour une autre application (Tautulli, Kometa, un script), afin de pouvoir le
révoquer sans rien déconnecter d’autre. Chacun est un appareil à part entière sur plex.tv, nommé
NOM, de produit PlexAuth.
create NOM    le génère (par un PIN demandé au nom du nouvel appareil, puis associé au compte) et
              le garde dans le trousseau, sous le compte&#xa0;; «&#xa0;plexauth token --app NOM&#xa0;» l’affiche.
  --print     afficher aussi le nouveau jeton sur stdout
list          les jetons d’application du compte&#xa0;: nom, création, dernière activité, et si
              plex.tv liste encore l’appareil
  --json      afficher la liste au format JSON
revoke NOM    retire l’appareil sur plex.tv, puis l’élément du trousseau. Si plex.tv ne peut pas
              être prévenu, le jeton est gardé et l’erreur le signale.
Se déconnecter du compte (ou le retirer) supprime aussi ses jetons d’application du trousseau&#xa0;;
ils continuent de fonctionner sur plex.tv jusqu’à ce qu’ils y soient révoqués.
</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Usage: plexauth whoami [--account ACCOUNT] [--json]

Asks plex.tv who the token belongs to. Exits with 3 when plex.tv rejects the token.
</source>
        <translation>Utilisation&#xa0;: plexauth whoami [--account COMPTE] [--json]

Demande à plex.tv à qui appartient le jeton. Se termine avec le code 3 si plex.tv refuse le jeton.
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
        <translation>Utilisation&#xa0;: plexauth servers [--probe] [--account COMPTE] [--json]

Liste les serveurs Plex Media Server dont le compte est propriétaire ou qui sont partagés avec lui,
avec leurs connexions.
  --probe   tester ensuite toutes les connexions de tous les serveurs en même temps (GET /identity,
            qui ne demande pas de jeton&#xa0;: aucun n’est donc envoyé), chacune en --timeout secondes
            au plus (5 par défaut ici)&#xa0;: si elle répond en tant que ce serveur, sa latence, la cause
            d’un échec, et la meilleure connexion (https avant http, puis locale avant distante
            avant relais, puis la plus rapide). Le code de sortie reste 0 si la liste a été obtenue, même si
            des connexions échouent&#xa0;: les résultats constituent la sortie.
  --json    afficher la liste au format JSON&#xa0;; avec --probe, chaque serveur reçoit un objet &quot;probe&quot;&#xa0;:
            {best, reason, elapsedMs, connections: [{uri, status, latencyMs, error, explanation,
            suggestedUri}]}, où status vaut reachable, wrong-server ou failed
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
        <translation>Utilisation&#xa0;: plexauth transient --server SERVEUR [--account COMPTE] [--json]

Demande à un Plex Media Server un jeton temporaire disposant des accès du compte. Il est valable
jusqu’à 48 heures et cesse de fonctionner au redémarrage du serveur.
  --server SERVEUR  l’un des serveurs du compte, par son nom ou son identifiant de machine&#xa0;: ses
                    connexions sont d’abord testées et la meilleure qui répond en tant que ce
                    serveur est utilisée&#xa0;; ou l’adresse d’un serveur, par exemple
                    http://192.168.1.10:32400
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
        <translation>Utilisation&#xa0;: plexauth sources --server SERVEUR --source SOURCE [--refresh] [--probe] [--account COMPTE] [--json]

Demande à un Plex Media Server comment joindre SOURCE, et avec quel jeton d’accès.
Nécessite un jeton administrateur et Plex Media Server 1.15.4 ou ultérieur.
  --server SERVEUR  l’un des serveurs du compte (nom ou identifiant de machine), joint par sa
                    meilleure connexion testée, ou l’adresse d’un serveur
  --source SOURCE   server://&lt;machineIdentifier&gt;[/&lt;provider&gt;] ou provider://&lt;identifier&gt;,
                    par exemple provider://tv.plex.provider.podcasts
  --refresh         demander d’abord au serveur d’actualiser ses informations
  --probe           tester ensuite les connexions de l’appareil comme le fait servers --probe (le code
                    de sortie reste 0 si la recherche a abouti, même si des connexions échouent)
  --json            afficher l’appareil, son jeton d’accès et ses connexions au format JSON (avec
                    --probe, plus un objet &quot;probe&quot; comme pour servers --probe)
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Usage: plexauth signout [--account ACCOUNT] [--revoke]

Deletes the account&apos;s token from the keychain and forgets the account.
  --revoke   first revoke the token on plex.tv, so no copy of it works any more. If plex.tv cannot
             be reached the account is kept; run again, or sign out without --revoke.
</source>
        <translation>Utilisation&#xa0;: plexauth signout [--account COMPTE] [--revoke]

Supprime le jeton du compte du trousseau et oublie le compte.
  --revoke   révoquer d’abord le jeton sur plex.tv, pour qu’aucune copie ne fonctionne plus.
             Si plex.tv est injoignable, le compte est conservé&#xa0;; relancez la commande, ou
             déconnectez-vous sans --revoke.
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
        <translation>Utilisation&#xa0;: plexauth upgrade [--account COMPTE] [--yes]

Donne une clé d’appareil à un compte à jeton classique&#xa0;: enregistre la clé auprès de plex.tv,
obtient un JWT Plex pour elle, le vérifie, et garde la clé et le jeton ensemble dans le trousseau.
Plex retire ensuite le jeton classique&#xa0;: les scripts et applications qui l’ont reçu ont besoin du
nouveau («&#xa0;plexauth token&#xa0;»).
  --yes   ne pas demander de confirmation (obligatoire quand stdin n’est pas un terminal)
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: plexauth refresh [--account ACCOUNT]

Renews a device-key account&apos;s Plex JWT now (signing a fresh nonce with the device key), checks
the new token and keeps it. This works after the token has expired, too.
</source>
        <translation>Utilisation&#xa0;: plexauth refresh [--account COMPTE]

Renouvelle maintenant le JWT Plex d’un compte à clé d’appareil (en signant un nonce frais avec la
clé d’appareil), vérifie le nouveau jeton et le garde. Cela fonctionne aussi une fois le jeton
expiré.
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
        <translation>Utilisation&#xa0;: plexauth exec [--account COMPTE] [--app NOM] [--server SERVEUR] -- COMMANDE [ARGS...]

Lance COMMANDE avec PLEX_TOKEN défini sur le jeton du compte, pour qu’un outil reçoive le jeton
sans qu’il soit écrit dans un fichier de configuration ni dans l’historique du shell. Le jeton ne
figure dans la ligne de commande d’aucun processus. plexauth n’affiche rien lui-même quand tout
fonctionne.
  --app NOM         plutôt le jeton d’application NOM du compte («&#xa0;plexauth apptoken create NOM&#xa0;»),
                    pour que l’outil puisse être coupé seul («&#xa0;plexauth apptoken revoke NOM&#xa0;»)
  --server SERVEUR  définir aussi PLEX_URL&#xa0;: l’un des serveurs du compte (nom ou identifiant de
                    machine) à sa meilleure connexion testée, avec le jeton que ce serveur accepte
                    (le propre jeton d’accès d’un serveur partagé), ou l’adresse d’un serveur, par
                    exemple http://192.168.1.10:32400
stdin, stdout et stderr sont ceux de COMMANDE. Les signaux INT, TERM et HUP envoyés à plexauth lui
sont transmis. Le code de sortie est celui de COMMANDE, ou 128+N si le signal N l’a arrêtée. Si
COMMANDE ne peut pas démarrer (le jeton ne peut pas être lu, le serveur est injoignable, COMMANDE
est introuvable), plexauth se termine avec ses propres codes ci-dessous et COMMANDE n’est pas
lancée. Exemples&#xa0;:
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
        <translation>Utilisation&#xa0;: plexauth home [--account COMPTE] [--json]
              plexauth home switch UTILISATEUR [--account COMPTE] [--pin-stdin] [--no-store] [--json]

Liste les utilisateurs du Plex Home du compte&#xa0;: titre, nom d’utilisateur, uuid, et si chacun est
l’administrateur, restreint, protégé par un PIN ou invité. Pour un compte sans Plex Home, la
commande l’indique (code de sortie 0).

home switch UTILISATEUR bascule vers un profil Plex Home&#xa0;: UTILISATEUR est son titre, son nom
d’utilisateur ou son uuid (avec un nom qui correspond à plusieurs utilisateurs, la commande se
termine avec le code 2 et les liste). Le profil devient un compte à part entière, son jeton dans
le trousseau, lié au compte Plex Home dont il provient.
  --pin-stdin   lire le PIN du profil sur la première ligne de stdin&#xa0;; sinon, plexauth le demande
                dans le terminal sans l’afficher, si le profil en a un. Un PIN n’est jamais
                accepté en option. Avec un PIN erroné ou manquant, la commande se termine avec
                le code 3.
  --no-store    ne pas stocker le profil&#xa0;: afficher son jeton sur stdout, pour cette exécution
                seulement
  --json        afficher les utilisateurs (ou le compte du profil) au format JSON
</translation>
    </message>
</context>
<context>
    <name>PlexAuth::Cli::CommandRunner</name>
    <message>
        <location filename="../app/cli/commandrunner.cpp" line="+51"/>
        <source>Unknown command.</source>
        <translation>Commande inconnue.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 is now the default account.</source>
        <translation>%1 est désormais le compte par défaut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No accounts are signed in. Sign in with “plexauth signin --login EMAIL” or “plexauth pin”.</source>
        <translation>Aucun compte n’est connecté. Connectez-vous avec «&#xa0;plexauth signin --login E-MAIL&#xa0;» ou «&#xa0;plexauth pin&#xa0;».</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>plex.tv rejected the token of %1: it was revoked or has expired. Sign in to that account again.</source>
        <translation>plex.tv a refusé le jeton de %1&#xa0;: il a été révoqué ou a expiré. Reconnectez-vous à ce compte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>plex.tv rejected the token in PLEX_TOKEN: it was revoked or has expired.</source>
        <translation>plex.tv a refusé le jeton contenu dans PLEX_TOKEN&#xa0;: il a été révoqué ou a expiré.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token could not be checked: %1</source>
        <translation>Le jeton n’a pas pu être vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Signed out of %1: the token was revoked on plex.tv and deleted from the keychain.</source>
        <translation>Déconnexion de %1 effectuée&#xa0;: le jeton a été révoqué sur plex.tv et supprimé du trousseau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed out of %1: the token was deleted from the keychain. It still works on plex.tv until it is revoked (use --revoke to do both).</source>
        <translation>Déconnexion de %1 effectuée&#xa0;: le jeton a été supprimé du trousseau. Il reste valable sur plex.tv tant qu’il n’est pas révoqué (utilisez --revoke pour faire les deux).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Without a desktop session (over SSH, in cron), set PLEX_TOKEN for the commands that need a token, or run plexauth inside “dbus-run-session” after starting “gnome-keyring-daemon --unlock”.</source>
        <translation>Sans session de bureau (via SSH, dans cron), définissez PLEX_TOKEN pour les commandes qui ont besoin d’un jeton, ou lancez plexauth dans «&#xa0;dbus-run-session&#xa0;» après avoir démarré «&#xa0;gnome-keyring-daemon --unlock&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without a desktop session, set PLEX_TOKEN for the commands that need a token.</source>
        <translation>Sans session de bureau, définissez PLEX_TOKEN pour les commandes qui ont besoin d’un jeton.</translation>
    </message>
    <message>
        <location filename="../app/cli/servercommands.cpp" line="+32"/>
        <source>This account has no Plex Media Servers, owned or shared.</source>
        <translation>Ce compte n’a aucun Plex Media Server, ni en propre ni partagé.</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>Testing %n connection(s)…</source>
        <translation>
            <numerusform>Test de %n connexion…</numerusform>
            <numerusform>Test de %n connexions…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>--source is not a Plex source: %1</source>
        <translation>--source n’est pas une source Plex&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/signincommands.cpp" line="+35"/>
        <source>Plex password for %1: </source>
        <translation>Mot de passe Plex pour %1&#xa0;: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification code: </source>
        <translation>Code de vérification&#xa0;: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no terminal to ask for the password on. Pipe the password in and add --password-stdin.</source>
        <translation>Aucun terminal n’est disponible pour demander le mot de passe. Transmettez-le par un tube et ajoutez --password-stdin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No password arrived on stdin: pipe the password in as its first line.</source>
        <translation>Aucun mot de passe n’est arrivé sur stdin&#xa0;: transmettez-le par un tube, sur la première ligne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No password was entered. Run the command again and type the password at the prompt.</source>
        <translation>Aucun mot de passe n’a été saisi. Relancez la commande et tapez le mot de passe à l’invite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--code expects the verification code on the second line of stdin, after the password.</source>
        <translation>--code attend le code de vérification sur la deuxième ligne de stdin, après le mot de passe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No verification code was entered. Run the command again and type the code from your authenticator app (or a backup code) at the prompt.</source>
        <translation>Aucun code de vérification n’a été saisi. Relancez la commande et tapez à l’invite le code de votre application d’authentification (ou un code de secours).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 uses two-step verification, so plex.tv needs a verification code as well. Run again with --code and give the code on the line after the password.</source>
        <translation>%1 utilise la double authentification&#xa0;: plex.tv demande donc aussi un code de vérification. Relancez la commande avec --code et indiquez le code sur la ligne qui suit le mot de passe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verification code from your authenticator app (or a backup code): </source>
        <translation>Code de vérification de votre application d’authentification (ou code de secours)&#xa0;: </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>To sign in without storing the token, add --no-store: the token is then printed on stdout for this run only.</source>
        <translation>Pour vous connecter sans stocker le jeton, ajoutez --no-store&#xa0;: le jeton est alors affiché sur stdout, pour cette exécution seulement.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signed in, but the token could not be stored: %1 Nothing stored before was changed. To use the account without storing its token, add --no-store.</source>
        <translation>Connexion réussie, mais le jeton n’a pas pu être stocké&#xa0;: %1 Rien de ce qui était déjà stocké n’a été modifié. Pour utiliser le compte sans stocker son jeton, ajoutez --no-store.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signed in as %1. The token was not stored (--no-store).</source>
        <translation>Connecté en tant que %1. Le jeton n’a pas été stocké (--no-store).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as %1. The token is in the keychain; this is the default account.</source>
        <translation>Connecté en tant que %1. Le jeton est dans le trousseau&#xa0;; c’est le compte par défaut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in as %1. The token is in the keychain. To make it the default account: plexauth accounts --set-default %2</source>
        <translation>Connecté en tant que %1. Le jeton est dans le trousseau. Pour en faire le compte par défaut&#xa0;: plexauth accounts --set-default %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your sign-in code is %1</source>
        <translation>Votre code de connexion est %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve it at: %1</source>
        <translation>Approuvez-le sur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting for you to approve the sign-in… the code expires in %1.</source>
        <translation>En attente de l’approbation de la connexion… le code expire dans %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still waiting for the sign-in to be approved; the code expires in %1.</source>
        <translation>Toujours en attente de l’approbation de la connexion&#xa0;; le code expire dans %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no display here, so open the link on any device with a browser.</source>
        <translation>Aucun affichage graphique n’est disponible ici&#xa0;: ouvrez le lien sur n’importe quel appareil doté d’un navigateur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No browser could be opened. Open the link yourself.</source>
        <translation>Aucun navigateur n’a pu être ouvert. Ouvrez le lien vous-même.</translation>
    </message>
    <message>
        <location filename="../app/cli/devicekeycommands.cpp" line="+24"/>
        <source>The token expires on %1 and could not be renewed yet: %2 Using it as it is.</source>
        <translation>Le jeton expire le %1 et n’a pas encore pu être renouvelé&#xa0;: %2 Il est utilisé tel quel.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 has a classic Plex token, which does not expire and has nothing to refresh. “plexauth upgrade” gives it a device key.</source>
        <translation>%1 a un jeton Plex classique, qui n’expire pas et n’a rien à renouveler. «&#xa0;plexauth upgrade&#xa0;» lui donne une clé d’appareil.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Renewed the token of %1; it is valid until %2.</source>
        <translation>Le jeton de %1 a été renouvelé&#xa0;; il est valable jusqu’au %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 already has a device key; “plexauth refresh” renews its token.</source>
        <translation>%1 a déjà une clé d’appareil&#xa0;; «&#xa0;plexauth refresh&#xa0;» renouvelle son jeton.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Upgrading gives %1 a device key and a Plex JWT that PlexAuth renews every few days. Plex then retires the account&apos;s classic token: scripts and apps that were given it stop working and need the new token (“plexauth token”).</source>
        <translation>Le passage donne à %1 une clé d’appareil et un JWT Plex que PlexAuth renouvelle tous les quelques jours. Plex retire ensuite le jeton classique du compte&#xa0;: les scripts et applications qui l’ont reçu cessent de fonctionner et ont besoin du nouveau jeton («&#xa0;plexauth token&#xa0;»).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody can confirm this here: add --yes to upgrade anyway.</source>
        <translation>Personne ne peut confirmer ici&#xa0;: ajoutez --yes pour passer quand même à une clé d’appareil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrade %1? [y/N] </source>
        <translation>Passer %1 à une clé d’appareil&#xa0;? [o/N] </translation>
    </message>
    <message>
        <location filename="../app/cli/devicecommands.cpp" line="+82"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PRODUCT</source>
        <translation>PRODUIT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PLATFORM</source>
        <translation>PLATEFORME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SERVER</source>
        <translation>SERVEUR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>* marks this installation.</source>
        <translation>* indique cette installation.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing was removed; add --force to remove it anyway.</source>
        <translation>Rien n’a été retiré&#xa0;; ajoutez --force pour le retirer quand même.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody can confirm the removal of %1 here: add --yes to remove it.</source>
        <translation>Personne ne peut confirmer ici le retrait de %1&#xa0;: ajoutez --yes pour le retirer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove %1 and revoke its token? [y/N] </source>
        <translation>Retirer %1 et révoquer son jeton&#xa0;? [o/N] </translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/devicekeycommands.cpp" line="+2"/>
        <source>y</source>
        <translation>o</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not removed; nothing was changed.</source>
        <translation>Pas de retrait&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was not removed: %2</source>
        <translation>%1 n’a pas été retiré&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed %1: its token no longer works.</source>
        <translation>%1 retiré&#xa0;: son jeton ne fonctionne plus.</translation>
    </message>
    <message>
        <location filename="../app/cli/apptokencommands.cpp" line="+41"/>
        <source>Created the app token “%1” (its own device on plex.tv, client identifier %2) and kept it in the keychain. “plexauth token --app %1” prints it.</source>
        <translation>Jeton d’application «&#xa0;%1&#xa0;» créé (un appareil à part entière sur plex.tv, identifiant client %2) et gardé dans le trousseau. «&#xa0;plexauth token --app %1&#xa0;» l’affiche.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>plex.tv&apos;s device list could not be read, so whether each token is still listed is not known: %1</source>
        <translation>La liste des appareils de plex.tv n’a pas pu être lue&#xa0;; on ne sait donc pas si chaque jeton y figure encore&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The account has no app tokens. “plexauth apptoken create NAME” makes one.</source>
        <translation>Le compte n’a aucun jeton d’application. «&#xa0;plexauth apptoken create NOM&#xa0;» en crée un.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/devicecommands.cpp" line="-55"/>
        <location line="+41"/>
        <location filename="../app/cli/devicekeycommands.cpp" line="+0"/>
        <location filename="../app/cli/homecommands.cpp" line="+18"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/devicecommands.cpp" line="-41"/>
        <location filename="../app/cli/homecommands.cpp" line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/devicecommands.cpp" line="+3"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/devicecommands.cpp" line="+1"/>
        <source>CREATED</source>
        <translation>CRÉATION</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/devicecommands.cpp" line="+0"/>
        <source>LAST SEEN</source>
        <translation>DERNIÈRE ACTIVITÉ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LISTED BY PLEX.TV</source>
        <translation>LISTÉ PAR PLEX.TV</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/devicecommands.cpp" line="+0"/>
        <source>CLIENT ID</source>
        <translation>IDENTIFIANT CLIENT</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Revoked the app token “%1”: its device was removed on plex.tv and its keychain item deleted.</source>
        <translation>Jeton d’application «&#xa0;%1&#xa0;» révoqué&#xa0;: son appareil a été retiré sur plex.tv et son élément du trousseau supprimé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>plex.tv no longer listed the app token “%1”, so it no longer worked; its keychain item was deleted.</source>
        <translation>plex.tv ne listait plus le jeton d’application «&#xa0;%1&#xa0;», qui ne fonctionnait donc plus&#xa0;; son élément du trousseau a été supprimé.</translation>
    </message>
    <message>
        <location filename="../app/cli/devicekeycommands.cpp" line="+2"/>
        <source>Not upgraded; nothing was changed.</source>
        <translation>Pas de changement&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The account was not upgraded, and its classic token was kept: %1</source>
        <translation>Le compte n’est pas passé à une clé d’appareil, et son jeton classique a été gardé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 now signs in with a device key (key id %2); its token is valid until %3.</source>
        <translation>%1 se connecte désormais avec une clé d’appareil (identifiant de clé %2)&#xa0;; son jeton est valable jusqu’au %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/execcommand.cpp" line="+58"/>
        <source>“%1” was not found: check its name, or give its full path.</source>
        <translation>«&#xa0;%1&#xa0;» est introuvable&#xa0;: vérifiez son nom, ou indiquez son chemin complet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” cannot be run: it is not an executable program, or you may not run it.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lancé&#xa0;: ce n’est pas un programme exécutable, ou vous n’avez pas le droit de le lancer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” could not be started: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être démarré&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/homecommands.cpp" line="+42"/>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USERNAME</source>
        <translation>NOM D’UTILISATEUR</translation>
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
        <translation>RESTREINT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PROTECTED</source>
        <translation>PROTÉGÉ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GUEST</source>
        <translation>INVITÉ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account in PLEX_TOKEN</source>
        <translation>Le compte de PLEX_TOKEN</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is in no Plex Home, so it has no Home users or profiles to switch to.</source>
        <translation>%1 ne fait partie d’aucun Plex Home&#xa0;: il n’a donc ni utilisateurs Plex Home ni profils vers lesquels basculer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is in no Plex Home, so it has no profile to switch to.</source>
        <translation>%1 ne fait partie d’aucun Plex Home&#xa0;: il n’a donc aucun profil vers lequel basculer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (username %2, %3)</source>
        <translation>%1 (nom d’utilisateur %2, %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Home user of %1 is called “%2”. Name one by its title, username or uuid; “plexauth home” lists them.</source>
        <translation>Aucun utilisateur du Plex Home de %1 ne s’appelle «&#xa0;%2&#xa0;». Désignez-en un par son titre, son nom d’utilisateur ou son uuid&#xa0;; «&#xa0;plexauth home&#xa0;» les liste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” names more than one Home user: %2. Name one by its uuid instead.</source>
        <translation>«&#xa0;%1&#xa0;» désigne plusieurs utilisateurs Plex Home&#xa0;: %2. Désignez-en plutôt un par son uuid.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PIN of %1: </source>
        <translation>PIN de %1&#xa0;: </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is protected by a PIN, and none was given: pass the PIN on the first line of stdin with --pin-stdin, or type it at the prompt on a terminal.</source>
        <translation>%1 est protégé par un PIN, et aucun n’a été fourni&#xa0;: transmettez le PIN sur la première ligne de stdin avec --pin-stdin, ou tapez-le à l’invite dans un terminal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>plex.tv did not accept the PIN of %1. Pass the profile&apos;s PIN on the first line of stdin with --pin-stdin, or type it at the prompt on a terminal.</source>
        <translation>plex.tv n’a pas accepté le PIN de %1. Transmettez le PIN du profil sur la première ligne de stdin avec --pin-stdin, ou tapez-le à l’invite dans un terminal.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Switched to %1. The token was not stored (--no-store).</source>
        <translation>Basculement vers %1 effectué. Le jeton n’a pas été stocké (--no-store).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Switched, but the profile&apos;s token could not be stored: %1 To use it without storing it, add --no-store.</source>
        <translation>Basculement effectué, mais le jeton du profil n’a pas pu être stocké&#xa0;: %1 Pour l’utiliser sans le stocker, ajoutez --no-store.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Switched to %1. The profile is kept as an account of its own, its token in the keychain; “plexauth token --account %2” prints it.</source>
        <translation>Basculement vers %1 effectué. Le profil est gardé comme un compte à part entière, son jeton dans le trousseau&#xa0;; «&#xa0;plexauth token --account %2&#xa0;» l’affiche.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::Cli::Output</name>
    <message>
        <location filename="../app/cli/output.cpp" line="+45"/>
        <location line="+270"/>
        <location line="+46"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="-316"/>
        <location line="+270"/>
        <location line="+46"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="-309"/>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not verified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>relay</source>
        <translation>relais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local</source>
        <translation>locale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>remote</source>
        <translation>distante</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>keychain</source>
        <translation>trousseau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this session</source>
        <translation>cette session</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plex JWT, expires %1</source>
        <translation>JWT Plex, expire le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>classic</source>
        <translation>classique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ACCOUNT</source>
        <translation>COMPTE</translation>
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
        <translation>CONSERVÉ DANS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOKEN (LAST CHECKED)</source>
        <translation>JETON (DERNIÈRE VÉRIF.)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>Date d’inscription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plex Pass</source>
        <translation>Plex Pass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-step verification</source>
        <translation>Double authentification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plex Home admin</source>
        <translation>Administrateur de Plex Home</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember-me expires</source>
        <translation>Expiration de la connexion mémorisée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1:</source>
        <comment>a label before its value</comment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>owned</source>
        <translation>vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shared</source>
        <translation>partagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shared by %1</source>
        <translation>partagé par %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OWNER</source>
        <translation>PROPRIÉTAIRE</translation>
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
        <translation>ÉTAT</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>LAST SEEN</source>
        <translation>DERNIÈRE ACTIVITÉ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CONNECTIONS</source>
        <translation>CONNEXIONS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MACHINE IDENTIFIER</source>
        <translation>IDENTIFIANT DE MACHINE</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+61"/>
        <location line="+47"/>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+47"/>
        <source>PROTOCOL</source>
        <translation>PROTOCOLE</translation>
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
        <translation>Appareil&#xa0;:           %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client identifier: %1
</source>
        <translation>Identifiant client&#xa0;: %1
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access token:      %1 (the full token is in the --json output)
</source>
        <translation>Jeton d’accès&#xa0;:      %1 (le jeton complet figure dans la sortie --json)
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: best connection %2
  %3
</source>
        <translation>%1&#xa0;: meilleure connexion %2
  %3
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no usable connection
  %2
</source>
        <translation>%1&#xa0;: aucune connexion utilisable
  %2
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (best)</source>
        <translation>%1 (meilleure)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>LATENCY</source>
        <translation>LATENCE</translation>
    </message>
</context>
<context>
    <name>PlexAuth::Configuration</name>
    <message>
        <location filename="../app/services/configuration.cpp" line="+46"/>
        <source>The plex.tv API URL in the settings file is not used: %1</source>
        <translation>L’URL de l’API plex.tv du fichier de réglages n’est pas utilisée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plex.tv clients API URL in the settings file is not used: %1</source>
        <translation>L’URL de l’API clients de plex.tv dans le fichier de réglages n’est pas utilisée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 is not used: %2</source>
        <translation>%1 n’est pas utilisée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PlexAuth::ConnectionDoctor</name>
    <message>
        <location filename="../app/plex/probeexplanations.cpp" line="+72"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reachable</source>
        <translation>Joignable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another server answers</source>
        <translation>Un autre serveur répond</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>No answer (timed out)</source>
        <translation>Pas de réponse (délai dépassé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host not found</source>
        <translation>Hôte introuvable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate not trusted</source>
        <translation>Certificat non fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate is for another name</source>
        <translation>Certificat émis pour un autre nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection dropped</source>
        <translation>Connexion interrompue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Test arrêté</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The only reachable connection is the local one over %1 (%2 ms).</source>
        <translation>La seule connexion joignable est la connexion locale en %1 (%2 ms).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The only reachable connection is the remote one over %1 (%2 ms).</source>
        <translation>La seule connexion joignable est la connexion distante en %1 (%2 ms).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Local connection over %1 with the lowest latency (%2 ms).</source>
        <translation>Connexion locale en %1, avec la latence la plus faible (%2 ms).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote connection over %1 with the lowest latency (%2 ms).</source>
        <translation>Connexion distante en %1, avec la latence la plus faible (%2 ms).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Local connection over %1 (%2 ms).</source>
        <translation>Connexion locale en %1 (%2 ms).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote connection over %1 (%2 ms).</source>
        <translation>Connexion distante en %1 (%2 ms).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is preferred to the faster relay (%1 ms): direct connections come first, and the relay&apos;s bandwidth is limited.</source>
        <translation>Elle est préférée au relais, plus rapide (%1 ms)&#xa0;: les connexions directes passent en premier, et la bande passante du relais est limitée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is preferred to the faster local connection over http (%1 ms): https comes before http.</source>
        <translation>Elle est préférée à la connexion locale en http, plus rapide (%1 ms)&#xa0;: https passe avant http.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is preferred to the faster remote connection over http (%1 ms): https comes before http.</source>
        <translation>Elle est préférée à la connexion distante en http, plus rapide (%1 ms)&#xa0;: https passe avant http.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is preferred to the faster remote connection over %1 (%2 ms): local connections come before remote ones.</source>
        <translation>Elle est préférée à la connexion distante en %1, plus rapide (%2 ms)&#xa0;: les connexions locales passent avant les distantes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Works, but through a relay at Plex, which has limited bandwidth: Plex caps relayed streams at a few Mbit/s (about 2 Mbit/s with Plex Pass and less without). Use it only when nothing direct works.</source>
        <translation>Fonctionne, mais via un relais de Plex, dont la bande passante est limitée&#xa0;: Plex plafonne les flux relayés à quelques Mbit/s (environ 2 Mbit/s avec le Plex Pass, moins sans abonnement). À n’utiliser que si aucune connexion directe ne fonctionne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answers over plain http on the local network: the connection is not encrypted, which is acceptable only on a network you trust.</source>
        <translation>Répond en http non chiffré sur le réseau local&#xa0;: la connexion n’est pas chiffrée, ce qui n’est acceptable que sur un réseau de confiance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers over plain http across the internet: the connection is not encrypted, so anything sent over it, a token included, can be read on the way. Prefer an https connection.</source>
        <translation>Répond en http non chiffré à travers Internet&#xa0;: tout ce qui transite par cette connexion, y compris un jeton, peut être lu en chemin. Préférez une connexion https.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answers as this server over a secure connection.</source>
        <translation>Répond en tant que ce serveur, via une connexion sécurisée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers as this server (version %1) over a secure connection.</source>
        <translation>Répond en tant que ce serveur (version %1), via une connexion sécurisée.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The certificate at this address is for %1, not for %2, so the connection was refused (certificate checks stay on). A Plex server&apos;s certificate covers its plex.direct names: use %3 instead.</source>
        <translation>Le certificat présenté à cette adresse est émis pour %1, et non pour %2&#xa0;: la connexion a donc été refusée (les vérifications de certificat restent actives). Le certificat d’un serveur Plex couvre ses noms plex.direct&#xa0;: utilisez plutôt %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate at this address is for %1, not for %2, so the connection was refused (certificate checks stay on). Connect with a name the certificate covers.</source>
        <translation>Le certificat présenté à cette adresse est émis pour %1, et non pour %2&#xa0;: la connexion a donc été refusée (les vérifications de certificat restent actives). Connectez-vous avec un nom couvert par le certificat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate at this address is not trusted, so the connection was refused (certificate checks stay on). Something may be intercepting the connection (an antivirus or a company proxy), or the server&apos;s certificate is self-signed or expired.</source>
        <translation>Le certificat présenté à cette adresse n’est pas reconnu comme fiable&#xa0;: la connexion a donc été refusée (les vérifications de certificat restent actives). Quelque chose intercepte peut-être la connexion (un antivirus ou un proxy d’entreprise), ou le certificat du serveur est autosigné ou expiré.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The name %1 could not be looked up: check the address and this computer&apos;s network and DNS settings.</source>
        <translation>Le nom %1 n’a pas pu être résolu&#xa0;: vérifiez l’adresse ainsi que les paramètres réseau et DNS de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The name %1 could not be looked up: check this computer&apos;s internet connection and DNS settings. A DNS filter that blocks plex.direct names does this too: allow plex.direct there.</source>
        <translation>Le nom %1 n’a pas pu être résolu&#xa0;: vérifiez la connexion Internet et les paramètres DNS de cet ordinateur. Un filtre DNS qui bloque les noms plex.direct produit le même effet&#xa0;: autorisez-y plex.direct.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The name %1 could not be looked up. plex.direct names resolve to the server&apos;s own address, and routers and DNS filters with DNS-rebinding protection block answers that point into the local network.</source>
        <translation>Le nom %1 n’a pas pu être résolu. Les noms plex.direct pointent vers l’adresse du serveur lui-même, et les routeurs et filtres DNS dotés d’une protection contre le DNS rebinding bloquent les réponses qui pointent vers le réseau local.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Allow plex.direct in the router&apos;s or Pi-hole&apos;s rebinding protection, or connect with the server&apos;s local IP address instead.</source>
        <translation>Autorisez plex.direct dans la protection contre le rebinding du routeur ou de Pi-hole, ou connectez-vous plutôt avec l’adresse IP locale du serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow plex.direct in the router&apos;s or Pi-hole&apos;s rebinding protection, or connect with the server&apos;s local IP address (%1) instead.</source>
        <translation>Autorisez plex.direct dans la protection contre le rebinding du routeur ou de Pi-hole, ou connectez-vous plutôt avec l’adresse IP locale du serveur (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing is listening on port %1 of %2: the server is not running, or it listens on another port.</source>
        <translation>Rien n’écoute sur le port %1 de %2&#xa0;: le serveur n’est pas lancé, ou il écoute sur un autre port.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No answer within %1 s: a firewall may be dropping the connection, this computer may be on another network than the address (a local address seen from outside, for example), or the server may be asleep or overloaded.</source>
        <translation>Aucune réponse en %1 s&#xa0;: un pare-feu bloque peut-être la connexion, cet ordinateur est peut-être sur un autre réseau que l’adresse (par exemple une adresse locale vue de l’extérieur), ou le serveur est en veille ou surchargé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection opened but was closed before an answer came: a proxy, VPN or firewall on the way may be cutting it, or the server restarted. Try again.</source>
        <translation>La connexion s’est ouverte, mais a été fermée avant l’arrivée d’une réponse&#xa0;: un proxy, un VPN ou un pare-feu sur le trajet l’interrompt peut-être, ou le serveur a redémarré. Réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The test was stopped before this address answered.</source>
        <translation>Le test a été arrêté avant que cette adresse ne réponde.</translation>
    </message>
    <message>
        <location filename="../app/plex/connectiondoctor.cpp" line="+112"/>
        <source>This address answers as another Plex Media Server (machine identifier %1), not %2; the address may belong to a different server on that network.</source>
        <translation>Cette adresse répond en tant qu’un autre Plex Media Server (identifiant de machine %1), et non %2&#xa0;; elle appartient peut-être à un autre serveur de ce réseau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>There are no connections to test.</source>
        <translation>Il n’y a aucune connexion à tester.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>No connection answered as this server; %n answered as another one.</source>
        <translation>
            <numerusform>Aucune connexion n’a répondu en tant que ce serveur&#xa0;; %n a répondu en tant qu’un autre serveur.</numerusform>
            <numerusform>Aucune connexion n’a répondu en tant que ce serveur&#xa0;; %n ont répondu en tant qu’un autre serveur.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No connection answered.</source>
        <translation>Aucune connexion n’a répondu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No connection answered as this server.</source>
        <translation>Aucune connexion n’a répondu en tant que ce serveur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The relay over https (%1 ms) is used because the direct connections that answered are plain http: https comes before http, though the relay&apos;s bandwidth is limited.</source>
        <translation>Le relais en https (%1 ms) est utilisé car les connexions directes qui ont répondu sont en http non chiffré&#xa0;: https passe avant http, même si la bande passante du relais est limitée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No direct connection answered; the relay works (%1 ms) but its bandwidth is limited.</source>
        <translation>Aucune connexion directe n’a répondu&#xa0;; le relais fonctionne (%1 ms), mais sa bande passante est limitée.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::ConnectionTableModel</name>
    <message>
        <location filename="../app/models/connectiontablemodel.cpp" line="+81"/>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local</source>
        <translation>Locale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remote</source>
        <translation>Distante</translation>
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
        <translation>%1 (meilleure)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol</source>
        <translation>Protocole</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
</context>
<context>
    <name>PlexAuth::ConnectionsView</name>
    <message>
        <location filename="../ui/widgets/connectionsview.cpp" line="+33"/>
        <source>Test connections</source>
        <translation>Tester les connexions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy URI</source>
        <translation>Copier l’URI</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy address</source>
        <translation>Copier l’adresse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter connections</source>
        <translation>Filtrer les connexions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter %1</source>
        <translation>Filtrer&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Copy URI</source>
        <translation>&amp;Copier l’URI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the &amp;suggested address</source>
        <translation>Copier l’adresse &amp;suggérée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test the connections</source>
        <translation>Tester les connexions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask every address for /identity at once (no token is sent) and pick the best</source>
        <translation>Interroger toutes les adresses en même temps sur /identity (sans envoyer de jeton) et choisir la meilleure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected connection&apos;s URI</source>
        <translation>Copier l’URI de la connexion sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected connection&apos;s URI (not a secret)</source>
        <translation>Copier l’URI de la connexion sélectionnée (ce n’est pas un secret)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Test summary</source>
        <translation>Résumé du test</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected connection</source>
        <translation>Connexion sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the suggested address</source>
        <translation>Utiliser l’adresse suggérée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the suggested address</source>
        <translation>Copier l’adresse suggérée</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Not tested yet. Testing asks each address for /identity, which needs no token, and waits %1 s at most for each.</source>
        <translation>Aucun test effectué pour l’instant. Le test interroge chaque adresse sur /identity, qui ne demande pas de jeton, et attend au plus %1 s pour chacune.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Testing %n connection(s)…</source>
        <translation>
            <numerusform>Test de %n connexion…</numerusform>
            <numerusform>Test de %n connexions…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Test stopped.</source>
        <translation>Test arrêté.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Best: %1. %2</source>
        <translation>Meilleure connexion&#xa0;: %1. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 Select a connection to see why.</source>
        <translation>%1 Sélectionnez une connexion pour en voir la raison.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: not tested yet.</source>
        <translation>%1&#xa0;: pas encore testée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: testing…</source>
        <translation>%1&#xa0;: test en cours…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2. %3</source>
        <translation>%1&#xa0;: %2. %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 Use %2 instead: the server&apos;s certificate is for that name.</source>
        <translation>%1 Utilisez plutôt %2&#xa0;: le certificat du serveur est émis pour ce nom.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::CountdownLabel</name>
    <message>
        <location filename="../ui/widgets/countdownlabel.cpp" line="+53"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 j %2 h %3 min</translation>
    </message>
</context>
<context>
    <name>PlexAuth::CredentialWatch</name>
    <message>
        <location filename="../app/credentials/credentialwatch.cpp" line="+20"/>
        <source>%1 needs you to sign in again: %2</source>
        <translation>%1 doit se reconnecter&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Renewing the token of %1 has failed since %2: %3</source>
        <translation>Le renouvellement du jeton de %1 échoue depuis le %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>PlexAuth::DesktopNotifier</name>
    <message>
        <location filename="../ui/widgets/desktopnotifier.cpp" line="+53"/>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
</context>
<context>
    <name>PlexAuth::DeviceAuth</name>
    <message numerus="yes">
        <location filename="../app/credentials/deviceauth.cpp" line="+21"/>
        <source>This computer&apos;s clock is about %n minute(s) ahead of plex.tv&apos;s, so plex.tv cannot accept the device&apos;s signed requests. Set the clock automatically (network time), then try again.</source>
        <translation>
            <numerusform>L’horloge de cet ordinateur avance d’environ %n minute sur celle de plex.tv, qui ne peut donc pas accepter les requêtes signées de l’appareil. Réglez l’horloge automatiquement (heure réseau), puis réessayez.</numerusform>
            <numerusform>L’horloge de cet ordinateur avance d’environ %n minutes sur celle de plex.tv, qui ne peut donc pas accepter les requêtes signées de l’appareil. Réglez l’horloge automatiquement (heure réseau), puis réessayez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>This computer&apos;s clock is about %n minute(s) behind plex.tv&apos;s, so plex.tv cannot accept the device&apos;s signed requests. Set the clock automatically (network time), then try again.</source>
        <translation>
            <numerusform>L’horloge de cet ordinateur retarde d’environ %n minute sur celle de plex.tv, qui ne peut donc pas accepter les requêtes signées de l’appareil. Réglez l’horloge automatiquement (heure réseau), puis réessayez.</numerusform>
            <numerusform>L’horloge de cet ordinateur retarde d’environ %n minutes sur celle de plex.tv, qui ne peut donc pas accepter les requêtes signées de l’appareil. Réglez l’horloge automatiquement (heure réseau), puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>plex.tv refused the device&apos;s signed request for a new token (HTTP %1). Check that this computer&apos;s clock is set automatically; if it is, sign in to the account again.</source>
        <translation>plex.tv a refusé la demande signée de cet appareil pour un nouveau jeton (HTTP %1). Vérifiez que l&apos;horloge de cet ordinateur est réglée automatiquement ; si c&apos;est le cas, reconnectez-vous au compte.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::DeviceKey</name>
    <message>
        <location filename="../app/plex/devicekey.cpp" line="+115"/>
        <source>OpenSSL could not make or load this computer&apos;s device key. Check that OpenSSL (libcrypto 3) is installed correctly, then try again.</source>
        <translation>OpenSSL n’a pas pu créer ou charger la clé d’appareil de cet ordinateur. Vérifiez qu’OpenSSL (libcrypto 3) est correctement installé, puis réessayez.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The device key stored in the keychain is damaged (%1). Sign in to this account again to give this computer a new device key.</source>
        <translation>La clé d’appareil gardée dans le trousseau est endommagée (%1). Reconnectez-vous à ce compte pour donner une nouvelle clé d’appareil à cet ordinateur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it is not a JSON object</source>
        <translation>ce n’est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not an Ed25519 key</source>
        <translation>ce n’est pas une clé Ed25519</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its public key is not 32 bytes of base64url</source>
        <translation>sa clé publique n’est pas 32 octets en base64url</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its private key is not 32 bytes of base64url</source>
        <translation>sa clé privée n’est pas 32 octets en base64url</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its public key does not belong to its private key</source>
        <translation>sa clé publique ne correspond pas à sa clé privée</translation>
    </message>
</context>
<context>
    <name>PlexAuth::DeviceKeyActions</name>
    <message>
        <location filename="../ui/devicekeyactions.cpp" line="+15"/>
        <source>&amp;Upgrade to Device Key…</source>
        <translation>Passer à une clé d’&amp;appareil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh Token Now</source>
        <translation>Renouve&amp;ler le jeton maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the classic token with a Plex JWT that this computer renews with its own device key</source>
        <translation>Remplacer le jeton classique par un JWT Plex que cet ordinateur renouvelle avec sa propre clé d’appareil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Get a new Plex JWT from plex.tv now, signed with the device key</source>
        <translation>Obtenir maintenant un nouveau JWT Plex de plex.tv, signé avec la clé d’appareil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upgrade %1 to a device key? PlexAuth keeps a new key in this computer&apos;s keychain and renews the account&apos;s token with it every few days.

Plex then retires the classic token: it stops working everywhere. Scripts or apps you gave it (Tautulli, Kometa, a cron job) need the new token, from PlexAuth or from “plexauth token”.</source>
        <translation>Passer %1 à une clé d’appareil&#xa0;? PlexAuth garde une nouvelle clé dans le trousseau de cet ordinateur et renouvelle avec elle le jeton du compte tous les quelques jours.

Plex retire ensuite le jeton classique&#xa0;: il cesse de fonctionner partout. Les scripts ou applications auxquels vous l’avez donné (Tautulli, Kometa, une tâche cron) ont besoin du nouveau jeton, depuis PlexAuth ou avec «&#xa0;plexauth token&#xa0;».</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Upgrade to Device Key</source>
        <translation>Passer à une clé d’appareil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Upgrade</source>
        <translation>&amp;Passer à la clé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upgrading %1 to a device key…</source>
        <translation>Passage de %1 à une clé d’appareil…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 now has a device key. Give scripts that used the classic token the new one.</source>
        <translation>%1 a maintenant une clé d’appareil. Donnez le nouveau jeton aux scripts qui utilisaient le jeton classique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was not upgraded: %2</source>
        <translation>%1 n’est pas passé à une clé d’appareil&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refreshing the token of %1…</source>
        <translation>Renouvellement du jeton de %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token of %1 was refreshed.</source>
        <translation>Le jeton de %1 a été renouvelé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token of %1 was not refreshed: %2</source>
        <translation>Le jeton de %1 n’a pas été renouvelé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PlexAuth::DeviceKeyPanel</name>
    <message>
        <location filename="../ui/pages/devicekeypanel.cpp" line="+30"/>
        <source>Device key</source>
        <translation>Clé d’appareil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last renewal:</source>
        <translation>Dernier renouvellement&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh now</source>
        <translation>&amp;Renouveler maintenant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key ID</source>
        <translation>Identifiant de clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token expiry</source>
        <translation>Expiration du jeton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last refresh</source>
        <translation>Dernière actualisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next refresh</source>
        <translation>Prochaine actualisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last renewal</source>
        <translation>Dernier renouvellement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the token now</source>
        <translation>Renouveler le jeton maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new token from plex.tv now, signed with this computer&apos;s device key</source>
        <translation>Obtenir maintenant un nouveau jeton de plex.tv, signé avec la clé d’appareil de cet ordinateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key ID:</source>
        <translation>Identifiant de clé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires:</source>
        <translation>Expire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last refresh:</source>
        <translation>Dernière actualisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next refresh:</source>
        <translation>Prochaine actualisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renewing now…</source>
        <translation>Renouvellement en cours…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As soon as possible</source>
        <translation>Dès que possible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not planned while PlexAuth is not watching this account</source>
        <translation>Non prévue tant que PlexAuth ne surveille pas ce compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expired on %1; the next refresh gets a new token.</source>
        <translation>Expiré le %1&#xa0;; la prochaine actualisation obtient un nouveau jeton.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In %1, on %2.</source>
        <translation>Dans %1, le %2.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::DeviceListModel</name>
    <message>
        <location filename="../app/models/devicelistmodel.cpp" line="+72"/>
        <source>This installation of PlexAuth</source>
        <translation>Cette installation de PlexAuth</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (this installation)</source>
        <translation>%1 (cette installation)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+28"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client identifier</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last seen</source>
        <translation>Dernière activité</translation>
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
        <translation>%1 est cette installation de PlexAuth. Pour mettre fin à son accès, déconnectez-vous plutôt du compte («&#xa0;Se déconnecter&#xa0;» dans la fenêtre, ou «&#xa0;plexauth signout --revoke&#xa0;»).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a Plex Media Server. Removing it de-authorises the server: it loses its access to the account (remote access and sharing stop) until it is claimed again.</source>
        <translation>%1 est un Plex Media Server. Le retirer révoque l’autorisation du serveur&#xa0;: il perd son accès au compte (l’accès à distance et le partage s’arrêtent) jusqu’à ce qu’il soit de nouveau réclamé.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing was removed: confirm with the server&apos;s name, or --force.</source>
        <translation>Rien n’a été retiré&#xa0;: confirmez avec le nom du serveur, ou avec --force.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No device of this account is called “%1”. Name a device by its id, name or client identifier; “plexauth devices” lists them.</source>
        <translation>Aucun appareil de ce compte ne s’appelle «&#xa0;%1&#xa0;». Désignez un appareil par son id, son nom ou son identifiant client&#xa0;; «&#xa0;plexauth devices&#xa0;» les liste.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>client identifier %1</source>
        <translation>identifiant client %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” names %2 devices: %3. Name one by its id or client identifier instead.</source>
        <translation>«&#xa0;%1&#xa0;» désigne %2 appareils&#xa0;: %3. Désignez-en plutôt un par son id ou son identifiant client.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” (%2)</source>
        <translation>«&#xa0;%1&#xa0;» (%2)</translation>
    </message>
</context>
<context>
    <name>PlexAuth::DevicesPage</name>
    <message>
        <location filename="../ui/pages/devicespage.cpp" line="+29"/>
        <source>&amp;Refresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Filter devices</source>
        <translation>Filtrer les appareils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the device list</source>
        <translation>Actualiser la liste des appareils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask plex.tv for the account&apos;s devices again</source>
        <translation>Redemander à plex.tv les appareils du compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected device</source>
        <translation>Retirer l’appareil sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device list status</source>
        <translation>État de la liste des appareils</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authorised devices</source>
        <translation>Appareils autorisés</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove device</source>
        <translation>Retirer l’appareil</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Asking plex.tv for the account&apos;s devices…</source>
        <translation>Demande des appareils du compte à plex.tv…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The devices could not be listed.</source>
        <translation>Les appareils n’ont pas pu être listés.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remove Device</source>
        <translation>Retirer l’appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the account? Its token stops working at once.</source>
        <translation>Retirer %1 du compte&#xa0;? Son jeton cessera immédiatement de fonctionner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>Remove Server</source>
        <translation>Retirer le serveur</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>To remove it, type the server&apos;s name, “%1”:</source>
        <translation>Pour le retirer, tapez le nom du serveur, «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server name to confirm</source>
        <translation>Nom du serveur, pour confirmer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Removing %1…</source>
        <translation>Retrait de %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was not removed: %2</source>
        <translation>%1 n’a pas été retiré&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed %1: its token no longer works.</source>
        <translation>%1 retiré&#xa0;: son jeton ne fonctionne plus.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove the selected device from the account</source>
        <translation>Retirer l’appareil sélectionné du compte</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n appareil</numerusform>
            <numerusform>%n appareils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n device(s)</source>
        <translation>
            <numerusform>%1 sur %n appareil</numerusform>
            <numerusform>%1 sur %n appareils</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlexAuth::ErrorMapping</name>
    <message>
        <location filename="../app/plex/errormapping.cpp" line="+130"/>
        <source>plex.tv has paused sign-ins from this network after repeated failed attempts. Wait at least 15 minutes before trying again; every further attempt extends the pause.</source>
        <translation>plex.tv a suspendu les connexions depuis ce réseau après plusieurs tentatives infructueuses. Attendez au moins 15 minutes avant de réessayer&#xa0;; chaque nouvelle tentative prolonge la suspension.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This account uses two-step verification. Enter the 6-digit code from your authenticator app, or one of your backup codes.</source>
        <translation>Ce compte utilise la double authentification. Saisissez le code à 6 chiffres de votre application d’authentification, ou l’un de vos codes de secours.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>plex.tv did not accept the verification code. Codes change every 30 seconds: enter the current one, or use one of your backup codes.</source>
        <translation>plex.tv n’a pas accepté le code de vérification. Les codes changent toutes les 30 secondes&#xa0;: saisissez le code actuel, ou utilisez l’un de vos codes de secours.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>plex.tv needs this profile&apos;s PIN: the PIN was missing or wrong. Enter the 4-digit PIN of the profile and try again.</source>
        <translation>plex.tv a besoin du PIN de ce profil&#xa0;: le PIN manquait ou était erroné. Saisissez le PIN à 4 chiffres du profil et réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is receiving too many requests from this network. Try again in %2 s.</source>
        <translation>%1 reçoit trop de requêtes depuis ce réseau. Réessayez dans %2 s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is receiving too many requests from this network. Wait a minute, then try again.</source>
        <translation>%1 reçoit trop de requêtes depuis ce réseau. Patientez une minute, puis réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sign-in code expired before it was used. Get a new code and try again.</source>
        <translation>Le code de connexion a expiré avant d’être utilisé. Obtenez un nouveau code et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The email, username or password is wrong. Check them and try again. Accounts created with Google, Apple or Facebook have no Plex password: sign in with the browser instead.</source>
        <translation>L’e-mail, le nom d’utilisateur ou le mot de passe est incorrect. Vérifiez-les et réessayez. Les comptes créés avec Google, Apple ou Facebook n’ont pas de mot de passe Plex&#xa0;: connectez-vous plutôt avec le navigateur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The account&apos;s Plex token has expired. PlexAuth renews it with the device key: refresh it (“plexauth refresh”, or Refresh now in the window); if that fails, sign in again.</source>
        <translation>Le jeton Plex du compte a expiré. PlexAuth le renouvelle avec la clé d’appareil&#xa0;: renouvelez-le («&#xa0;plexauth refresh&#xa0;», ou «&#xa0;Renouveler maintenant&#xa0;» dans la fenêtre)&#xa0;; si cela échoue, reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>plex.tv says this device key is already registered by another device. Sign in again, so that PlexAuth makes a new device key.</source>
        <translation>Selon plex.tv, cette clé d’appareil est déjà enregistrée par un autre appareil. Reconnectez-vous pour que PlexAuth crée une nouvelle clé d’appareil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>plex.tv did not accept this device&apos;s signature: the device key no longer matches the one plex.tv has, or this computer&apos;s clock is off. Check that the clock is set automatically, then sign in again.</source>
        <translation>plex.tv n’a pas accepté la signature de cet appareil&#xa0;: la clé d’appareil ne correspond plus à celle que connaît plex.tv, ou l’horloge de cet ordinateur est décalée. Vérifiez que l’horloge est réglée automatiquement, puis reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>plex.tv did not accept the token: it was revoked, has expired or belongs to a device that was signed out. Sign in again.</source>
        <translation>plex.tv n’a pas accepté le jeton&#xa0;: il a été révoqué, a expiré ou appartient à un appareil qui a été déconnecté. Reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server at %1 refused this token for this request. Use the server owner&apos;s account, or sign in again.</source>
        <translation>Le serveur %1 a refusé ce jeton pour cette requête. Utilisez le compte du propriétaire du serveur, ou reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server at %1 did not accept the token. Use an account that has access to this server, or sign in again.</source>
        <translation>Le serveur %1 n’a pas accepté le jeton. Utilisez un compte qui a accès à ce serveur, ou reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 says the request lacked this app&apos;s client identifier. This is a bug in PlexAuth; please report it.</source>
        <translation>%1 indique que l’identifiant client de cette application manquait dans la requête. Il s’agit d’un bogue de PlexAuth&#xa0;; merci de le signaler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rejected the request as invalid (HTTP 400). Check the values you entered and try again.</source>
        <translation>%1 a rejeté la requête comme non valide (HTTP 400). Vérifiez les valeurs saisies et réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not know the requested item (HTTP 404). Check the address and the values you entered.</source>
        <translation>%1 ne connaît pas l’élément demandé (HTTP 404). Vérifiez l’adresse et les valeurs saisies.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 had an internal problem (HTTP %2). This is usually temporary: try again in a few minutes.</source>
        <translation>%1 a rencontré un problème interne (HTTP %2). C’est généralement temporaire&#xa0;: réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 answered with an unexpected status (HTTP %2). Try again; if it persists, check that the address points to %3.</source>
        <translation>%1 a répondu avec un état inattendu (HTTP %2). Réessayez&#xa0;; si le problème persiste, vérifiez que l’adresse pointe bien vers %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+89"/>
        <source>a Plex Media Server</source>
        <translation>un Plex Media Server</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>%1 did not answer within the %2-second limit. Check your internet connection and that the address is right, or allow more time (the request timeout in Settings, or --timeout on the command line).</source>
        <translation>%1 n’a pas répondu dans le délai de %2 secondes. Vérifiez votre connexion Internet et l’adresse, ou accordez plus de temps (délai d’attente des requêtes dans les Préférences, ou --timeout en ligne de commande).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The certificate of %1 is not valid for the name “%2”; it was issued for %3. Connect with a name the certificate covers (for a Plex server, its plex.direct address). PlexAuth never turns certificate checks off.</source>
        <translation>Le certificat de %1 n’est pas valable pour le nom «&#xa0;%2&#xa0;»&#xa0;; il a été émis pour %3. Connectez-vous avec un nom couvert par le certificat (pour un serveur Plex, son adresse plex.direct). PlexAuth ne désactive jamais les vérifications de certificat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The secure connection to %1 failed: %2. Something may be intercepting the connection (an antivirus or a company proxy), or the server&apos;s certificate is wrong. PlexAuth never turns certificate checks off.</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2. Quelque chose intercepte peut-être la connexion (un antivirus ou un proxy d’entreprise), ou le certificat du serveur est incorrect. PlexAuth ne désactive jamais les vérifications de certificat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing accepted the connection at %1. Check that the server is running and that the address and port are right.</source>
        <translation>Aucun service n’a accepté la connexion à %1. Vérifiez que le serveur est lancé, et que l’adresse et le port sont corrects.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The name %1 could not be looked up. Your router&apos;s DNS-rebinding protection may be blocking plex.direct addresses: allow plex.direct there, or use the server&apos;s IP address.</source>
        <translation>Le nom %1 n’a pas pu être résolu. La protection contre le DNS rebinding de votre routeur bloque peut-être les adresses plex.direct&#xa0;: autorisez-y plex.direct, ou utilisez l’adresse IP du serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name %1 could not be looked up. Check the address and your internet connection.</source>
        <translation>Le nom %1 n’a pas pu être résolu. Vérifiez l’adresse et votre connexion Internet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection to %1 was closed before the answer was complete. Try again.</source>
        <translation>La connexion à %1 a été fermée avant la fin de la réponse. Réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not reach %1 (%2). Check your internet connection and proxy settings.</source>
        <translation>Impossible de joindre %1 (%2). Vérifiez votre connexion Internet et vos paramètres de proxy.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 sent an answer PlexAuth could not read (%2). Try again; if it persists, the address may not point to %3, or a proxy may be rewriting responses.</source>
        <translation>%1 a envoyé une réponse que PlexAuth n’a pas pu lire (%2). Réessayez&#xa0;; si le problème persiste, l’adresse ne pointe peut-être pas vers %3, ou un proxy modifie peut-être les réponses.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 sent an answer larger than %2, far more than expected, so PlexAuth stopped reading it. Check that the address points to the right server.</source>
        <translation>%1 a envoyé une réponse de plus de %2, bien plus que prévu&#xa0;: PlexAuth a donc cessé de la lire. Vérifiez que l’adresse pointe vers le bon serveur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request was canceled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::FieldListModel</name>
    <message>
        <location filename="../app/models/fieldlistmodel.cpp" line="+47"/>
        <source>%1: %2</source>
        <comment>a field&apos;s label and value</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>PlexAuth::HomePage</name>
    <message>
        <location filename="../ui/pages/homepage.cpp" line="+25"/>
        <source>&amp;Refresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch to Profile…</source>
        <translation>&amp;Basculer vers le profil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home status</source>
        <translation>État de Plex Home</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Asking plex.tv</source>
        <translation>Interrogation de plex.tv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh the Home users</source>
        <translation>Actualiser les utilisateurs Plex Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask plex.tv for the Home&apos;s users again</source>
        <translation>Redemander à plex.tv les utilisateurs Plex Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to the selected profile</source>
        <translation>Basculer vers le profil sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to the selected profile and keep it as an account of its own</source>
        <translation>Basculer vers le profil sélectionné et le garder comme un compte à part entière</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Home users</source>
        <translation>Utilisateurs Plex Home</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The people and profiles of this account&apos;s Plex Home. Switching to a profile keeps it as an account of its own, listed under this one.</source>
        <translation>Les personnes et les profils du Plex Home de ce compte. Basculer vers un profil le garde comme un compte à part entière, listé sous celui-ci.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Asking plex.tv for the Home&apos;s users…</source>
        <translation>Demande des utilisateurs Plex Home à plex.tv…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>plex.tv did not list the Home&apos;s users. %1</source>
        <translation>plex.tv n’a pas fourni la liste des utilisateurs Plex Home. %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is in no Plex Home, so there are no profiles to switch to.</source>
        <translation>%1 ne fait partie d’aucun Plex Home&#xa0;: il n’y a donc aucun profil vers lequel basculer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home users: %1</source>
        <translation>Utilisateurs Plex Home&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 users</source>
        <translation>%1&#xa0;: %2 utilisateurs</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Switching to %1…</source>
        <translation>Basculement vers %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not switch to %1. %2</source>
        <translation>Impossible de basculer vers %1. %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>plex.tv switched to the profile, but it could not be kept: %1</source>
        <translation>plex.tv a basculé vers le profil, mais celui-ci n’a pas pu être gardé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Switched to %1: it is kept as an account of its own, under %2.</source>
        <translation>Basculement vers %1 effectué&#xa0;: il est gardé comme un compte à part entière, sous %2.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::HomePinDialog</name>
    <message>
        <location filename="../ui/dialogs/homepindialog.cpp" line="+23"/>
        <source>%1 is protected by a PIN. Enter it to switch to this profile; PlexAuth then keeps it as an account of its own.</source>
        <translation>%1 est protégé par un PIN. Saisissez-le pour basculer vers ce profil&#xa0;; PlexAuth le garde ensuite comme un compte à part entière.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+77"/>
        <source>S&amp;witch</source>
        <translation>&amp;Basculer</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>plex.tv switched to the profile, but it could not be kept: %1</source>
        <translation>plex.tv a basculé vers le profil, mais celui-ci n’a pas pu être gardé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Switching…</source>
        <translation>Basculement…</translation>
    </message>
</context>
<context>
    <name>PlexAuth::HomeUserModel</name>
    <message>
        <location filename="../app/models/homeusermodel.cpp" line="+43"/>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Younger kid</source>
        <translation>Jeune enfant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Older kid</source>
        <translation>Enfant plus âgé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teen</source>
        <translation>Adolescent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Protected by a PIN</source>
        <translation>Protégé par un PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No PIN</source>
        <translation>Aucun PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No restrictions</source>
        <translation>Aucune restriction</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restrictions</source>
        <translation>Restrictions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protected</source>
        <translation>Protégé</translation>
    </message>
</context>
<context>
    <name>PlexAuth::Jwt</name>
    <message>
        <location filename="../app/plex/jwt.cpp" line="+54"/>
        <source>A JWT has three parts separated by dots.</source>
        <translation>Un JWT se compose de trois parties séparées par des points.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first part of the token is not a base64url-encoded JSON header.</source>
        <translation>La première partie du jeton n’est pas un en-tête JSON encodé en base64url.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The second part of the token is not a base64url-encoded JSON object of claims.</source>
        <translation>La deuxième partie du jeton n’est pas un objet JSON de revendications encodé en base64url.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::Keychain</name>
    <message>
        <location filename="../app/store/keychain.cpp" line="+46"/>
        <source>The keychain is locked and was not unlocked, so PlexAuth cannot reach the account&apos;s token. Unlock your keychain (for example in your desktop&apos;s Passwords and Keys app, or by logging in again) and try again.</source>
        <translation>Le trousseau est verrouillé et n’a pas été déverrouillé&#xa0;: PlexAuth ne peut donc pas accéder au jeton du compte. Déverrouillez votre trousseau (par exemple dans l’application «&#xa0;Mots de passe et clés&#xa0;» de votre bureau, ou en vous reconnectant à votre session), puis réessayez.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>More than one keychain item matches PlexAuth&apos;s entry for account %1, so PlexAuth cannot tell which one holds its token. Remove the duplicates (in your desktop&apos;s Passwords and Keys app, or all of them with `secret-tool clear server %2 user %1`), then sign in again.</source>
        <translation>Plusieurs éléments du trousseau correspondent à l’entrée de PlexAuth pour le compte %1, PlexAuth ne peut donc pas savoir lequel contient son jeton. Supprimez les doublons (dans l’application «&#xa0;Mots de passe et clés&#xa0;» de votre bureau, ou tous à la fois avec `secret-tool clear server %2 user %1`), puis reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The macOS Keychain could not be reached. PlexAuth keeps tokens only in the keychain. Log in to a macOS desktop session and try again.</source>
        <translation>Le trousseau macOS est inaccessible. PlexAuth conserve les jetons uniquement dans le trousseau. Ouvrez une session de bureau macOS, puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows Credential Manager could not be reached. PlexAuth keeps tokens only in the Credential Manager. Sign in to Windows with a user profile and try again.</source>
        <translation>Le Gestionnaire d’identification Windows est inaccessible. PlexAuth conserve les jetons uniquement dans le Gestionnaire d’identification. Ouvrez une session Windows avec un profil utilisateur, puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain is available: PlexAuth keeps tokens only in the system keychain (a Secret Service such as GNOME Keyring or KWallet), and none answered on the D-Bus session bus. Install and start gnome-keyring or KWallet in a desktop or D-Bus session, then try again.</source>
        <translation>Aucun trousseau n’est disponible&#xa0;: PlexAuth conserve les jetons uniquement dans le trousseau du système (un service compatible Secret Service, comme GNOME Keyring ou KWallet), et aucun n’a répondu sur le bus de session D-Bus. Installez et démarrez gnome-keyring ou KWallet dans une session de bureau ou D-Bus, puis réessayez.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Access to the keychain was declined (the unlock or permission prompt was dismissed). Unlock your keychain and allow PlexAuth to use it, then try again.</source>
        <translation>L’accès au trousseau a été refusé (la demande de déverrouillage ou d’autorisation a été fermée). Déverrouillez votre trousseau et autorisez PlexAuth à l’utiliser, puis réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain refused access to PlexAuth&apos;s entry; it is probably locked. Unlock your keychain (for example in your desktop&apos;s Passwords and Keys app) and try again.</source>
        <translation>Le trousseau a refusé l’accès à l’entrée de PlexAuth&#xa0;; il est probablement verrouillé. Déverrouillez votre trousseau (par exemple dans l’application «&#xa0;Mots de passe et clés&#xa0;» de votre bureau), puis réessayez.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The keychain is locked and was not unlocked. Unlock your keychain (for example in your desktop&apos;s Passwords and Keys app) and try again.</source>
        <translation>Le trousseau est verrouillé et n’a pas été déverrouillé. Déverrouillez votre trousseau (par exemple dans l’application «&#xa0;Mots de passe et clés&#xa0;» de votre bureau), puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain reported an error (%1). Check that your keychain service is running and unlocked, and try again.</source>
        <translation>Le trousseau a signalé une erreur (%1). Vérifiez que votre service de trousseau est lancé et déverrouillé, puis réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no details</source>
        <translation>aucun détail</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>The keychain did not delete PlexAuth&apos;s entry. Check that your keychain is unlocked and writable, and try again.</source>
        <translation>Le trousseau n’a pas supprimé l’entrée de PlexAuth. Vérifiez que votre trousseau est déverrouillé et accessible en écriture, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+47"/>
        <source>&lt;h2&gt;Sign in to Plex&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Connexion à Plex&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PlexAuth keeps your Plex token in this computer&apos;s keychain, never in a file. Sign in with your email or username and password, or through your browser if your account uses Google, Apple or Facebook.</source>
        <translation>PlexAuth conserve votre jeton Plex dans le trousseau de clés de cet ordinateur, jamais dans un fichier. Connectez-vous avec votre e-mail ou nom d’utilisateur et votre mot de passe, ou via votre navigateur si votre compte utilise Google, Apple ou Facebook.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign In…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to Plex</source>
        <translation>Se connecter à Plex</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>PlexAuth</source>
        <translation>PlexAuth</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>T&amp;oken</source>
        <translation>Jet&amp;on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serv&amp;ers &amp;&amp; sources</source>
        <translation>Serveurs &amp;&amp; so&amp;urces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ho&amp;me</source>
        <translation>Ho&amp;me</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Devices</source>
        <translation>Appare&amp;ils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pp tokens</source>
        <translation>Jetons d’a&amp;pplication</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Account pages</source>
        <translation>Pages du compte</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&amp;Sign In…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in to a Plex account</source>
        <translation>Se connecter à un compte Plex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;Out…</source>
        <translation>Se déco&amp;nnecter…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoke the token on plex.tv and remove the account</source>
        <translation>Révoquer le jeton sur plex.tv et retirer le compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove Account…</source>
        <translation>&amp;Retirer le compte…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forget the account here, leaving its token valid on plex.tv</source>
        <translation>Oublier le compte ici, en laissant son jeton valable sur plex.tv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Token</source>
        <translation>&amp;Copier le jeton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the token; the clipboard is cleared again shortly</source>
        <translation>Copier le jeton&#xa0;; le presse-papiers est effacé peu après</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Validate Token</source>
        <translation>&amp;Valider le jeton</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ask plex.tv whether it accepts the token</source>
        <translation>Demander à plex.tv s’il accepte le jeton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make &amp;Default</source>
        <translation>Définir par &amp;défaut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use this account when no other is named, as plexauth token does</source>
        <translation>Utiliser ce compte quand aucun autre n’est indiqué, comme le fait plexauth token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign In &amp;Again…</source>
        <translation>Se reconnec&amp;ter…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in to this account again, for a new token</source>
        <translation>Se reconnecter à ce compte, pour un nouveau jeton</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network, clipboard and language</source>
        <translation>Réseau, presse-papiers et langue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About PlexAuth</source>
        <translation>À &amp;propos de PlexAuth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version and this device&apos;s identity on plex.tv</source>
        <translation>Version et identité de cet appareil sur plex.tv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit PlexAuth</source>
        <translation>Quitter PlexAuth</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Network activity</source>
        <translation>Activité réseau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network status</source>
        <translation>État du réseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clipboard</source>
        <translation>Presse-papiers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Talking to Plex…</source>
        <translation>Communication avec Plex…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clipboard cleared.</source>
        <translation>Presse-papiers effacé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clipboard holds a secret: cleared in %1 s</source>
        <translation>Le presse-papiers contient un secret&#xa0;: effacement dans %1 s</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Sign in to Plex again</source>
        <translation>Se reconnecter à Plex</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign out of %1? The token is revoked on plex.tv, so every copy of it stops working, and PlexAuth forgets the account.</source>
        <translation>Se déconnecter de %1&#xa0;? Le jeton sera révoqué sur plex.tv, toutes ses copies cesseront donc de fonctionner, et PlexAuth oubliera le compte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove %1 from PlexAuth? The token is deleted from this computer&apos;s keychain but stays valid on plex.tv until it is revoked.</source>
        <translation>Retirer %1 de PlexAuth&#xa0;? Le jeton sera supprimé du trousseau de cet ordinateur, mais restera valable sur plex.tv tant qu’il n’aura pas été révoqué.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign Out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove Account</source>
        <translation>Retirer le compte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed out of %1.</source>
        <translation>Déconnexion de %1 effectuée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed %1.</source>
        <translation>Compte %1 retiré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove without revoking</source>
        <translation>Retirer sans révoquer</translation>
    </message>
</context>
<context>
    <name>PlexAuth::MediaServerClient</name>
    <message>
        <location filename="../app/plex/mediaserverclient.cpp" line="+73"/>
        <source>%1 refused: the token is not an admin token of that server (only its owner&apos;s token, or a transient token made from it, can look up sources).</source>
        <translation>%1 a refusé&#xa0;: le jeton n’est pas un jeton administrateur de ce serveur (seul le jeton de son propriétaire, ou un jeton temporaire obtenu à partir de celui-ci, permet de rechercher des sources).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 The server is shared with you, so the token PlexAuth has for it is not its owner&apos;s.</source>
        <translation>%1 Ce serveur est partagé avec vous&#xa0;: le jeton dont PlexAuth dispose pour lui n’est donc pas celui de son propriétaire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not know the source %2, or it is older than Plex Media Server 1.15.4, which added source lookups.</source>
        <translation>%1 ne connaît pas la source %2, ou sa version est antérieure à Plex Media Server 1.15.4, qui a introduit la recherche de sources.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 It runs version %2.</source>
        <translation>%1 Version du serveur&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be reached at %2: %3</source>
        <translation>Impossible de joindre %1 à l’adresse %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>PlexAuth::MessageBanner</name>
    <message>
        <location filename="../ui/widgets/messagebanner.cpp" line="+49"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>PlexAuth::PlexJwtVerifier</name>
    <message>
        <location filename="../app/plex/plexjwtverifier.cpp" line="+52"/>
        <source>It was not stored.</source>
        <translation>Il n’a pas été gardé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token from plex.tv could not be checked: plex.tv listed no signing keys. Try again later.</source>
        <translation>Le jeton de plex.tv n’a pas pu être vérifié&#xa0;: plex.tv n’a listé aucune clé de signature. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The token from plex.tv is not a well-formed signed JWT. %1 Try again; if it keeps happening, check the plex.tv address in Settings.</source>
        <translation>Le jeton de plex.tv n’est pas un JWT signé bien formé. %1 Réessayez&#xa0;; si cela se répète, vérifiez l’adresse plex.tv dans les réglages.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The token from plex.tv is not signed with EdDSA, the only algorithm Plex uses for it. Sign in again; if it keeps happening, check the plex.tv address in Settings.</source>
        <translation>Le jeton de plex.tv n’est pas signé avec EdDSA, le seul algorithme que Plex utilise pour lui. Reconnectez-vous&#xa0;; si cela se répète, vérifiez l’adresse plex.tv dans les réglages.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token from plex.tv requires extensions PlexAuth does not know. Check for a newer version of PlexAuth.</source>
        <translation>Le jeton de plex.tv exige des extensions que PlexAuth ne connaît pas. Cherchez une version plus récente de PlexAuth.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The token&apos;s signature matches none of plex.tv&apos;s signing keys, so it may not come from plex.tv. Sign in again; if it keeps happening, check the plex.tv address in Settings and your network.</source>
        <translation>La signature du jeton ne correspond à aucune des clés de signature de plex.tv&#xa0;; il ne vient donc peut-être pas de plex.tv. Reconnectez-vous&#xa0;; si cela se répète, vérifiez l’adresse plex.tv dans les réglages et votre réseau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token was not issued by plex.tv (wrong &quot;iss&quot; claim). Sign in again; if it keeps happening, check the plex.tv address in Settings.</source>
        <translation>Le jeton n’a pas été émis par plex.tv (claim «&#xa0;iss&#xa0;» erroné). Reconnectez-vous&#xa0;; si cela se répète, vérifiez l’adresse plex.tv dans les réglages.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token was issued for another application (its &quot;aud&quot; claim names neither plex.tv nor this computer). Sign in again.</source>
        <translation>Le jeton a été émis pour une autre application (son claim «&#xa0;aud&#xa0;» ne désigne ni plex.tv ni cet ordinateur). Reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token does not say when it was issued and when it expires (&quot;iat&quot; and &quot;exp&quot; claims). Sign in again.</source>
        <translation>Le jeton n’indique pas quand il a été émis ni quand il expire (claims «&#xa0;iat&#xa0;» et «&#xa0;exp&#xa0;»). Reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The token&apos;s dates could not be checked: this computer&apos;s clock could not be read.</source>
        <translation>Les dates du jeton n’ont pas pu être vérifiées&#xa0;: l’horloge de cet ordinateur n’a pas pu être lue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that this computer&apos;s date, time and time zone are right, then try again.</source>
        <translation>Vérifiez que la date, l’heure et le fuseau horaire de cet ordinateur sont justes, puis réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token says it was issued in the future.</source>
        <translation>Le jeton dit avoir été émis dans le futur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token is not valid yet (&quot;nbf&quot; claim).</source>
        <translation>Le jeton n’est pas encore valable (claim «&#xa0;nbf&#xa0;»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token expires before it was issued. Sign in again.</source>
        <translation>Le jeton expire avant d’avoir été émis. Reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token has already expired. Refresh it or sign in again; if this computer&apos;s clock is wrong, correct it first.</source>
        <translation>Le jeton a déjà expiré. Renouvelez-le ou reconnectez-vous&#xa0;; si l’horloge de cet ordinateur est fausse, corrigez-la d’abord.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The token is not bound to this computer&apos;s device key (its &quot;thumbprint&quot; claim is missing or names another key). Sign in again to pair this computer&apos;s key with the account.</source>
        <translation>Le jeton n’est pas lié à la clé d’appareil de cet ordinateur (son claim «&#xa0;thumbprint&#xa0;» manque ou désigne une autre clé). Reconnectez-vous pour associer la clé de cet ordinateur au compte.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::PlexTvClient</name>
    <message>
        <location filename="../app/plex/plextvclient.cpp" line="+110"/>
        <source>The plex.tv API URL must be a web address such as %1 (https, or http to this computer).</source>
        <translation>L’URL de l’API plex.tv doit être une adresse web comme %1 (en https, ou en http vers cet ordinateur).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plex.tv API URL must use https: plain http is accepted only for a server on this computer (localhost or 127.0.0.1).</source>
        <translation>L’URL de l’API plex.tv doit utiliser https&#xa0;: le http non chiffré n’est accepté que pour un serveur situé sur cet ordinateur (localhost ou 127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>PlexAuth::SecretField</name>
    <message>
        <location filename="../ui/widgets/secretfield.cpp" line="+28"/>
        <location line="+48"/>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Reveal %1</source>
        <translation>Afficher&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole token</source>
        <translation>Afficher le jeton en entier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy %1</source>
        <translation>Copier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to the clipboard, which is cleared again shortly</source>
        <translation>Copier dans le presse-papiers, qui est effacé peu après</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shown in full. Copy, or Ctrl+C here, copies it; the clipboard is cleared again shortly.</source>
        <translation>Affiché en entier. «&#xa0;Copier&#xa0;», ou Ctrl+C ici, le copie&#xa0;; le presse-papiers est effacé peu après.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown masked: only the first and last four characters. Reveal shows all of it; Copy, or Ctrl+C here, copies all of it, and the clipboard is cleared again shortly.</source>
        <translation>Affiché masqué&#xa0;: seuls les quatre premiers et les quatre derniers caractères sont visibles. «&#xa0;Afficher&#xa0;» le montre en entier&#xa0;; «&#xa0;Copier&#xa0;», ou Ctrl+C ici, le copie en entier, et le presse-papiers est effacé peu après.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::ServerAddress</name>
    <message>
        <location filename="../app/plex/serveraddress.cpp" line="+22"/>
        <source>A server address is an http or https URL, such as https://192-168-1-10.&lt;id&gt;.plex.direct:32400 or http://192.168.1.10:32400.</source>
        <translation>Une adresse de serveur est une URL http ou https, comme https://192-168-1-10.&lt;id&gt;.plex.direct:32400 ou http://192.168.1.10:32400.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give just the server&apos;s address (scheme, host and port), without a query, fragment or user name.</source>
        <translation>Donnez seulement l’adresse du serveur (schéma, hôte et port), sans requête, fragment ni nom d’utilisateur.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::ServerListModel</name>
    <message>
        <location filename="../app/models/serverlistmodel.cpp" line="+60"/>
        <source>Last seen %1</source>
        <translation>Dernière activité&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared with you</source>
        <translation>Partagé avec vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared by %1</source>
        <translation>Partagé par %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline, last seen %1</source>
        <translation>Hors ligne, dernière activité&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
</context>
<context>
    <name>PlexAuth::ServerReach</name>
    <message>
        <location filename="../app/credentials/serverreach.cpp" line="+83"/>
        <source>No connection of %1 answered as that server, so no token was sent to it. %2 Test its connections to see each one&apos;s problem.</source>
        <translation>Aucune connexion de %1 n’a répondu en tant que ce serveur&#xa0;: aucun jeton ne lui a donc été envoyé. %2 Testez ses connexions pour voir le problème de chacune.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::ServersPage</name>
    <message>
        <location filename="../ui/pages/serverspage.cpp" line="+30"/>
        <source>&amp;Refresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server access token</source>
        <translation>Jeton d’accès du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server connections</source>
        <translation>Connexions du serveur</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Filter servers</source>
        <translation>Filtrer les serveurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the server list</source>
        <translation>Actualiser la liste des serveurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask plex.tv for the account&apos;s servers again</source>
        <translation>Redemander à plex.tv les serveurs du compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server list status</source>
        <translation>État de la liste des serveurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+39"/>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Test co&amp;nnections</source>
        <translation>&amp;Tester les connexions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use for source lookup</source>
        <translation>Utiliser pour la recherche de source</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Servers and sources</source>
        <translation>Serveurs et sources</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Reading the account&apos;s token from the keychain…</source>
        <translation>Lecture du jeton du compte dans le trousseau…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Without the account&apos;s token its servers cannot be listed. %1</source>
        <translation>Sans le jeton du compte, impossible de lister ses serveurs. %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+45"/>
        <source>Asking plex.tv for the account&apos;s servers…</source>
        <translation>Demande des serveurs du compte à plex.tv…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>plex.tv did not list the account&apos;s servers. %1</source>
        <translation>plex.tv n’a pas fourni la liste des serveurs du compte. %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No servers: this account owns none, and none is shared with it.</source>
        <translation>Aucun serveur&#xa0;: ce compte n’en possède aucun, et aucun n’est partagé avec lui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Servers listed: %1</source>
        <translation>Serveurs listés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matching the filter: %1 of %2</source>
        <translation>Correspondant au filtre&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No server selected</source>
        <translation>Aucun serveur sélectionné</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 sous %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server&apos;s access token (for your own server it works like your account token):</source>
        <translation>Jeton d’accès de ce serveur (pour votre propre serveur, il fonctionne comme le jeton de votre compte)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The owner&apos;s server gave you this token; it is not your account token:</source>
        <translation>Le serveur du propriétaire vous a fourni ce jeton&#xa0;; ce n’est pas le jeton de votre compte&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plex.tv gave no token for this server</source>
        <translation>plex.tv n’a fourni aucun jeton pour ce serveur</translation>
    </message>
</context>
<context>
    <name>PlexAuth::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="+30"/>
        <source>Enter the proxy&apos;s host name or address, or choose another proxy setting.</source>
        <translation>Saisissez le nom d’hôte ou l’adresse du proxy, ou choisissez un autre réglage de proxy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter only the proxy&apos;s host name or address, such as proxy.example.com, without http:// or a path.</source>
        <translation>Saisissez uniquement le nom d’hôte ou l’adresse du proxy, par exemple proxy.example.com, sans http:// ni chemin.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Restore Defaults</source>
        <translation>&amp;Restaurer les valeurs par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puts the default values in the form; nothing is saved until you choose OK.</source>
        <translation>Remet les valeurs par défaut dans le formulaire&#xa0;; rien n’est enregistré tant que vous n’avez pas choisi OK.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Set by the environment variable %1, which overrides this setting while it is set. Unset it to choose the address here.</source>
        <translation>Défini par la variable d’environnement %1, qui remplace ce réglage tant qu’elle est définie. Supprimez-la pour choisir l’adresse ici.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set by %1, which overrides this setting while it is set.</source>
        <translation>Défini par %1, qui remplace ce réglage tant qu’il est défini.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Enter the proxy&apos;s port, a number from 1 to 65535.</source>
        <translation>Saisissez le port du proxy, un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The settings apply until PlexAuth quits, but could not be saved to %1. Check that the file can be written, then choose OK again, or Cancel to keep them for this session only.</source>
        <translation>Les paramètres s’appliquent jusqu’à la fermeture de PlexAuth, mais n’ont pas pu être enregistrés dans %1. Vérifiez que le fichier est accessible en écriture, puis choisissez de nouveau OK, ou Annuler pour ne les conserver que pour cette session.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::SignInDialog</name>
    <message>
        <location filename="../ui/dialogs/signindialog.cpp" line="+36"/>
        <source>&amp;Sign In</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without signing in. Esc stops a running request instead.</source>
        <translation>Fermer sans se connecter. Si une requête est en cours, Échap l’interrompt plutôt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in method</source>
        <translation>Méthode de connexion</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sign-in status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in code expiry</source>
        <translation>Expiration du code de connexion</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;how</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Code expires in %1</source>
        <translation>Le code expire dans %1</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Waiting for your approval…</source>
        <translation>En attente de votre approbation…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Try again in %1</source>
        <translation>Réessayez dans %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+72"/>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The sign-in was canceled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You can try to sign in again now. If plex.tv still refuses, use “Sign in with browser” instead.</source>
        <translation>Vous pouvez maintenant réessayer de vous connecter. Si plex.tv refuse toujours, utilisez plutôt «&#xa0;Se connecter avec le navigateur&#xa0;».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saving to the keychain…</source>
        <translation>Enregistrement dans le trousseau…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You are signed in, but the token could not be stored. %1</source>
        <translation>Vous êtes connecté, mais le jeton n’a pas pu être stocké. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use for this session only</source>
        <translation>Utiliser pour cette session uniquement</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/signindialogbrowser.cpp" line="+29"/>
        <source>Getting a code…</source>
        <translation>Obtention d’un code…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/signindialog.cpp" line="-226"/>
        <source>Checking the account…</source>
        <translation>Vérification du compte…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/signindialogbrowser.cpp" line="+51"/>
        <source>Link copied. It contains your sign-in code, so the clipboard is cleared again in %n second(s).</source>
        <translation>
            <numerusform>Lien copié. Il contient votre code de connexion&#xa0;: le presse-papiers sera donc effacé dans %n seconde.</numerusform>
            <numerusform>Lien copié. Il contient votre code de connexion&#xa0;: le presse-papiers sera donc effacé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No browser could be opened here. Copy the link and open it in a browser on any device.</source>
        <translation>Aucun navigateur n’a pu être ouvert ici. Copiez le lien et ouvrez-le dans un navigateur, sur n’importe quel appareil.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::SourceId</name>
    <message>
        <location filename="../app/plex/sourceid.cpp" line="+35"/>
        <source>A source looks like %1 or %2.</source>
        <translation>Une source se présente sous la forme %1 ou %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a source. %1</source>
        <translation>Saisissez une source. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the spaces around the source.</source>
        <translation>Supprimez les espaces autour de la source.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the server&apos;s machine identifier after “server://”.</source>
        <translation>Ajoutez l’identifiant de machine du serveur après «&#xa0;server://&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The machine identifier after “server://” is made of hexadecimal digits (0-9, a-f), as in %1.</source>
        <translation>L’identifiant de machine après «&#xa0;server://&#xa0;» se compose de chiffres hexadécimaux (0-9, a-f), comme dans %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add the provider after the slash, or remove the slash.</source>
        <translation>Ajoutez le fournisseur après la barre oblique, ou supprimez la barre oblique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider after the machine identifier is a name such as com.plexapp.plugins.library, without further slashes or spaces.</source>
        <translation>Le fournisseur après l’identifiant de machine est un nom comme com.plexapp.plugins.library, sans autre barre oblique ni espace.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add the provider&apos;s identifier after “provider://”.</source>
        <translation>Ajoutez l’identifiant du fournisseur après «&#xa0;provider://&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The identifier after “provider://” is a name such as tv.plex.provider.podcasts, without slashes or spaces.</source>
        <translation>L’identifiant après «&#xa0;provider://&#xa0;» est un nom comme tv.plex.provider.podcasts, sans barre oblique ni espace.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A source starts with “server://” or “provider://”. %1</source>
        <translation>Une source commence par «&#xa0;server://&#xa0;» ou «&#xa0;provider://&#xa0;». %1</translation>
    </message>
</context>
<context>
    <name>PlexAuth::SourceLookupPanel</name>
    <message>
        <location filename="../ui/pages/sourcelookuppanel.cpp" line="+56"/>
        <location line="+13"/>
        <source>Source lookup</source>
        <translation>Recherche de source</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Source access token</source>
        <translation>Jeton d’accès de la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source connections</source>
        <translation>Connexions de la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as &amp;curl</source>
        <translation>Copier en commande cur&amp;l</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the to&amp;ken</source>
        <translation>Inclure le &amp;jeton</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a server, or type its address, e.g. https://192-168-1-10.&lt;id&gt;.plex.direct:32400</source>
        <translation>Choisissez un serveur, ou saisissez son adresse, par ex. https://192-168-1-10.&lt;id&gt;.plex.direct:32400</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account&apos;s servers</source>
        <translation>Serveurs du compte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. %1</source>
        <translation>par ex. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A source identifier, such as %1 or %2</source>
        <translation>Un identifiant de source, comme %1 ou %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device:</source>
        <translation>Appareil&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client identifier:</source>
        <translation>Identifiant client&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token:</source>
        <translation>Jeton d’accès&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token for this source, as the server gave it</source>
        <translation>Le jeton de cette source, tel que le serveur l’a fourni</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source device name</source>
        <translation>Nom de l’appareil source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source client identifier</source>
        <translation>Identifiant client de la source</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test connect&amp;ions</source>
        <translation>Tester les co&amp;nnexions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test the source&apos;s connections</source>
        <translation>Tester les connexions de la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy a curl command for the selected connection</source>
        <translation>Copier une commande curl pour la connexion sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A curl command for the selected connection (else the best one). The token stays the $PLEX_TOKEN shell variable unless the token is included.</source>
        <translation>Une commande curl pour la connexion sélectionnée (à défaut, la meilleure). Le jeton y reste sous la forme de la variable shell $PLEX_TOKEN, sauf si vous choisissez de l’inclure.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include the source&apos;s token in the curl command</source>
        <translation>Inclure le jeton de la source dans la commande curl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the real token in the command; the clipboard is then cleared again shortly</source>
        <translation>Mettre le vrai jeton dans la commande&#xa0;; le presse-papiers est alors effacé peu après</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 (shared)</source>
        <translation>%1 (partagé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (shared by %2)</source>
        <translation>%1 (partagé par %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (yours)</source>
        <translation>%1 (à vous)</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>Copied with $PLEX_TOKEN in place of the token: %1</source>
        <translation>Copié avec $PLEX_TOKEN à la place du jeton&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Choose one of the account&apos;s servers, or type a server&apos;s address.</source>
        <translation>Choisissez l’un des serveurs du compte, ou saisissez l’adresse d’un serveur.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Waiting for the account&apos;s token.</source>
        <translation>En attente du jeton du compte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks %1 with the token that server gave you. It is shared with you, so it will most likely refuse: lookups need its owner&apos;s token.</source>
        <translation>Interroge %1 avec le jeton que ce serveur vous a fourni. Comme il est partagé avec vous, il refusera très probablement&#xa0;: la recherche nécessite le jeton de son propriétaire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asks %1 with your account token, at the best of its connections that answers as that server (they are tested first).</source>
        <translation>Interroge %1 avec le jeton de votre compte, via la meilleure de ses connexions qui répond en tant que ce serveur (elles sont testées d’abord).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asks %1 with your account token.</source>
        <translation>Interroge %1 avec le jeton de votre compte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A valid source.</source>
        <translation>Source valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A source identifier: server:// and a server&apos;s machine identifier, optionally followed by / and a provider, or provider:// and an identifier, such as %1.</source>
        <translation>Un identifiant de source&#xa0;: server:// suivi de l’identifiant de machine d’un serveur, éventuellement suivi de / et d’un fournisseur, ou provider:// suivi d’un identifiant, comme %1.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server gave no token</source>
        <translation>Le serveur n’a fourni aucun jeton</translation>
    </message>
</context>
<context>
    <name>PlexAuth::TokenInspector</name>
    <message>
        <location filename="../ui/pages/tokeninspector.cpp" line="+36"/>
        <source>Account token</source>
        <translation>Jeton du compte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Validate now</source>
        <translation>&amp;Valider maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON Web Token</source>
        <translation>JSON Web Token</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validate the token now</source>
        <translation>Valider le jeton maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask plex.tv whether it still accepts this token</source>
        <translation>Demander à plex.tv s’il accepte toujours ce jeton</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Token expiry</source>
        <translation>Expiration du jeton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JWT header and claims</source>
        <translation>En-tête et revendications du JWT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account details</source>
        <translation>Détails du compte</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Copy value</source>
        <translation>&amp;Copier la valeur</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Reading the token from the keychain…</source>
        <translation>Lecture du jeton dans le trousseau…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+10"/>
        <location line="+78"/>
        <source>Sign in again…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: plex.tv accepted it.</source>
        <translation>%1&#xa0;: plex.tv l’a accepté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: plex.tv accepted it (checked %2).</source>
        <translation>%1&#xa0;: plex.tv l’a accepté (vérifié le %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: plex.tv rejected it.</source>
        <translation>%1&#xa0;: plex.tv l’a refusé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: plex.tv rejected it (checked %2).</source>
        <translation>%1&#xa0;: plex.tv l’a refusé (vérifié le %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not verify</source>
        <translation>Vérification impossible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (tried %2).</source>
        <translation>%1 (tentative le %2).</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>unknown algorithm</source>
        <translation>algorithme inconnu</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Plex JWT with device key</source>
        <translation>JWT Plex avec clé d’appareil</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Classic token (does not expire), %n characters</source>
        <translation>
            <numerusform>Jeton classique (n’expire pas), %n caractère</numerusform>
            <numerusform>Jeton classique (n’expire pas), %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>JSON Web Token, signed with %1 (decoded here; the signature is not checked)</source>
        <translation>JSON Web Token signé avec %1 (décodé ici&#xa0;; la signature n’est pas vérifiée)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This token carries no expiry time.</source>
        <translation>Ce jeton ne comporte pas de date d’expiration.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expired on %1.</source>
        <translation>A expiré le %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expires in %1, on %2.</source>
        <translation>Expire dans %1, le %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking with plex.tv…</source>
        <translation>Vérification auprès de plex.tv…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>plex.tv no longer accepts this token: it was revoked (signed out elsewhere, or the password changed) or it expired. Sign in again to get a new one.</source>
        <translation>plex.tv n’accepte plus ce jeton&#xa0;: il a été révoqué (déconnexion depuis un autre appareil, ou changement de mot de passe) ou il a expiré. Reconnectez-vous pour en obtenir un nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token could not be checked: %1 This says nothing about the token itself.</source>
        <translation>Le jeton n’a pas pu être vérifié&#xa0;: %1 Cela ne dit rien de la validité du jeton lui-même.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::TokenPolicy</name>
    <message>
        <location filename="../app/plex/tokenpolicy.cpp" line="+84"/>
        <source>%1 is not a server address a token can be sent to.</source>
        <translation>%1 n’est pas une adresse de serveur à laquelle un jeton peut être envoyé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not the configured plex.tv address.</source>
        <translation>%1 n’est pas l’adresse plex.tv configurée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was named by a server&apos;s answer or a certificate and has not yet answered as the expected server, so no token is sent to it. Test the server&apos;s connections first.</source>
        <translation>%1 provient de la réponse d’un serveur ou d’un certificat et n’a pas encore répondu en tant que serveur attendu&#xa0;: aucun jeton ne lui est donc envoyé. Testez d’abord les connexions du serveur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not on your local network, so the token would cross the internet unencrypted over plain http. Use the server&apos;s https address (its plex.direct address) instead.</source>
        <translation>%1 n’est pas sur votre réseau local&#xa0;: en http non chiffré, le jeton traverserait donc Internet sans protection. Utilisez plutôt l’adresse https du serveur (son adresse plex.direct).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a private-network address plex.tv listed for the server, but on this network it may be another machine, so the token is not sent to it in clear until it has answered as the server. Test the server&apos;s connections first.</source>
        <translation>%1 est une adresse de réseau privé que plex.tv indique pour le serveur, mais sur ce réseau il peut s’agir d’une autre machine&#xa0;: le jeton ne lui est donc pas envoyé en clair tant qu’elle n’a pas répondu en tant que serveur. Testez d’abord les connexions du serveur.</translation>
    </message>
</context>
<context>
    <name>PlexAuth::TransientTokenPanel</name>
    <message>
        <location filename="../ui/pages/transienttokenpanel.cpp" line="+23"/>
        <location line="+6"/>
        <source>Transient token</source>
        <translation>Jeton temporaire</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Reload servers</source>
        <translation>Recharger les serveurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Get transient token</source>
        <translation>Obtenir un jeton temporaire</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>A token with this account&apos;s access to one server, for a tool you don&apos;t want to give your account token. Valid up to 48 hours; destroyed when the server restarts.</source>
        <translation>Un jeton disposant des accès de ce compte à un seul serveur, pour un outil auquel vous ne voulez pas confier le jeton de votre compte. Valable jusqu’à 48 heures&#xa0;; détruit au redémarrage du serveur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a server, or type its address, e.g. http://192.168.1.10:32400</source>
        <translation>Choisissez un serveur, ou saisissez son adresse, par ex. http://192.168.1.10:32400</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the account&apos;s servers</source>
        <translation>Recharger les serveurs du compte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transient token validity</source>
        <translation>Validité du jeton temporaire</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The account&apos;s servers could not be listed: %1 You can still type a server&apos;s address.</source>
        <translation>Les serveurs du compte n’ont pas pu être listés&#xa0;: %1 Vous pouvez quand même saisir l’adresse d’un serveur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (yours)</source>
        <translation>%1 (à vous)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (shared)</source>
        <translation>%1 (partagé)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose one of the account&apos;s servers, or type a server&apos;s address such as http://192.168.1.10:32400.</source>
        <translation>Choisissez l’un des serveurs du compte, ou saisissez l’adresse d’un serveur, comme http://192.168.1.10:32400.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This transient token has expired. Get a new one.</source>
        <translation>Ce jeton temporaire a expiré. Obtenez-en un nouveau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fetched %1. Valid for at most %2 more (hours:minutes:seconds), and only until the server restarts.</source>
        <translation>Obtenu le %1. Encore valable %2 au plus (heures:minutes:secondes), et seulement jusqu’au redémarrage du serveur.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.ui" line="+5"/>
        <source>Settings</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Délai d’attente des requêtes&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Request timeout in seconds</source>
        <translation>Délai d’attente des requêtes, en secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long to wait for plex.tv or a server to answer before giving up.</source>
        <translation>Durée d’attente d’une réponse de plex.tv ou d’un serveur avant d’abandonner.</translation>
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
        <translation>Proxy&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Utiliser les paramètres de proxy du &amp;système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Utiliser les paramètres de proxy du système</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;No proxy</source>
        <translation>Aucu&amp;n proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Manual:</source>
        <translation>&amp;Manuel&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual proxy</source>
        <translation>Proxy manuel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proxy host</source>
        <translation>Hôte du proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The HTTP proxy&apos;s host name or IP address.</source>
        <translation>Nom d’hôte ou adresse IP du proxy HTTP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in through the &amp;browser with a device key (Plex JWT)</source>
        <translation>Se connecter via le navi&amp;gateur avec une clé d’appareil (JWT Plex)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in through the browser with a device key (Plex JWT)</source>
        <translation>Se connecter via le navigateur avec une clé d’appareil (JWT Plex)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off by default: whether Plex Media Server accepts Plex JWTs is not yet confirmed</source>
        <translation>Désactivé par défaut&#xa0;: il n’est pas encore confirmé que Plex Media Server accepte les JWT Plex</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PlexAuth then keeps a device key in the keychain and renews the account&apos;s token every few days, instead of keeping a token that does not expire. Off by default: whether Plex Media Server accepts these tokens (Plex JWTs) is not yet confirmed, so a server may refuse them.</source>
        <translation>PlexAuth garde alors une clé d’appareil dans le trousseau et renouvelle le jeton du compte tous les quelques jours, au lieu de garder un jeton qui n’expire pas. Désactivé par défaut&#xa0;: il n’est pas encore confirmé que Plex Media Server accepte ces jetons (JWT Plex)&#xa0;; un serveur pourrait donc les refuser.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clipboard</source>
        <translation>Presse-papiers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear copied tok&amp;ens after:</source>
        <translation>Effacer les &amp;jetons copiés après&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clear copied tokens after, in seconds</source>
        <translation>Effacer les jetons copiés après ce délai, en secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A copied token is removed from the clipboard after this long, unless you have copied something else since.</source>
        <translation>Un jeton copié est retiré du presse-papiers après ce délai, sauf si vous avez copié autre chose entre-temps.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Takes effect after restarting PlexAuth</source>
        <translation>Prend effet après le redémarrage de PlexAuth</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Takes effect after restarting PlexAuth.</source>
        <translation>Prend effet après le redémarrage de PlexAuth.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ad&amp;vanced</source>
        <translation>A&amp;vancé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced settings</source>
        <translation>Paramètres avancés</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>plex.tv &amp;API URL:</source>
        <translation>&amp;URL de l’API plex.tv&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>plex.tv API URL</source>
        <translation>URL de l’API plex.tv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty to use plex.tv</source>
        <translation>Laisser vide pour utiliser plex.tv</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave empty to use plex.tv. Another address is only for testing against a different server; it must use https, or http on this computer.</source>
        <translation>Laissez vide pour utiliser plex.tv. Une autre adresse ne sert qu’à effectuer des tests avec un autre serveur&#xa0;; elle doit utiliser https, ou http sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>plex.tv cl&amp;ients API URL:</source>
        <translation>URL de l’API &amp;clients plex.tv&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>plex.tv clients API URL</source>
        <translation>URL de l’API clients plex.tv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty to use clients.plex.tv, or the plex.tv API URL above when that is set</source>
        <translation>Laisser vide pour utiliser clients.plex.tv, ou l’URL de l’API plex.tv ci-dessus si elle est définie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where device keys get and renew their tokens (Plex JWTs). Leave empty to use clients.plex.tv, or the plex.tv API URL above when that is set.</source>
        <translation>Là où les clés d’appareil obtiennent et renouvellent leurs jetons (JWT Plex). Laisser vide pour utiliser clients.plex.tv, ou l’URL de l’API plex.tv ci-dessus si elle est définie.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/dialogs/signindialog.ui" line="+7"/>
        <source>Sign in to Plex</source>
        <translation>Connexion à Plex</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your password goes only to plex.tv and is never stored. PlexAuth keeps the sign-in token in the system keychain.</source>
        <translation>Votre mot de passe n’est envoyé qu’à plex.tv et n’est jamais stocké. PlexAuth conserve le jeton de connexion dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign-in method</source>
        <translation>Méthode de connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;mail or username</source>
        <translation>E-mail ou nom d’&amp;utilisateur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Email or username:</source>
        <translation>&amp;E-mail ou nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Email or username</source>
        <translation>E-mail ou nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The email address or username of your Plex account</source>
        <translation>L’adresse e-mail ou le nom d’utilisateur de votre compte Plex</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;how</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the password as plain text</source>
        <translation>Afficher le mot de passe en clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Verification code:</source>
        <translation>Code de &amp;vérification&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>6-digit code or a backup code</source>
        <translation>Code à 6 chiffres ou code de secours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification code</source>
        <translation>Code de vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 6-digit code from your authenticator app, or one of your longer backup codes</source>
        <translation>Le code à 6 chiffres de votre application d’authentification, ou l’un de vos codes de secours (plus longs)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accounts created with Google, Apple or Facebook have no Plex password: use “Sign in with browser” for them.</source>
        <translation>Les comptes créés avec Google, Apple ou Facebook n’ont pas de mot de passe Plex&#xa0;: pour eux, utilisez «&#xa0;Se connecter avec le navigateur&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in with &amp;browser</source>
        <translation>Se connecter avec le &amp;navigateur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For accounts created with Google, Apple or Facebook, or to sign in on the Plex website: approve the code below in your browser, and the sign-in finishes here by itself.</source>
        <translation>Pour les comptes créés avec Google, Apple ou Facebook, ou pour vous connecter via le site web de Plex&#xa0;: approuvez le code ci-dessous dans votre navigateur, et la connexion se termine ici automatiquement.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Each code works once, for 15 minutes. Get a new code to sign in with your browser.</source>
        <translation>Chaque code ne sert qu’une fois et reste valable 15 minutes. Obtenez un nouveau code pour vous connecter avec votre navigateur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Get a &amp;new code</source>
        <translation>Obtenir un nouveau &amp;code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new sign-in code</source>
        <translation>Obtenir un nouveau code de connexion</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Co&amp;de:</source>
        <translation>Co&amp;de&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign-in code</source>
        <translation>Code de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code to approve in your browser. Keep it private until the sign-in is done.</source>
        <translation>Le code à approuver dans votre navigateur. Gardez-le pour vous jusqu’à la fin de la connexion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L&amp;ink:</source>
        <translation>&amp;Lien&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign-in link</source>
        <translation>Lien de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Plex page where you approve the code. The link contains the code.</source>
        <translation>La page Plex où vous approuvez le code. Le lien contient le code.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open browser</source>
        <translation>&amp;Ouvrir le navigateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the sign-in link in your browser</source>
        <translation>Ouvrir le lien de connexion dans votre navigateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;link</source>
        <translation>Copier le l&amp;ien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the link, which contains the code; the clipboard is cleared again after a while</source>
        <translation>Copie le lien, qui contient le code&#xa0;; le presse-papiers est effacé au bout d’un moment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the sign-in link</source>
        <translation>Copier le lien de connexion</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;top waiting</source>
        <translation>Arrê&amp;ter l’attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop waiting for the browser sign-in</source>
        <translation>Arrêter d’attendre la connexion via le navigateur</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Keep me signed in on this computer</source>
        <translation>&amp;Rester connecté sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep me signed in on this computer</source>
        <translation>Rester connecté sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked: the token is stored in the system keychain. Unchecked: it is kept only until PlexAuth quits.</source>
        <translation>Coché&#xa0;: le jeton est stocké dans le trousseau de clés du système. Décoché&#xa0;: il n’est conservé que jusqu’à la fermeture de PlexAuth.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
</context>
<context>
    <name>SourceLookupForm</name>
    <message>
        <location filename="../ui/pages/sourcelookuppanel.ui" line="+12"/>
        <source>Ask a server how a source is reached, and for its token. It takes the server owner&apos;s token and Plex Media Server 1.15.4 or later.</source>
        <translation>Demandez à un serveur comment joindre une source, ainsi que son jeton. Cela nécessite le jeton du propriétaire du serveur et Plex Media Server 1.15.4 ou ultérieur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;veur&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Server to ask</source>
        <translation>Serveur à interroger</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>So&amp;urce:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refre&amp;sh first</source>
        <translation>Actualis&amp;er d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the server to refresh what it knows about the source first (refresh=1)</source>
        <translation>Demander d’abord au serveur d’actualiser ce qu’il sait de la source (refresh=1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the source&apos;s connections</source>
        <translation>Actualiser les connexions de la source</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Look up</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up the source</source>
        <translation>Rechercher la source</translation>
    </message>
</context>
</TS>
