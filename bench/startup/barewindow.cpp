// The baseline of bench/run-startup: what any Qt Widgets app pays to put a window on the screen.
// A plain dialog the size of PlexAuth's sign-in window, with a few standard widgets, shown; the
// process quits right after the dialog's first paint, as tests/support/firstpaintapp.cpp does.
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

#include <chrono>
#include <cstdio>

namespace {

class QuitAfterFirstPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_quitting) {
            m_quitting = true;
            // When it painted, on the clock `date +%s%N` reads, as tests/support/firstpaintapp.cpp prints it.
            std::printf("first-paint-ns %lld\n",
                static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(
                    std::chrono::system_clock::now().time_since_epoch())
                                           .count()));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_quitting = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PlexAuthBench"));
    QApplication::setApplicationName(QStringLiteral("BareWindow"));

    QDialog dialog;
    dialog.setWindowTitle(QStringLiteral("Bare window"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro
        = new QLabel(QStringLiteral("A plain Qt Widgets dialog, the baseline for start-up time."), &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    form->addRow(QStringLiteral("&Email or username:"), new QLineEdit(&dialog));
    auto *password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    form->addRow(QStringLiteral("&Password:"), password);
    layout->addLayout(form);
    layout->addWidget(new QCheckBox(QStringLiteral("&Remember me"), &dialog));
    layout->addStretch(1);
    layout->addWidget(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog));
    dialog.resize(460, 360);

    // On the application, like PlexAuth's hook: the first paint of any widget of the window counts.
    app.installEventFilter(new QuitAfterFirstPaint(&app));
    dialog.show();
    return QApplication::exec();
}
