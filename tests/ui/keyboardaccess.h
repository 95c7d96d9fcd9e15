#pragma once

// Checks of what keyboard and screen-reader users meet in a widget: accessible names, mnemonics
// and the order Tab goes through the controls.

#include "messagebanner.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QStringList>
#include <QTest>
#include <QWidget>

namespace KeyboardAccess {

// Class names of the children that take keyboard focus without an accessible name. A message
// banner's action button is skipped: the banner names it after its action when it shows one.
inline QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->accessibleName().isEmpty())
            continue;
        auto *banner = qobject_cast<PlexAuth::MessageBanner *>(widget->parentWidget());
        if (banner && widget == banner->actionButton())
            continue;
        unnamed.append(
            QString::fromLatin1(widget->metaObject()->className()) + u'(' + widget->objectName() + u')');
    }
    return unnamed;
}

// Buttons' and buddied labels' texts that share their Alt+key with another one, or with one of
// `alwaysActive` (tab and menu titles).
inline QStringList mnemonicClashes(QWidget *root, const QStringList &alwaysActive = {})
{
    QStringList clashes;
    QHash<QChar, QString> taken;
    QStringList texts = alwaysActive;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts.append(button->text());
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            texts.append(label->text());
    }
    for (QString text : std::as_const(texts)) {
        text.replace(QStringLiteral("&&"), QString());
        const qsizetype amp = text.indexOf(u'&');
        if (amp < 0 || amp + 1 >= text.size())
            continue;
        const QChar key = text.at(amp + 1).toLower();
        if (taken.contains(key))
            clashes.append(taken.value(key) + QStringLiteral(" / ") + text);
        taken.insert(key, text);
    }
    return clashes;
}

// The accessible names of the controls Tab goes through from `start`, `steps` of them.
inline QStringList focusChain(QWidget *start, int steps)
{
    start->setFocus(Qt::TabFocusReason);
    QStringList chain;
    for (int step = 0; step < steps; ++step) {
        QWidget *focused = QApplication::focusWidget();
        chain.append(focused ? focused->accessibleName() : QStringLiteral("(none)"));
        if (!focused)
            break;
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    return chain;
}

} // namespace KeyboardAccess
