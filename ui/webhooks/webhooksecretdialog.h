#pragma once

#include <QDialog>

#include <chrono>
#include <memory>

namespace Ui {
class WebhookSecretDialog;
}

namespace calib {

// Shows a webhook's signing secret once, right after it was registered: read-only, with a
// Copy button. The copy is marked as a secret for clipboard managers
// ("x-kde-passwordManagerHint: secret") and the clipboard is cleared after
// clipboardClearDelay() if it still holds the secret. The field is emptied on close.
class WebhookSecretDialog final : public QDialog
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds defaultClipboardClearDelay {30000};
    // The MIME type clipboard managers (Klipper, KeePassXC's convention) read.
    static constexpr const char *passwordManagerHintFormat = "x-kde-passwordManagerHint";

    WebhookSecretDialog(const QString &webhookId, const QString &secret, QWidget *parent = nullptr);
    ~WebhookSecretDialog() override;

    // What happened to the keychain copy, in plain words (shown under the secret).
    void setStorageMessage(const QString &message);
    void setClipboardClearDelay(std::chrono::milliseconds delay) { m_clearDelay = delay; }
    [[nodiscard]] std::chrono::milliseconds clipboardClearDelay() const { return m_clearDelay; }

    void copySecret();
    // Puts `secret` on the clipboard marked as a secret, and clears the clipboard after
    // `clearAfter` if it still holds it (also when the dialog is gone by then).
    static void copyToClipboard(const QString &secret, std::chrono::milliseconds clearAfter);

    void done(int result) override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fitHeight();

    const std::unique_ptr<Ui::WebhookSecretDialog> m_ui;
    std::chrono::milliseconds m_clearDelay = defaultClipboardClearDelay;
};

} // namespace calib
