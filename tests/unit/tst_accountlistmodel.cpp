// The accounts list model over a real AccountStore (test keychain service, throwaway keyring).
#include "accountlistmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace PlexAuth;
using TestSupport::Outcome;

namespace {
Account person(const QString &uuid, const QString &title, const QString &token, bool plexPass = false)
{
    Account account;
    account.uuid = uuid;
    account.title = title;
    account.username = title.toLower();
    account.email = title.toLower() + QStringLiteral("@example.com");
    account.authToken = token;
    if (plexPass) {
        Subscription subscription;
        subscription.active = true;
        account.subscription = subscription;
    }
    return account;
}
} // namespace

class TestAccountListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Keychain> m_keychain;
    std::unique_ptr<AccountStore> m_store;

    void add(const Account &account, bool remember)
    {
        Outcome<StoredAccount> outcome;
        m_store->add(account, remember, this, outcome.handler());
        QVERIFY(outcome.wait(20000));
        QVERIFY2(outcome.result().ok(), TestSupport::describe(outcome.result()).constData());
    }
    void remove(const QString &uuid)
    {
        Outcome<Done> outcome;
        m_store->remove(uuid, this, outcome.handler());
        QVERIFY(outcome.wait(20000));
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("PlexAuth.conf")));
        m_settings = std::make_unique<QSettings>(
            m_dir.filePath(QStringLiteral("PlexAuth.conf")), QSettings::IniFormat);
        m_keychain = std::make_unique<Keychain>(QStringLiteral("PlexAuth-test-accountlistmodel"));
        m_store = std::make_unique<AccountStore>(m_keychain.get(), *m_settings);
    }

    void cleanup()
    {
        for (const StoredAccount &account : m_store->accounts())
            remove(account.uuid);
    }

    void followsTheStore()
    {
        AccountListModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        add(person(QStringLiteral("u-alice"), QStringLiteral("Alice Baker"),
                QStringLiteral("alice-token-1111"), true),
            true);
        add(person(QStringLiteral("u-dave"), QStringLiteral("dave"), QStringLiteral("dave-token-2222")),
            false);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(QStringLiteral("u-dave")), 1); // this session's accounts come last

        const QModelIndex alice = model.index(0);
        QCOMPARE(alice.data().toString(), QStringLiteral("Alice Baker"));
        QCOMPARE(
            alice.data(AccountListModel::EmailRole).toString(), QStringLiteral("alice baker@example.com"));
        QCOMPARE(alice.data(AccountListModel::InitialsRole).toString(), QStringLiteral("AB"));
        QCOMPARE(alice.data(AccountListModel::PlexPassRole).toBool(), true);
        QCOMPARE(alice.data(AccountListModel::TokenStateRole).toString(), QStringLiteral("valid"));
        QCOMPARE(alice.data(AccountListModel::DefaultRole).toBool(), true);
        QCOMPARE(alice.data(AccountListModel::RememberedRole).toBool(), true);
        const QModelIndex dave = model.index(1);
        QCOMPARE(dave.data(AccountListModel::RememberedRole).toBool(), false);
        QVERIFY(dave.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("this session only")));

        remove(QStringLiteral("u-alice"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.accountAt(0).uuid, QStringLiteral("u-dave"));
    }

    void tokenChecksUpdateRowsInPlace()
    {
        add(person(QStringLiteral("u-alice"), QStringLiteral("Alice"), QStringLiteral("alice-token-1111")),
            true);
        AccountListModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        TokenCheck check;
        check.state = TokenState::Invalid;
        check.checkedAt = QDateTime::currentDateTimeUtc();
        m_store->recordCheck(QStringLiteral("u-alice"), check);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0).data(AccountListModel::TokenStateRole).toString(), QStringLiteral("invalid"));
    }

    void defaultFollowsTheStore()
    {
        add(person(QStringLiteral("u-alice"), QStringLiteral("Alice"), QStringLiteral("alice-token-1111")),
            true);
        add(person(QStringLiteral("u-carol"), QStringLiteral("Carol"), QStringLiteral("carol-token-3333")),
            true);
        AccountListModel model(m_store.get());
        QVERIFY(m_store->setDefault(QStringLiteral("u-carol")).ok());
        QCOMPARE(
            model.index(model.rowOf(QStringLiteral("u-carol"))).data(AccountListModel::DefaultRole).toBool(),
            true);
        QCOMPARE(
            model.index(model.rowOf(QStringLiteral("u-alice"))).data(AccountListModel::DefaultRole).toBool(),
            false);
    }

    void anAccountThatNeedsSigningInAgainSaysSo()
    {
        add(person(QStringLiteral("u-alice"), QStringLiteral("Alice"), QStringLiteral("alice-token-1111")),
            true);
        add(person(QStringLiteral("u-carol"), QStringLiteral("Carol"), QStringLiteral("carol-token-3333")),
            true);
        AccountListModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex carol = model.index(model.rowOf(QStringLiteral("u-carol")));
        QCOMPARE(carol.data(AccountListModel::NeedsSignInRole).toBool(), false);
        QCOMPARE(carol.data(AccountListModel::DeviceKeyRole).toBool(), false); // a classic token

        const QString why = QStringLiteral("Carol needs you to sign in again: rejected.");
        model.setAttention(QStringLiteral("u-carol"), why);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>(), carol);
        QCOMPARE(carol.data(AccountListModel::NeedsSignInRole).toBool(), true);
        QCOMPARE(carol.data(AccountListModel::AttentionRole).toString(), why);
        QVERIFY(carol.data(Qt::ToolTipRole).toString().contains(why));
        QVERIFY(carol.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("sign in again")));
        const QModelIndex alice = model.index(model.rowOf(QStringLiteral("u-alice")));
        QCOMPARE(alice.data(AccountListModel::NeedsSignInRole).toBool(), false);

        model.setAttention(QStringLiteral("u-carol"), why); // the same: no change
        QCOMPARE(changed.size(), 1);
        model.setAttention(QStringLiteral("u-carol"), QString());
        QCOMPARE(changed.size(), 2);
        QCOMPARE(carol.data(AccountListModel::NeedsSignInRole).toBool(), false);

        // Forgetting the account forgets its problem: signed in anew, it starts clean.
        model.setAttention(QStringLiteral("u-carol"), why);
        remove(QStringLiteral("u-carol"));
        add(person(QStringLiteral("u-carol"), QStringLiteral("Carol"), QStringLiteral("carol-token-4444")),
            true);
        QCOMPARE(model.index(model.rowOf(QStringLiteral("u-carol")))
                     .data(AccountListModel::NeedsSignInRole)
                     .toBool(),
            false);
    }

    void homeProfilesAreListedUnderTheirHomeAccount()
    {
        AccountListModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        add(person(QStringLiteral("u-alice"), QStringLiteral("Alice"), QStringLiteral("alice-token-1111")),
            true);
        add(person(QStringLiteral("u-bob"), QStringLiteral("Bob"), QStringLiteral("bob-token-2222")), true);
        // Kept after bob, listed under alice: the protected one with its marker.
        const auto addProfile
            = [this](const QString &uuid, const QString &title, const QString &home, bool isProtected) {
                  Account profile = person(uuid, title, title.toLower() + QStringLiteral("-token-3333"));
                  profile.email.clear();
                  Outcome<StoredAccount> outcome;
                  m_store->addProfile(
                      profile, HomeLink { home, isProtected, false }, true, this, outcome.handler());
                  QVERIFY(outcome.wait(20000));
                  QVERIFY2(outcome.result().ok(), TestSupport::describe(outcome.result()).constData());
                  QCOMPARE(outcome.result().value().home.homeUuid, home);
              };
        addProfile(QStringLiteral("u-teen"), QStringLiteral("Teen"), QStringLiteral("u-alice"), true);
        addProfile(QStringLiteral("u-kids"), QStringLiteral("Kids"), QStringLiteral("u-alice"), false);
        const auto column = [&model](int role) {
            QVariantList values;
            for (int row = 0; row < model.rowCount(); ++row)
                values.append(model.index(row).data(role));
            return values;
        };
        QCOMPARE(column(AccountListModel::UuidRole),
            QVariantList({ QStringLiteral("u-alice"), QStringLiteral("u-teen"), QStringLiteral("u-kids"),
                QStringLiteral("u-bob") }));
        QCOMPARE(column(AccountListModel::HomeDepthRole), QVariantList({ 0, 1, 1, 0 }));
        QCOMPARE(column(AccountListModel::HomeProtectedRole), QVariantList({ false, true, false, false }));
        const QString teen = model.index(1).data(Qt::AccessibleTextRole).toString();
        QVERIFY2(teen.contains(QStringLiteral("Plex Home profile of Alice"))
                && teen.contains(QStringLiteral("protected by a PIN")),
            qPrintable(teen));
        // The link is in the account index: a new store (the next run) reads it back.
        AccountStore reread(m_keychain.get(), *m_settings);
        QCOMPARE(reread.account(QStringLiteral("u-teen"))->home.homeUuid, QStringLiteral("u-alice"));
        QCOMPARE(reread.account(QStringLiteral("u-teen"))->home.isProtected, true);
        QVERIFY(!reread.account(QStringLiteral("u-alice"))->home.linked());

        // Without its Home account a profile stays, listed on its own, and keeps its link.
        remove(QStringLiteral("u-alice"));
        QCOMPARE(column(AccountListModel::UuidRole),
            QVariantList({ QStringLiteral("u-bob"), QStringLiteral("u-teen"), QStringLiteral("u-kids") }));
        QCOMPARE(column(AccountListModel::HomeDepthRole), QVariantList({ 0, 0, 0 }));
        QVERIFY(
            !model.index(1).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Home profile")));
        QCOMPARE(m_store->account(QStringLiteral("u-teen"))->home.homeUuid, QStringLiteral("u-alice"));
        // Signed in again, the Home account has its profiles back under it.
        add(person(QStringLiteral("u-alice"), QStringLiteral("Alice"), QStringLiteral("alice-token-1111")),
            true);
        QCOMPARE(column(AccountListModel::HomeDepthRole), QVariantList({ 0, 0, 1, 1 }));
    }

    void homeLinksThatLoopAreListedOnce()
    {
        StoredAccount a;
        a.uuid = QStringLiteral("a");
        a.home.homeUuid = QStringLiteral("b");
        StoredAccount b;
        b.uuid = QStringLiteral("b");
        b.home.homeUuid = QStringLiteral("a");
        StoredAccount self;
        self.uuid = QStringLiteral("self");
        self.home.homeUuid = QStringLiteral("self");
        QHash<QString, int> depth;
        const QList<StoredAccount> ordered = AccountListModel::inHomeOrder({ a, b, self }, &depth);
        QStringList uuids;
        for (const StoredAccount &account : ordered)
            uuids.append(account.uuid);
        QCOMPARE(uuids, QStringList({ QStringLiteral("self"), QStringLiteral("a"), QStringLiteral("b") }));
        QCOMPARE(depth.value(QStringLiteral("self")), 0);
        QCOMPARE(depth.value(QStringLiteral("a")), 0);
        QCOMPARE(depth.value(QStringLiteral("b")), 1);
    }

    void initials_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("initials");
        QTest::newRow("two words") << QStringLiteral("Alice Baker") << QStringLiteral("AB");
        QTest::newRow("one word") << QStringLiteral("alice") << QStringLiteral("AL");
        QTest::newRow("email") << QStringLiteral("carol.smith@example.net") << QStringLiteral("CS");
        QTest::newRow("empty") << QString() << QStringLiteral("?");
        QTest::newRow("non-latin") << QStringLiteral("Élodie Ünal") << QStringLiteral("ÉÜ");
    }

    void initials()
    {
        QFETCH(QString, name);
        QFETCH(QString, initials);
        QCOMPARE(AccountListModel::initialsFor(name), initials);
    }
};

QTEST_GUILESS_MAIN(TestAccountListModel)
#include "tst_accountlistmodel.moc"
