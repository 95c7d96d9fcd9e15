#include "guifixture.h"
#include "settingsform.h"

#include <QDialogButtonBox>
#include <QScopeGuard>

using namespace SettingsTest;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    // Its settings as a fresh settings file has them: plex.tv's own URL, not the fake server's.
    TestSupport::GuiFixture m_gui { TestSupport::GuiFixture::PlexTv::AsConfigured };

    AppSettings &settings() { return m_gui.services()->settings(); }

    void setNonDefaults()
    {
        settings().setRequestTimeoutSeconds(42);
        settings().setClipboardClearSeconds(90);
        settings().setProxy(AppSettings::ProxyMode::Manual, QStringLiteral("proxy.lan"), 3128);
        settings().setLanguage(QStringLiteral("de"));
        settings().setPlexTvUrl(customUrl);
        settings().setPlexClientsUrl(customClientsUrl);
        settings().setBrowserSignInWithDeviceKey(true);
        m_gui.services()->applySettings();
    }

    // The dialog stayed open with `fragment` in an inline error, and `field` has the focus.
    static void expectProblem(Form &form, const QString &fragment, QWidget *field)
    {
        QVERIFY(form.dialog.isVisible());
        QCOMPARE(form.applied.size(), 0);
        QVERIFY(form.banner->isVisible());
        QCOMPARE(form.banner->kind(), MessageBanner::Kind::Error);
        QVERIFY2(form.banner->text().contains(fragment), qPrintable(form.banner->text()));
        QCOMPARE(QApplication::focusWidget(), field);
    }

private Q_SLOTS:
    void init() { QVERIFY(m_gui.reset()); }
    void cleanup() { QVERIFY(m_gui.cleanup()); }

    void loadsTheCurrentSettings()
    {
        setNonDefaults();
        Form form(m_gui.services());
        QVERIFY(form.show());
        QCOMPARE(form.dialog.windowTitle(), QStringLiteral("Settings"));
        QCOMPARE(form.timeout->value(), 42);
        QCOMPARE(form.clipboard->value(), 90);
        QVERIFY(form.manualProxy->isChecked());
        QCOMPARE(form.host->text(), QStringLiteral("proxy.lan"));
        QCOMPARE(form.port->text(), QStringLiteral("3128"));
        QVERIFY(form.host->isEnabled());
        QCOMPARE(form.language->currentData().toString(), QStringLiteral("de"));
        QCOMPARE(form.url->text(), customUrl.toString());
        QCOMPARE(form.clientsUrl->text(), customClientsUrl.toString());
        QVERIFY(form.deviceKey->isChecked());
        // A non-default server is not tucked away.
        QVERIFY(form.advanced->isChecked());
        QVERIFY(form.url->isVisible());
        QVERIFY(!form.banner->isVisible());
    }

    void aValueTheEnvironmentSetsIsShownAsOverridden()
    {
        settings().setPlexTvUrl(customUrl);
        const QString fromEnvironment = QStringLiteral("http://127.0.0.1:2222/api/v2");
        qputenv("PLEXAUTH_PLEX_TV_URL", fromEnvironment.toUtf8());
        const auto unset = qScopeGuard([] { qunsetenv("PLEXAUTH_PLEX_TV_URL"); });
        AppServices services(m_gui.services()->settings().store(), m_gui.keychainService());
        QCOMPARE(services.plexTv()->baseUrl(), QUrl(fromEnvironment));
        Form form(&services);
        QVERIFY(form.show());
        QVERIFY(form.advanced->isChecked()); // worth seeing
        QCOMPARE(form.url->text(), fromEnvironment);
        QVERIFY(form.url->isReadOnly());
        QVERIFY2(form.url->accessibleDescription().contains(QStringLiteral("PLEXAUTH_PLEX_TV_URL")),
            qPrintable(form.url->accessibleDescription()));
        const auto *note = form.dialog.findChild<QLabel *>(QStringLiteral("plexTvUrlNote"));
        QVERIFY(note && note->text().contains(QStringLiteral("PLEXAUTH_PLEX_TV_URL")));
        // Restore Defaults leaves it; OK keeps the file's own value under the override.
        form.click(QDialogButtonBox::RestoreDefaults);
        QCOMPARE(form.url->text(), fromEnvironment);
        form.click(QDialogButtonBox::Ok);
        QVERIFY(form.accepted());
        QCOMPARE(form.applied.size(), 1);
        QCOMPARE(services.settings().plexTvUrl(), customUrl);
        QCOMPARE(services.plexTv()->baseUrl(), QUrl(fromEnvironment));
    }

    void deviceKeySignInIsOffByDefaultAndSaysWhy()
    {
        Form form(m_gui.services());
        QVERIFY(form.show());
        QVERIFY(!form.deviceKey->isChecked());
        QVERIFY(form.deviceKey->isVisible());
        QCOMPARE(form.deviceKey->text(),
            QStringLiteral("Sign in through the &browser with a device key (Plex JWT)"));
        const auto *note = form.dialog.findChild<QLabel *>(QStringLiteral("deviceKeySignInNote"));
        QVERIFY(note && note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("Plex Media Server"))
                && note->text().contains(QStringLiteral("not yet confirmed")),
            qPrintable(note->text()));
        QVERIFY(form.deviceKey->accessibleDescription().contains(QStringLiteral("not yet confirmed")));
        // Only the mouse or Alt+B turns it on.
        QTest::keyClick(&form.dialog, Qt::Key_B, Qt::AltModifier);
        QTRY_VERIFY(form.deviceKey->isChecked());
        form.click(QDialogButtonBox::Ok);
        QVERIFY(form.accepted());
        QVERIFY(settings().browserSignInWithDeviceKey());
        QSettings reread(m_gui.settingsPath(), QSettings::IniFormat);
        QVERIFY(AppSettings(reread).browserSignInWithDeviceKey());

        // And off again, through the dialog.
        Form again(m_gui.services());
        QVERIFY(again.show());
        QVERIFY(again.deviceKey->isChecked());
        again.deviceKey->setChecked(false);
        again.click(QDialogButtonBox::Ok);
        QVERIFY(again.accepted());
        QVERIFY(!settings().browserSignInWithDeviceKey());
    }

    void theClientsUrlTheEnvironmentSetsIsShownAsOverridden()
    {
        settings().setPlexClientsUrl(customClientsUrl);
        const QString fromEnvironment = QStringLiteral("http://127.0.0.1:3333/api/v2");
        qputenv("PLEXAUTH_PLEX_CLIENTS_URL", fromEnvironment.toUtf8());
        const auto unset = qScopeGuard([] { qunsetenv("PLEXAUTH_PLEX_CLIENTS_URL"); });
        AppServices services(m_gui.services()->settings().store(), m_gui.keychainService());
        QCOMPARE(services.deviceAuthClient()->baseUrl(), QUrl(fromEnvironment));
        Form form(&services);
        QVERIFY(form.show());
        QVERIFY(form.advanced->isChecked());
        QCOMPARE(form.clientsUrl->text(), fromEnvironment);
        QVERIFY(form.clientsUrl->isReadOnly());
        QVERIFY(
            form.clientsUrl->accessibleDescription().contains(QStringLiteral("PLEXAUTH_PLEX_CLIENTS_URL")));
        const auto *note = form.dialog.findChild<QLabel *>(QStringLiteral("plexClientsUrlNote"));
        QVERIFY(note && note->text().contains(QStringLiteral("PLEXAUTH_PLEX_CLIENTS_URL")));
        // The plex.tv URL stays the person's to choose.
        QVERIFY(!form.url->isReadOnly());
        form.click(QDialogButtonBox::RestoreDefaults);
        QCOMPARE(form.clientsUrl->text(), fromEnvironment);
        form.click(QDialogButtonBox::Ok);
        QVERIFY(form.accepted());
        QCOMPARE(services.settings().plexClientsUrl(), customClientsUrl); // the file keeps its own
        QCOMPARE(services.deviceAuthClient()->baseUrl(), QUrl(fromEnvironment));
    }

    void theClientsUrlFollowsAnOverriddenPlexTvUrl()
    {
        // No clients URL anywhere: the plex.tv URL the environment sets serves both, and the field says so.
        const QString fromEnvironment = QStringLiteral("http://127.0.0.1:2222/api/v2");
        qputenv("PLEXAUTH_PLEX_TV_URL", fromEnvironment.toUtf8());
        const auto unset = qScopeGuard([] { qunsetenv("PLEXAUTH_PLEX_TV_URL"); });
        AppServices services(m_gui.services()->settings().store(), m_gui.keychainService());
        Form form(&services);
        QVERIFY(form.show());
        QCOMPARE(form.clientsUrl->text(), fromEnvironment);
        QVERIFY(form.clientsUrl->isReadOnly());
        QVERIFY(form.clientsUrl->accessibleDescription().contains(QStringLiteral("PLEXAUTH_PLEX_TV_URL")));
    }

    void clientsUrlIsValidatedByTheSameRule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem"); // empty: accepted
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("https") << customClientsUrl.toString() << QString();
        QTest::newRow("http on localhost") << QStringLiteral("http://127.0.0.1:32500/api/v2") << QString();
        QTest::newRow("http elsewhere")
            << QStringLiteral("http://clients.example.test/api/v2") << QStringLiteral("must use https");
        QTest::newRow("no scheme") << QStringLiteral("clients.example.test") << QStringLiteral("web address");
    }

    void clientsUrlIsValidatedByTheSameRule()
    {
        QFETCH(QString, text);
        QFETCH(QString, problem);
        Form form(m_gui.services());
        QVERIFY(form.show());
        form.clientsUrl->setText(text);
        form.click(QDialogButtonBox::Ok);
        if (problem.isEmpty()) {
            QVERIFY(form.accepted());
            QCOMPARE(settings().plexClientsUrl(), QUrl(text));
            QCOMPARE(m_gui.services()->deviceAuthClient()->baseUrl(),
                text.isEmpty() ? DeviceAuthClient::defaultBaseUrl() : QUrl(text));
            return;
        }
        expectProblem(form, problem, form.clientsUrl);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(form.clientsUrl->isVisible());
        QVERIFY(settings().plexClientsUrl().isEmpty());
    }

    void okSavesAndApplies()
    {
        Form form(m_gui.services());
        QVERIFY(form.show());
        form.timeout->setValue(60);
        form.clipboard->setValue(120);
        Form::click(form.noProxy);
        form.language->setCurrentIndex(form.language->findData(QStringLiteral("fr")));
        form.advanced->setChecked(true);
        const QUrl local(QStringLiteral("http://127.0.0.1:32400/api/v2"));
        form.url->setText(local.toString());
        const QUrl localClients(QStringLiteral("http://127.0.0.1:32401/api/v2"));
        form.clientsUrl->setText(localClients.toString());
        form.deviceKey->setChecked(true);
        form.click(QDialogButtonBox::Ok);

        QVERIFY(form.accepted());
        QCOMPARE(form.applied.size(), 1);
        QCOMPARE(m_gui.services()->http()->timeout(), std::chrono::milliseconds(60s));
        QCOMPARE(m_gui.services()->plexTv()->baseUrl(), local);
        QCOMPARE(m_gui.services()->deviceAuthClient()->baseUrl(), localClients);
        QVERIFY(m_gui.services()->settings().browserSignInWithDeviceKey());
        QCOMPARE(m_gui.services()->network()->proxy().type(), QNetworkProxy::NoProxy);
        // Written to the file, for the next start.
        QSettings reread(m_gui.settingsPath(), QSettings::IniFormat);
        QCOMPARE(AppSettings(reread).requestTimeoutSeconds(), 60);
        QCOMPARE(AppSettings(reread).clipboardClearSeconds(), 120);
        QCOMPARE(AppSettings(reread).proxyMode(), AppSettings::ProxyMode::None);
        QCOMPARE(AppSettings(reread).language(), QStringLiteral("fr"));
        QCOMPARE(AppSettings(reread).plexTvUrl(), local);
        QCOMPARE(AppSettings(reread).plexClientsUrl(), localClients);
        QVERIFY(AppSettings(reread).browserSignInWithDeviceKey());
    }

    void cancelAndEscapeDiscard()
    {
        setNonDefaults();
        for (const bool escape : { false, true }) {
            Form form(m_gui.services());
            QVERIFY(form.show());
            form.timeout->setValue(200);
            form.noProxy->setChecked(true);
            form.url->clear();
            if (escape)
                QTest::keyClick(&form.dialog, Qt::Key_Escape);
            else
                form.click(QDialogButtonBox::Cancel);
            QTRY_VERIFY(!form.dialog.isVisible());
            QCOMPARE(form.dialog.result(), int(QDialog::Rejected));
            QCOMPARE(form.applied.size(), 0);
            QCOMPARE(settings().requestTimeoutSeconds(), 42);
            QCOMPARE(settings().proxyMode(), AppSettings::ProxyMode::Manual);
            QCOMPARE(settings().plexTvUrl(), customUrl);
            QCOMPARE(m_gui.services()->http()->timeout(), std::chrono::milliseconds(42s));
        }
    }

    void manualProxyFieldsFollowTheRadio()
    {
        Form form(m_gui.services());
        QVERIFY(form.show());
        QVERIFY(!form.host->isEnabled());
        QVERIFY(!form.port->isEnabled());
        Form::click(form.manualProxy);
        QVERIFY(form.host->isEnabled());
        QVERIFY(form.port->isEnabled());
        Form::click(form.noProxy);
        QVERIFY(!form.host->isEnabled());
        QVERIFY(!form.port->isEnabled());
    }

    void invalidProxyKeepsTheDialogOpen_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("port");
        QTest::addColumn<bool>("hostIsWrong"); // or else the port
        QTest::addColumn<QString>("problem");
        const QString port = QStringLiteral("3128");
        const QString host = QStringLiteral("proxy.lan");
        QTest::newRow("no host") << QString() << port << true << QStringLiteral("host name");
        QTest::newRow("blank host") << QStringLiteral("   ") << port << true << QStringLiteral("host name");
        QTest::newRow("a URL") << QStringLiteral("http://proxy.lan") << port << true
                               << QStringLiteral("without http://");
        QTest::newRow("no port") << host << QString() << false << QStringLiteral("1 to 65535");
        QTest::newRow("port 0") << host << QStringLiteral("0") << false << QStringLiteral("1 to 65535");
    }

    void invalidProxyKeepsTheDialogOpen()
    {
        QFETCH(QString, host);
        QFETCH(QString, port);
        QFETCH(bool, hostIsWrong);
        QFETCH(QString, problem);
        Form form(m_gui.services());
        QVERIFY(form.show());
        form.manualProxy->setChecked(true);
        form.host->setText(host);
        form.port->setText(port);
        form.click(QDialogButtonBox::Ok);
        expectProblem(form, problem, hostIsWrong ? form.host : form.port);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(settings().proxyMode(), AppSettings::ProxyMode::System);
        QCOMPARE(m_gui.services()->network()->proxy().type(), QNetworkProxy::DefaultProxy);

        // Fixed, OK goes through and the message is gone.
        form.host->clear();
        QTest::keyClicks(form.host, QStringLiteral(" proxy.lan "));
        form.port->setText(QStringLiteral("3128"));
        form.click(QDialogButtonBox::Ok);
        QVERIFY(form.accepted());
        QVERIFY(!form.banner->isVisibleTo(&form.dialog));
        QCOMPARE(settings().proxyMode(), AppSettings::ProxyMode::Manual);
        const QNetworkProxy proxy = m_gui.services()->network()->proxy();
        QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(proxy.hostName(), QStringLiteral("proxy.lan"));
        QCOMPARE(proxy.port(), quint16(3128));
    }

    void plexTvUrlIsValidated_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem"); // empty: accepted
        QTest::addColumn<QUrl>("applied");
        const QUrl plexTv = PlexTvClient::defaultBaseUrl();
        const auto row = [](const char *name, const char *text, const char *problem, const QUrl &applied) {
            QTest::newRow(name) << QString::fromLatin1(text) << QString::fromLatin1(problem) << applied;
        };
        row("empty is plex.tv", "", "", plexTv);
        row("https", "https://plex.example.test/api/v2", "", customUrl);
        row("trimmed", "  https://plex.example.test/api/v2 ", "", customUrl);
        row("http on localhost", "http://localhost:32400/", "",
            QUrl(QStringLiteral("http://localhost:32400/")));
        row("http on 127.0.0.1", "http://127.0.0.1:8080/", "",
            QUrl(QStringLiteral("http://127.0.0.1:8080/")));
        row("http on ::1", "http://[::1]:8080/api/v2", "", QUrl(QStringLiteral("http://[::1]:8080/api/v2")));
        row("http elsewhere", "http://plex.example.test/api/v2", "must use https", plexTv);
        row("http on the LAN", "http://192.168.1.2/api/v2", "must use https", plexTv);
        row("ftp", "ftp://plex.example.test/", "web address", plexTv);
        row("no scheme", "plex.example.test/api/v2", "web address", plexTv);
        row("no host", "https://", "web address", plexTv);
        row("a space", "https://plex example/api", "web address", plexTv);
    }

    void plexTvUrlIsValidated()
    {
        QFETCH(QString, text);
        QFETCH(QString, problem);
        QFETCH(QUrl, applied);
        Form form(m_gui.services());
        QVERIFY(form.show());
        form.url->setText(text);
        // Folded away, the field still counts, and a problem with it unfolds it.
        QVERIFY(!form.url->isVisible());
        form.click(QDialogButtonBox::Ok);
        if (problem.isEmpty()) {
            QVERIFY(form.accepted());
            QCOMPARE(form.applied.size(), 1);
        } else {
            expectProblem(form, problem, form.url);
            if (QTest::currentTestFailed())
                return;
            QVERIFY(form.url->isVisible());
            QVERIFY(settings().plexTvUrl().isEmpty());
        }
        QCOMPARE(m_gui.services()->plexTv()->baseUrl(), applied);
    }

    void restoreDefaultsResetsTheFormOnly()
    {
        setNonDefaults();
        Form form(m_gui.services());
        QVERIFY(form.show());
        form.click(QDialogButtonBox::RestoreDefaults);
        QVERIFY(form.dialog.isVisible());
        QCOMPARE(form.timeout->value(), 15);
        QCOMPARE(form.clipboard->value(), 30);
        QVERIFY(form.systemProxy->isChecked());
        QVERIFY(!form.host->isEnabled());
        QCOMPARE(form.language->currentText(), QStringLiteral("System default"));
        QVERIFY(form.url->text().isEmpty());
        QVERIFY(form.clientsUrl->text().isEmpty());
        QVERIFY(!form.deviceKey->isChecked());
        // Nothing saved yet.
        QCOMPARE(form.applied.size(), 0);
        QCOMPARE(settings().requestTimeoutSeconds(), 42);
        QCOMPARE(settings().language(), QStringLiteral("de"));

        form.click(QDialogButtonBox::Ok);
        QVERIFY(form.accepted());
        QCOMPARE(settings().requestTimeoutSeconds(), 15);
        QCOMPARE(settings().clipboardClearSeconds(), 30);
        QCOMPARE(settings().proxyMode(), AppSettings::ProxyMode::System);
        QVERIFY(settings().language().isEmpty());
        QVERIFY(settings().plexTvUrl().isEmpty());
        QVERIFY(settings().plexClientsUrl().isEmpty());
        QVERIFY(!settings().browserSignInWithDeviceKey());
        QCOMPARE(m_gui.services()->plexTv()->baseUrl(), PlexTvClient::defaultBaseUrl());
        QCOMPARE(m_gui.services()->deviceAuthClient()->baseUrl(), DeviceAuthClient::defaultBaseUrl());
        QCOMPARE(m_gui.services()->http()->timeout(), std::chrono::milliseconds(15s));
        QCOMPARE(m_gui.services()->network()->proxy().type(), QNetworkProxy::DefaultProxy);
    }

    void listsTheShippedLanguagesInTheirOwnLanguage()
    {
        Form form(m_gui.services());
        QVERIFY(form.show());
        QStringList names;
        QStringList codes;
        for (int i = 0; i < form.language->count(); ++i) {
            names.append(form.language->itemText(i));
            codes.append(form.language->itemData(i).toString());
        }
        // The .qm files compiled in (translations/), and the system's language first.
        QCOMPARE(names,
            (QStringList { QStringLiteral("System default"), QStringLiteral("Deutsch"),
                QStringLiteral("English"), QStringLiteral("Français") }));
        QCOMPARE(codes,
            (QStringList { QString(), QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr") }));
        auto *note = form.dialog.findChild<QLabel *>(QStringLiteral("languageNote"));
        QVERIFY(note && note->isVisible());
        QCOMPARE(note->text(), QStringLiteral("Takes effect after restarting PlexAuth."));
    }

    void anUnlistedLanguageIsKept()
    {
        settings().setLanguage(QStringLiteral("es"));
        Form form(m_gui.services());
        QVERIFY(form.show());
        QCOMPARE(form.language->currentData().toString(), QStringLiteral("es"));
        QVERIFY2(form.language->currentText().startsWith(QStringLiteral("Español")),
            qPrintable(form.language->currentText()));
        form.click(QDialogButtonBox::Ok);
        QCOMPARE(settings().language(), QStringLiteral("es"));
    }

    void aSettingsFileThatCannotBeWrittenIsReported()
    {
        // A directory where the file should be: nothing can be written there, not even by root.
        const QString blocked = QDir(m_gui.directory()).filePath(QStringLiteral("blocked.ini"));
        QVERIFY(QDir().mkpath(blocked));
        QSettings store(blocked, QSettings::IniFormat);
        AppServices services(store, m_gui.keychainService());
        Form form(&services);
        QVERIFY(form.show());
        form.timeout->setValue(77);
        form.click(QDialogButtonBox::Ok);
        // Applied for this session, but the dialog stays open to say they were not saved.
        QCOMPARE(form.applied.size(), 1);
        QCOMPARE(services.http()->timeout(), std::chrono::milliseconds(77s));
        QVERIFY(form.dialog.isVisible());
        QCOMPARE(form.banner->kind(), MessageBanner::Kind::Error);
        QVERIFY2(form.banner->text().contains(blocked), qPrintable(form.banner->text()));
    }

    void everyControlIsNamedAndLabelled()
    {
        Form form(m_gui.services());
        form.advanced->setChecked(true);
        QVERIFY(form.show());
        int controls = 0;
        for (QWidget *widget : form.dialog.findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(&form.dialog) || widget->focusPolicy() == Qt::NoFocus
                || qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
                continue;
            ++controls;
            const auto *button = qobject_cast<QPushButton *>(widget);
            // A push button's text is its accessible name; everything else names itself.
            QVERIFY2(!widget->accessibleName().isEmpty() || (button && !button->text().isEmpty()),
                qPrintable(widget->objectName()));
        }
        QVERIFY2(controls >= 13, qPrintable(QString::number(controls)));
        // Every label with a mnemonic takes the focus somewhere.
        for (QLabel *label : form.dialog.findChildren<QLabel *>()) {
            if (label->text().contains(u'&'))
                QVERIFY2(label->buddy(), qPrintable(label->objectName()));
        }
    }

    void tabVisitsTheFormInOrder()
    {
        setNonDefaults(); // manual proxy, so its fields take part; Advanced unfolded
        Form form(m_gui.services());
        QVERIFY(form.show());
        form.timeout->setFocus();
        QList<QWidget *> chain { form.timeout };
        for (int i = 0; i < 13; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            chain.append(QApplication::focusWidget());
        }
        // One stop for the proxy's radio group, at the checked choice (the arrow keys move within it).
        QCOMPARE(chain.mid(0, 10),
            (QList<QWidget *> { form.timeout, form.manualProxy, form.host, form.port, form.deviceKey,
                form.clipboard, form.language, form.advanced, form.url, form.clientsUrl }));
        // Then the three buttons, in the platform's order, and round again.
        for (QWidget *widget : chain.mid(10, 3))
            QVERIFY(form.buttons->buttons().contains(qobject_cast<QAbstractButton *>(widget)));
        QCOMPARE(chain.at(13), form.timeout);

        // Arrow keys move the choice within the group.
        form.manualProxy->setFocus();
        QTest::keyClick(form.manualProxy, Qt::Key_Up);
        QVERIFY(form.noProxy->isChecked());
        QVERIFY(!form.host->isEnabled());
    }

    void mnemonicsReachTheFields()
    {
        Form form(m_gui.services());
        QVERIFY(form.show());
        QTest::keyClick(&form.dialog, Qt::Key_M, Qt::AltModifier);
        QTRY_VERIFY(form.manualProxy->isChecked()); // an animated click
        QVERIFY(form.host->isEnabled());
        QTest::keyClick(&form.dialog, Qt::Key_E, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), form.clipboard);
        QTest::keyClick(&form.dialog, Qt::Key_L, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), form.language);
        QTest::keyClick(&form.dialog, Qt::Key_V, Qt::AltModifier);
        QTRY_VERIFY(form.advanced->isChecked());
        QTest::keyClick(&form.dialog, Qt::Key_I, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), form.clientsUrl);
        QTest::keyClick(&form.dialog, Qt::Key_A, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), form.url);
        // Enter in a field is OK.
        QTest::keyClicks(form.host, QStringLiteral("proxy.lan"));
        QTest::keyClicks(form.port, QStringLiteral("3128"));
        QTest::keyClicks(form.url, customUrl.toString());
        QTest::keyClick(form.url, Qt::Key_Return);
        QVERIFY(form.accepted());
        QCOMPARE(settings().plexTvUrl(), customUrl);
    }

    void screenshot()
    {
        // Rendered for a person to look at; saved next to the test binary.
        setNonDefaults();
        Form form(m_gui.services());
        QVERIFY(form.show());
        const QString dir = QCoreApplication::applicationDirPath();
        QVERIFY(form.dialog.grab().save(dir + QStringLiteral("/screenshot-settings.png")));
        form.url->setText(QStringLiteral("http://plex.example.test/api/v2"));
        form.click(QDialogButtonBox::Ok);
        QVERIFY(form.dialog.isVisible());
        // Grown to fit the message (the window resizes asynchronously).
        QTRY_COMPARE(form.dialog.height(), form.dialog.layout()->totalHeightForWidth(form.dialog.width()));
        QVERIFY(form.dialog.grab().save(dir + QStringLiteral("/screenshot-settings-error.png")));
        form.advanced->setChecked(false);
        form.systemProxy->setChecked(true);
        QTRY_COMPARE(form.dialog.height(), form.dialog.layout()->totalHeightForWidth(form.dialog.width()));
        QVERIFY(form.dialog.grab().save(dir + QStringLiteral("/screenshot-settings-collapsed.png")));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
