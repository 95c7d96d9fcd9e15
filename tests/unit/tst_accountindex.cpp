#include "accountindex.h"
#include "secrettool.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace PlexAuth;

namespace {
StoredAccount accountNamed(const QString &uuid, const QString &title, const QDateTime &addedAt)
{
    StoredAccount account;
    account.uuid = uuid;
    account.title = title;
    account.username = title.toLower();
    account.email = title.toLower() + QStringLiteral("@example.com");
    account.addedAt = addedAt;
    return account;
}
} // namespace

class TestAccountIndex : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("PlexAuth.conf")); }
    const QDateTime m_t0 = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);

private Q_SLOTS:
    void init() { QFile::remove(settingsPath()); }

    void startsEmpty()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        AccountIndex index(settings);
        QVERIFY(index.accounts().isEmpty());
        QVERIFY(index.defaultUuid().isEmpty());
        QCOMPARE(index.find(QStringLiteral("nobody")), std::nullopt);
    }

    void firstAccountBecomesTheDefault()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        AccountIndex index(settings);
        QVERIFY(index.upsert(accountNamed(QStringLiteral("u-alice"), QStringLiteral("Alice"), m_t0)));
        QVERIFY(index.upsert(accountNamed(QStringLiteral("u-bob"), QStringLiteral("Bob"), m_t0.addSecs(60))));
        QCOMPARE(index.defaultUuid(), QStringLiteral("u-alice"));
        const QList<StoredAccount> accounts = index.accounts();
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(accounts[0].uuid, QStringLiteral("u-alice")); // oldest first
        QCOMPARE(accounts[1].title, QStringLiteral("Bob"));
        QCOMPARE(accounts[0].addedAt, m_t0);
    }

    void signingInAgainKeepsWhenTheAccountWasAdded()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        AccountIndex index(settings);
        QVERIFY(index.upsert(accountNamed(QStringLiteral("u-alice"), QStringLiteral("Alice"), m_t0)));
        StoredAccount renamed
            = accountNamed(QStringLiteral("u-alice"), QStringLiteral("Alice B."), m_t0.addDays(3));
        renamed.lastVerifiedAt = m_t0.addDays(3);
        renamed.lastTokenState = TokenState::Valid;
        QVERIFY(index.upsert(renamed));
        const StoredAccount stored = *index.find(QStringLiteral("u-alice"));
        QCOMPARE(stored.title, QStringLiteral("Alice B."));
        QCOMPARE(stored.addedAt, m_t0);
        QCOMPARE(stored.lastVerifiedAt, m_t0.addDays(3));
        QCOMPARE(stored.lastTokenState, std::optional<TokenState>(TokenState::Valid));
        QCOMPARE(index.accounts().size(), 1);
    }

    void removingTheDefaultPromotesTheNextAccount()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        AccountIndex index(settings);
        QVERIFY(index.upsert(accountNamed(QStringLiteral("u-alice"), QStringLiteral("Alice"), m_t0)));
        QVERIFY(index.upsert(accountNamed(QStringLiteral("u-bob"), QStringLiteral("Bob"), m_t0.addSecs(60))));
        QVERIFY(index.upsert(
            accountNamed(QStringLiteral("u-carol"), QStringLiteral("Carol"), m_t0.addSecs(120))));
        QVERIFY(index.setDefault(QStringLiteral("u-bob")));
        QVERIFY(index.remove(QStringLiteral("u-bob")));
        QCOMPARE(index.defaultUuid(), QStringLiteral("u-alice"));
        QVERIFY(index.remove(QStringLiteral("u-alice")));
        QVERIFY(index.remove(QStringLiteral("u-carol")));
        QVERIFY(index.defaultUuid().isEmpty());
        QVERIFY(index.accounts().isEmpty());
    }

    void onlyAKnownAccountCanBeTheDefault()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        AccountIndex index(settings);
        QVERIFY(!index.setDefault(QStringLiteral("u-ghost")));
        QVERIFY(!index.recordCheck(QStringLiteral("u-ghost"), TokenState::Valid, m_t0));
    }

    void survivesARestartAsReadableText()
    {
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            AccountIndex index(settings);
            QVERIFY(index.upsert(accountNamed(QStringLiteral("u-alice"), QStringLiteral("Alice"), m_t0)));
            QVERIFY(index.recordCheck(QStringLiteral("u-alice"), TokenState::Invalid, m_t0.addSecs(5)));
        }
        QSettings settings(settingsPath(), QSettings::IniFormat);
        AccountIndex index(settings);
        const StoredAccount stored = *index.find(QStringLiteral("u-alice"));
        QCOMPARE(stored.lastTokenState, std::optional<TokenState>(TokenState::Invalid));
        QCOMPARE(stored.lastVerifiedAt, m_t0.addSecs(5));
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("2026-01-02T03:04:05"));
    }

    void keepsNoToken()
    {
        Account account;
        account.uuid = QStringLiteral("u-alice");
        account.username = QStringLiteral("alice");
        account.authToken = QStringLiteral("alice-token-never-in-settings-42");
        QSettings settings(settingsPath(), QSettings::IniFormat);
        AccountIndex index(settings);
        QVERIFY(index.upsert(StoredAccount::fromAccount(account)));
        QCOMPARE(TestSupport::filesContaining(m_dir.path(), account.authToken.toUtf8()), QStringList());
    }

    void reportsASettingsFileThatCannotBeWritten()
    {
        // A regular file where the settings folder should be: unwritable even for root.
        const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QSettings settings(blocker + QStringLiteral("/PlexAuth.conf"), QSettings::IniFormat);
        AccountIndex index(settings);
        QVERIFY(!index.upsert(accountNamed(QStringLiteral("u-alice"), QStringLiteral("Alice"), m_t0)));
        QVERIFY(index.location().endsWith(QStringLiteral("PlexAuth.conf")));
    }

    void matchesByAnyName_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("matches");
        QTest::newRow("uuid") << QStringLiteral("u-alice") << true;
        QTest::newRow("username any case") << QStringLiteral("ALICE") << true;
        QTest::newRow("email") << QStringLiteral("alice@example.com") << true;
        QTest::newRow("title") << QStringLiteral("alice") << true;
        QTest::newRow("prefix is not enough") << QStringLiteral("ali") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void matchesByAnyName()
    {
        QFETCH(QString, query);
        QFETCH(bool, matches);
        QCOMPARE(
            accountNamed(QStringLiteral("u-alice"), QStringLiteral("Alice"), m_t0).matches(query), matches);
    }
};

QTEST_GUILESS_MAIN(TestAccountIndex)
#include "tst_accountindex.moc"
