#include "lazytabs.h"

#include <QEvent>
#include <QSignalBlocker>
#include <QTabWidget>

namespace PlexAuth {

LazyTabs::LazyTabs(QTabWidget *tabs)
    : QObject(tabs)
    , m_tabs(tabs)
{
    // The current tab's page is made when the tab widget is shown, or when another tab becomes
    // current while it is visible; a hidden tab widget makes nothing.
    m_tabs->installEventFilter(this);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0 && m_tabs->isVisible())
            make(index);
    });
}

LazyTabs::~LazyTabs() = default;

int LazyTabs::addPage(const QString &title, Factory make)
{
    m_pages.push_back({ std::move(make), nullptr });
    return m_tabs->addTab(new QWidget(m_tabs), title);
}

QWidget *LazyTabs::page(int index)
{
    if (index < 0 || index >= int(m_pages.size()))
        return nullptr;
    make(index);
    return m_pages[size_t(index)].page;
}

bool LazyTabs::isMade(int index) const
{
    return index >= 0 && index < int(m_pages.size()) && m_pages[size_t(index)].page;
}

bool LazyTabs::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tabs && event->type() == QEvent::Show && m_tabs->currentIndex() >= 0)
        make(m_tabs->currentIndex());
    return QObject::eventFilter(watched, event);
}

void LazyTabs::make(int index)
{
    Tab &tab = m_pages[size_t(index)];
    if (tab.page || !tab.make)
        return;
    // Made before anything else: a factory that asks for its own page again finds it.
    QWidget *page = std::exchange(tab.make, {})();
    tab.page = page;
    // QTabWidget cannot swap a tab's page: the placeholder's tab is taken out and the page's put in
    // its place, with the same title, tooltip and current tab, and no currentChanged in between.
    const QSignalBlocker blocker(m_tabs);
    const int current = m_tabs->currentIndex();
    QWidget *placeholder = m_tabs->widget(index);
    const QString title = m_tabs->tabText(index);
    const QString toolTip = m_tabs->tabToolTip(index);
    m_tabs->removeTab(index);
    m_tabs->insertTab(index, page, title);
    m_tabs->setTabToolTip(index, toolTip);
    m_tabs->setCurrentIndex(current);
    delete placeholder;
}

} // namespace PlexAuth
