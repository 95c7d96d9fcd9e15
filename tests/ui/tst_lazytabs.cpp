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
    struct Made
    {
        int first = 0;
        int second = 0;
    };

    static void addTwo(LazyTabs &lazy, QTabWidget &tabs, Made &made)
    {
        lazy.addPage(u"&First"_s, [&tabs, &made] {
            ++made.first;
            return new QLabel(u"first page"_s, &tabs);
        });
        lazy.addPage(u"&Second"_s, [&tabs, &made] {
            ++made.second;
            return new QLabel(u"second page"_s, &tabs);
        });
        tabs.setTabToolTip(1, u"the second"_s);
    }

private Q_SLOTS:
    void aHiddenTabWidgetMakesNothing()
    {
        QTabWidget tabs;
        LazyTabs lazy(&tabs);
        Made made;
        addTwo(lazy, tabs, made);
        tabs.setCurrentIndex(1);
        tabs.setCurrentIndex(0);
        QCOMPARE(made.first, 0);
        QCOMPARE(made.second, 0);
        QVERIFY(!lazy.isMade(0) && !lazy.isMade(1));
        QCOMPARE(tabs.count(), 2);
        QVERIFY(!qobject_cast<QLabel *>(tabs.widget(0)));
    }

    void showingMakesTheCurrentPageOnly()
    {
        QTabWidget tabs;
        LazyTabs lazy(&tabs);
        Made made;
        addTwo(lazy, tabs, made);
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        QCOMPARE(made.first, 1);
        QCOMPARE(made.second, 0);
        auto *first = qobject_cast<QLabel *>(tabs.widget(0));
        QVERIFY(first);
        QCOMPARE(first->text(), u"first page"_s);
        QCOMPARE(tabs.currentWidget(), first);
        QVERIFY(first->isVisible());
    }

    void choosingATabMakesItsPageOnceInPlace()
    {
        QTabWidget tabs;
        LazyTabs lazy(&tabs);
        Made made;
        addTwo(lazy, tabs, made);
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        int changes = 0;
        connect(&tabs, &QTabWidget::currentChanged, this, [&changes] { ++changes; });
        tabs.setCurrentIndex(1);
        QCOMPARE(made.second, 1);
        QCOMPARE(changes, 1); // the swap itself says nothing
        auto *second = qobject_cast<QLabel *>(tabs.widget(1));
        QVERIFY(second);
        QCOMPARE(tabs.currentWidget(), second);
        QCOMPARE(tabs.tabText(1), u"&Second"_s);
        QCOMPARE(tabs.tabToolTip(1), u"the second"_s);
        QVERIFY(second->isVisible());
        tabs.setCurrentIndex(0);
        tabs.setCurrentIndex(1);
        QCOMPARE(made.first, 1);
        QCOMPARE(made.second, 1);
        QCOMPARE(tabs.count(), 2);
    }

    void askingForAPageMakesItWithoutChangingTheCurrentTab()
    {
        QTabWidget tabs;
        LazyTabs lazy(&tabs);
        Made made;
        addTwo(lazy, tabs, made);
        QWidget *second = lazy.page(1);
        QVERIFY(qobject_cast<QLabel *>(second));
        QCOMPARE(tabs.widget(1), second);
        QCOMPARE(tabs.currentIndex(), 0);
        QCOMPARE(lazy.page(1), second);
        QCOMPARE(made.second, 1);
        QCOMPARE(made.first, 0);
        QVERIFY(!lazy.page(2));
        QVERIFY(!lazy.page(-1));
    }
};

QTEST_MAIN(TestLazyTabs)
#include "tst_lazytabs.moc"
