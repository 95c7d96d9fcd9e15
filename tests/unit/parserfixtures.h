#pragma once

#include <QByteArray>

// Sample answers (kept out of the test's source because moc cannot read these raw strings).
extern const QByteArray kAccountJson;
extern const QByteArray kAccountXml;
extern const QByteArray kOddlyTypedAccount;
extern const QByteArray kPinJson;
extern const QByteArray kServersJson;
extern const QByteArray kServersXml;
extern const QByteArray kSourceDeviceObject;
extern const QByteArray kSourceDeviceArray;
extern const QByteArray kSourceDeviceXml;
