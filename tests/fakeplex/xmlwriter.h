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

// A hostile XML answer of about `bytes` bytes: its DTD declares one entity of 4000 characters, and an
// attribute refers to it until the answer is that long. Qt limits what one entity expands to, not how
// often it is referred to, so 64 KB of it reads as an 80-million-character attribute. A /identity
// MediaContainer (the references in machineIdentifier), or with `errorBody` a plex.tv
// <errors><error code="1001" .../></errors> body (in the message); no newline, as
// fuzz/tools/entity-bomb writes it.
QByteArray entityBomb(bool errorBody, qsizetype bytes = qsizetype(64) * 1024);

} // namespace FakePlex
