#include "fuzztargets.h"

#include "runners.h"

namespace PlexAuth::Fuzz {

const QList<Target> &targets()
{
    static const QList<Target> all {
        { QStringLiteral("account_json"), Format::Json, runAccount },
        { QStringLiteral("account_xml"), Format::Xml, runAccount },
        { QStringLiteral("pin_json"), Format::Json, runPin },
        { QStringLiteral("pin_xml"), Format::Xml, runPin },
        { QStringLiteral("resources_json"), Format::Json, runResources },
        { QStringLiteral("resources_xml"), Format::Xml, runResources },
        { QStringLiteral("transienttoken_json"), Format::Json, runTransientToken },
        { QStringLiteral("transienttoken_xml"), Format::Xml, runTransientToken },
        { QStringLiteral("sourceresources_json"), Format::Json, runSourceResources },
        { QStringLiteral("sourceresources_xml"), Format::Xml, runSourceResources },
        { QStringLiteral("identity_json"), Format::Json, runIdentity },
        { QStringLiteral("identity_xml"), Format::Xml, runIdentity },
        { QStringLiteral("errorbody"), Format::Any, runErrorBody },
        { QStringLiteral("sourceid"), Format::Any, runSourceId },
        { QStringLiteral("jwt"), Format::Any, runJwt },
        { QStringLiteral("nonce_json"), Format::Json, runNonce },
        { QStringLiteral("authtoken_json"), Format::Json, runAuthToken },
        { QStringLiteral("signingkeys_json"), Format::Json, runSigningKeys },
        { QStringLiteral("devicekey"), Format::Any, runDeviceKeyText },
        { QStringLiteral("plexjwt"), Format::Any, runPlexJwt },
        { QStringLiteral("homeusers_json"), Format::Json, runHomeUsers },
        { QStringLiteral("homeusers_xml"), Format::Xml, runHomeUsers },
    };
    return all;
}

const Target *findTarget(QStringView name)
{
    for (const Target &target : targets())
        if (target.name == name)
            return &target;
    return nullptr;
}

bool formatMatches(Format format, const QByteArray &data)
{
    if (format == Format::Any)
        return true;
    // The same test as Doc::parse's: the first byte that is not blank.
    qsizetype start = 0;
    while (start < data.size() && QChar::isSpace(static_cast<uchar>(data.at(start))))
        ++start;
    const bool xml = start < data.size() && data.at(start) == '<';
    return xml == (format == Format::Xml);
}

} // namespace PlexAuth::Fuzz
