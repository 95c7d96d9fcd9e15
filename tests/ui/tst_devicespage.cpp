// The Devices tab with real widgets (offscreen) over the real services and the fake plex.tv: the
// filtered device table, removal after a confirmation naming the device, a server's removal only
// once its name is typed, and this installation's entry that cannot be removed.
#include "devicespage.h"
#include "guifixture.h"
#include "messagebanner.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace PlexAuth;
using namespace Qt::Literals::StringLiterals;
using TestSupport::whenModalAppears;

namespace {
const QString iphoneToken = u"alice-iphone-token-7Yq2LxW9pR4s"_s;

QPushButton *buttonCalled(QWidget *dialog, const QString &text)
{
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->text().remove(u'&') == text)
            return button;
    }
    return nullptr;
}
} // namespace

class TestDevicesPage : public QObject
{
    Q_OBJECT

private:
    TestSupport::GuiFixture m_gui;

    std::unique_ptr<DevicesPage> showPage()
    {
        auto page = std::make_unique<DevicesPage>(m_gui.services());
        QSignalSpy loaded(page.get(), &DevicesPage::devicesLoaded);
        page->setAccount(m_gui.services()->accounts()->account(TestSupport::alice.uuid));
        page->resize(1000, 500);
        page->show();
        page->activateWindow();
        if (!QTest::qWaitForWindowActive(page.get()))
            qWarning() << "the page's window did not become active";
        if (!loaded.wait(10000) || !loaded.first().first().toBool())
            qWarning() << "devices not loaded:" << page->banner()->text();
        return page;
    }

    QStringList deletes() const
    {
        QStringList paths;
        for (const FakePlex::RecordedRequest &request : m_gui.server().requests()) {
            if (request.method == "DELETE")
                paths.append(request.path);
        }
        return paths;
    }

    TokenState stateOf(const QString &token)
    {
        TestSupport::Outcome<TokenCheck> check;
        m_gui.services()->plexTv()->validateToken(token, m_gui.services(), check.handler());
        return check.wait() && check.result().ok() ? check.result().value().state : TokenState::Unverified;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_gui.reset());
        QVERIFY(m_gui.addAccount(TestSupport::alice));
    }
    void cleanup() { QVERIFY(m_gui.cleanup()); }

    void listsAndFiltersTheDevices()
    {
        auto page = showPage();
        QCOMPARE(page->model()->rowCount(), 4);
        QVERIFY2(
            page->statusLabel()->text().startsWith(u"4 device"_s), qPrintable(page->statusLabel()->text()));
        QVERIFY(!page->view()->accessibleName().isEmpty());
        QTest::keyClicks(page->filterEdit(), u"tautulli"_s);
        QCOMPARE(page->proxy()->rowCount(), 2);
        QVERIFY2(page->statusLabel()->text().startsWith(u"2 of 4 device"_s),
            qPrintable(page->statusLabel()->text()));
        page->filterEdit()->clear();
        QTest::keyClicks(page->filterEdit(), u"546684a3"_s); // a client identifier
        QCOMPARE(page->proxy()->rowCount(), 1);
        const QModelIndex row = page->proxy()->index(0, DeviceListModel::ServerColumn);
        QCOMPARE(row.data().toString(), u"Server"_s);
        QVERIFY(!page->removeButton()->isEnabled()); // nothing selected yet
    }

    void removesADeviceAfterAConfirmationNamingIt()
    {
        auto page = showPage();
        page->selectDevice(510002);
        QVERIFY(page->removeButton()->isEnabled());
        QString question;
        whenModalAppears([&question](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            question = box ? box->text() : QString();
            if (box)
                box->button(QMessageBox::Cancel)->click();
        });
        page->removeButton()->click();
        QVERIFY2(question.contains(u"Alice's iPhone"_s), qPrintable(question));
        QCOMPARE(deletes(), QStringList()); // cancelled: nothing sent

        QSignalSpy finished(page.get(), &DevicesPage::removalFinished);
        whenModalAppears(
            [](QWidget *modal) { qobject_cast<QMessageBox *>(modal)->button(QMessageBox::Yes)->click(); });
        page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(page.get()));
        page->view()->setFocus();
        QTRY_VERIFY(page->view()->hasFocus());
        QTest::keyClick(page->view(), Qt::Key_Delete); // the keyboard's way to the same
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(deletes(), QStringList { u"/devices/510002.xml"_s });
        QCOMPARE(page->banner()->kind(), MessageBanner::Kind::Success);
        QCOMPARE(stateOf(iphoneToken), TokenState::Invalid);
        QTRY_COMPARE(page->model()->rowCount(), 3);
    }

    void aServerIsRemovedOnlyWithItsNameTyped()
    {
        auto page = showPage();
        page->selectDevice(510001);
        bool disabledUntilTyped = false;
        bool disabledForWrongName = false;
        QString warning;
        whenModalAppears([&](QWidget *modal) {
            auto *typed = modal->findChild<QLineEdit *>(u"serverNameEdit"_s);
            QPushButton *confirm = buttonCalled(modal, u"Remove Server"_s);
            if (!typed || !confirm) {
                qobject_cast<QDialog *>(modal)->reject();
                return;
            }
            for (const QLabel *label : modal->findChildren<QLabel *>())
                warning += label->text();
            disabledUntilTyped = !confirm->isEnabled();
            QTest::keyClicks(typed, u"Living Room"_s);
            disabledForWrongName = !confirm->isEnabled();
            QTest::keyClicks(typed, u" PMS"_s);
            confirm->click();
        });
        QSignalSpy finished(page.get(), &DevicesPage::removalFinished);
        page->removeButton()->click();
        QVERIFY(disabledUntilTyped && disabledForWrongName);
        QVERIFY2(warning.contains(u"de-authorises"_s), qPrintable(warning));
        QVERIFY(finished.wait(10000));
        QCOMPARE(deletes(), QStringList { u"/devices/510001.xml"_s });
    }

    void aServerStaysWhenTheDialogIsCancelled()
    {
        auto page = showPage();
        page->selectDevice(510001);
        whenModalAppears([](QWidget *modal) { qobject_cast<QDialog *>(modal)->reject(); });
        page->removeButton()->click();
        QCOMPARE(deletes(), QStringList());
    }

    void thisInstallationCannotBeRemoved()
    {
        // Signed in through this installation's identity: plex.tv lists it as a device.
        TestSupport::Outcome<Account> signedIn;
        m_gui.services()->plexTv()->signIn(
            { TestSupport::alice.login, TestSupport::alice.password, true, {} }, m_gui.services(),
            signedIn.handler());
        QVERIFY(signedIn.wait() && signedIn.result().ok());
        auto page = showPage();
        QCOMPARE(page->model()->rowCount(), 5);
        qint64 self = 0;
        for (const AuthorizedDevice &device : page->model()->devices()) {
            if (device.thisInstallation)
                self = device.id;
        }
        QVERIFY(self > 0);
        page->selectDevice(self);
        QVERIFY(!page->removeButton()->isEnabled());
        QVERIFY2(page->removeButton()->toolTip().contains(u"sign out"_s, Qt::CaseInsensitive),
            qPrintable(page->removeButton()->toolTip()));
        page->removeSelected();
        QTest::keyClick(page->view(), Qt::Key_Delete);
        QCOMPARE(deletes(), QStringList());
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
    }
};

QTEST_MAIN(TestDevicesPage)
#include "tst_devicespage.moc"
