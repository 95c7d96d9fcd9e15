// The App tokens tab with real widgets (offscreen) over the real services, the fake plex.tv and the
// throwaway keyring: New app token… (its own device on plex.tv), Copy through the clipboard guard,
// Revoke after asking.
#include "apptokenspage.h"
#include "guifixture.h"
#include "messagebanner.h"

#include <QApplication>
#include <QClipboard>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace PlexAuth;
using namespace Qt::Literals::StringLiterals;
using TestSupport::whenModalAppears;

class TestAppTokensPage : public QObject
{
    Q_OBJECT

private:
    TestSupport::GuiFixture m_gui;

    std::unique_ptr<AppTokensPage> showPage()
    {
        auto page = std::make_unique<AppTokensPage>(m_gui.services(), m_gui.clipboard());
        QSignalSpy loaded(page.get(), &AppTokensPage::tokensLoaded);
        page->setAccount(m_gui.services()->accounts()->account(TestSupport::alice.uuid));
        page->resize(900, 400);
        page->show();
        page->activateWindow();
        if (!QTest::qWaitForWindowActive(page.get()))
            qWarning() << "the page's window did not become active";
        if (!loaded.wait(10000))
            qWarning() << "app tokens not loaded:" << page->banner()->text();
        return page;
    }

    TokenState stateOf(const QString &token)
    {
        TestSupport::Outcome<TokenCheck> check;
        m_gui.services()->plexTv()->validateToken(token, m_gui.services(), check.handler());
        return check.wait() && check.result().ok() ? check.result().value().state : TokenState::Unverified;
    }

    QString storedToken(const QString &name)
    {
        TestSupport::Outcome<QString> read;
        m_gui.services()->accounts()->appToken(
            TestSupport::alice.uuid, name, m_gui.services(), read.handler());
        return read.wait(TestSupport::GuiFixture::keychainTimeoutMs) && read.result().ok()
            ? read.result().value()
            : QString();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_gui.reset());
        QVERIFY(m_gui.addAccount(TestSupport::alice));
    }
    void cleanup() { QVERIFY(m_gui.cleanup()); }

    void createCopyAndRevokeAnAppToken()
    {
        auto page = showPage();
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY(page->newButton()->isEnabled());
        QVERIFY(!page->copyButton()->isEnabled() && !page->revokeButton()->isEnabled());

        QSignalSpy finished(page.get(), &AppTokensPage::actionFinished);
        whenModalAppears([](QWidget *modal) {
            auto *dialog = qobject_cast<QInputDialog *>(modal);
            if (!dialog)
                return;
            dialog->setTextValue(u"Kometa"_s);
            dialog->accept();
        });
        page->newButton()->click();
        QVERIFY(finished.wait(15000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(page->banner()->text()));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QTRY_COMPARE(page->selectedName(), u"Kometa"_s);
        QCOMPARE(m_gui.server().requestCount(u"/api/v2/pins/link"_s), 1);
        const QString token = storedToken(u"Kometa"_s);
        QVERIFY(!token.isEmpty() && token != TestSupport::alice.token);
        QCOMPARE(stateOf(token), TokenState::Valid);
        QTRY_COMPARE(page->model()->index(0, AppTokenListModel::ListedColumn).data().toString(), u"Yes"_s);
        QVERIFY(!page->banner()->text().contains(token));
        QVERIFY(!page->statusLabel()->text().contains(token));

        finished.clear();
        page->copyButton()->click();
        QVERIFY(finished.wait(10000));
        const QMimeData *copied = QApplication::clipboard()->mimeData();
        QVERIFY(copied);
        QCOMPARE(copied->text(), token);
        QVERIFY(copied->hasFormat(u"x-kde-passwordManagerHint"_s)); // marked sensitive by the guard
        QVERIFY(m_gui.clipboard()->isGuarding()); // and cleared after the delay

        finished.clear();
        QString question;
        whenModalAppears([&question](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            question = box ? box->text() : QString();
            if (box)
                box->button(QMessageBox::Yes)->click();
        });
        page->revokeButton()->click();
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(page->banner()->text()));
        QVERIFY2(question.contains(u"Kometa"_s), qPrintable(question));
        QCOMPARE(stateOf(token), TokenState::Invalid);
        QTRY_COMPARE(page->model()->rowCount(), 0);
        QCOMPARE(storedToken(u"Kometa"_s), QString());
    }

    void aFailedRevokeKeepsTheTokenAndSaysSo()
    {
        auto page = showPage();
        QSignalSpy finished(page.get(), &AppTokensPage::actionFinished);
        page->create(u"Tautulli"_s);
        QVERIFY(finished.wait(15000));
        QTRY_COMPARE(page->selectedName(), u"Tautulli"_s);
        m_gui.server().setFault(u"/devices/*"_s, TestSupport::fault(FakePlex::FaultKind::ServerError500));
        finished.clear();
        whenModalAppears(
            [](QWidget *modal) { qobject_cast<QMessageBox *>(modal)->button(QMessageBox::Yes)->click(); });
        page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(page.get()));
        page->view()->setFocus();
        QTRY_VERIFY(page->view()->hasFocus());
        QTest::keyClick(page->view(), Qt::Key_Delete);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(page->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY2(
            page->banner()->text().contains(u"stays in the keychain"_s), qPrintable(page->banner()->text()));
        QVERIFY(!storedToken(u"Tautulli"_s).isEmpty());
        QCOMPARE(page->model()->rowCount(), 1);
    }

    void aTakenNameIsRefusedBeforeAnythingIsSent()
    {
        auto page = showPage();
        QSignalSpy finished(page.get(), &AppTokensPage::actionFinished);
        page->create(u"Script"_s);
        QVERIFY(finished.wait(15000));
        QTRY_VERIFY(page->model()->rowCount() == 1 && !page->isBusy());
        m_gui.server().clearRequests();
        finished.clear();
        page->create(u"SCRIPT"_s); // refused at once, before any request
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(page->banner()->text().contains(u"already has an app token"_s),
            qPrintable(page->banner()->text()));
        QCOMPARE(m_gui.server().requestCount(u"/api/v2/pins"_s), 0);
    }
};

QTEST_MAIN(TestAppTokensPage)
#include "tst_apptokenspage.moc"
