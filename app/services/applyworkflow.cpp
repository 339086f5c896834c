#include "services/applyworkflow.h"

#include "api/apicall.h"
#include "api/jobpoller.h"
#include "api/tenantclient.h"
#include "core/validation.h"
#include "core/wirejson.h"
#include "store/appliedhistory.h"
#include "store/outbox.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcApply, "workbench.apply")

namespace calib {

namespace {

// A final answer from the tenant: the request was processed (or refused for good) and
// sending it again with the same key cannot change the outcome.
bool isFinalRejection(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::InvalidInput:
    case ApiError::Kind::Permission:
    case ApiError::Kind::IdempotencyReuse:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::NotSupported: return true;
    case ApiError::Kind::None:
    case ApiError::Kind::Authentication:
    case ApiError::Kind::Conflict:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Busy:
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Protocol:
    case ApiError::Kind::Server:
    case ApiError::Kind::Cancelled: return false;
    }
    return false;
}

QJsonObject outcomeJson(const AppliedCalibration &applied)
{
    return QJsonObject {
        {QStringLiteral("calibration_id"), applied.calibrationId},
        {QStringLiteral("version"), applied.version},
        {QStringLiteral("job_id"), applied.jobId},
        {QStringLiteral("status"), applied.status},
        {QStringLiteral("applied_at"), applied.appliedAt.toString(Qt::ISODate)},
        {QStringLiteral("replayed"), applied.replayed},
    };
}

QJsonObject errorJson(const ApiError &error)
{
    return QJsonObject {
        {QStringLiteral("error"), error.message},
        {QStringLiteral("kind"), ApiError::kindName(error.kind)},
        {QStringLiteral("http_status"), error.httpStatus},
    };
}

} // namespace

ApplyOperation::ApplyOperation(TenantClient *client, Outbox *outbox, AppliedHistory *history, QString profile,
                               Calibration calibration, ApplyOptions options, std::optional<qint64> resumeOutboxId,
                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_outbox(outbox)
    , m_history(history)
    , m_profile(std::move(profile))
    , m_calibration(std::move(calibration))
    , m_options(std::move(options))
    , m_resumeOutboxId(resumeOutboxId)
{
    m_key = m_options.idempotencyKey.isEmpty() ? TenantClient::newIdempotencyKey() : m_options.idempotencyKey;
    m_outcome.idempotencyKey = m_key;
}

ApplyOperation::~ApplyOperation() = default;

QString ApplyOperation::stateText(ApplyState state)
{
    switch (state) {
    case ApplyState::Validating: return QCoreApplication::translate("calib::ApplyOperation", "Validating");
    case ApplyState::Recording: return QCoreApplication::translate("calib::ApplyOperation", "Recording in the outbox");
    case ApplyState::Sending: return QCoreApplication::translate("calib::ApplyOperation", "Sending");
    case ApplyState::RetryWaiting: return QCoreApplication::translate("calib::ApplyOperation", "Waiting to retry");
    case ApplyState::WaitingForJob: return QCoreApplication::translate("calib::ApplyOperation", "Engine busy");
    case ApplyState::Reweighting: return QCoreApplication::translate("calib::ApplyOperation", "Model reweight running");
    case ApplyState::Succeeded: return QCoreApplication::translate("calib::ApplyOperation", "Applied");
    case ApplyState::Failed: return QCoreApplication::translate("calib::ApplyOperation", "Failed");
    case ApplyState::Cancelled: return QCoreApplication::translate("calib::ApplyOperation", "Cancelled");
    }
    return {};
}

void ApplyOperation::setState(ApplyState state, const QString &detail)
{
    m_state = state;
    Q_EMIT stateChanged(state, detail);
}

void ApplyOperation::start()
{
    if (m_finished)
        return;
    setState(ApplyState::Validating);
    const ValidationResult validation = validate(m_calibration);
    if (!validation.ok()) {
        ApiError error;
        error.kind = ApiError::Kind::InvalidInput;
        error.message = tr("The calibration breaks %n engine constraint(s); nothing was sent.", nullptr,
                           int(validation.errors().size()));
        error.fieldErrors = validation.errors();
        finish(ApplyState::Failed, error);
        return;
    }
    if (!m_client) {
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.message = tr("Not connected to a tenant.");
        finish(ApplyState::Failed, error);
        return;
    }

    setState(ApplyState::Recording);
    if (m_resumeOutboxId) {
        m_outcome.outboxId = *m_resumeOutboxId;
    } else {
        const auto row = m_outbox->enqueue(m_profile, m_key, toWireJson(m_calibration));
        if (!row) {
            // Never send what is not recorded: it could not be resumed after a crash.
            ApiError error;
            error.kind = ApiError::Kind::Protocol;
            error.message
                = tr("Could not record the apply in the local outbox, so it was not sent: %1").arg(row.error());
            finish(ApplyState::Failed, error);
            return;
        }
        m_outcome.outboxId = row.value().id;
    }
    m_latency.start();
    send();
}

void ApplyOperation::send()
{
    if (const auto sending = m_outbox->markSending(m_outcome.outboxId); !sending)
        qCWarning(lcApply) << "outbox markSending failed:" << sending.error();
    setState(ApplyState::Sending);
    m_call = m_client->applyCalibration(m_calibration, m_key, PreferReturn::Minimal);
    connect(m_call, &ApiCall::sending, this, [this](int attempt) {
        if (attempt > 1)
            setState(ApplyState::Sending, tr("attempt %1").arg(attempt));
    });
    connect(m_call, &ApiCall::retrying, this, [this](int seconds, const QString &reason) {
        setState(ApplyState::RetryWaiting, reason);
        Q_EMIT retryCountdown(seconds, reason);
    });
    connect(m_call, &ApiCall::waitingForJob, this, [this](const QString &jobId) {
        setState(ApplyState::WaitingForJob, jobId);
        Q_EMIT waitingForJob(jobId);
    });
    connect(m_call, &ApiCall::jobProgress, this, [this](const Job &job) {
        if (job.progress)
            Q_EMIT progress(*job.progress);
    });
    connect(m_call, &ApiCall::finished, this, &ApplyOperation::onApplied);
}

void ApplyOperation::onApplied(const ApiResult &result)
{
    m_call = nullptr;
    m_outcome.latencyMs = m_latency.isValid() ? m_latency.elapsed() : 0;
    if (!result.ok()) {
        const ApiError &error = result.error;
        if (isFinalRejection(error.kind)) {
            if (const auto closed
                = m_outbox->close(m_outcome.outboxId, OutboxEntry::State::Failed, errorJson(error), error.message);
                !closed) {
                qCWarning(lcApply) << "outbox close failed:" << closed.error();
            }
        } else {
            m_outcome.stillPending = true;
            if (const auto noted = m_outbox->markAttempt(m_outcome.outboxId, error.message); !noted)
                qCWarning(lcApply) << "outbox markAttempt failed:" << noted.error();
        }
        finish(error.kind == ApiError::Kind::Cancelled ? ApplyState::Cancelled : ApplyState::Failed, error);
        return;
    }

    m_outcome.applied = result.as<AppliedCalibration>();
    if (const auto closed
        = m_outbox->close(m_outcome.outboxId, OutboxEntry::State::Done, outcomeJson(m_outcome.applied));
        !closed) {
        qCWarning(lcApply) << "outbox close failed:" << closed.error();
    }
    if (m_history) {
        AppliedRecord record;
        record.profile = m_profile;
        record.calibrationId = m_outcome.applied.calibrationId;
        record.version = m_outcome.applied.version;
        record.appliedAt = m_outcome.applied.appliedAt;
        record.payload = toWireJson(m_calibration);
        record.latencyMs = m_outcome.latencyMs;
        record.outboxId = m_outcome.outboxId;
        if (const auto added = m_history->add(record); !added)
            qCWarning(lcApply) << "applied history add failed:" << added.error();
    }

    if (m_options.waitForJob && m_outcome.applied.status == QLatin1String("queued")
        && !m_outcome.applied.jobId.isEmpty()) {
        followJob(m_outcome.applied.jobId);
        return;
    }
    finish(ApplyState::Succeeded);
}

void ApplyOperation::followJob(const QString &jobId)
{
    setState(ApplyState::Reweighting, jobId);
    m_poller = m_client->pollJob(jobId, this);
    connect(m_poller, &JobPoller::progress, this, [this](const Job &job) {
        if (job.progress)
            Q_EMIT progress(*job.progress);
    });
    connect(m_poller, &JobPoller::finished, this, [this](const Job &job, const ApiError &error) {
        m_outcome.job = job;
        if (error.isError()) {
            // The calibration is applied; only following the job stopped.
            finish(error.kind == ApiError::Kind::Cancelled ? ApplyState::Cancelled : ApplyState::Failed, error);
            return;
        }
        if (job.status == Job::Status::Failed) {
            ApiError failed;
            failed.kind = ApiError::Kind::Server;
            failed.message = tr("The calibration was applied, but the model reweight job %1 failed: %2")
                                 .arg(job.jobId, job.error.isEmpty() ? tr("no reason given") : job.error);
            finish(ApplyState::Failed, failed);
            return;
        }
        Q_EMIT progress(1.0);
        finish(ApplyState::Succeeded);
    });
    m_poller->start();
}

void ApplyOperation::cancel()
{
    if (m_finished)
        return;
    if (m_call) {
        m_call->cancel(); // finished() follows through onApplied with Kind::Cancelled
        return;
    }
    if (m_poller) {
        m_poller->cancel();
        return;
    }
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message = tr("Cancelled.");
    finish(ApplyState::Cancelled, error);
}

void ApplyOperation::finish(ApplyState state, const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_outcome.state = state;
    m_outcome.error = error;
    setState(state, error.message);
    Q_EMIT finished(m_outcome);
    deleteLater();
}

ApplyWorkflow::ApplyWorkflow(TenantClient *client, Outbox *outbox, AppliedHistory *history, QString profile,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_outbox(outbox)
    , m_history(history)
    , m_profile(std::move(profile))
{
    qRegisterMetaType<ApplyOutcome>();
}

ApplyOperation *ApplyWorkflow::apply(const Calibration &calibration, const ApplyOptions &options)
{
    auto *operation
        = new ApplyOperation(m_client, m_outbox, m_history, m_profile, calibration, options, std::nullopt, this);
    QTimer::singleShot(0, operation, &ApplyOperation::start);
    return operation;
}

ApplyOperation *ApplyWorkflow::resume(const OutboxEntry &entry, bool waitForJob)
{
    const auto parsed = calibrationFromJson(entry.payload);
    ApplyOptions options;
    options.idempotencyKey = entry.idempotencyKey;
    options.waitForJob = waitForJob;
    auto *operation = new ApplyOperation(m_client, m_outbox, m_history, entry.profile,
                                         parsed.value.value_or(Calibration {}), options, entry.id, this);
    if (!parsed.ok()) {
        QTimer::singleShot(0, operation, [operation, parsed] {
            ApiError error;
            error.kind = ApiError::Kind::InvalidInput;
            error.message = ApplyOperation::tr("The outbox row's payload cannot be read: %1")
                                .arg(parsed.errors.isEmpty() ? QString() : parsed.errors.first().toString());
            operation->finish(ApplyState::Failed, error);
        });
        return operation;
    }
    QTimer::singleShot(0, operation, &ApplyOperation::start);
    return operation;
}

QList<OutboxEntry> ApplyWorkflow::pending() const
{
    const auto rows = m_outbox->pending(m_profile);
    if (!rows) {
        qCWarning(lcApply) << "reading the outbox failed:" << rows.error();
        return {};
    }
    return rows.value();
}

} // namespace calib
