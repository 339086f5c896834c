#pragma once

#include "api/apierror.h"
#include "services/webhooktestdelivery.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QTableView;

namespace Ui {
class WebhooksPanel;
}

namespace calib {

class RegisterWebhookDialog;
class WebhookListModel;
class WebhookManager;
class WebhookSecretDialog;
class WorkbenchSession;

// The tenant's webhooks: list, register (URL + events; the generated signing secret is
// shown once and kept in the keychain under the profile and webhook id), delete (with
// confirmation; the stored secret goes too) and "Test delivery" against the built-in
// sandbox (a loopback receiver checks that a signed delivery arrives). F5 refreshes, Del
// deletes the selected webhook.
class WebhooksPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit WebhooksPanel(WorkbenchSession *session, QWidget *parent = nullptr);
    ~WebhooksPanel() override;

    [[nodiscard]] WebhookListModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] bool isBusy() const { return m_pending > 0; }
    // The register dialog while it is open (nullptr otherwise).
    [[nodiscard]] RegisterWebhookDialog *registerDialog() const;
    // The "shown once" dialog of the last registration while it is open.
    [[nodiscard]] WebhookSecretDialog *secretDialog() const;

    void refresh();
    // Opens the register dialog; on OK the webhook is registered.
    void registerInteractive();
    void registerWebhook(const QString &url, const QStringList &events);
    // Deletes the selected webhook after asking (dialogs::question).
    void deleteSelected();
    void testDelivery();

Q_SIGNALS:
    void refreshed(bool ok);
    void registered(const QString &webhookId);
    // The keychain answered for a new webhook's secret (ok: stored, or held for this session).
    void secretStored(const QString &webhookId, bool ok);
    void deleted(const QString &webhookId);
    void testDeliveryFinished(bool ok, const QString &message);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onConnectionChanged();
    void updateActions();
    void fitUrlColumn();
    void setStatus(const QString &text, bool error = false);
    [[nodiscard]] QString selectedId() const;
    [[nodiscard]] QString secretKey(const QString &webhookId) const;
    void storeSecret(const QString &webhookId, const QString &secret);
    void removeWebhook(const QString &webhookId);

    const std::unique_ptr<Ui::WebhooksPanel> m_ui;
    WorkbenchSession *m_session;
    WebhookListModel *m_model;
    QPointer<WebhookManager> m_manager;
    QPointer<WebhookTestDelivery> m_testDelivery;
    QPointer<RegisterWebhookDialog> m_registerDialog;
    QPointer<WebhookSecretDialog> m_secretDialog;
    QString m_profileName; // the profile the secrets are stored under
    int m_pending = 0; // list / register / delete requests in flight
    int m_generation = 0; // bumped on every connection change; older answers are dropped
};

} // namespace calib
