// LazyTabs: a tab's page is made when the tab is first shown or asked for, once, in the placeholder's
// place, with its title, tooltip and the current tab kept.
#include "lazytabs.h"

#include <QLabel>
#include <QTabWidget>
#include <QTest>

using namespace PlexAuth;
using namespace Qt::Literals::StringLiterals;

class TestLazyTabs : public QObject
{
    Q_OBJECT

private:
    // Two tabs whose pages are labels, counting how often each was made.
    struct Tabs
    {
        QTabWidget tabs;
        LazyTabs lazy { &tabs };
        int madeFirst = 0;
        int madeSecond = 0;

        Tabs()
        {
            lazy.addPage(u"&First"_s, [this] {
                ++madeFirst;
                return new QLabel(u"first page"_s, &tabs);
            });
            lazy.addPage(u"&Second"_s, [this] {
                ++madeSecond;
                return new QLabel(u"second page"_s, &tabs);
            });
            tabs.setTabToolTip(1, u"the second"_s);
        }

        bool show()
        {
            tabs.show();
            return QTest::qWaitForWindowExposed(&tabs);
        }
    };

private Q_SLOTS:
    void aHiddenTabWidgetMakesNothing()
    {
        Tabs t;
        t.tabs.setCurrentIndex(1);
        t.tabs.setCurrentIndex(0);
        QCOMPARE(t.madeFirst, 0);
        QCOMPARE(t.madeSecond, 0);
        QVERIFY(!t.lazy.isMade(0) && !t.lazy.isMade(1));
        QCOMPARE(t.tabs.count(), 2);
        QVERIFY(!qobject_cast<QLabel *>(t.tabs.widget(0)));
    }

    void showingMakesTheCurrentPageOnly()
    {
        Tabs t;
        QVERIFY(t.show());
        QCOMPARE(t.madeFirst, 1);
        QCOMPARE(t.madeSecond, 0);
        auto *first = qobject_cast<QLabel *>(t.tabs.widget(0));
        QVERIFY(first);
        QCOMPARE(first->text(), u"first page"_s);
        QCOMPARE(t.tabs.currentWidget(), first);
        QVERIFY(first->isVisible());
    }

    void choosingATabMakesItsPageOnceInPlace()
    {
        Tabs t;
        QVERIFY(t.show());
        int changes = 0;
        connect(&t.tabs, &QTabWidget::currentChanged, this, [&changes] { ++changes; });
        t.tabs.setCurrentIndex(1);
        QCOMPARE(t.madeSecond, 1);
        QCOMPARE(changes, 1); // the swap itself says nothing
        auto *second = qobject_cast<QLabel *>(t.tabs.widget(1));
        QVERIFY(second);
        QCOMPARE(t.tabs.currentWidget(), second);
        QCOMPARE(t.tabs.tabText(1), u"&Second"_s);
        QCOMPARE(t.tabs.tabToolTip(1), u"the second"_s);
        QVERIFY(second->isVisible());
        t.tabs.setCurrentIndex(0);
        t.tabs.setCurrentIndex(1);
        QCOMPARE(t.madeFirst, 1);
        QCOMPARE(t.madeSecond, 1);
        QCOMPARE(t.tabs.count(), 2);
    }

    void askingForAPageMakesItWithoutChangingTheCurrentTab()
    {
        Tabs t;
        QWidget *second = t.lazy.page(1);
        QVERIFY(qobject_cast<QLabel *>(second));
        QCOMPARE(t.tabs.widget(1), second);
        QCOMPARE(t.tabs.currentIndex(), 0);
        QCOMPARE(t.lazy.page(1), second);
        QCOMPARE(t.madeSecond, 1);
        QCOMPARE(t.madeFirst, 0);
        QVERIFY(!t.lazy.page(2));
        QVERIFY(!t.lazy.page(-1));
    }
};

QTEST_MAIN(TestLazyTabs)
#include "tst_lazytabs.moc"
