#pragma once

#include <QWidget>

#include <initializer_list>

namespace PlexAuth {

// Puts `widgets` one after the other in their window's tab chain, in the order given (the order
// they are laid out in, where the order they were created in differs). Each must take the focus
// itself: Qt ignores a container with no focus policy here.
inline void setTabChain(std::initializer_list<QWidget *> widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *widget : widgets) {
        if (previous)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

} // namespace PlexAuth
