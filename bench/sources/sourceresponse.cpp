#include "sourceresponse.h"

#include "xmlwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <random>

namespace Bench {

namespace {

class Generator
{
public:
    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }
    QString hex(int digits)
    {
        QString text;
        for (int i = 0; i < digits; ++i)
            text += QChar(u"0123456789abcdef"[between(0, 15)]);
        return text;
    }

private:
    std::mt19937 m_random { 20261128 };
};

// The plex.direct label of an address: '.' (IPv4) or ':' (IPv6) become '-'.
QString plexDirectLabel(QString address)
{
    return address.replace(address.contains(u':') ? u':' : u'.', u'-');
}

QJsonObject connection(Generator &random, int index, const QString &hash)
{
    QString protocol = QStringLiteral("https");
    QString address;
    int port = 32400;
    bool local = true;
    bool relay = false;
    bool plexDirect = true;
    switch (index % 20) {
    case 10:
    case 11:
    case 12: // local, plain http
        protocol = QStringLiteral("http");
        plexDirect = false;
        [[fallthrough]];
    default: // local https through the plex.direct name
        address = random.between(0, 1)
            ? QStringLiteral("192.168.%1.%2").arg(random.between(0, 255)).arg(random.between(2, 254))
            : QStringLiteral("10.%1.%2.%3")
                  .arg(random.between(0, 255))
                  .arg(random.between(0, 255))
                  .arg(random.between(2, 254));
        break;
    case 13:
    case 14:
    case 15:
    case 16: // remote, on a forwarded port
        local = false;
        address = QStringLiteral("%1.%2.%3.%4")
                      .arg(random.between(1, 223))
                      .arg(random.between(0, 255))
                      .arg(random.between(0, 255))
                      .arg(random.between(1, 254));
        port = random.between(20000, 60000);
        break;
    case 17: // local IPv6
        address = QStringLiteral("fd12:3456:789a:%1::%2")
                      .arg(random.between(1, 0xffff), 0, 16)
                      .arg(random.between(1, 0xffff), 0, 16);
        break;
    case 18: // a Plex relay
        local = false;
        relay = true;
        address = QStringLiteral("139.162.%1.%2").arg(random.between(0, 255)).arg(random.between(1, 254));
        port = 8443;
        break;
    case 19: // remote, plain http
        local = false;
        protocol = QStringLiteral("http");
        plexDirect = false;
        address = QStringLiteral("198.51.100.%1").arg(random.between(1, 254));
        port = random.between(20000, 60000);
        break;
    }
    const QString host
        = plexDirect ? QStringLiteral("%1.%2.plex.direct").arg(plexDirectLabel(address), hash) : address;
    return QJsonObject {
        { QStringLiteral("protocol"), protocol },
        { QStringLiteral("address"), address },
        { QStringLiteral("port"), port },
        { QStringLiteral("uri"), QStringLiteral("%1://%2:%3").arg(protocol, host).arg(port) },
        { QStringLiteral("local"), local },
        { QStringLiteral("relay"), relay },
    };
}

} // namespace

SourceResponse makeSourceResponse(int count)
{
    Generator random;
    const QString machineIdentifier = random.hex(40);
    const QString hash = random.hex(32);
    QJsonArray connections;
    for (int i = 0; i < count; ++i)
        connections.append(connection(random, i, hash));
    const QJsonObject device {
        { QStringLiteral("name"), QStringLiteral("Friend's PMS") },
        { QStringLiteral("clientIdentifier"), machineIdentifier },
        { QStringLiteral("accessToken"), QStringLiteral("bench-source-token-%1").arg(random.hex(20)) },
        { QStringLiteral("Connection"), connections },
    };
    const QJsonObject container { { QStringLiteral("size"), 1 }, { QStringLiteral("Device"), device } };
    return {
        QJsonDocument(QJsonObject { { QStringLiteral("MediaContainer"), container } })
            .toJson(QJsonDocument::Compact),
        FakePlex::jsonToXml(QStringLiteral("MediaContainer"), container),
    };
}

} // namespace Bench
