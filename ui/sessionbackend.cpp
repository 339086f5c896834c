#include "sessionbackend.h"

#include "api/tenantclient.h"
#include "apply/reviewapplydialog.h"
#include "audit/auditpanel.h"
#include "connection/connectionprofilesdialog.h"
#include "core/clock.h"
#include "services/applyworkflow.h"
#include "services/outboxresumer.h"
#include "services/workbenchsession.h"
#include "store/draftstore.h"
#include "store/outbox.h"
#include "webhooks/webhookspanel.h"

#include <utility>

namespace calib {

SessionBackend::SessionBackend(WorkbenchSession *session, QObject *parent)
    : WindowBackend(parent)
    , m_session(session)
{
    forwardSignals();
}

SessionBackend::SessionBackend(std::unique_ptr<WorkbenchSession> session, QObject *parent)
    : WindowBackend(parent)
    , m_owned(std::move(session))
    , m_session(m_owned.get())
{
    forwardSignals();
}

SessionBackend::~SessionBackend() = default;

void SessionBackend::forwardSignals()
{
    connect(m_session, &WorkbenchSession::connectionChanged, this, &WindowBackend::connectionChanged);
    connect(m_session, &WorkbenchSession::tokenStateChanged, this, &WindowBackend::tokenStateChanged);
    connect(m_session, &WorkbenchSession::calibrationInForceLoaded, this, &WindowBackend::calibrationInForceLoaded);
    connect(m_session, &WorkbenchSession::requestFailed, this, &WindowBackend::requestFailed);
}

bool SessionBackend::openDatabase(QString *error)
{
    return m_session->openDatabase(error);
}

bool SessionBackend::isDatabaseOpen() const
{
    return m_session->isDatabaseOpen();
}

bool SessionBackend::connectSandbox(QString *error)
{
    return m_session->connectSandbox(error);
}

void SessionBackend::connectStoredProfile(const QString &name, QObject *context, Done done)
{
    m_session->connectStoredProfile(name, context, std::move(done));
}

void SessionBackend::disconnectFromTenant()
{
    m_session->disconnectFromTenant();
}

void SessionBackend::testConnection(QObject *context, Done done)
{
    m_session->testConnection(context, [done = std::move(done)](const WorkbenchSession::TestResult &result) {
        done(result.ok, result.report());
    });
}

bool SessionBackend::isConnected() const
{
    return m_session->isConnected();
}

bool SessionBackend::isSandbox() const
{
    return m_session->isSandbox();
}

QString SessionBackend::profileName() const
{
    return m_session->profile().name;
}

QString SessionBackend::tenantLabel() const
{
    return m_session->tenantLabel();
}

WindowBackend::TokenState SessionBackend::tokenState() const
{
    TokenState state;
    const TenantClient *client = m_session->client();
    if (!client)
        return state;
    state.hasClient = true;
    state.valid = client->hasValidToken();
    state.expiresAt = client->tokenExpiresAt();
    state.granted = client->grantedScopes();
    state.missing = client->missingScopes();
    state.baseUrl = client->config().baseUrl;
    state.clientId = client->config().clientId;
    return state;
}

QDateTime SessionBackend::now() const
{
    return m_session->clock()->now();
}

void SessionBackend::loadCalibrationInForce()
{
    m_session->loadCalibrationInForce();
}

const std::optional<CalibrationInForce> &SessionBackend::calibrationInForce() const
{
    return m_session->calibrationInForce();
}

std::optional<WindowBackend::Draft> SessionBackend::loadDraft(const QString &profile) const
{
    if (!m_session->isDatabaseOpen())
        return std::nullopt;
    const auto draft = m_session->drafts().load(profile);
    if (!draft || !draft.value())
        return std::nullopt;
    return Draft {draft.value()->payload, draft.value()->savedAt};
}

QString SessionBackend::saveDraft(const QString &profile, const QJsonObject &payload)
{
    const StoreStatus saved = m_session->drafts().save(profile, payload);
    return saved ? QString() : saved.error();
}

void SessionBackend::clearDraft(const QString &profile)
{
    if (m_session->isDatabaseOpen())
        (void)m_session->drafts().clear(profile);
}

int SessionBackend::pendingApplyCount() const
{
    return m_session->applyWorkflow() ? int(m_session->applyWorkflow()->pending().size()) : 0;
}

QObject *SessionBackend::resumePendingApplies(QObject *parent, ResumeCallbacks callbacks)
{
    if (!m_session->applyWorkflow())
        return nullptr;
    auto *resumer = new OutboxResumer(m_session->applyWorkflow(), parent);
    if (callbacks.rowStarted)
        connect(resumer, &OutboxResumer::rowStarted, parent,
                [f = callbacks.rowStarted](const OutboxEntry &entry) { f(entry.createdAt); });
    if (callbacks.retryCountdown)
        connect(resumer, &OutboxResumer::retryCountdown, parent, callbacks.retryCountdown);
    if (callbacks.finished)
        connect(resumer, &OutboxResumer::finished, parent, [f = callbacks.finished](const OutboxResumer::Summary &s) {
            f(ResumeSummary {s.total, s.succeeded, s.failed, s.stillPending});
        });
    resumer->start();
    return resumer;
}

QWidget *SessionBackend::createAuditPanel(QWidget *parent)
{
    return new AuditPanel(m_session, parent);
}

QWidget *SessionBackend::createWebhooksPanel(QWidget *parent)
{
    return new WebhooksPanel(m_session, parent);
}

void SessionBackend::showProfiles(QWidget *parent, std::function<void(const QString &)> connectRequested)
{
    auto *dialog = new ConnectionProfilesDialog(m_session, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectionProfilesDialog::connectRequested, dialog,
            [dialog, connectRequested = std::move(connectRequested)](const QString &name) {
                connectRequested(name);
                dialog->accept();
            });
    dialog->open();
}

void SessionBackend::reviewAndApply(QWidget *parent, const Calibration &inForce, const Calibration &proposed,
                                    std::function<void()> applied,
                                    std::function<void(const QList<Violation> &)> fieldsRejected)
{
    auto *dialog = new ReviewApplyDialog(m_session->applyWorkflow(), inForce, proposed, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReviewApplyDialog::applied, dialog,
            [applied = std::move(applied)](const ApplyOutcome &) { applied(); });
    connect(dialog, &ReviewApplyDialog::fieldsRejected, dialog, std::move(fieldsRejected));
    dialog->open();
}

const BackendModule &linkedBackendModule()
{
    static const BackendModule module {
        [](QObject *parent) -> WindowBackend * {
            return new SessionBackend(std::make_unique<WorkbenchSession>(), parent);
        },
        &WindowBackend::staticMetaObject,
        &WorkbenchSession::staticMetaObject,
    };
    return module;
}

} // namespace calib
