#include "webhooks/webhookspanel.h"

#include "common/dialogs.h"
#include "editor/problemstyle.h"
#include "services/webhookmanager.h"
#include "services/workbenchsession.h"
#include "store/secretstore.h"
#include "ui_webhookspanel.h"
#include "webhooks/registerwebhookdialog.h"
#include "webhooks/webhooklistmodel.h"
#include "webhooks/webhooksecretdialog.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QProcessEnvironment>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace calib {

namespace {

bool isPanelKey(const QKeyEvent *key)
{
    if (key->modifiers() & ~Qt::KeypadModifier)
        return false;
    return key->key() == Qt::Key_F5 || key->key() == Qt::Key_Delete;
}

} // namespace

WebhooksPanel::WebhooksPanel(WorkbenchSession *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WebhooksPanel>())
    , m_session(session)
    , m_model(new WebhookListModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"webhooksPanel"_s);

    QTableView *table = m_ui->webhooksTableView;
    table->setModel(m_model);
    QHeaderView *vertical = table->verticalHeader();
    vertical->setSectionResizeMode(QHeaderView::Fixed);
    vertical->setDefaultSectionSize(fontMetrics().height() + 10);
    vertical->hide();
    QHeaderView *horizontal = table->horizontalHeader();
    // The URL says which webhook it is: sized to its contents (up to half the width), the
    // events take the rest and elide, with the whole list in their tooltip.
    horizontal->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontal->setSectionResizeMode(WebhookListModel::Url, QHeaderView::Interactive);
    horizontal->setSectionResizeMode(WebhookListModel::Events, QHeaderView::Stretch);
    horizontal->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontal->setHighlightSections(false);

    connect(m_ui->refreshWebhooksButton, &QPushButton::clicked, this, &WebhooksPanel::refresh);
    connect(m_ui->registerWebhookButton, &QPushButton::clicked, this, &WebhooksPanel::registerInteractive);
    connect(m_ui->deleteWebhookButton, &QPushButton::clicked, this, &WebhooksPanel::deleteSelected);
    connect(m_ui->testDeliveryButton, &QPushButton::clicked, this, &WebhooksPanel::testDelivery);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WebhooksPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WebhooksPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WebhooksPanel::fitUrlColumn);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &WebhooksPanel::fitUrlColumn);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &WebhooksPanel::updateActions);

    if (m_session)
        connect(m_session, &WorkbenchSession::connectionChanged, this, &WebhooksPanel::onConnectionChanged);
    onConnectionChanged();
}

WebhooksPanel::~WebhooksPanel() = default;

QTableView *WebhooksPanel::view() const
{
    return m_ui->webhooksTableView;
}

RegisterWebhookDialog *WebhooksPanel::registerDialog() const
{
    return m_registerDialog;
}

WebhookSecretDialog *WebhooksPanel::secretDialog() const
{
    return m_secretDialog;
}

QString WebhooksPanel::statusText() const
{
    return m_ui->webhooksStatusLabel->text();
}

void WebhooksPanel::onConnectionChanged()
{
    ++m_generation;
    m_pending = 0;
    if (m_testDelivery)
        m_testDelivery->cancel();
    delete m_manager;
    const bool connected = m_session && m_session->isConnected();
    m_manager = new WebhookManager(connected ? m_session->client() : nullptr, QProcessEnvironment(), this);
    m_profileName = connected ? m_session->profile().name : QString();
    m_model->clear();
    if (connected) {
        refresh();
    } else {
        setStatus(tr("Not connected. Connect to a tenant or to the built-in sandbox to manage its webhooks."));
        updateActions();
    }
}

void WebhooksPanel::fitUrlColumn()
{
    QTableView *table = m_ui->webhooksTableView;
    table->resizeColumnToContents(WebhookListModel::Url);
    const int least = fontMetrics().averageCharWidth() * 30;
    const int cap = std::max(table->viewport()->width() / 2, least);
    table->setColumnWidth(WebhookListModel::Url, std::clamp(table->columnWidth(WebhookListModel::Url), least, cap));
}

void WebhooksPanel::updateActions()
{
    const bool connected = m_session && m_session->isConnected();
    m_ui->refreshWebhooksButton->setEnabled(connected);
    m_ui->registerWebhookButton->setEnabled(connected);
    m_ui->deleteWebhookButton->setEnabled(connected && !selectedId().isEmpty());

    const bool sandbox = connected && m_session->isSandbox() && m_session->sandbox();
    const bool testing = m_testDelivery && m_testDelivery->isRunning();
    QPushButton *test = m_ui->testDeliveryButton;
    test->setEnabled(sandbox && !testing);
    if (!connected)
        test->setToolTip(tr("Connect to the built-in sandbox to test a delivery."));
    else if (!sandbox)
        test->setToolTip(tr("Test delivery needs the built-in sandbox: it starts a receiver on this computer "
                            "(127.0.0.1), which a remote tenant cannot reach, and fires an alert on the sandbox."));
    else if (testing)
        test->setToolTip(tr("A test delivery is running."));
    else
        test->setToolTip(tr("Start a receiver on 127.0.0.1, register it, fire an alert on the sandbox and check that "
                            "the delivery arrives with a valid signature"));
}

void WebhooksPanel::setStatus(const QString &text, bool error)
{
    QLabel *label = m_ui->webhooksStatusLabel;
    if (error) {
        QPalette palette = this->palette();
        palette.setColor(QPalette::WindowText, problemstyle::textColor(palette, Severity::Error));
        label->setPalette(palette);
    } else {
        label->setPalette(QPalette());
    }
    label->setText(text);
}

QString WebhooksPanel::selectedId() const
{
    const QModelIndexList rows = m_ui->webhooksTableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.constFirst().data(WebhookListModel::WebhookIdRole).toString();
}

QString WebhooksPanel::secretKey(const QString &webhookId) const
{
    return SecretStore::webhookKeyFor(m_profileName, webhookId);
}

void WebhooksPanel::refresh()
{
    if (!m_session || !m_session->isConnected())
        return;
    const QString keep = selectedId();
    const int generation = m_generation;
    ++m_pending;
    setStatus(tr("Loading the webhooks…"));
    m_manager->list(this, [this, generation, keep](const WebhookManager::ListResult &result) {
        if (generation != m_generation)
            return;
        --m_pending;
        if (result.error.isError()) {
            setStatus(tr("The webhooks could not be loaded: %1").arg(result.error.message), true);
            updateActions();
            Q_EMIT refreshed(false);
            return;
        }
        m_model->setWebhooks(result.webhooks);
        if (const int row = m_model->rowOf(keep); row >= 0)
            m_ui->webhooksTableView->selectRow(row);
        setStatus(result.webhooks.isEmpty()
                      ? tr("No webhook is registered. Register one to send events to a coaching platform.")
                      : tr("%n webhook(s) registered.", nullptr, int(result.webhooks.size())));
        updateActions();
        Q_EMIT refreshed(true);
    });
}

void WebhooksPanel::registerInteractive()
{
    if (!m_session || !m_session->isConnected())
        return;
    if (m_registerDialog) {
        m_registerDialog->raise();
        m_registerDialog->activateWindow();
        return;
    }
    auto *dialog = new RegisterWebhookDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_registerDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { registerWebhook(dialog->url(), dialog->events()); });
    dialog->open();
}

void WebhooksPanel::registerWebhook(const QString &url, const QStringList &events)
{
    if (!m_session || !m_session->isConnected())
        return;
    WebhookManager::AddRequest request;
    request.url = url;
    request.events = events;
    const int generation = m_generation;
    ++m_pending;
    updateActions();
    setStatus(tr("Registering %1…").arg(url));
    m_manager->add(request, this, [this, generation](const WebhookManager::AddResult &result) {
        if (generation != m_generation)
            return;
        --m_pending;
        if (result.error.isError()) {
            setStatus(tr("The webhook could not be registered: %1").arg(result.error.message), true);
            updateActions();
            return;
        }
        const QString id = result.webhook.id;
        m_model->addWebhook(result.webhook);
        m_ui->webhooksTableView->selectRow(m_model->rowOf(id));
        QString status = tr("Webhook %1 registered.").arg(id);
        if (!result.warning.isEmpty())
            status += u' ' + result.warning;
        setStatus(status);
        updateActions();

        if (m_secretDialog)
            m_secretDialog->close();
        auto *dialog = new WebhookSecretDialog(id, result.generatedSecret, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setStorageMessage(tr("Saving a copy in the system keychain…"));
        m_secretDialog = dialog;
        dialog->open();
        storeSecret(id, result.generatedSecret);
        Q_EMIT registered(id);
    });
}

void WebhooksPanel::storeSecret(const QString &webhookId, const QString &secret)
{
    const QString key = secretKey(webhookId);
    const QPointer<WebhookSecretDialog> dialog = m_secretDialog;
    m_session->secrets().writeKey(key, secret, this, [this, webhookId, key, dialog](const SecretStore::Result &r) {
        QString message;
        bool ok = true;
        if (r.state == SecretStore::State::Stored) {
            message = tr("A copy is kept in the system keychain under “%1”.").arg(key);
        } else if (r.sessionOnly) {
            message = tr("No system keychain is available: a copy is kept in memory for this session only and never "
                         "written to disk.");
        } else {
            ok = false;
            message = tr("The secret could not be saved in the system keychain (%1). Copy it now.").arg(r.message());
        }
        if (dialog)
            dialog->setStorageMessage(message);
        if (!ok)
            setStatus(tr("Webhook %1 registered, but its secret is not stored: %2").arg(webhookId, r.message()), true);
        Q_EMIT secretStored(webhookId, ok);
    });
}

void WebhooksPanel::deleteSelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || !m_session || !m_session->isConnected())
        return;
    const Webhook hook = m_model->webhook(m_model->rowOf(id));
    const QMessageBox::StandardButton answer = dialogs::question(
        this, tr("Delete Webhook"),
        tr("Delete the webhook %1 (%2)?\n\nThe tenant stops delivering events to it, and its signing secret is "
           "removed from the keychain.")
            .arg(id, hook.url.toDisplayString()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    removeWebhook(id);
}

void WebhooksPanel::removeWebhook(const QString &webhookId)
{
    const int generation = m_generation;
    ++m_pending;
    setStatus(tr("Deleting %1…").arg(webhookId));
    m_manager->remove(webhookId, this, [this, generation, webhookId](const ApiError &error) {
        if (generation != m_generation)
            return;
        --m_pending;
        if (error.isError() && error.kind != ApiError::Kind::NotFound) {
            setStatus(tr("The webhook %1 could not be deleted: %2").arg(webhookId, error.message), true);
            updateActions();
            return;
        }
        m_model->removeWebhook(webhookId);
        setStatus(error.isError() ? tr("Webhook %1 was already deleted on the tenant.").arg(webhookId)
                                  : tr("Webhook %1 deleted.").arg(webhookId));
        m_session->secrets().removeKey(secretKey(webhookId), this, [this, webhookId](const SecretStore::Result &r) {
            // No keychain: the session copy is gone, and nothing was ever on disk.
            if (!r.ok() && r.state != SecretStore::State::NoBackend)
                setStatus(tr("Webhook %1 deleted, but its secret could not be removed from the keychain: %2")
                              .arg(webhookId, r.message()),
                          true);
        });
        updateActions();
        Q_EMIT deleted(webhookId);
    });
}

void WebhooksPanel::testDelivery()
{
    if (!m_session || !m_session->isConnected() || !m_session->isSandbox() || !m_session->sandbox())
        return;
    if (m_testDelivery && m_testDelivery->isRunning())
        return;
    delete m_testDelivery;
    m_testDelivery
        = new WebhookTestDelivery(m_session->client(), m_session->sandbox()->server(), m_session->clock(), this);
    connect(m_testDelivery, &WebhookTestDelivery::progress, this, [this](const QString &step) { setStatus(step); });
    connect(m_testDelivery, &WebhookTestDelivery::finished, this, [this](const WebhookTestDelivery::Result &result) {
        setStatus(result.message(), !result.ok());
        updateActions();
        Q_EMIT testDeliveryFinished(result.ok(), result.message());
    });
    m_testDelivery->start();
    updateActions();
}

bool WebhooksPanel::event(QEvent *event)
{
    // F5 and Del mean "refresh" and "delete" here, ahead of window-wide shortcuts on the
    // same keys (the window's F5 reloads the calibration).
    if (event->type() == QEvent::ShortcutOverride && isPanelKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void WebhooksPanel::keyPressEvent(QKeyEvent *event)
{
    if (isPanelKey(event)) {
        if (event->key() == Qt::Key_F5)
            refresh();
        else
            deleteSelected();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace calib
