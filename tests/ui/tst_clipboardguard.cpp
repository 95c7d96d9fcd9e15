#include "clipboardguard.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace PlexAuth;
using namespace std::chrono_literals;

namespace {
const QString kdeHint = QStringLiteral("x-kde-passwordManagerHint");
const QString macConcealed = QStringLiteral("application/x-nspasteboard-concealed-type");
const QStringList windowsHints = {
    QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"),
    QStringLiteral("CanIncludeInClipboardHistory"),
    QStringLiteral("CanUploadToCloudClipboard"),
};

QClipboard *clipboard()
{
    return QGuiApplication::clipboard();
}

QList<int> ints(const QSignalSpy &spy)
{
    QList<int> values;
    for (const QList<QVariant> &arguments : spy)
        values.append(arguments.at(0).toInt());
    return values;
}
} // namespace

// The offscreen platform has no selection clipboard; tst_clipboardguard_x11 runs this executable under
// Xvfb on the xcb platform with PLEXAUTH_TEST_X11 set, where a missing one is a failure, not a skip.
#define REQUIRE_SELECTION_CLIPBOARD()                                                                        \
    do {                                                                                                     \
        if (!clipboard()->supportsSelection()) {                                                             \
            QVERIFY2(!qEnvironmentVariableIsSet("PLEXAUTH_TEST_X11"), "xcb under Xvfb has a selection");     \
            QSKIP("the offscreen platform has no selection clipboard (tst_clipboardguard_x11 has one)");     \
        }                                                                                                    \
    } while (false)

class TestClipboardGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        clipboard()->clear(QClipboard::Clipboard);
        if (clipboard()->supportsSelection())
            clipboard()->clear(QClipboard::Selection);
    }

    void theMimeDataIsMarkedSensitive()
    {
        const QString secret = QStringLiteral("tok-3f9a");
        const std::unique_ptr<QMimeData> mime(ClipboardGuard::sensitiveMimeData(secret));
        QCOMPARE(mime->text(), secret);
        QCOMPARE(mime->data(kdeHint), QByteArrayLiteral("secret"));
#if defined(Q_OS_MACOS)
        QCOMPARE(mime->data(macConcealed), secret.toUtf8());
#else
        // Elsewhere it would only be a second copy of the secret under a type nobody honours.
        QVERIFY(!mime->hasFormat(macConcealed));
#endif
#if defined(Q_OS_WIN)
        for (const QString &hint : windowsHints)
            QCOMPARE(mime->data(hint), QByteArray(4, '\0'));
#else
        for (const QString &hint : windowsHints)
            QVERIFY2(!mime->hasFormat(hint), qPrintable(hint));
#endif
    }

    void copySecretPutsTheHintsOnTheClipboard()
    {
        ClipboardGuard guard(clipboard());
        guard.copySecret(QStringLiteral("tok-hinted"));
        const QMimeData *mime = clipboard()->mimeData(QClipboard::Clipboard);
        QVERIFY(mime);
        QCOMPARE(mime->text(), QStringLiteral("tok-hinted"));
        QVERIFY(mime->formats().contains(QStringLiteral("text/plain")));
        QVERIFY(mime->formats().contains(kdeHint));
        QCOMPARE(mime->data(kdeHint), QByteArrayLiteral("secret"));
        QVERIFY(guard.isGuarding());
    }

    void countsDownEverySecondThenClears()
    {
        ClipboardGuard guard(clipboard());
        guard.setClearDelay(2s);
        QSignalSpy seconds(&guard, &ClipboardGuard::secondsLeftChanged);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copySecret(QStringLiteral("tok-countdown"));
        QCOMPARE(guard.secondsLeft(), 2);
        QVERIFY(cleared.wait(5000));
        QCOMPARE(ints(seconds), (QList<int> { 2, 1, 0 }));
        QCOMPARE(cleared.size(), 1);
        QCOMPARE(cleared.at(0).at(0).toBool(), true);
        QVERIFY(clipboard()->text().isEmpty());
        QVERIFY(!guard.isGuarding());
        QCOMPARE(guard.secondsLeft(), 0);
    }

    void leavesWhatTheUserCopiedSinceAlone()
    {
        ClipboardGuard guard(clipboard());
        guard.setClearDelay(1s);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copySecret(QStringLiteral("tok-replaced"));
        clipboard()->setText(QStringLiteral("the user's own text"));
        QVERIFY(cleared.wait(5000));
        QCOMPARE(cleared.at(0).at(0).toBool(), false);
        QCOMPARE(clipboard()->text(), QStringLiteral("the user's own text"));
        QVERIFY(!guard.isGuarding());
    }

    void clearNowClearsAndStops()
    {
        ClipboardGuard guard(clipboard());
        guard.setClearDelay(1s);
        QSignalSpy seconds(&guard, &ClipboardGuard::secondsLeftChanged);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copySecret(QStringLiteral("tok-now"));
        guard.clearNow();
        QVERIFY(clipboard()->text().isEmpty());
        QCOMPARE(cleared.size(), 1);
        QCOMPARE(cleared.at(0).at(0).toBool(), true);
        QCOMPARE(ints(seconds), (QList<int> { 1, 0 }));
        QVERIFY(!guard.isGuarding());
        QCOMPARE(guard.secondsLeft(), 0);
        // With nothing guarded, clearNow() neither touches the clipboard nor signals.
        clipboard()->setText(QStringLiteral("unrelated"));
        guard.clearNow();
        QCOMPARE(cleared.size(), 1);
        QCOMPARE(clipboard()->text(), QStringLiteral("unrelated"));
    }

    void aSecondCopyRestartsTheCountdown()
    {
        ClipboardGuard guard(clipboard());
        guard.setClearDelay(2s);
        QSignalSpy seconds(&guard, &ClipboardGuard::secondsLeftChanged);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copySecret(QStringLiteral("tok-first"));
        QTRY_COMPARE(guard.secondsLeft(), 1);
        QElapsedTimer sinceSecondCopy;
        sinceSecondCopy.start();
        guard.copySecret(QStringLiteral("tok-second"));
        QCOMPARE(guard.secondsLeft(), 2);
        QCOMPARE(clipboard()->text(), QStringLiteral("tok-second"));
        QVERIFY(cleared.wait(5000));
        QVERIFY2(sinceSecondCopy.elapsed() >= 1900, qPrintable(QString::number(sinceSecondCopy.elapsed())));
        QCOMPARE(ints(seconds), (QList<int> { 2, 1, 2, 1, 0 }));
        QCOMPARE(cleared.size(), 1);
        QCOMPARE(cleared.at(0).at(0).toBool(), true);
        QVERIFY(clipboard()->text().isEmpty());
    }

    void destroyingTheGuardClearsOurSecret()
    {
        auto guard = std::make_unique<ClipboardGuard>(clipboard());
        guard->copySecret(QStringLiteral("tok-destroyed"));
        QCOMPARE(clipboard()->text(), QStringLiteral("tok-destroyed"));
        guard.reset();
        QVERIFY(clipboard()->text().isEmpty());
    }

    void destroyingTheGuardLeavesTheUsersCopy()
    {
        auto guard = std::make_unique<ClipboardGuard>(clipboard());
        guard->copySecret(QStringLiteral("tok-overwritten"));
        clipboard()->setText(QStringLiteral("mine"));
        guard.reset();
        QCOMPARE(clipboard()->text(), QStringLiteral("mine"));
    }

    void quittingClearsOurSecret()
    {
        ClipboardGuard guard(clipboard());
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copySecret(QStringLiteral("tok-quit"));
        // aboutToQuit() is a private signal; emit it through the meta-object as quit() would.
        QVERIFY(QMetaObject::invokeMethod(QCoreApplication::instance(), "aboutToQuit", Qt::DirectConnection));
        QVERIFY(clipboard()->text().isEmpty());
        QCOMPARE(cleared.size(), 1);
        QVERIFY(!guard.isGuarding());
    }

    void theSelectionNeverReceivesTheSecret()
    {
        REQUIRE_SELECTION_CLIPBOARD();
        clipboard()->setText(QStringLiteral("selected earlier"), QClipboard::Selection);
        ClipboardGuard guard(clipboard());
        guard.copySecret(QStringLiteral("tok-not-for-selection"));
        QCOMPARE(clipboard()->text(QClipboard::Clipboard), QStringLiteral("tok-not-for-selection"));
        QCOMPARE(clipboard()->text(QClipboard::Selection), QStringLiteral("selected earlier"));
        const QMimeData *selected = clipboard()->mimeData(QClipboard::Selection);
        QVERIFY(!selected || !selected->hasFormat(kdeHint));
    }

    void aSelectedSecretIsClearedWithTheClipboard()
    {
        REQUIRE_SELECTION_CLIPBOARD();
        ClipboardGuard guard(clipboard());
        guard.copySecret(QStringLiteral("tok-also-selected"));
        // The person selected the secret in a field as well: the X11 selection now holds it.
        clipboard()->setText(QStringLiteral("tok-also-selected"), QClipboard::Selection);
        guard.clearNow();
        QVERIFY(clipboard()->text(QClipboard::Clipboard).isEmpty());
        QVERIFY(clipboard()->text(QClipboard::Selection).isEmpty());
    }

    void aSelectionOfSomethingElseIsKept()
    {
        REQUIRE_SELECTION_CLIPBOARD();
        ClipboardGuard guard(clipboard());
        guard.copySecret(QStringLiteral("tok-only-in-clipboard"));
        clipboard()->setText(QStringLiteral("an address the person selected"), QClipboard::Selection);
        guard.clearNow();
        QCOMPARE(clipboard()->text(QClipboard::Selection), QStringLiteral("an address the person selected"));
    }

    void anEmptySecretIsNotCopied()
    {
        clipboard()->setText(QStringLiteral("kept"));
        ClipboardGuard guard(clipboard());
        QSignalSpy seconds(&guard, &ClipboardGuard::secondsLeftChanged);
        guard.copySecret(QString());
        QCOMPARE(clipboard()->text(), QStringLiteral("kept"));
        QVERIFY(!guard.isGuarding());
        QCOMPARE(seconds.size(), 0);
    }

    void theDelayIsAtLeastASecond()
    {
        ClipboardGuard guard(clipboard());
        QCOMPARE(guard.clearDelay(), 30s);
        guard.setClearDelay(0s);
        QCOMPARE(guard.clearDelay(), 1s);
        guard.setClearDelay(90s);
        QCOMPARE(guard.clearDelay(), 90s);
    }
};

QTEST_MAIN(TestClipboardGuard)
#include "tst_clipboardguard.moc"
