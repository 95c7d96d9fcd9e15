#pragma once

// Variations of the fake Plex server's default fixture (tests/fakeplex/fixtures/default.json) for
// the servers page and source lookup tests: other connections for "Living Room PMS", another
// server answering /identity, and a loopback port where nothing listens.

#include "storedaccount.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>

namespace ServerFixtures {

inline const QString livingRoomId = QStringLiteral("546684a3d18ac5c39037360ec9ce900b7af9cc36");
inline const QString livingRoomToken = QStringLiteral("pms-living-room-token-8lzjqnq8ly");
inline const QString livingRoomBobToken = QStringLiteral("pms-living-room-shared-token-bob");
inline const QString friendsToken = QStringLiteral("pms-friend-shared-token-for-alice");

inline QJsonObject defaultFixture()
{
    QFile file(QStringLiteral(":/fakeplex/default.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the fake server's default fixture is not in the resources");
    return QJsonDocument::fromJson(file.readAll()).object();
}

// A connection as plex.tv lists it; `uri` may be "{base}", the fake server's own address.
inline QJsonObject connection(const QString &uri, bool local, bool relay = false)
{
    const QUrl url(uri);
    return QJsonObject { { QStringLiteral("protocol"),
                             url.scheme().isEmpty() ? QStringLiteral("http") : url.scheme() },
        { QStringLiteral("address"), url.host().isEmpty() ? QStringLiteral("127.0.0.1") : url.host() },
        { QStringLiteral("port"),
            url.port(0) > 0 ? QJsonValue(url.port()) : QJsonValue(QStringLiteral("{port}")) },
        { QStringLiteral("uri"), uri }, { QStringLiteral("local"), local },
        { QStringLiteral("relay"), relay }, { QStringLiteral("IPv6"), false } };
}

// The default fixture with "Living Room PMS" reached only through `connections`.
inline QByteArray withLivingRoomConnections(const QJsonArray &connections)
{
    QJsonObject fixture = defaultFixture();
    QJsonArray servers = fixture.value(QStringLiteral("servers")).toArray();
    QJsonObject livingRoom = servers.at(0).toObject();
    livingRoom.insert(QStringLiteral("connections"), connections);
    servers.replace(0, livingRoom);
    fixture.insert(QStringLiteral("servers"), servers);
    return QJsonDocument(fixture).toJson();
}

// The default fixture served as "Friend's PMS": its /identity names another machine.
inline QByteArray servedAsFriendsServer()
{
    QJsonObject fixture = defaultFixture();
    QJsonArray servers = fixture.value(QStringLiteral("servers")).toArray();
    for (qsizetype i = 0; i < servers.size(); ++i) {
        QJsonObject server = servers.at(i).toObject();
        server.insert(QStringLiteral("served"), i == 1);
        servers.replace(i, server);
    }
    fixture.insert(QStringLiteral("servers"), servers);
    return QJsonDocument(fixture).toJson();
}

// A loopback port nobody listens on (just freed): connections to it are refused.
inline quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        qFatal("no free loopback port");
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// Lets the views finish their delayed item layouts and the layouts their geometry, as the event
// loop would before painting, so that a grab() shows the widgets where they end up.
inline void settleLayouts()
{
    for (int pass = 0; pass < 3; ++pass) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }
}

inline PlexAuth::StoredAccount account(const QString &uuid, const QString &title)
{
    PlexAuth::StoredAccount stored;
    stored.uuid = uuid;
    stored.title = title;
    stored.username = title.toLower();
    return stored;
}

} // namespace ServerFixtures
