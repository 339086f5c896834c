#pragma once

#include "store/connectionprofile.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ConnectionProfilesDialog;
}

namespace calib {

class WorkbenchSession;

// Connection profiles: add, edit, remove, test. A profile holds no secret; the client
// secret typed here is written to the OS keychain on save and never shown again. Each
// keychain state (stored, locked, no keychain, ...) is explained in plain words.
class ConnectionProfilesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionProfilesDialog(WorkbenchSession *session, QWidget *parent = nullptr);
    ~ConnectionProfilesDialog() override;

    [[nodiscard]] QString selectedProfile() const;
    void selectProfile(const QString &name);
    // Saves the form (add or update); false with the reason shown when it cannot.
    bool saveCurrent();
    void testCurrent();
    void removeCurrent();

Q_SIGNALS:
    // "Connect" was pressed for this profile.
    void connectRequested(const QString &name);
    void testFinished(bool ok);
    // A removal asked for with removeCurrent() ended (the keychain answers asynchronously).
    void removeFinished(bool ok);
    void secretStateChanged(const QString &message);

private:
    void reloadList(const QString &select = {});
    void showProfile(const QString &name);
    [[nodiscard]] ConnectionProfile formProfile() const;
    void setStatus(const QString &text, bool error);
    void updateButtons();

    const std::unique_ptr<Ui::ConnectionProfilesDialog> m_ui;
    WorkbenchSession *m_session;
    QString m_editing; // name of the profile in the form; empty for a new one
    QPushButton *m_connectButton;
};

} // namespace calib
