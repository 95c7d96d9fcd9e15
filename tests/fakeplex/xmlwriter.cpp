#include "xmlwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QXmlStreamWriter>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace FakePlex {
namespace {

bool isScalar(const QJsonValue &value)
{
    return value.isBool() || value.isDouble() || value.isString();
}

QString scalarText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? u"1"_s : u"0"_s;
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9007199254740992.0)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 17);
    }
    return value.toString();
}

QString singular(const QString &plural)
{
    if (plural.endsWith(u's') && plural.size() > 1)
        return plural.chopped(1);
    return plural + u"Item"_s;
}

void writeObject(QXmlStreamWriter &writer, const QString &name, const QJsonObject &object);

void writeItem(QXmlStreamWriter &writer, const QString &name, const QJsonValue &item)
{
    if (item.isObject()) {
        writeObject(writer, name, item.toObject());
    } else if (isScalar(item)) {
        writer.writeEmptyElement(name);
        writer.writeAttribute(u"id"_s, scalarText(item));
    }
}

void writeObject(QXmlStreamWriter &writer, const QString &name, const QJsonObject &object)
{
    writer.writeStartElement(name);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isScalar(it.value()))
            writer.writeAttribute(it.key(), scalarText(it.value()));
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &key = it.key();
        if (it.value().isObject()) {
            writeObject(writer, key, it.value().toObject());
        } else if (it.value().isArray()) {
            const QJsonArray items = it.value().toArray();
            if (!key.isEmpty() && key.front().isUpper()) {
                for (const QJsonValue item : items)
                    writeItem(writer, key, item);
            } else {
                writer.writeStartElement(key);
                const QString itemName = singular(key);
                for (const QJsonValue item : items)
                    writeItem(writer, itemName, item);
                writer.writeEndElement();
            }
        }
    }
    writer.writeEndElement();
}

} // namespace

QByteArray jsonToXml(const QString &rootName, const QJsonObject &object)
{
    QByteArray out;
    QXmlStreamWriter writer(&out);
    writer.writeStartDocument();
    writeObject(writer, rootName, object);
    writer.writeEndDocument();
    return out;
}

QByteArray jsonArrayToXml(const QString &wrapperName, const QString &itemName, const QJsonArray &items)
{
    QByteArray out;
    QXmlStreamWriter writer(&out);
    writer.writeStartDocument();
    writer.writeStartElement(wrapperName);
    for (const QJsonValue item : items)
        writeItem(writer, itemName, item);
    writer.writeEndElement();
    writer.writeEndDocument();
    return out;
}

QByteArray entityBomb(bool errorBody, qsizetype bytes)
{
    const QByteArray root = errorBody ? "errors"_ba : "MediaContainer"_ba;
    const QByteArray head = R"(<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE )"_ba + root
        + R"( [<!ENTITY a ")"_ba + QByteArray(4000, 'a') + R"(">]>)"_ba;
    const QByteArray start = errorBody ? R"(<errors><error code="1001" message=")"_ba
                                       : R"(<MediaContainer size="0" claimed="1" machineIdentifier=")"_ba;
    const QByteArray end = errorBody ? R"(" status="401"/></errors>)"_ba : R"(" version="1.41.3.9314"/>)"_ba;
    const qsizetype references = qMax<qsizetype>(1, (bytes - head.size() - start.size() - end.size()) / 3);
    return head + start + "&a;"_ba.repeated(references) + end;
}

} // namespace FakePlex
