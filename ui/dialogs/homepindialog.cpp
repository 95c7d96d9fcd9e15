#include "homepindialog.h"

#include "accountsession.h"
#include "appservices.h"
#include "ui_homepindialog.h"

#include <QAccessible>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace PlexAuth {

HomePinDialog::HomePinDialog(
    AppServices *services, AccountSession *homeSession, const HomeUser &user, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HomePinDialog>())
    , m_services(services)
    , m_session(homeSession)
    , m_user(user)
{
    m_ui->setupUi(this);
    m_ui->promptLabel->setText(
        tr("%1 is protected by a PIN. Enter it to switch to this profile; PlexAuth then keeps it as an "
           "account of its own.")
            .arg(user.displayName()));
    m_ui->pinEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,16}")), m_ui->pinEdit));
    switchButton()->setText(tr("S&witch"));
    switchButton()->setEnabled(false);
    connect(m_ui->pinEdit, &QLineEdit::textChanged, this,
        [this](const QString &pin) { switchButton()->setEnabled(!pin.isEmpty() && !m_switching); });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &HomePinDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->pinEdit->setFocus();
}

HomePinDialog::~HomePinDialog()
{
    m_ui->pinEdit->clear();
}

QLineEdit *HomePinDialog::pinEdit() const
{
    return m_ui->pinEdit;
}

QLabel *HomePinDialog::errorLabel() const
{
    return m_ui->errorLabel;
}

QCheckBox *HomePinDialog::rememberCheck() const
{
    return m_ui->rememberCheck;
}

QPushButton *HomePinDialog::switchButton() const
{
    return m_ui->buttons->button(QDialogButtonBox::Ok);
}

void HomePinDialog::accept()
{
    const QString pin = m_ui->pinEdit->text();
    if (m_switching || pin.isEmpty() || !m_session)
        return;
    setSwitching(true);
    m_ui->errorLabel->hide();
    const bool remember = m_ui->rememberCheck->isChecked();
    const QString homeUuid = m_session->uuid();
    m_session->switchToProfile(
        m_user, pin, this, [this, remember, homeUuid](const Result<Account> &switched) {
            if (!switched.ok()) {
                setSwitching(false);
                showProblem(switched.error().message);
                // A wrong PIN: the field, emptied, waits for another try.
                m_ui->pinEdit->clear();
                m_ui->pinEdit->setFocus(Qt::OtherFocusReason);
                Q_EMIT attemptFinished(false);
                return;
            }
            m_services->sessions()->adoptProfile(switched.value(), m_user, homeUuid, remember, this,
                [this](const Result<StoredAccount> &kept) {
                    setSwitching(false);
                    if (!kept.ok()) {
                        showProblem(tr("plex.tv switched to the profile, but it could not be kept: %1")
                                        .arg(kept.error().message));
                        Q_EMIT attemptFinished(false);
                        return;
                    }
                    m_profile = kept.value();
                    m_ui->pinEdit->clear();
                    Q_EMIT attemptFinished(true);
                    QDialog::accept();
                });
        });
}

void HomePinDialog::setSwitching(bool switching)
{
    m_switching = switching;
    m_ui->pinEdit->setEnabled(!switching);
    m_ui->rememberCheck->setEnabled(!switching);
    switchButton()->setEnabled(!switching && !m_ui->pinEdit->text().isEmpty());
    switchButton()->setText(switching ? tr("Switching…") : tr("S&witch"));
}

void HomePinDialog::showProblem(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    QAccessibleEvent event(m_ui->errorLabel, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

} // namespace PlexAuth
