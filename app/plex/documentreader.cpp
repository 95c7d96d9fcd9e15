#include "documentreader.h"

#include <QHash>
#include <QJsonDocument>
#include <QXmlStreamReader>

#include <cmath>

namespace PlexAuth::Doc {

namespace {
constexpr int kMaxXmlDepth = 64;

// Reads the element the reader is positioned on (after StartElement) into an object.
std::optional<QJsonObject> readElement(QXmlStreamReader &xml, int depth)
{
    if (depth > kMaxXmlDepth)
        return std::nullopt;
    QJsonObject element;
    for (const QXmlStreamAttribute &attribute : xml.attributes())
        element.insert(attribute.name(), QJsonValue(attribute.value().toString()));
    // Children are gathered apart and put in once: appending to an array still held by the object
    // copies it each time, which made 40,000 <Connection/> siblings take seconds.
    QHash<QString, QJsonArray> children;
    while (xml.readNextStartElement()) {
        const QString tag = xml.name().toString();
        const std::optional<QJsonObject> child = readElement(xml, depth + 1);
        if (!child)
            return std::nullopt;
        children[tag].append(*child);
    }
    if (xml.hasError())
        return std::nullopt;
    for (auto it = children.cbegin(); it != children.cend(); ++it)
        element.insert(it.key(), it.value());
    return element;
}

// Where and what, never Qt's errorString(): it quotes names from the body ("Namespace prefix '%1' not
// declared"), and a body may hold a token where a name should be.
QString xmlProblem(const QXmlStreamReader &xml)
{
    const QString what = xml.error() == QXmlStreamReader::PrematureEndOfDocumentError
        ? QStringLiteral("XML that ends early")
        : (xml.hasError() ? QStringLiteral("XML that is not well-formed")
                          : QStringLiteral("XML nested more than %1 levels deep").arg(kMaxXmlDepth));
    return QStringLiteral("%1 (line %2, column %3)").arg(what).arg(xml.lineNumber()).arg(xml.columnNumber());
}

std::optional<QJsonValue> parseXml(const QByteArray &body, QString *whyNot)
{
    QXmlStreamReader xml(body);
    if (!readRootElement(xml, whyNot))
        return std::nullopt;
    const QString rootTag = xml.name().toString();
    std::optional<QJsonObject> root = readElement(xml, 0);
    if (!root || xml.hasError()) {
        *whyNot = xmlProblem(xml);
        return std::nullopt;
    }
    root->insert(QStringLiteral("@tag"), rootTag);
    return QJsonValue(*root);
}

} // namespace

bool readRootElement(QXmlStreamReader &xml, QString *whyNot)
{
    QString ignored;
    if (!whyNot)
        whyNot = &ignored;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            return true;
        case QXmlStreamReader::DTD:
            *whyNot = QStringLiteral("XML with a document type declaration, which Plex never sends (line %1, "
                                     "column %2)")
                          .arg(xml.lineNumber())
                          .arg(xml.columnNumber());
            return false;
        default:
            break;
        }
    }
    *whyNot = xml.hasError() ? xmlProblem(xml) : QStringLiteral("XML without a root element");
    return false;
}

std::optional<QJsonValue> parse(const QByteArray &body, QString *whyNot)
{
    QString ignored;
    if (!whyNot)
        whyNot = &ignored;
    qsizetype start = 0;
    while (start < body.size() && QChar::isSpace(static_cast<uchar>(body.at(start))))
        ++start;
    if (start == body.size()) {
        *whyNot = QStringLiteral("empty answer");
        return std::nullopt;
    }
    const char first = body.at(start);
    if (first == '<')
        return parseXml(body, whyNot);
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        *whyNot = QStringLiteral("invalid JSON at offset %1: %2").arg(error.offset).arg(error.errorString());
        return std::nullopt;
    }
    if (document.isArray())
        return QJsonValue(document.array());
    return QJsonValue(document.object());
}

namespace {
// The readers below take a QJsonValue, or the QCborValue under it (Fields): QJsonValue is a view of
// the same value, its every number (Double or Integer in CBOR) a "Double".
bool isNumber(const QJsonValue &value)
{
    return value.isDouble();
}

bool isNumber(const QCborValue &value)
{
    return value.isDouble() || value.isInteger();
}

template<typename Value> QString stringOf(const Value &value)
{
    if (value.isString())
        return value.toString();
    if (isNumber(value))
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

template<typename Value> std::optional<bool> booleanOf(const Value &value)
{
    if (value.isBool())
        return value.toBool();
    if (isNumber(value)) {
        const double number = value.toDouble();
        if (number == 0 || number == 1)
            return number == 1;
        return std::nullopt;
    }
    const QString text = value.toString();
    if (text == u"1" || text.compare(u"true", Qt::CaseInsensitive) == 0)
        return true;
    if (text == u"0" || text.compare(u"false", Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

template<typename Value> std::optional<qint64> integerOf(const Value &value)
{
    if (isNumber(value)) {
        const double number = value.toDouble();
        // Integers beyond 2^53 or with fractions are not what Plex sends: treat as absent. The range
        // is checked first: converting a double beyond qint64 is undefined behaviour.
        if (!(qAbs(number) <= 9007199254740992.0) || number != std::trunc(number))
            return std::nullopt;
        return static_cast<qint64>(number);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

template<typename Value> std::optional<int> smallIntegerOf(const Value &value)
{
    const std::optional<qint64> number = integerOf(value);
    if (!number || *number < std::numeric_limits<int>::min() || *number > std::numeric_limits<int>::max())
        return std::nullopt;
    return static_cast<int>(*number);
}
} // namespace

QString string(const QJsonObject &object, QStringView key)
{
    return stringOf(object.value(key));
}

std::optional<bool> boolean(const QJsonObject &object, QStringView key)
{
    return booleanOf(object.value(key));
}

std::optional<qint64> integer(const QJsonObject &object, QStringView key)
{
    return integerOf(object.value(key));
}

std::optional<int> smallInteger(const QJsonObject &object, QStringView key)
{
    return smallIntegerOf(object.value(key));
}

Fields::Fields(const QJsonObject &object)
    : m_map(QCborMap::fromJsonObject(object))
{ }

QString Fields::string(QLatin1StringView key) const
{
    return stringOf(m_map.value(key));
}

std::optional<bool> Fields::boolean(QLatin1StringView key) const
{
    return booleanOf(m_map.value(key));
}

std::optional<int> Fields::smallInteger(QLatin1StringView key) const
{
    return smallIntegerOf(m_map.value(key));
}

std::optional<QDateTime> dateTime(const QJsonObject &object, QStringView key)
{
    if (const std::optional<qint64> seconds = integer(object, key)) {
        if (*seconds <= 0 || *seconds > 253402300799) // 9999-12-31
            return std::nullopt;
        return QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC);
    }
    QString text = string(object, key).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid() && text.endsWith(u" UTC")) {
        text.chop(4);
        parsed = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        parsed.setTimeSpec(Qt::UTC);
    }
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

QJsonObject object(const QJsonObject &parent, QStringView key)
{
    const QJsonValue value = parent.value(key);
    if (value.isObject())
        return value.toObject();
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (!array.isEmpty() && array.first().isObject())
            return array.first().toObject();
    }
    return {};
}

QList<QJsonObject> objects(const QJsonObject &parent, QStringView key, QStringView itemTag)
{
    QList<QJsonObject> result;
    forEachObject(parent, key, itemTag, [&result](const QJsonObject &entry) { result.append(entry); });
    return result;
}

qsizetype objectCountHint(const QJsonObject &parent, QStringView key)
{
    const QJsonValue value = parent.value(key);
    if (value.isArray())
        return value.toArray().size();
    return value.isObject() ? 1 : 0;
}

QStringList strings(const QJsonObject &parent, QStringView key, QStringView itemTag)
{
    QStringList result;
    const QJsonValue value = parent.value(key);
    if (value.isArray()) {
        for (const auto &item : value.toArray()) {
            if (item.isString())
                result.append(item.toString());
        }
    }
    if (!itemTag.isEmpty()) {
        for (const QJsonObject &item : objects(parent, key, itemTag)) {
            const QString id = item.value(u"id").toString();
            if (!id.isEmpty())
                result.append(id);
        }
    }
    return result;
}

} // namespace PlexAuth::Doc
