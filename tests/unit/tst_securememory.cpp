// SecureMemory: buffers that held a secret are zeroed where they live, not in a detached copy.
#include "securememory.h"

#include <QTest>

using namespace PlexAuth;

class TestSecureMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aByteBufferIsZeroedForEveryCopySharingIt()
    {
        QByteArray body = QByteArray("login=alice&password=") + QByteArray("correct horse");
        const QByteArray sharer = body;
        SecureMemory::wipe(body);
        QVERIFY(body.isEmpty());
        QCOMPARE(sharer, QByteArray(sharer.size(), '\0'));
    }

    void textIsZeroedForEveryCopySharingIt()
    {
        QString password = QStringLiteral("correct ") + QStringLiteral("horse");
        const QString sharer = password;
        SecureMemory::wipe(password);
        QVERIFY(password.isEmpty());
        QCOMPARE(sharer, QString(sharer.size(), QChar(0)));
    }

    void literalsAndBorrowedBytesAreLeftAlone()
    {
        // Read-only memory: writing there would crash. Emptied, never written.
        QString literal = QStringLiteral("not a heap buffer");
        SecureMemory::wipe(literal);
        QVERIFY(literal.isEmpty());
        QCOMPARE(QStringLiteral("not a heap buffer").size(), 17);

        static const char borrowed[] = "borrowed bytes";
        QByteArray raw = QByteArray::fromRawData(borrowed, sizeof borrowed - 1);
        SecureMemory::wipe(raw);
        QVERIFY(raw.isEmpty());
        QCOMPARE(QByteArray(borrowed), QByteArray("borrowed bytes"));
    }

    void aStandardStringIsZeroedToItsCapacity()
    {
        std::string line;
        line.reserve(64);
        line = "a password typed at the prompt";
        const char *storage = line.data();
        const size_t capacity = line.capacity();
        SecureMemory::wipe(line);
        QVERIFY(line.empty());
        QCOMPARE(line.data(), storage); // the same allocation, still owned by `line`
        for (size_t i = 0; i < capacity; ++i)
            QCOMPARE(storage[i], '\0');
    }
};

QTEST_GUILESS_MAIN(TestSecureMemory)
#include "tst_securememory.moc"
