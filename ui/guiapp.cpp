#include "guiapp.h"

#include "appicon.h"
#include "appservices.h"
#include "clipboardguard.h"
#include "logging.h"
#include "mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

namespace PlexAuth {

namespace {
// For bench/run-startup only: quits once the first sign-in window (or, with accounts, the main
// window) has painted, so start-up can be timed against a bare Qt window.
class QuitAfterFirstPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_quitting) {
            auto *widget = qobject_cast<QWidget *>(watched);
            const QWidget *window = widget ? widget->window() : nullptr;
            if (window
                && (window->objectName() == QLatin1String("SignInDialog")
                    || (window->objectName() == QLatin1String("mainWindow") && !hasSignInWhenEmpty()))) {
                m_quitting = true;
                QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    static bool hasSignInWhenEmpty() { return qEnvironmentVariableIsSet("PLEXAUTH_BENCH_EXPECT_SIGN_IN"); }
    bool m_quitting = false;
};
// The language from Settings, or the system's; Qt's own strings (buttons, standard dialogs) and
// PlexAuth's where a translation exists. Falls back to English silently.
void installTranslations(QApplication &app, const QString &chosen)
{
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("plexauth"), QStringLiteral("_"), QStringLiteral(":/translations")))
        QCoreApplication::installTranslator(own);
}
} // namespace

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PlexAuth"));
    QApplication::setApplicationName(QStringLiteral("PlexAuth"));
    QApplication::setApplicationDisplayName(QStringLiteral("PlexAuth"));
    QApplication::setApplicationVersion(QStringLiteral(PLEXAUTH_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(PLEXAUTH_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(PLEXAUTH_APP_ID), bundledAppIcon()));
    installRedactingMessageHandler();

    QSettings settings;
    AppServices services(settings);
    installTranslations(app, services.settings().language());
    ClipboardGuard clipboard(QGuiApplication::clipboard());
    clipboard.setClearDelay(std::chrono::seconds(services.settings().clipboardClearSeconds()));
    if (qEnvironmentVariableIsSet("PLEXAUTH_BENCH_QUIT_AFTER_FIRST_PAINT"))
        app.installEventFilter(new QuitAfterFirstPaint(&app));
    MainWindow window(&services, &clipboard);
    window.show();
    return QApplication::exec();
}

} // namespace PlexAuth
