#include "aboutdialog.h"

#include "clientidentity.h"
#include "ui_aboutdialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLayout>

namespace PlexAuth {

AboutDialog::AboutDialog(const ClientIdentity &identity, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    layout()->setSizeConstraint(QLayout::SetFixedSize); // as tall as its content, no blank band
    m_ui->titleLabel->setText(QStringLiteral("<h2>PlexAuth %1</h2>").arg(identity.version()));
    m_ui->clientIdentifierEdit->setText(identity.clientIdentifier());
    m_ui->clientIdentifierEdit->setMinimumWidth(
        m_ui->clientIdentifierEdit->fontMetrics().horizontalAdvance(identity.clientIdentifier()) + 16);
    m_ui->deviceNameValue->setText(identity.deviceName());
    m_ui->platformValue->setText(tr("%1 (%2)").arg(identity.platform(), identity.device()));
    m_ui->qtVersionLabel->setText(tr("Built with Qt %1, running on Qt %2.")
                                      .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    connect(m_ui->copyIdentifierButton, &QPushButton::clicked, this, [this] {
        // The client identifier is not a secret, so a plain copy is right here.
        QGuiApplication::clipboard()->setText(m_ui->clientIdentifierEdit->text());
    });
}

AboutDialog::~AboutDialog() = default;

} // namespace PlexAuth
