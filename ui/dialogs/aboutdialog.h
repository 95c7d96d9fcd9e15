#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace PlexAuth {

class ClientIdentity;

// Version, and this installation's identity as plex.tv sees it, so users can find PlexAuth in
// plex.tv's list of authorized devices.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(const ClientIdentity &identity, QWidget *parent = nullptr);
    ~AboutDialog() override;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace PlexAuth
