// The settings dialog's widgets, found by object name, for tst_settingsdialog.
#pragma once

#include "appservices.h"
#include "messagebanner.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

#include <memory>

namespace SettingsTest {
using namespace PlexAuth;
using namespace std::chrono_literals;

const QUrl customUrl(QStringLiteral("https://plex.example.test/api/v2"));
const QUrl customClientsUrl(QStringLiteral("https://clients.example.test/api/v2"));

// The dialog with its controls, found by object name.
struct Form
{
    explicit Form(AppServices *services)
        : dialog(services)
        , applied(&dialog, &SettingsDialog::settingsApplied)
    { }

    template<typename T> T *find(const char *name)
    {
        T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("No %s named %s", T::staticMetaObject.className(), name);
        return widget;
    }

    bool show()
    {
        dialog.show();
        return QTest::qWaitForWindowActive(&dialog);
    }

    void click(QDialogButtonBox::StandardButton which)
    {
        QTest::mouseClick(buttons->button(which), Qt::LeftButton);
    }

    // On the indicator: a radio button in a column is wider than its label, and only the indicator
    // and the label take a click.
    static void click(QRadioButton *radio)
    {
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(radio->height() / 2, radio->height() / 2));
    }

    bool accepted() const { return dialog.result() == QDialog::Accepted && !dialog.isVisible(); }

    SettingsDialog dialog;
    QSignalSpy applied;
    QSpinBox *timeout = find<QSpinBox>("timeoutSpin");
    QRadioButton *systemProxy = find<QRadioButton>("systemProxyRadio");
    QRadioButton *noProxy = find<QRadioButton>("noProxyRadio");
    QRadioButton *manualProxy = find<QRadioButton>("manualProxyRadio");
    QLineEdit *host = find<QLineEdit>("proxyHostEdit");
    QLineEdit *port = find<QLineEdit>("proxyPortEdit");
    QSpinBox *clipboard = find<QSpinBox>("clipboardSpin");
    QComboBox *language = find<QComboBox>("languageCombo");
    QToolButton *advanced = find<QToolButton>("advancedToggle");
    QCheckBox *deviceKey = find<QCheckBox>("deviceKeySignInCheck");
    QLineEdit *url = find<QLineEdit>("plexTvUrlEdit");
    QLineEdit *clientsUrl = find<QLineEdit>("plexClientsUrlEdit");
    MessageBanner *banner = find<MessageBanner>("messageBanner");
    QDialogButtonBox *buttons = find<QDialogButtonBox>("buttonBox");
};
} // namespace SettingsTest
