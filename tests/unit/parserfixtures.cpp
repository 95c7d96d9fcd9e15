#include "parserfixtures.h"

// The example account of LukeHagar/plex-api-spec's post-users-sign-in-data, trimmed.
const QByteArray kAccountJson = R"({
  "id": 13692262, "uuid": "dae343c1f45beb4f", "username": "Username", "title": "UsernameTitle",
  "email": "username@email.com", "friendlyName": "friendlyUsername", "locale": null, "confirmed": false,
  "joinedAt": 1556281940, "emailOnlyAuth": false, "hasPassword": true, "protected": false,
  "thumb": "https://plex.tv/users/a4f43c1ebfde43a5/avatar?c=8372075101", "authToken": "CxoUzBTSV5hsxjTpFKaf",
  "mailingListStatus": "active", "mailingListActive": false, "scrobbleTypes": "", "country": "US",
  "subscription": {"active": true, "subscribedAt": "2021-04-12T18:21:12Z", "status": "Inactive",
                   "paymentService": null, "plan": null, "features": ["two-factor-authentication", "sync"]},
  "subscriptionDescription": null, "restricted": false, "anonymous": false, "home": false, "guest": false,
  "homeSize": 1, "homeAdmin": false, "maxHomeSize": 15, "rememberExpiresAt": 1556281940,
  "profile": {"autoSelectAudio": true, "defaultAudioLanguage": "ja", "defaultSubtitleLanguage": "en",
              "autoSelectSubtitle": 1, "defaultSubtitleAccessibility": 1, "defaultSubtitleForced": 1,
              "watchedIndicator": 1, "mediaReviewsVisibility": 1},
  "entitlements": ["all"], "roles": ["plexpass"], "subscriptions": [],
  "services": [{"identifier": "metadata-dev", "endpoint": "https://epg.provider.plex.tv",
                "token": "DjoMtqFAGRL1uVtCyF1dKIorTbShJeqv", "secret": null, "status": "online"}],
  "adsConsent": null, "backupCodesCreated": false, "experimentalFeatures": false, "twoFactorEnabled": true,
  "pastSubscriptions": [{"id": null, "endsAt": 1556281940, "canceled": false, "type": "plexpass", "state": "ended",
      "billing": {"internalPaymentMethod": {}, "paymentMethodId": null}}],
  "trials": []
})";

// plex.tv's XML rendering of the same account (python-plexapi reads this shape).
const QByteArray kAccountXml = R"(<?xml version="1.0" encoding="UTF-8"?>
<user id="13692262" uuid="dae343c1f45beb4f" username="Username" title="UsernameTitle" email="username@email.com"
      authToken="CxoUzBTSV5hsxjTpFKaf" joinedAt="1556281940" twoFactorEnabled="1" hasPassword="1" homeSize="1">
  <subscription active="1" subscribedAt="2021-04-12 18:21:12 UTC" status="Inactive">
    <features><feature id="two-factor-authentication"/><feature id="sync"/></features>
  </subscription>
  <profile autoSelectAudio="1" defaultAudioLanguage="ja"/>
  <entitlements><entitlement id="all"/></entitlements>
  <roles><role id="plexpass"/></roles>
  <services><service identifier="metadata-dev" endpoint="https://epg.provider.plex.tv" status="online"/></services>
</user>)";

const QByteArray kOddlyTypedAccount
    = R"({"id":"not a number","uuid":42,"authToken":["x"],"joinedAt":"yesterday",
            "twoFactorEnabled":"maybe","homeSize":1.5,"subscription":"none","profile":[],"services":{"identifier":7},
            "entitlements":"all","rememberExpiresAt":-5,"email":"e@x"})";

const QByteArray kPinJson
    = R"({"id":373040866,"code":"8lzjqnq8lye02n52jq3fqxf8e","product":"0","trusted":false,
            "qr":"https://plex.tv/api/v2/pins/qr/7RQZ","clientIdentifier":"9klpwueublnfbvlx95w83ah9",
            "location":{"code":"NL","european_union_member":true,"country":"The Netherlands"},
            "expiresIn":876,"createdAt":"2024-07-16T17:03:05Z","expiresAt":"2024-07-16T17:18:05Z",
            "authToken":null,"newRegistration":null})";

const QByteArray kServersJson = R"([{"name":"Home","product":"Plex Media Server","productVersion":"1.41.0",
            "clientIdentifier":"abc","provides":"server","accessToken":null,"owned":true,"presence":true,
            "connections":[{"protocol":"https","address":"10.0.0.5","port":32400,
                "uri":"https://10-0-0-5.abc.plex.direct:32400","local":true,"relay":false,"IPv6":false},
                {"protocol":"http","address":"10.0.0.5","port":"32400","uri":"not a uri","local":true}]},
            {"name":"Phone","provides":"client,player","connections":[]}])";

const QByteArray kServersXml
    = R"(<resources><resource name="Home" clientIdentifier="abc" provides="server" owned="1">
            <connections><connection protocol="https" address="10.0.0.5" port="32400"
                uri="https://10-0-0-5.abc.plex.direct:32400" local="1" relay="0" IPv6="0"/>
              <connection protocol="https" address="2001:db8::1" port="32400"
                uri="https://2001-db8--1.abc.plex.direct:32400" local="0" relay="0" IPv6="1"/></connections>
          </resource></resources>)";

const QByteArray kSourceDeviceObject
    = R"({"MediaContainer":{"size":1,"Device":{"name":"Friend","clientIdentifier":"546684a3",
            "accessToken":"src-token","Connection":[{"protocol":"https","address":"10.0.0.5","port":32400,
            "uri":"https://10-0-0-5.h.plex.direct:32400","local":true,"relay":false}]}}})";

const QByteArray kSourceDeviceArray
    = R"({"MediaContainer":{"size":1,"Device":[{"name":"Friend","clientIdentifier":"546684a3",
            "accessToken":"src-token","Connection":[{"protocol":"https","address":"10.0.0.5","port":32400,
            "uri":"https://10-0-0-5.h.plex.direct:32400","local":true,"relay":false}]}]}})";

const QByteArray kSourceDeviceXml
    = R"(<MediaContainer size="1"><Device name="Friend" clientIdentifier="546684a3" accessToken="src-token">
            <Connection protocol="https" address="10.0.0.5" port="32400" uri="https://10-0-0-5.h.plex.direct:32400" local="1" relay="0"/>
            </Device></MediaContainer>)";
