#pragma once

// What a screen-reader or keyboard-only user meets in a window: every visible interactive widget
// must have an accessible name (its own, or its buddy label's) and be reachable with Tab, or have
// another keyboard path that the audit knows (a toolbar button's action in a menu or on a shortcut,
// a radio button reached with the arrow keys from its checked sibling).

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QRadioButton>
#include <QTabBar>
#include <QToolBar>
#include <QToolButton>
#include <QWidget>

namespace AccessibilityAudit {

// Qt's own parts of a widget, which the widget stands for: a line edit's clear button, a tab bar's
// scroll arrows, a table's corner button, a toolbar's overflow button, a spin box's line edit.
inline bool isInternalPart(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    const QByteArray className = widget->metaObject()->className();
    return className == "QLineEditIconButton" || className == "QTableCornerButton"
        || widget->objectName() == QLatin1String("qt_toolbar_ext_button")
        || qobject_cast<const QTabBar *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent);
}

inline bool isInteractive(const QWidget *widget)
{
    if (qobject_cast<const QHeaderView *>(widget) || isInternalPart(widget))
        return false;
    return (widget->focusPolicy() & Qt::TabFocus) || qobject_cast<const QAbstractButton *>(widget)
        || qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QAbstractItemView *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QTabBar *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget);
}

inline QWidget *focusTarget(QWidget *widget)
{
    while (widget->focusProxy())
        widget = widget->focusProxy();
    return widget;
}

inline QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 \"%2\" in %3")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
            widget->window()->objectName().isEmpty()
                ? QString::fromLatin1(widget->window()->metaObject()->className())
                : widget->window()->objectName());
}

// The widgets Tab stops at, in order: the window's focus chain (nextInFocusChain), keeping what
// QWidget::focusNextPrevChild() would give the focus to.
inline QList<QWidget *> tabStops(QWidget *window)
{
    QList<QWidget *> stops;
    for (QWidget *widget = window->nextInFocusChain(); widget && widget != window;
         widget = widget->nextInFocusChain()) {
        if (widget->window() != window || !widget->isVisible() || !widget->isEnabled())
            continue;
        QWidget *target = focusTarget(widget);
        if ((target->focusPolicy() & Qt::TabFocus) && target->isEnabled() && !stops.contains(target))
            stops.append(target);
    }
    return stops;
}

inline QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

// Another keyboard path than Tab, where the widget has one.
inline bool hasOtherKeyboardPath(QWidget *widget, const QList<QWidget *> &stops)
{
    if (auto *button = qobject_cast<QToolButton *>(widget);
        button && qobject_cast<QToolBar *>(widget->parentWidget())) {
        const QAction *action = button->defaultAction();
        if (!action)
            return false;
        if (!action->shortcut().isEmpty())
            return true;
        const QList<QObject *> users = action->associatedObjects();
        return std::any_of(
            users.cbegin(), users.cend(), [](QObject *user) { return qobject_cast<QMenu *>(user); });
    }
    if (auto *radio = qobject_cast<QRadioButton *>(widget); radio && radio->autoExclusive()) {
        const QList<QRadioButton *> group
            = radio->parentWidget()->findChildren<QRadioButton *>(Qt::FindDirectChildrenOnly);
        return std::any_of(group.cbegin(), group.cend(),
            [&stops](QRadioButton *sibling) { return sibling->isChecked() && stops.contains(sibling); });
    }
    return false;
}

// One line per problem, naming the widget; empty when the window passes.
inline QStringList problems(QWidget *window)
{
    QStringList found;
    const QList<QWidget *> stops = tabStops(window);
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->window() != window || !widget->isVisible() || !isInteractive(widget))
            continue;
        if (accessibleName(widget).isEmpty())
            found.append(QStringLiteral("no accessible name: ") + describe(widget));
        QWidget *target = focusTarget(widget);
        if (widget->isEnabled() && !stops.contains(target) && !hasOtherKeyboardPath(widget, stops))
            found.append(QStringLiteral("not in the tab chain: ") + describe(widget));
    }
    return found;
}

// Where Tab goes against the reading order: from the top-left-most stop on, Tab never moves to a
// control that lies wholly above the one before it (the wrap back to the top aside).
inline QStringList orderProblems(QWidget *window)
{
    QList<QWidget *> stops = tabStops(window);
    if (stops.size() < 2)
        return {};
    const auto rect = [window](const QWidget *widget) {
        return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
    };
    const auto first = std::min_element(stops.cbegin(), stops.cend(), [&rect](QWidget *a, QWidget *b) {
        const QRect ra = rect(a);
        const QRect rb = rect(b);
        return ra.top() != rb.top() ? ra.top() < rb.top() : ra.left() < rb.left();
    });
    std::rotate(stops.begin(), stops.begin() + (first - stops.cbegin()), stops.end());
    QStringList found;
    for (qsizetype i = 1; i < stops.size(); ++i) {
        if (rect(stops.at(i)).bottom() < rect(stops.at(i - 1)).top())
            found.append(QStringLiteral("Tab goes up from %1 to %2")
                             .arg(describe(stops.at(i - 1)), describe(stops.at(i))));
    }
    return found;
}

} // namespace AccessibilityAudit
