// The source lookup panel with real widgets (offscreen) against the fake Plex server: the source
// validator, lookups that work and the ones refused (403, 404, unreachable, plain http across the
// internet), and Copy as curl with and without the token.
#include "accountsession.h"
#include "connectionsview.h"
#include "guifixture.h"
#include "keyboardaccess.h"
#include "messagebanner.h"
#include "secretfield.h"
#include "serverfixtures.h"
#include "sourceid.h"
#include "sourceidvalidator.h"
#include "sourcelookuppanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace PlexAuth;
using namespace ServerFixtures;
using TestSupport::Outcome;

namespace {
const QString podcasts = SourceId::exampleProvider();
const QString library = SourceId::exampleServer();
const QString sensitiveHint = QStringLiteral("x-kde-passwordManagerHint");
} // namespace

class TestSourceLookupPanel : public QObject
{
    Q_OBJECT

private:
    TestSupport::GuiFixture m_gui;
    std::unique_ptr<SourceLookupPanel> m_panel;

    // The panel for `token`'s account (alice's or bob's), with its servers as plex.tv lists them.
    void showAccount(const QString &token)
    {
        const auto stored
            = m_gui.addAccount(token == TestSupport::bobToken ? TestSupport::bob : TestSupport::alice,
                TestSupport::GuiFixture::Keep::ThisSessionOnly);
        QVERIFY(stored);
        AccountSession *session = m_gui.services()->sessions()->session(stored->uuid);
        QVERIFY(session);
        QSignalSpy listed(session, &AccountSession::serversChanged);
        session->loadServers();
        QVERIFY(listed.wait(10000));
        QVERIFY(session->servers());
        m_panel->setSession(session);
        m_panel->setServers(*session->servers());
    }

    // Looks `source` up at `server` (typed in, or the text of one of the account's servers).
    bool lookUp(const QString &server, const QString &source)
    {
        m_panel->serverBox()->setEditText(server);
        m_panel->sourceEdit()->setText(source);
        if (!m_panel->lookUpButton()->isEnabled())
            return false;
        QSignalSpy finished(m_panel.get(), &SourceLookupPanel::lookupFinished);
        m_panel->lookUpButton()->click();
        return finished.wait(10000);
    }

    QString typedServer() const { return m_gui.server().mediaServerUrl().toString(); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_gui.reset());
        m_panel = std::make_unique<SourceLookupPanel>(m_gui.services(), m_gui.clipboard());
        m_panel->resize(900, 640);
        m_panel->show();
    }

    void cleanup()
    {
        m_gui.clipboard()->clearNow();
        m_panel.reset();
        QVERIFY(m_gui.cleanup());
    }

    void validatorMapsTheVerdicts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("lenient");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("kept");
        const int acceptable = QValidator::Acceptable;
        const int intermediate = QValidator::Intermediate;
        const int invalid = QValidator::Invalid;
        QTest::newRow("provider") << podcasts << false << acceptable << podcasts;
        QTest::newRow("server") << library << false << acceptable << library;
        QTest::newRow("machine only") << QStringLiteral("server://546684a3") << false << acceptable
                                      << QStringLiteral("server://546684a3");
        QTest::newRow("empty") << QString() << false << intermediate << QString();
        QTest::newRow("prefix") << QStringLiteral("prov") << false << intermediate << QStringLiteral("prov");
        QTest::newRow("scheme only") << QStringLiteral("provider://") << false << intermediate
                                     << QStringLiteral("provider://");
        QTest::newRow("trailing slash") << QStringLiteral("server://546684a3/") << false << intermediate
                                        << QStringLiteral("server://546684a3/");
        QTest::newRow("other scheme")
            << QStringLiteral("http://x") << false << invalid << QStringLiteral("http://x");
        QTest::newRow("not hex") << QStringLiteral("server://xyz") << false << invalid
                                 << QStringLiteral("server://xyz");
        QTest::newRow("lenient") << QStringLiteral("http://x") << true << intermediate
                                 << QStringLiteral("http://x");
        QTest::newRow("pasted line") << u' ' + podcasts + u'\n' << false << acceptable << podcasts;
    }

    void validatorMapsTheVerdicts()
    {
        QFETCH(QString, input);
        QFETCH(bool, lenient);
        QFETCH(int, state);
        QFETCH(QString, kept);
        SourceIdValidator validator;
        validator.setLenient(lenient);
        int pos = int(input.size());
        QCOMPARE(int(validator.validate(input, pos)), state);
        QCOMPARE(input, kept);
        QVERIFY(pos >= 0 && pos <= input.size());
    }

    void hintAndLookUpButtonFollowTheSource()
    {
        showAccount(TestSupport::aliceToken);
        QLineEdit *source = m_panel->sourceEdit();
        QVERIFY(source->placeholderText().contains(podcasts));
        QVERIFY(!m_panel->lookUpButton()->isEnabled());
        QVERIFY(m_panel->sourceHint()->text().startsWith(QStringLiteral("Enter a source.")));
        // Typing something wrong is not swallowed: the hint says what is wrong.
        source->setFocus();
        QTest::keyClicks(source, QStringLiteral("http://x"));
        QCOMPARE(source->text(), QStringLiteral("http://x"));
        QVERIFY2(m_panel->sourceHint()->text().startsWith(QStringLiteral("A source starts with")),
            qPrintable(m_panel->sourceHint()->text()));
        QVERIFY(!m_panel->lookUpButton()->isEnabled());
        QVERIFY(!source->hasAcceptableInput());
        // Enter does nothing until the source is valid.
        QTest::keyClick(source, Qt::Key_Return);
        QCOMPARE(m_gui.server().requestCount(QStringLiteral("/security/resources")), 0);
        source->clear();
        QTest::keyClicks(source, QStringLiteral("server://546684a3/"));
        QVERIFY2(m_panel->sourceHint()->text().startsWith(QStringLiteral("Add the provider after the slash")),
            qPrintable(m_panel->sourceHint()->text()));
        QVERIFY(!m_panel->lookUpButton()->isEnabled());
        source->clear();
        QTest::keyClicks(source, podcasts);
        QCOMPARE(m_panel->sourceHint()->text(), QStringLiteral("A valid source."));
        QVERIFY(m_panel->lookUpButton()->isEnabled()); // the first server is chosen
        QVERIFY(m_panel->serverHint()->text().contains(QStringLiteral("with your account token")));
    }

    void looksUpAProviderWithTheKeyboard()
    {
        showAccount(TestSupport::aliceToken);
        m_panel->serverBox()->setEditText(typedServer());
        QSignalSpy finished(m_panel.get(), &SourceLookupPanel::lookupFinished);
        m_panel->sourceEdit()->setFocus();
        QTest::keyClicks(m_panel->sourceEdit(), podcasts);
        QTest::keyClick(m_panel->sourceEdit(), Qt::Key_Return);
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().first().toBool());
        QVERIFY(m_panel->resultBox()->isVisible());
        QCOMPARE(m_panel->deviceNameLabel()->text(), QStringLiteral("Plex Podcasts"));
        QCOMPARE(m_panel->clientIdentifierLabel()->text(), QStringLiteral("tv.plex.provider.podcasts"));
        QCOMPARE(m_panel->tokenField()->secret(), QStringLiteral("source-token-podcasts-provider"));
        ConnectionsView *connections = m_panel->connectionsView();
        QAbstractItemModelTester tester(
            connections->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(connections->proxy()->rowCount(), 1);
        QCOMPARE(connections->proxy()->index(0, ConnectionTableModel::UriColumn).data().toString(),
            QStringLiteral("https://podcasts.provider.plex.tv"));
        const FakePlex::RecordedRequest request = m_gui.server().requests().last();
        QCOMPARE(request.path, QStringLiteral("/security/resources"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("source"), QUrl::FullyDecoded), podcasts);
        QCOMPARE(request.header("x-plex-token"), TestSupport::aliceToken.toUtf8());
        // The connections are filterable.
        QVERIFY(connections->filterEdit()->isVisible());
        connections->filterEdit()->setText(QStringLiteral("nowhere"));
        QCOMPARE(connections->proxy()->rowCount(), 0);
        connections->filterEdit()->clear();
        settleLayouts();
        m_panel->grab().save(
            QCoreApplication::applicationDirPath() + QStringLiteral("/screenshot-sourcelookup.png"));
    }

    void looksUpAServerSourceAtAnOwnedServer()
    {
        // Living Room PMS reached only at the fake server's own address: its best guess.
        QVERIFY(m_gui.server().loadFixtureJson(
            withLivingRoomConnections({ connection(QStringLiteral("{base}"), true) })));
        showAccount(TestSupport::aliceToken);
        QVERIFY(lookUp(QStringLiteral("Living Room PMS (yours)"), library));
        QCOMPARE(m_panel->deviceNameLabel()->text(), QStringLiteral("Living Room PMS"));
        QCOMPARE(m_panel->connectionsView()->model()->rowCount(), 2);
        QCOMPARE(m_gui.server().requests().last().header("x-plex-token"), TestSupport::aliceToken.toUtf8());
        QCOMPARE(m_panel->refreshBox()->isChecked(), false);
        m_panel->refreshBox()->setChecked(true);
        QVERIFY(lookUp(QStringLiteral("Living Room PMS (yours)"), library));
        QCOMPARE(m_gui.server().requests().last().query.queryItemValue(QStringLiteral("refresh")),
            QStringLiteral("1"));
    }

    void aSharedServerGetsItsOwnTokenAndRefusesInWords()
    {
        QVERIFY(m_gui.server().loadFixtureJson(
            withLivingRoomConnections({ connection(QStringLiteral("{base}"), true) })));
        showAccount(TestSupport::bobToken);
        QCOMPARE(m_panel->serverBox()->itemText(0), QStringLiteral("Living Room PMS (shared)"));
        QVERIFY(m_panel->serverHint()->text().contains(QStringLiteral("the token that server gave you")));
        QVERIFY(lookUp(m_panel->serverBox()->itemText(0), podcasts));
        QCOMPARE(m_gui.server().requests().last().header("x-plex-token"), livingRoomBobToken.toUtf8());
        QVERIFY(m_panel->banner()->isVisible());
        QVERIFY2(m_panel->banner()->text().contains(
                     QStringLiteral("the token is not an admin token of that server (only its owner's token, "
                                    "or a transient token made from it, can look up sources)")),
            qPrintable(m_panel->banner()->text()));
        QVERIFY(!m_panel->resultBox()->isVisible());
    }

    void anUnknownSourceIsA404InWords()
    {
        showAccount(TestSupport::aliceToken);
        QVERIFY(lookUp(typedServer(), QStringLiteral("provider://tv.plex.provider.nothing")));
        QVERIFY2(m_panel->banner()->text().contains(QStringLiteral("does not know the source")),
            qPrintable(m_panel->banner()->text()));
        QVERIFY(m_panel->banner()->text().contains(QStringLiteral("older than Plex Media Server 1.15.4")));
    }

    void anUnreachableServerIsNamed()
    {
        showAccount(TestSupport::aliceToken);
        const QString refused = QStringLiteral("http://127.0.0.1:%1").arg(closedPort());
        QVERIFY(lookUp(refused, podcasts));
        QVERIFY2(m_panel->banner()->text().contains(QStringLiteral("could not be reached at ") + refused),
            qPrintable(m_panel->banner()->text()));
    }

    void plainHttpAcrossTheInternetIsRefusedWithoutARequest()
    {
        showAccount(TestSupport::aliceToken);
        m_panel->serverBox()->setEditText(QStringLiteral("http://203.0.113.7:32400"));
        QVERIFY(m_panel->serverHint()->text().contains(QStringLiteral("not on your local network")));
        m_panel->sourceEdit()->setText(podcasts);
        m_gui.server().clearRequests();
        m_panel->lookUpButton()->click();
        QVERIFY(m_panel->banner()->isVisible());
        QVERIFY2(m_panel->banner()->text().contains(QStringLiteral("unencrypted")),
            qPrintable(m_panel->banner()->text()));
        QVERIFY(!m_panel->isLookingUp());
        QCOMPARE(int(m_gui.server().requests().size()), 0);
    }

    void copyAsCurlKeepsTheTokenOutUnlessAsked()
    {
        showAccount(TestSupport::aliceToken);
        QVERIFY(lookUp(typedServer(), podcasts));
        QClipboard *clipboard = QGuiApplication::clipboard();
        QVERIFY(!m_panel->includeTokenBox()->isChecked());
        m_panel->copyCurlButton()->click();
        const QString plain = clipboard->text();
        QCOMPARE(plain,
            QStringLiteral("curl -sS -H 'Accept: application/json' -H \"X-Plex-Token: $PLEX_TOKEN\" "
                           "'https://podcasts.provider.plex.tv'"));
        QVERIFY(!clipboard->mimeData()->hasFormat(sensitiveHint));
        QVERIFY(!m_gui.clipboard()->isGuarding());

        m_panel->includeTokenBox()->setChecked(true);
        m_panel->copyCurlButton()->click();
        QVERIFY(clipboard->text().contains(QStringLiteral("'X-Plex-Token: source-token-podcasts-provider'")));
        QVERIFY(!clipboard->text().contains(QStringLiteral("$PLEX_TOKEN")));
        QCOMPARE(clipboard->mimeData()->data(sensitiveHint), QByteArray("secret"));
        QVERIFY(m_gui.clipboard()->isGuarding());
        m_gui.clipboard()->clearNow();

        // A server source: its connection's /identity.
        QVERIFY(lookUp(typedServer(), library));
        m_panel->includeTokenBox()->setChecked(false);
        ConnectionsView *connections = m_panel->connectionsView();
        connections->table()->setCurrentIndex(connections->proxy()->index(0, 0));
        QCOMPARE(m_panel->curlCommand(false),
            QStringLiteral(
                "curl -sS -H 'Accept: application/json' -H \"X-Plex-Token: $PLEX_TOKEN\" '%1/identity'")
                .arg(typedServer()));
    }

    void copyAsCurlWithTheTokenFollowsTheTokenPolicy()
    {
        showAccount(TestSupport::aliceToken);
        QVERIFY(lookUp(typedServer(), library));
        ConnectionsView *connections = m_panel->connectionsView();
        int loopbackRow = -1;
        for (int row = 0; row < connections->proxy()->rowCount(); ++row) {
            connections->table()->setCurrentIndex(connections->proxy()->index(row, 0));
            if (connections->currentUri() == QUrl(typedServer()))
                loopbackRow = row;
        }
        QVERIFY(loopbackRow >= 0);
        connections->table()->setCurrentIndex(connections->proxy()->index(loopbackRow, 0));
        // The address came from the server's answer: no token goes into the command until it has
        // answered /identity as that server.
        m_panel->includeTokenBox()->setChecked(true);
        m_panel->copyCurlButton()->click();
        QVERIFY2(QGuiApplication::clipboard()->text().contains(QStringLiteral("$PLEX_TOKEN")),
            qPrintable(QGuiApplication::clipboard()->text()));
        QVERIFY(!m_gui.clipboard()->isGuarding());
        QVERIFY2(m_panel->banner()->text().contains(QStringLiteral("Test the server's connections")),
            qPrintable(m_panel->banner()->text()));

        QSignalSpy tested(connections, &ConnectionsView::testFinished);
        connections->testButton()->click();
        QVERIFY(tested.wait(20000));
        connections->table()->setCurrentIndex(connections->proxy()->index(loopbackRow, 0));
        QVERIFY2(m_panel->curlCommand(true).contains(
                     QStringLiteral("'X-Plex-Token: source-token-living-room-lib'")),
            qPrintable(m_panel->curlCommand(true)));
        m_panel->copyCurlButton()->click();
        QVERIFY(m_gui.clipboard()->isGuarding());
        m_gui.clipboard()->clearNow();
    }

    void everyControlHasAnAccessibleName()
    {
        showAccount(TestSupport::aliceToken);
        QVERIFY(lookUp(typedServer(), podcasts));
        const QStringList unnamed = KeyboardAccess::unnamedControls(m_panel.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u' ')));
    }
};

QTEST_MAIN(TestSourceLookupPanel)
#include "tst_sourcelookuppanel.moc"
