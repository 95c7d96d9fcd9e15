#include "accountfields.h"
#include "fieldlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace PlexAuth;

class TestFieldListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester()
    {
        FieldListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFields(
            { { QStringLiteral("email"), QStringLiteral("Email"), QStringLiteral("a@example.com") },
                { QStringLiteral("uuid"), QStringLiteral("UUID"), QStringLiteral("abc") } });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 2);
        model.setFields({});
        QCOMPARE(model.rowCount(), 0);
    }

    void rowsShowLabelAndValue()
    {
        FieldListModel model;
        model.setFields(
            { { QStringLiteral("email"), QStringLiteral("Email"), QStringLiteral("a@example.com") } });
        QCOMPARE(model.index(0, FieldListModel::LabelColumn).data().toString(), QStringLiteral("Email"));
        QCOMPARE(
            model.index(0, FieldListModel::ValueColumn).data().toString(), QStringLiteral("a@example.com"));
        QCOMPARE(model.index(0, FieldListModel::ValueColumn).data(FieldListModel::CopyTextRole).toString(),
            QStringLiteral("a@example.com"));
        QCOMPARE(model.index(0, 0).data(FieldListModel::KeyRole).toString(), QStringLiteral("email"));
        QCOMPARE(model.rowOf(QStringLiteral("email")), 0);
        QCOMPARE(model.rowOf(QStringLiteral("nothing")), -1);
        QCOMPARE(model.headerData(FieldListModel::ValueColumn, Qt::Horizontal).toString(),
            QStringLiteral("Value"));
    }

    void accountFieldsListWhatPlexSays()
    {
        Account account;
        account.username = QStringLiteral("alice");
        account.email = QStringLiteral("alice@example.com");
        account.uuid = QStringLiteral("dae343c1f45beb4f");
        account.id = 13692262;
        account.twoFactorEnabled = true;
        account.homeAdmin = false;
        account.joinedAt = QDateTime(QDate(2019, 4, 26), QTime(12, 0), Qt::UTC);
        Subscription pass;
        pass.active = true;
        pass.plan = QStringLiteral("lifetime");
        account.subscription = pass;
        account.authToken = QStringLiteral("alice-token-must-not-be-listed");
        FieldListModel model;
        model.setFields(accountFields(account));
        for (const char *key : { "username", "email", "uuid", "id", "joinedAt", "subscription",
                 "twoFactorEnabled", "homeAdmin" })
            QVERIFY2(model.rowOf(QLatin1String(key)) >= 0, key);
        QCOMPARE(
            model.index(model.rowOf(QStringLiteral("id")), 1).data().toString(), QStringLiteral("13692262"));
        QVERIFY(model.index(model.rowOf(QStringLiteral("subscription")), 1)
                    .data()
                    .toString()
                    .contains(QStringLiteral("lifetime")));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("twoFactorEnabled")), 1).data().toString(),
            QStringLiteral("Yes"));
        for (const Field &field : model.fields())
            QVERIFY2(!field.value.contains(account.authToken),
                qPrintable(field.key)); // the token is shown masked elsewhere
    }

    void jwtFieldsShowDatesLocally()
    {
        DecodedJwt jwt;
        jwt.header.insert(QStringLiteral("alg"), QStringLiteral("EdDSA"));
        jwt.claims.insert(QStringLiteral("exp"), 1798761600);
        jwt.claims.insert(QStringLiteral("sub"), QStringLiteral("someone"));
        jwt.expiresAt = QDateTime::fromSecsSinceEpoch(1798761600, Qt::UTC);
        FieldListModel model;
        model.setFields(jwtFields(jwt));
        QCOMPARE(model.rowCount(), 3);
        const QString exp = model.index(model.rowOf(QStringLiteral("claim.exp")), 1).data().toString();
        QVERIFY2(exp.contains(QStringLiteral("1798761600")) && exp.contains(u'('), qPrintable(exp));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("header.alg")), 1).data().toString(),
            QStringLiteral("EdDSA"));
    }
};

QTEST_GUILESS_MAIN(TestFieldListModel)
#include "tst_fieldlistmodel.moc"
