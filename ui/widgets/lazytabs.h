#pragma once

#include <QObject>

#include <functional>
#include <vector>

class QTabWidget;

namespace PlexAuth {

// The pages of a QTabWidget, each made when it is first needed: when its tab is first shown, or when
// asked for with page(). Until then the tab holds an empty placeholder, so a window's first paint
// does not wait for pages nobody has looked at (on a first start, no page at all is shown).
class LazyTabs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LazyTabs)

public:
    // Makes the page; it is put in the tab in place of the placeholder.
    using Factory = std::function<QWidget *()>;

    explicit LazyTabs(QTabWidget *tabs);
    ~LazyTabs() override;

    // Adds a tab whose page `make` makes when it is first needed; returns its index.
    int addPage(const QString &title, Factory make);
    // The page of tab `index`, made now if it was not yet.
    QWidget *page(int index);
    bool isMade(int index) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void make(int index);

    struct Tab
    {
        Factory make;
        QWidget *page = nullptr;
    };
    QTabWidget *m_tabs;
    std::vector<Tab> m_pages;
};

} // namespace PlexAuth
