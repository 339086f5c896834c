#pragma once

#include <QDialog>
#include <QStringList>

#include <memory>

class QCheckBox;

namespace Ui {
class RegisterWebhookDialog;
}

namespace calib {

// Asks for a webhook's URL and events. The URL is checked as it is typed (https, or plain
// http only to 127.0.0.1, localhost or ::1) and at least one event must be chosen; OK
// stays disabled until both hold, and the reason is shown under the field.
class RegisterWebhookDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit RegisterWebhookDialog(QWidget *parent = nullptr);
    ~RegisterWebhookDialog() override;

    [[nodiscard]] QString url() const;
    [[nodiscard]] QStringList events() const;
    [[nodiscard]] bool isInputValid() const;

    void setUrl(const QString &url);
    void setEventChecked(const QString &event, bool checked);

private:
    void validate();

    const std::unique_ptr<Ui::RegisterWebhookDialog> m_ui;
    QList<QCheckBox *> m_eventBoxes;
    bool m_touched = false; // no complaint before the first edit
};

} // namespace calib
