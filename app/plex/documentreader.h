#pragma once

#include <QCborMap>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

class QXmlStreamReader;

namespace PlexAuth::Doc {

// Plex answers JSON when asked, and XML when a server ignores Accept. Both are read into one JSON
// tree: an XML element becomes an object whose attributes are string members and whose child
// elements are arrays under their tag name. The readers below accept either form, and any value
// of the wrong type reads as absent: a strange answer never crashes and never yields garbage.
std::optional<QJsonValue> parse(const QByteArray &body, QString *whyNot);

// Every XML reader of PlexAuth starts here: positions `xml` on the root element. Plex never sends a
// DTD, and one can declare an entity that each 3-byte reference expands to thousands of characters
// (Qt limits one expansion, not how many there are: 64 KB of answer became an 80-million-character
// attribute, 600 KB exhausted memory), so a document with one is refused at the DTD, before anything
// after it is read. False when there is no root element, a DTD or an error; `whyNot` (may be null)
// then says which, without quoting the body.
bool readRootElement(QXmlStreamReader &xml, QString *whyNot);

QString string(const QJsonObject &object, QStringView key);
std::optional<bool> boolean(const QJsonObject &object, QStringView key);
std::optional<qint64> integer(const QJsonObject &object, QStringView key);
std::optional<int> smallInteger(const QJsonObject &object, QStringView key);

// Epoch seconds (number or digits), ISO 8601, or plex.tv XML's "2021-04-12 18:21:12 UTC".
std::optional<QDateTime> dateTime(const QJsonObject &object, QStringView key);

// The same readers for one object read key by key, for objects read by the thousand (a source's
// connections): QJsonObject finds a key by binary search, comparing it as text, and copies the value
// it finds into a QJsonValue; the map under the object (shared, not copied) is searched one key after
// the other comparing bytes, and hands out the value itself. An object of Plex has a handful of keys.
class Fields
{
public:
    explicit Fields(const QJsonObject &object);
    QString string(QLatin1StringView key) const;
    std::optional<bool> boolean(QLatin1StringView key) const;
    std::optional<int> smallInteger(QLatin1StringView key) const;
    // The value itself (undefined when absent), to compare without copying it.
    QCborValue value(QLatin1StringView key) const { return m_map.value(key); }

private:
    QCborMap m_map;
};

// A child object: a JSON object, or the first element of an array (XML children).
QJsonObject object(const QJsonObject &object, QStringView key);
// A list of objects under `key`: a JSON array, a single object, or XML's
// <key><itemTag .../><itemTag .../></key> wrapper.
QList<QJsonObject> objects(const QJsonObject &object, QStringView key, QStringView itemTag = {});
// The objects that objects() lists, in the same order, handed to `visit` one at a time without
// collecting them: for lists of thousands (a source's connections).
template<typename Visit>
void forEachObject(const QJsonObject &object, QStringView key, QStringView itemTag, Visit &&visit);
// An upper bound for the number of objects() of `key` when there is no XML wrapper: the length of the
// array (1 for a single object, else 0). For reserving.
qsizetype objectCountHint(const QJsonObject &object, QStringView key);
// A list of strings: a JSON array of strings, or XML's <key><itemTag id="..."/></key>.
QStringList strings(const QJsonObject &object, QStringView key, QStringView itemTag = {});

template<typename Visit>
void forEachObject(const QJsonObject &object, QStringView key, QStringView itemTag, Visit &&visit)
{
    const auto visitEntry = [&](const QJsonObject &entry) {
        // XML wrapper element <connections><connection/>…</connections>
        if (!itemTag.isEmpty()) {
            const QJsonValue inner = entry.value(itemTag);
            if (inner.isArray()) {
                const QJsonArray items = inner.toArray();
                for (const auto &item : items) {
                    if (item.isObject())
                        visit(item.toObject());
                }
                return;
            }
        }
        visit(entry);
    };
    const QJsonValue value = object.value(key);
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        for (const auto &item : items) {
            if (item.isObject())
                visitEntry(item.toObject());
        }
    } else if (value.isObject()) {
        visitEntry(value.toObject());
    }
}

} // namespace PlexAuth::Doc
