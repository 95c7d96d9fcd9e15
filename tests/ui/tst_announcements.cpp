// Countdowns reach screen readers sparingly: the text on screen ticks every second, but an
// accessible NameChanged event (what a screen reader announces) comes only at the start and the
// milestones (CountdownMilestones). The events are caught with QAccessible::installUpdateHandler,
// with the platform's accessibility switched on as a screen reader would (as Qt's own tests do:
// without it, Qt drops every event before any handler sees it).
#include "countdownlabel.h"
#include "guifixture.h"
#include "mainwindow.h"
#include "serverfixtures.h"
#include "signindialog.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QtGui/private/qguiapplication_p.h>
#include <qpa/qplatformaccessibility.h>
#include <qpa/qplatformintegration.h>

using namespace PlexAuth;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
// The NameChanged events of one object, with its accessible name at the time.
class Announcements
{
public:
    explicit Announcements(QObject *watched)
    {
        s_watched = watched;
        s_said.clear();
        QAccessible::installUpdateHandler(&Announcements::record);
    }
    ~Announcements()
    {
        QAccessible::installUpdateHandler(nullptr);
        s_watched = nullptr;
    }
    Q_DISABLE_COPY_MOVE(Announcements)

    QStringList said() const { return s_said; }

private:
    static void record(QAccessibleEvent *event)
    {
        if (event->type() != QAccessible::NameChanged || event->object() != s_watched)
            return;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(event->object());
        s_said.append(accessible ? accessible->text(QAccessible::Name) : QString());
    }
    static inline QObject *s_watched = nullptr;
    static inline QStringList s_said;
};

QString minutesAndSeconds(qint64 seconds)
{
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

class TestAnnouncements : public QObject
{
    Q_OBJECT

private:
    TestSupport::GuiFixture m_gui;

private Q_SLOTS:
    void initTestCase()
    {
        QPlatformAccessibility *platform = QGuiApplicationPrivate::platformIntegration()->accessibility();
        QVERIFY(platform);
        platform->setActive(true);
        QVERIFY(QAccessible::isActive());
    }

    void init() { QVERIFY(m_gui.reset()); }
    void cleanup() { QVERIFY(m_gui.cleanup()); }

    void aFifteenMinuteCountdownIsAnnouncedTenTimes()
    {
        QWidget window;
        auto *label = new CountdownLabel(&window);
        label->setPurpose(u"Sign-in code expiry"_s);
        window.show();
        Announcements announcements(label);
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(label);
        QVERIFY(accessible);
        for (qint64 left = 900; left >= 0; --left) {
            label->showCountdown(u"Code expires in "_s + minutesAndSeconds(left), left);
            // Read on demand, the name is what is on screen now, not the last announcement.
            QCOMPARE(accessible->text(QAccessible::Name), label->text());
        }
        QCOMPARE(announcements.said(),
            (QStringList { u"Code expires in 15:00"_s, u"Code expires in 10:00"_s, u"Code expires in 5:00"_s,
                u"Code expires in 4:00"_s, u"Code expires in 3:00"_s, u"Code expires in 2:00"_s,
                u"Code expires in 1:00"_s, u"Code expires in 0:30"_s, u"Code expires in 0:10"_s,
                u"Code expires in 0:00"_s }));
        QCOMPARE(accessible->text(QAccessible::Description), u"Sign-in code expiry"_s);

        // A plain status is announced when it changes, once.
        label->showStatus(u"Waiting for your approval…"_s);
        label->showStatus(u"Waiting for your approval…"_s);
        QCOMPARE(announcements.said().size(), 11);
        // Hidden, it keeps quiet.
        label->hide();
        label->showStatus(u"Signing in…"_s);
        QCOMPARE(announcements.said().size(), 11);
    }

    void thePinCountdownIsAnnouncedAtItsMilestonesOnly()
    {
        // A code that lasts 12 seconds: its countdown is shown every second, announced at 0:12 and 0:10.
        QJsonObject fixture = ServerFixtures::defaultFixture();
        fixture.insert(u"pin"_s, QJsonObject { { u"expiresIn"_s, 12 }, { u"claimAfterPolls"_s, 1000000 } });
        QVERIFY(m_gui.server().loadFixtureJson(QJsonDocument(fixture).toJson()));
        SignInDialog dialog(m_gui.services(), m_gui.clipboard());
        dialog.setPinPollInterval(100ms);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *countdown = dialog.findChild<CountdownLabel *>(u"pinCountdownLabel"_s);
        auto *getCode = dialog.findChild<QPushButton *>(u"getCodeButton"_s);
        QVERIFY(countdown && getCode);
        Announcements announcements(countdown);
        dialog.setPage(SignInDialog::Page::Browser);
        auto *code = dialog.findChild<QLineEdit *>(u"pinCodeEdit"_s);
        QTRY_VERIFY_WITH_TIMEOUT(code->isVisible() && !code->text().isEmpty(), 20000);
        QSet<QString> shown;
        QVERIFY(QTest::qWaitFor(
            [&] {
                if (!countdown->text().isEmpty())
                    shown.insert(countdown->text());
                return getCode->isVisible(); // the code expired
            },
            30000));
        QVERIFY2(shown.size() >= 8, qPrintable(QStringList(shown.cbegin(), shown.cend()).join(u", "_s)));
        const QStringList said = announcements.said();
        QVERIFY2(
            said.size() == 2 && said.last() == u"Code expires in 0:10"_s, qPrintable(said.join(u", "_s)));
        QVERIFY2(said.first().startsWith(u"Code expires in 0:1"_s), qPrintable(said.first()));
    }

    void theClipboardCountdownIsAnnouncedAtItsMilestonesOnly()
    {
        MainWindow window(m_gui.services(), m_gui.clipboard());
        window.setSignInWhenEmpty(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<CountdownLabel *> labels = window.statusBar()->findChildren<CountdownLabel *>();
        QCOMPARE(labels.size(), 1);
        CountdownLabel *label = labels.first();
        Announcements announcements(label);
        m_gui.clipboard()->setClearDelay(11s);
        m_gui.clipboard()->copySecret(u"not-a-real-token"_s);
        QSet<QString> shown;
        QVERIFY(QTest::qWaitFor(
            [&] {
                if (!label->text().isEmpty())
                    shown.insert(label->text());
                return !m_gui.clipboard()->isGuarding();
            },
            30000));
        QVERIFY2(shown.size() >= 9, qPrintable(QStringList(shown.cbegin(), shown.cend()).join(u", "_s)));
        QCOMPARE(announcements.said(),
            (QStringList { u"Clipboard holds a secret: cleared in 11 s"_s,
                u"Clipboard holds a secret: cleared in 10 s"_s }));
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }
};

QTEST_MAIN(TestAnnouncements)
#include "tst_announcements.moc"
