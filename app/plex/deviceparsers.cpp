#include "deviceparsers.h"

#include "documentreader.h"

#include <algorithm>

namespace PlexAuth {

bool AuthorizedDevice::isServer() const
{
    const QStringList provided = provides.split(u',', Qt::SkipEmptyParts);
    return std::any_of(provided.cbegin(), provided.cend(),
        [](const QString &what) { return what.trimmed().compare(u"server", Qt::CaseInsensitive) == 0; });
}

namespace Parse {

namespace {
// Only the fields listed here are read: the device's `token` attribute never leaves the document.
AuthorizedDevice readDevice(const QJsonObject &object)
{
    AuthorizedDevice device;
    device.id = Doc::integer(object, u"id").value_or(0);
    device.name = Doc::string(object, u"name");
    device.product = Doc::string(object, u"product");
    device.productVersion = Doc::string(object, u"productVersion");
    device.platform = Doc::string(object, u"platform");
    device.platformVersion = Doc::string(object, u"platformVersion");
    device.clientIdentifier = Doc::string(object, u"clientIdentifier");
    device.provides = Doc::string(object, u"provides");
    device.publicAddress = Doc::string(object, u"publicAddress");
    device.createdAt = Doc::dateTime(object, u"createdAt");
    device.lastSeenAt = Doc::dateTime(object, u"lastSeenAt");
    for (const QJsonObject &connection : Doc::objects(object, u"Connection")) {
        const QUrl uri(Doc::string(connection, u"uri"), QUrl::StrictMode);
        if (uri.isValid() && !uri.host().isEmpty())
            device.connections.append(uri);
    }
    return device;
}
} // namespace

std::optional<QList<AuthorizedDevice>> devices(const QByteArray &body, QString *whyNot)
{
    const std::optional<QJsonValue> document = Doc::parse(body, whyNot);
    if (!document)
        return std::nullopt;
    QList<QJsonObject> entries;
    if (document->isArray()) {
        for (const auto &entry : document->toArray()) {
            if (entry.isObject())
                entries.append(entry.toObject());
        }
    } else {
        const QJsonObject root = document->toObject();
        const QJsonObject container
            = root.contains(u"MediaContainer") ? Doc::object(root, u"MediaContainer") : root;
        if (container.value(u"@tag").toString() != u"MediaContainer" && !root.contains(u"MediaContainer")) {
            *whyNot = QStringLiteral("the answer is not a device list");
            return std::nullopt;
        }
        entries = Doc::objects(container, u"Device");
    }
    QList<AuthorizedDevice> result;
    for (const QJsonObject &entry : std::as_const(entries)) {
        AuthorizedDevice device = readDevice(entry);
        if (device.id > 0)
            result.append(std::move(device));
    }
    return result;
}

} // namespace Parse

} // namespace PlexAuth
