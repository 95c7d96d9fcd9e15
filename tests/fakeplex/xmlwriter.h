#pragma once

#include <QByteArray>
#include <QString>

class QJsonArray;
class QJsonObject;

namespace FakePlex {

// Renders JSON the way Plex renders the same data as XML:
// - scalars become attributes (booleans as "1"/"0", nulls omitted);
// - a nested object becomes a child element named after its key;
// - an array under a lowercase key (plex.tv style) becomes a wrapper element holding one element per
//   item, named by the singular of the key: "features": ["a"] -> <features><feature id="a"/></features>;
// - an array under a capitalised key (PMS style) becomes repeated elements: "Connection": [..] ->
//   <Connection .../><Connection .../>.
QByteArray jsonToXml(const QString &rootName, const QJsonObject &object);
QByteArray jsonArrayToXml(const QString &wrapperName, const QString &itemName, const QJsonArray &items);

} // namespace FakePlex
