#include "probeservers.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace ProbeServers {

std::optional<TlsIdentity> makeCertificate(const QString &commonName, const QString &subjectAltName)
{
    QTemporaryDir dir;
    const QString certPath = dir.filePath(u"cert.pem"_s);
    const QString keyPath = dir.filePath(u"key.pem"_s);
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels); // its progress dots only on failure
    openssl.start(u"openssl"_s,
        { u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"1"_s, u"-subj"_s,
            u"/CN="_s + commonName, u"-addext"_s, u"subjectAltName="_s + subjectAltName, u"-keyout"_s,
            keyPath, u"-out"_s, certPath });
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit
        || openssl.exitCode() != 0) {
        qWarning().noquote() << "openssl:" << openssl.errorString() << openssl.readAll();
        return std::nullopt;
    }
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return std::nullopt;
    TlsIdentity identity { QSslCertificate(certFile.readAll()), QSslKey(keyFile.readAll(), QSsl::Rsa) };
    if (identity.certificate.isNull() || identity.key.isNull())
        return std::nullopt;
    return identity;
}

std::unique_ptr<FakePlex::Server> startServer(
    const QString &machineIdentifier, const std::optional<TlsIdentity> &tls)
{
    auto server = std::make_unique<FakePlex::Server>();
    if (machineIdentifier != livingRoomId) {
        const QJsonObject fixture { { u"servers"_s,
            QJsonArray {
                QJsonObject { { u"name"_s, u"Another PMS"_s }, { u"clientIdentifier"_s, machineIdentifier },
                    { u"productVersion"_s, u"1.40.0.7998-c29d4c0c8"_s }, { u"provides"_s, u"server"_s },
                    { u"served"_s, true } } } } };
        QString error;
        if (!server->loadFixtureJson(QJsonDocument(fixture).toJson(), &error)) {
            qWarning() << "fixture:" << error;
            return nullptr;
        }
    }
    if (tls)
        server->sslSetup(tls->certificate, tls->key);
    if (!server->start())
        return nullptr;
    return server;
}

QUrl loopbackUrl(quint16 port, bool https)
{
    QUrl url;
    url.setScheme(https ? u"https"_s : u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port);
    return url;
}

PlexAuth::Connection connectionTo(const QUrl &uri, bool local, bool relay)
{
    PlexAuth::Connection connection;
    connection.protocol = uri.scheme();
    connection.address = uri.host();
    connection.port = uri.port(uri.scheme() == u"https"_s ? 443 : 80);
    connection.uri = uri;
    connection.local = local;
    connection.relay = relay;
    connection.ipv6 = QHostAddress(uri.host()).protocol() == QAbstractSocket::IPv6Protocol;
    return connection;
}

quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        qFatal("no free loopback port");
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

bool runToEnd(PlexAuth::ConnectionDoctor &doctor, const QString &expected,
    const QList<PlexAuth::Connection> &connections, int timeoutMs)
{
    QSignalSpy finished(&doctor, &PlexAuth::ConnectionDoctor::finished);
    doctor.start(expected, connections);
    return !finished.isEmpty() || finished.wait(timeoutMs);
}

} // namespace ProbeServers
