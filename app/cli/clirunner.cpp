#include "cli/clirunner.h"

#include "api/apitypes.h"
#include "api/tenantclient.h"
#include "cli/secretinput.h"
#include "core/analytics/datasetimport.h"
#include "core/analytics/sweepreport.h"
#include "core/calibrationdiff.h"
#include "core/clock.h"
#include "core/wirejson.h"
#include "services/alertexporter.h"
#include "services/applypreview.h"
#include "services/applyworkflow.h"
#include "services/auditexporter.h"
#include "services/clienttuning.h"
#include "services/credentialresolver.h"
#include "services/currentcalibration.h"
#include "services/datasetverification.h"
#include "services/jobwatcher.h"
#include "services/outboxresumer.h"
#include "services/presetcheck.h"
#include "services/profileservice.h"
#include "services/webhookmanager.h"
#include "services/workbenchsession.h"
#include "store/outbox.h"
#include "store/profilestore.h"
#include "store/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

#include <limits>

using namespace Qt::StringLiterals;

namespace calib::cli {

namespace {

QString jsonText(const QJsonValue &value)
{
    if (value.isUndefined())
        return u"(absent)"_s;
    if (value.isString())
        return u"\""_s + value.toString() + u"\""_s;
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QJsonArray violationsJson(const QList<Violation> &violations)
{
    QJsonArray array;
    for (const Violation &v : violations)
        array.append(QJsonObject {{u"field"_s, v.path}, {u"message"_s, v.message}});
    return array;
}

QJsonObject jobJson(const Job &job)
{
    QJsonObject object {{u"job_id"_s, job.jobId}, {u"status"_s, Job::statusName(job.status)}};
    if (job.progress)
        object.insert(u"progress"_s, *job.progress);
    if (job.createdAt.isValid())
        object.insert(u"created_at"_s, job.createdAt.toUTC().toString(Qt::ISODate));
    if (job.updatedAt.isValid())
        object.insert(u"updated_at"_s, job.updatedAt.toUTC().toString(Qt::ISODate));
    if (!job.error.isEmpty())
        object.insert(u"error"_s, job.error);
    return object;
}

QJsonObject webhookJson(const Webhook &webhook)
{
    return QJsonObject {{u"id"_s, webhook.id},
                        {u"url"_s, webhook.url.toString()},
                        {u"events"_s, QJsonArray::fromStringList(webhook.events)},
                        {u"active"_s, webhook.active},
                        {u"created_at"_s, webhook.createdAt.toUTC().toString(Qt::ISODate)}};
}

QJsonObject outboxJson(const OutboxEntry &entry)
{
    return QJsonObject {{u"id"_s, entry.id},
                        {u"profile"_s, entry.profile},
                        {u"idempotency_key"_s, entry.idempotencyKey},
                        {u"state"_s, OutboxEntry::stateName(entry.state)},
                        {u"attempts"_s, entry.attempts},
                        {u"created_at"_s, entry.createdAt.toUTC().toString(Qt::ISODate)},
                        {u"updated_at"_s, entry.updatedAt.toUTC().toString(Qt::ISODate)},
                        {u"last_error"_s, entry.lastError},
                        {u"outcome"_s, entry.outcome}};
}

QJsonObject outcomeJson(const ApplyOutcome &outcome)
{
    QJsonObject object {{u"ok"_s, outcome.ok()},
                        {u"idempotency_key"_s, outcome.idempotencyKey},
                        {u"outbox_id"_s, outcome.outboxId},
                        {u"latency_ms"_s, outcome.latencyMs}};
    if (!outcome.applied.calibrationId.isEmpty()) {
        object.insert(u"calibration_id"_s, outcome.applied.calibrationId);
        object.insert(u"version"_s, outcome.applied.version);
        object.insert(u"status"_s, outcome.applied.status);
        object.insert(u"replayed"_s, outcome.applied.replayed);
        if (!outcome.applied.jobId.isEmpty())
            object.insert(u"job_id"_s, outcome.applied.jobId);
        if (outcome.applied.appliedAt.isValid())
            object.insert(u"applied_at"_s, outcome.applied.appliedAt.toUTC().toString(Qt::ISODate));
    }
    if (outcome.job)
        object.insert(u"job"_s, jobJson(*outcome.job));
    if (!outcome.ok()) {
        object.insert(u"still_pending"_s, outcome.stillPending);
        object.insert(u"exit_code"_s, toInt(exitCodeFor(outcome.error)));
        object.insert(u"error"_s, CliPrinter::errorJson(outcome.error));
    }
    return object;
}

QString outcomeText(const ApplyOutcome &outcome)
{
    QString text
        = u"Applied: version %1 (calibration %2)"_s.arg(outcome.applied.version).arg(outcome.applied.calibrationId);
    if (outcome.applied.replayed)
        text += u", replayed from an earlier send of the same key"_s;
    if (!outcome.applied.jobId.isEmpty())
        text += u", reweight job %1 %2"_s.arg(
            outcome.applied.jobId, outcome.job ? Job::statusName(outcome.job->status) : outcome.applied.status);
    return text + u"; key "_s + outcome.idempotencyKey;
}

} // namespace

CliRunner::CliRunner(Invocation invocation, QObject *parent)
    : QObject(parent)
    , m_invocation(std::move(invocation))
    , m_printer(m_invocation.globals.json)
    , m_environment(QProcessEnvironment::systemEnvironment())
{ }

CliRunner::~CliRunner()
{
    if (m_outputFile)
        m_outputFile->cancelWriting();
}

void CliRunner::start()
{
    QTimer::singleShot(0, this, &CliRunner::run);
}

void CliRunner::finish(ExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    QCoreApplication::exit(toInt(code));
}

void CliRunner::usageError(const QString &message)
{
    m_printer.failure(ExitCode::Usage, message);
    m_printer.err(u"Run \"calibctl --help\" for the usage."_s);
    finish(ExitCode::Usage);
}

bool CliRunner::parseCommand(QCommandLineParser &parser, const QList<QCommandLineOption> &options, int minPositional,
                             int maxPositional, const QString &synopsis)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options);
    if (!parser.parse(QStringList {u"calibctl"_s} + m_invocation.arguments)) {
        usageError(parser.errorText() + u" (usage: calibctl "_s + synopsis + u")"_s);
        return false;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional || count > maxPositional) {
        usageError(u"Usage: calibctl "_s + synopsis);
        return false;
    }
    return true;
}

WorkbenchSession &CliRunner::session()
{
    if (!m_session)
        m_session = std::make_unique<WorkbenchSession>();
    return *m_session;
}

SecretStore &CliRunner::secrets()
{
    if (!m_secrets)
        m_secrets = new SecretStore(this);
    return *m_secrets;
}

bool CliRunner::openDatabase()
{
    QString error;
    if (session().openDatabase(&error))
        return true;
    m_printer.failure(ExitCode::Failure, u"The local database cannot be opened: "_s + error);
    finish(ExitCode::Failure);
    return false;
}

void CliRunner::withConnection(const std::function<void()> &next)
{
    auto *resolver = new CredentialResolver(session().profiles(), &secrets(), m_environment, this);
    resolver->resolve(m_invocation.globals.connection, this, [this, resolver, next](const ResolveOutcome &outcome) {
        resolver->deleteLater();
        if (!outcome.ok()) {
            if (outcome.code == ExitCode::Usage)
                usageError(outcome.error);
            else {
                m_printer.failure(outcome.code, outcome.error);
                finish(outcome.code);
            }
            return;
        }
        QString error;
        if (!outcome.connection.connect(session(), &error)) {
            m_printer.failure(ExitCode::Usage, error);
            finish(ExitCode::Usage);
            return;
        }
        TenantClientOptions options = session().client()->options();
        if (const QStringList problems = ClientTuning::apply(m_environment, options); !problems.isEmpty()) {
            usageError(problems.join(u' '));
            return;
        }
        session().client()->setOptions(options);
        next();
    });
}

QIODevice *CliRunner::openOutput(const QString &path)
{
    if (path.isEmpty() || path == u"-")
        return m_printer.stdoutDevice();
    m_outputFile = std::make_unique<QSaveFile>(path);
    if (!m_outputFile->open(QIODevice::WriteOnly)) {
        const QString error = m_outputFile->errorString();
        m_outputFile.reset();
        m_printer.failure(ExitCode::Invalid, u"Cannot write %1: %2"_s.arg(path, error));
        finish(ExitCode::Invalid);
        return nullptr;
    }
    return m_outputFile.get();
}

bool CliRunner::closeOutput(bool success)
{
    if (!m_outputFile)
        return true;
    bool ok = true;
    if (success) {
        ok = m_outputFile->commit();
        if (!ok)
            m_printer.failure(ExitCode::Invalid,
                              u"Cannot write %1: %2"_s.arg(m_outputFile->fileName(), m_outputFile->errorString()));
    } else {
        m_outputFile->cancelWriting();
    }
    m_outputFile.reset();
    return ok;
}

void CliRunner::run()
{
    const Invocation &inv = m_invocation;
    if (!inv.error.isEmpty()) {
        usageError(inv.error);
        return;
    }
    if (inv.globals.version) {
        m_printer.out(u"calibctl "_s + QCoreApplication::applicationVersion());
        finish(ExitCode::Ok);
        return;
    }
    if (inv.globals.help || inv.command == u"help") {
        m_printer.outRaw(usageText().toUtf8());
        finish(ExitCode::Ok);
        return;
    }
    if (inv.command.isEmpty()) {
        m_printer.err(usageText());
        usageError(u"No command given."_s);
        return;
    }
    const QString &c = inv.command;
    if (c == u"validate")
        cmdValidate();
    else if (c == u"apply")
        cmdApply();
    else if (c == u"current")
        cmdCurrent();
    else if (c == u"job")
        cmdJob();
    else if (c == u"webhook")
        cmdWebhook();
    else if (c == u"audit")
        cmdAudit();
    else if (c == u"alerts")
        cmdAlerts();
    else if (c == u"profile")
        cmdProfile();
    else if (c == u"outbox")
        cmdOutbox();
    else if (c == u"sweep")
        cmdSweep();
    else if (c == u"verify")
        cmdVerify();
    else
        usageError(u"Unknown command \"%1\"."_s.arg(c));
}

// validate FILE
void CliRunner::cmdValidate()
{
    QCommandLineParser parser;
    if (!parseCommand(parser, {}, 1, 1, u"validate FILE"_s))
        return;
    const PresetCheck check = PresetCheck::run(parser.positionalArguments().first());
    for (const ParseError &error : check.parseErrors)
        m_printer.err(error.toString());
    for (const Violation &v : check.validation.errors())
        m_printer.err(u"%1: error: %2: %3"_s.arg(check.path, v.path, v.message));
    for (const Violation &v : check.validation.warnings())
        m_printer.err(u"%1: warning: %2: %3"_s.arg(check.path, v.path, v.message));
    if (m_printer.isJson()) {
        QJsonArray parseErrors;
        for (const ParseError &error : check.parseErrors)
            parseErrors.append(QJsonObject {{u"field"_s, error.path},
                                            {u"message"_s, error.message},
                                            {u"line"_s, error.line},
                                            {u"column"_s, error.column}});
        m_printer.json(QJsonObject {{u"ok"_s, check.ok()},
                                    {u"file"_s, check.path},
                                    {u"parse_errors"_s, parseErrors},
                                    {u"errors"_s, violationsJson(check.validation.errors())},
                                    {u"warnings"_s, violationsJson(check.validation.warnings())}});
    } else if (check.ok()) {
        m_printer.out(u"%1: valid (%2 warning(s))"_s.arg(check.path).arg(check.validation.warnings().size()));
    } else {
        m_printer.out(u"%1: invalid (%2 problem(s))"_s.arg(check.path)
                          .arg(check.parseErrors.size() + check.validation.errors().size()));
    }
    finish(check.exitCode());
}

// apply FILE [--wait] [--dry-run] [--idempotency-key K]
void CliRunner::cmdApply()
{
    const QCommandLineOption wait(u"wait"_s);
    const QCommandLineOption dryRun(u"dry-run"_s);
    const QCommandLineOption key(u"idempotency-key"_s, {}, u"K"_s);
    QCommandLineParser parser;
    if (!parseCommand(parser, {wait, dryRun, key}, 1, 1, u"apply FILE [--wait] [--dry-run] [--idempotency-key K]"_s))
        return;
    const QString idempotencyKey = parser.value(key);
    if (parser.isSet(key) && !TenantClient::isValidIdempotencyKey(idempotencyKey)) {
        usageError(u"--idempotency-key must be 1 to 255 visible ASCII characters."_s);
        return;
    }
    const PresetCheck check = PresetCheck::run(parser.positionalArguments().first());
    if (!check.ok()) {
        for (const ParseError &error : check.parseErrors)
            m_printer.err(error.toString());
        ApiError error
            = ApiError::make(ApiError::Kind::InvalidInput,
                             check.preset ? u"%1 breaks the engine constraints; nothing was sent."_s.arg(check.path)
                                          : u"%1 cannot be read; nothing was sent."_s.arg(check.path));
        error.fieldErrors = check.validation.errors();
        m_printer.failure(error);
        finish(ExitCode::Invalid);
        return;
    }
    for (const Violation &v : check.validation.warnings())
        m_printer.err(u"warning: %1: %2"_s.arg(v.path, v.message));
    const Calibration calibration = check.preset->calibration;

    if (parser.isSet(dryRun)) {
        withConnection([this, calibration] {
            auto *preview = new ApplyPreview(session().client(), this);
            connect(preview, &ApplyPreview::finished, this, [this](const ApplyPreviewResult &result) {
                if (result.error.isError() && result.error.kind != ApiError::Kind::NotSupported) {
                    m_printer.failure(result.error);
                    finish(result.exitCode());
                    return;
                }
                if (m_printer.isJson()) {
                    QJsonArray changes;
                    for (const FieldChange &change : result.changes)
                        changes.append(
                            QJsonObject {{u"field"_s, change.path}, {u"from"_s, change.from}, {u"to"_s, change.to}});
                    QJsonObject object {{u"ok"_s, true},
                                        {u"dry_run"_s, true},
                                        {u"valid"_s, true},
                                        {u"changes"_s, changes},
                                        {u"warnings"_s, violationsJson(result.validation.warnings())}};
                    if (result.inForce)
                        object.insert(u"version_in_force"_s, result.inForce->version);
                    else
                        object.insert(u"diff_available"_s, false);
                    m_printer.json(object);
                } else {
                    m_printer.out(u"Valid. Nothing was sent (dry run)."_s);
                    if (!result.inForce) {
                        m_printer.out(u"The tenant cannot report the calibration in force (%1), so there is no "
                                      u"difference to show."_s.arg(result.error.message));
                    } else if (result.changes.isEmpty()) {
                        m_printer.out(u"No change against version %1 in force."_s.arg(result.inForce->version));
                    } else {
                        m_printer.out(u"Changes against version %1 in force:"_s.arg(result.inForce->version));
                        for (const FieldChange &change : result.changes)
                            m_printer.out(
                                u"  %1: %2 -> %3"_s.arg(change.path, jsonText(change.from), jsonText(change.to)));
                    }
                }
                finish(ExitCode::Ok);
            });
            preview->start(calibration);
        });
        return;
    }

    const bool waitForJob = parser.isSet(wait);
    withConnection([this, calibration, idempotencyKey, waitForJob] {
        if (!openDatabase())
            return;
        if (!idempotencyKey.isEmpty()) {
            const auto existing = session().outbox().findByKey(idempotencyKey);
            if (existing && existing.value()) {
                const OutboxEntry &row = *existing.value();
                m_printer.failure(ExitCode::Invalid,
                                  u"The idempotency key is already used by outbox row %1 (%2). Use \"calibctl outbox "
                                  u"resume\" to finish it, or a new key for a new change."_s.arg(row.id)
                                      .arg(OutboxEntry::stateName(row.state)));
                finish(ExitCode::Invalid);
                return;
            }
        }
        ApplyOptions options;
        options.idempotencyKey = idempotencyKey;
        options.waitForJob = waitForJob;
        ApplyOperation *operation = session().applyWorkflow()->apply(calibration, options);
        m_printer.err(u"idempotency key %1"_s.arg(operation->idempotencyKey()));
        connect(operation, &ApplyOperation::stateChanged, this, [this](ApplyState state, const QString &detail) {
            switch (state) {
            case ApplyState::Recording:
            case ApplyState::Sending:
            case ApplyState::WaitingForJob:
            case ApplyState::Reweighting:
                m_printer.err(ApplyOperation::stateText(state)
                              + (detail.isEmpty() ? QString() : u" ("_s + detail + u")"_s));
                break;
            default: break;
            }
        });
        connect(operation, &ApplyOperation::retryCountdown, this, [this](int seconds, const QString &reason) {
            if (m_lastRetrySeconds < 0 || seconds >= m_lastRetrySeconds)
                m_printer.retrying(seconds, reason);
            m_lastRetrySeconds = seconds;
        });
        connect(operation, &ApplyOperation::progress, this, [this](double fraction) {
            const int percent = int(fraction * 100.0);
            if (percent / 10 != m_lastProgressPercent / 10 || percent == 100) {
                if (percent != m_lastProgressPercent)
                    m_printer.err(u"reweight %1%"_s.arg(percent));
                m_lastProgressPercent = percent;
            }
        });
        connect(operation, &ApplyOperation::finished, this, [this](const ApplyOutcome &outcome) {
            if (m_printer.isJson())
                m_printer.json(outcomeJson(outcome));
            if (outcome.ok()) {
                if (!m_printer.isJson())
                    m_printer.out(outcomeText(outcome));
                finish(ExitCode::Ok);
                return;
            }
            m_printer.err(u"calibctl: "_s + outcome.error.toString());
            if (outcome.stillPending)
                m_printer.err(u"The apply is kept in the local outbox (row %1, key %2); run \"calibctl outbox "
                              u"resume\" with the same connection to send it again."_s.arg(outcome.outboxId)
                                  .arg(outcome.idempotencyKey));
            finish(exitCodeFor(outcome.error));
        });
    });
}

// current [-o FILE]
void CliRunner::cmdCurrent()
{
    const QCommandLineOption output(QStringList {u"o"_s, u"output"_s}, {}, u"FILE"_s);
    QCommandLineParser parser;
    if (!parseCommand(parser, {output}, 0, 0, u"current [-o FILE]"_s))
        return;
    const QString path = parser.value(output);
    withConnection([this, path] {
        auto *current = new CurrentCalibration(session().client(), session().clock(), this);
        connect(current, &CurrentCalibration::finished, this, [this, current, path](const ApiError &error) {
            if (error.isError()) {
                m_printer.failure(error);
                finish(exitCodeFor(error));
                return;
            }
            const CalibrationInForce &inForce = *current->inForce();
            if (!path.isEmpty()) {
                if (m_printer.isJson())
                    m_printer.json(QJsonObject {{u"ok"_s, true},
                                                {u"file"_s, path},
                                                {u"version"_s, inForce.version},
                                                {u"calibration_id"_s, inForce.calibrationId}});
                else
                    m_printer.out(u"Wrote version %1 in force to %2"_s.arg(inForce.version).arg(path));
            } else {
                const Preset preset
                    = CurrentCalibration::presetFor(inForce, session().tenantLabel(), session().clock()->now());
                if (m_printer.isJson())
                    m_printer.json(QJsonObject {{u"ok"_s, true},
                                                {u"version"_s, inForce.version},
                                                {u"calibration_id"_s, inForce.calibrationId},
                                                {u"applied_at"_s, inForce.appliedAt.toUTC().toString(Qt::ISODate)},
                                                {u"calibration"_s, toWireJson(inForce.calibration)}});
                else
                    m_printer.outRaw(presetToBytes(preset));
            }
            finish(ExitCode::Ok);
        });
        current->start(path);
    });
}

// job ID [--wait]
void CliRunner::cmdJob()
{
    const QCommandLineOption wait(u"wait"_s);
    QCommandLineParser parser;
    if (!parseCommand(parser, {wait}, 1, 1, u"job ID [--wait]"_s))
        return;
    const QString jobId = parser.positionalArguments().first();
    const bool waitUntilFinal = parser.isSet(wait);
    withConnection([this, jobId, waitUntilFinal] {
        auto *watcher = new JobWatcher(session().client(), this);
        connect(watcher, &JobWatcher::progress, this, [this](const Job &job) {
            m_printer.err(u"%1 %2%3"_s.arg(job.jobId, Job::statusName(job.status),
                                           job.progress ? u" %1%"_s.arg(int(*job.progress * 100)) : QString()));
        });
        connect(watcher, &JobWatcher::finished, this, [this, waitUntilFinal](const Job &job, const ApiError &error) {
            if (error.isError()) {
                m_printer.failure(error);
                finish(exitCodeFor(error));
                return;
            }
            if (m_printer.isJson()) {
                QJsonObject object = jobJson(job);
                object.insert(u"ok"_s, job.status != Job::Status::Failed);
                m_printer.json(object);
            } else {
                QString line = u"%1: %2"_s.arg(job.jobId, Job::statusName(job.status));
                if (job.progress)
                    line += u" (%1%)"_s.arg(int(*job.progress * 100));
                if (!job.error.isEmpty())
                    line += u": "_s + job.error;
                m_printer.out(line);
            }
            finish(JobWatcher::exitCodeFor(job, error, waitUntilFinal));
        });
        watcher->start(jobId, waitUntilFinal);
    });
}

// webhook add URL --event E [--event E] [--secret-env VAR] | list | delete ID
void CliRunner::cmdWebhook()
{
    const QCommandLineOption event(u"event"_s, {}, u"E"_s);
    const QCommandLineOption secretEnv(u"secret-env"_s, {}, u"VAR"_s);
    QCommandLineParser parser;
    const QString synopsis = u"webhook add URL --event E [--event E] [--secret-env VAR] | webhook list | webhook "
                             u"delete ID"_s;
    if (!parseCommand(parser, {event, secretEnv}, 1, 2, synopsis))
        return;
    const QStringList positional = parser.positionalArguments();
    const QString sub = positional.first();
    if (sub == u"add" && positional.size() == 2) {
        WebhookManager::AddRequest request;
        request.url = positional.at(1);
        request.events = parser.values(event);
        request.secretVariable = parser.value(secretEnv);
        withConnection([this, request] {
            auto *manager = new WebhookManager(session().client(), m_environment, this);
            manager->add(request, this, [this](const WebhookManager::AddResult &result) {
                if (!result.warning.isEmpty())
                    m_printer.err(u"warning: "_s + result.warning);
                if (result.error.isError()) {
                    m_printer.failure(result.error);
                    finish(exitCodeFor(result.error));
                    return;
                }
                if (m_printer.isJson()) {
                    QJsonObject object = webhookJson(result.webhook);
                    object.insert(u"ok"_s, true);
                    if (!result.generatedSecret.isEmpty())
                        object.insert(u"secret"_s, result.generatedSecret);
                    m_printer.json(object);
                } else {
                    m_printer.out(u"Registered webhook %1 for %2 -> %3"_s.arg(
                        result.webhook.id, result.webhook.events.join(u", "_s), result.webhook.url.toString()));
                    if (!result.generatedSecret.isEmpty())
                        m_printer.out(u"Signing secret (shown only now; keep it safe): "_s + result.generatedSecret);
                }
                finish(ExitCode::Ok);
            });
        });
        return;
    }
    if (sub == u"list" && positional.size() == 1) {
        withConnection([this] {
            auto *manager = new WebhookManager(session().client(), m_environment, this);
            manager->list(this, [this](const WebhookManager::ListResult &result) {
                if (result.error.isError()) {
                    m_printer.failure(result.error);
                    finish(exitCodeFor(result.error));
                    return;
                }
                if (m_printer.isJson()) {
                    QJsonArray array;
                    for (const Webhook &webhook : result.webhooks)
                        array.append(webhookJson(webhook));
                    m_printer.json(QJsonObject {{u"ok"_s, true}, {u"webhooks"_s, array}});
                } else if (result.webhooks.isEmpty()) {
                    m_printer.out(u"No webhooks."_s);
                } else {
                    for (const Webhook &webhook : result.webhooks)
                        m_printer.out(u"%1  %2  %3  %4"_s.arg(webhook.id, webhook.active ? u"active"_s : u"inactive"_s,
                                                              webhook.events.join(u","_s), webhook.url.toString()));
                }
                finish(ExitCode::Ok);
            });
        });
        return;
    }
    if (sub == u"delete" && positional.size() == 2) {
        const QString id = positional.at(1);
        withConnection([this, id] {
            auto *manager = new WebhookManager(session().client(), m_environment, this);
            manager->remove(id, this, [this, id](const ApiError &error) {
                if (error.isError()) {
                    m_printer.failure(error);
                    finish(exitCodeFor(error));
                    return;
                }
                if (m_printer.isJson())
                    m_printer.json(QJsonObject {{u"ok"_s, true}, {u"deleted"_s, id}});
                else
                    m_printer.out(u"Deleted webhook "_s + id);
                finish(ExitCode::Ok);
            });
        });
        return;
    }
    usageError(u"Usage: calibctl "_s + synopsis);
}

// audit [--limit N] [--max N] [--since T] [--until T] [--actor A] [--format F] [-o FILE]
void CliRunner::cmdAudit()
{
    const QCommandLineOption limit(u"limit"_s, {}, u"N"_s);
    const QCommandLineOption max(u"max"_s, {}, u"N"_s);
    const QCommandLineOption since(u"since"_s, {}, u"T"_s);
    const QCommandLineOption until(u"until"_s, {}, u"T"_s);
    const QCommandLineOption actor(u"actor"_s, {}, u"A"_s);
    const QCommandLineOption format(u"format"_s, {}, u"F"_s);
    const QCommandLineOption output(QStringList {u"o"_s, u"output"_s}, {}, u"FILE"_s);
    QCommandLineParser parser;
    if (!parseCommand(parser, {limit, max, since, until, actor, format, output}, 0, 0,
                      u"audit [--limit N] [--max N] [--since T] [--until T] [--actor A] [--format table|jsonl|csv] "
                      u"[-o FILE]"_s))
        return;
    AuditExporter::Options options;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(limit)) {
        const auto value = parseCount(parser.value(limit), 1, 200);
        if (!value)
            return usageError(u"--limit must be a whole number from 1 to 200."_s);
        options.query.limit = int(*value);
    }
    if (parser.isSet(max)) {
        const auto value = parseCount(parser.value(max), 1, std::numeric_limits<qint64>::max());
        if (!value)
            return usageError(u"--max must be a positive whole number."_s);
        options.maxItems = *value;
    }
    if (parser.isSet(since)) {
        const auto value = parseTimeArgument(parser.value(since), now);
        if (!value)
            return usageError(u"--since must be a date-time such as 2026-11-24T10:00:00Z, a date, or 24h/7d."_s);
        options.query.since = *value;
    }
    if (parser.isSet(until)) {
        const auto value = parseTimeArgument(parser.value(until), now);
        if (!value)
            return usageError(u"--until must be a date-time such as 2026-11-24T10:00:00Z, a date, or 24h/7d."_s);
        options.query.until = *value;
    }
    options.query.actor = parser.value(actor);
    options.format = m_printer.isJson() ? ExportFormat::Jsonl : ExportFormat::Table;
    if (parser.isSet(format)) {
        const auto value = exportFormatFromName(parser.value(format));
        if (!value)
            return usageError(u"--format must be table, jsonl or csv."_s);
        options.format = *value;
    }
    const QString path = parser.value(output);
    withConnection([this, options, path] {
        QIODevice *device = openOutput(path);
        if (!device)
            return;
        auto *exporter = new AuditExporter(session().client(), this);
        connect(exporter, &PagedExporter::progress, this, [this, path](qint64 items, int pages) {
            if (!path.isEmpty())
                m_printer.err(u"%1 event(s), %2 page(s)"_s.arg(items).arg(pages));
        });
        finishExportWhenDone(exporter, path, u"Stopped at the maximum; the trail has more events."_s,
                             u"Wrote %1 event(s) to %2"_s);
        exporter->start(device, options);
    });
}

// alerts [--limit N] [--max N] [--since T] [--format F] [-o FILE]
void CliRunner::cmdAlerts()
{
    const QCommandLineOption limit(u"limit"_s, {}, u"N"_s);
    const QCommandLineOption max(u"max"_s, {}, u"N"_s);
    const QCommandLineOption since(u"since"_s, {}, u"T"_s);
    const QCommandLineOption format(u"format"_s, {}, u"F"_s);
    const QCommandLineOption output(QStringList {u"o"_s, u"output"_s}, {}, u"FILE"_s);
    QCommandLineParser parser;
    if (!parseCommand(parser, {limit, max, since, format, output}, 0, 0,
                      u"alerts [--limit N] [--max N] [--since T] [--format table|jsonl|csv] [-o FILE]"_s))
        return;
    AlertExporter::Options options;
    if (parser.isSet(limit)) {
        const auto value = parseCount(parser.value(limit), 1, 200);
        if (!value)
            return usageError(u"--limit must be a whole number from 1 to 200."_s);
        options.query.limit = int(*value);
    }
    if (parser.isSet(max)) {
        const auto value = parseCount(parser.value(max), 1, std::numeric_limits<qint64>::max());
        if (!value)
            return usageError(u"--max must be a positive whole number."_s);
        options.maxItems = *value;
    }
    if (parser.isSet(since)) {
        const auto value = parseTimeArgument(parser.value(since), QDateTime::currentDateTimeUtc());
        if (!value)
            return usageError(u"--since must be a date-time such as 2026-11-24T10:00:00Z, a date, or 24h/7d."_s);
        options.query.since = *value;
    }
    options.format = m_printer.isJson() ? ExportFormat::Jsonl : ExportFormat::Table;
    if (parser.isSet(format)) {
        const auto value = exportFormatFromName(parser.value(format));
        if (!value)
            return usageError(u"--format must be table, jsonl or csv."_s);
        options.format = *value;
    }
    const QString path = parser.value(output);
    withConnection([this, options, path] {
        QIODevice *device = openOutput(path);
        if (!device)
            return;
        auto *exporter = new AlertExporter(session().client(), this);
        finishExportWhenDone(exporter, path, u"Stopped at the maximum; there are more alerts."_s,
                             u"Wrote %1 alert(s) to %2"_s);
        exporter->start(device, options);
    });
}

// profile add NAME | list | remove NAME | set-secret NAME
void CliRunner::cmdProfile()
{
    QCommandLineParser parser;
    const QCommandLineOption force(u"force"_s);
    const QString synopsis = u"profile add NAME (--base-url URL | --tenant T) --client-id ID [--auth-method "
                             u"form|basic] | profile list | profile remove NAME [--force] | profile set-secret NAME"_s;
    if (!parseCommand(parser, {force}, 1, 2, synopsis))
        return;
    const QStringList positional = parser.positionalArguments();
    const QString sub = positional.first();
    const ConnectionRequest &connection = m_invocation.globals.connection;
    auto *service = new ProfileService(session().settings(), session().profiles(), nullptr, this);

    if (sub == u"list" && positional.size() == 1) {
        const QList<ConnectionProfile> profiles = service->list();
        if (m_printer.isJson()) {
            QJsonArray array;
            for (const ConnectionProfile &p : profiles)
                array.append(QJsonObject {{u"name"_s, p.name},
                                          {u"sandbox"_s, p.isSandbox},
                                          {u"base_url"_s, p.effectiveBaseUrl().toString()},
                                          {u"tenant"_s, p.tenant},
                                          {u"client_id"_s, p.clientId},
                                          {u"auth_method"_s, ConnectionProfile::authMethodName(p.authMethod)}});
            m_printer.json(QJsonObject {{u"ok"_s, true}, {u"profiles"_s, array}});
        } else {
            for (const ConnectionProfile &p : profiles)
                m_printer.out(p.isSandbox ? u"%1  (built-in sandbox)"_s.arg(p.name)
                                          : u"%1  %2  client %3  auth %4"_s.arg(
                                              p.name, p.effectiveBaseUrl().toString(), p.clientId,
                                              ConnectionProfile::authMethodName(p.authMethod)));
        }
        finish(ExitCode::Ok);
        return;
    }
    if (positional.size() != 2)
        return usageError(u"Usage: calibctl "_s + synopsis);
    const QString name = positional.at(1);
    const auto report = [this](const ProfileService::Result &result) {
        if (!result.ok()) {
            m_printer.failure(result.code, result.message);
        } else if (m_printer.isJson()) {
            m_printer.json(QJsonObject {{u"ok"_s, true}, {u"message"_s, result.message}});
        } else {
            m_printer.out(result.message);
        }
        finish(result.code);
    };
    if (sub == u"add") {
        if (connection.sandbox || !connection.profile.isEmpty())
            return usageError(u"profile add takes --base-url or --tenant with --client-id."_s);
        ConnectionProfile profile;
        profile.name = name;
        if (!connection.baseUrl.isEmpty())
            profile.baseUrl = QUrl(connection.baseUrl, QUrl::StrictMode);
        profile.tenant = connection.tenant;
        profile.clientId = connection.clientId;
        if (!connection.authMethod.isEmpty() && connection.authMethod.compare(u"form", Qt::CaseInsensitive) != 0
            && connection.authMethod.compare(u"basic", Qt::CaseInsensitive) != 0)
            return usageError(u"--auth-method must be \"form\" or \"basic\"."_s);
        profile.authMethod = ConnectionProfile::authMethodFromName(connection.authMethod);
        report(service->add(profile));
        return;
    }
    if (sub == u"remove") {
        // The profile's local data (applies, history, review labels, draft) goes with it.
        if (!openDatabase())
            return;
        auto *withSecrets
            = new ProfileService(session().settings(), session().profiles(), &secrets(), this, &session().database());
        withSecrets->remove(name, this, report,
                            parser.isSet(force) ? ProfileService::RemoveMode::DiscardUnfinishedApplies
                                                : ProfileService::RemoveMode::KeepUnfinishedApplies);
        return;
    }
    if (sub == u"set-secret") {
        if (!session().profiles().get(name))
            return report({ExitCode::Invalid, u"There is no profile called \"%1\"."_s.arg(name)});
        const QString secret = readSecretFromStdin(u"Client secret for profile \"%1\": "_s.arg(name));
        auto *withSecrets = new ProfileService(session().settings(), session().profiles(), &secrets(), this);
        withSecrets->setSecret(name, secret, this, report);
        return;
    }
    usageError(u"Usage: calibctl "_s + synopsis);
}

// outbox list [--all] | outbox resume [--wait]
void CliRunner::cmdOutbox()
{
    const QCommandLineOption all(u"all"_s);
    const QCommandLineOption wait(u"wait"_s);
    QCommandLineParser parser;
    const QString synopsis = u"outbox list [--all] | outbox resume [--wait]"_s;
    if (!parseCommand(parser, {all, wait}, 1, 1, synopsis))
        return;
    const QString sub = parser.positionalArguments().first();
    if (sub == u"list") {
        if (!openDatabase())
            return;
        const QString profile = m_invocation.globals.connection.profile;
        const auto rows
            = parser.isSet(all) ? session().outbox().recent(100, profile) : session().outbox().pending(profile);
        if (!rows) {
            m_printer.failure(ExitCode::Failure, rows.error());
            finish(ExitCode::Failure);
            return;
        }
        if (m_printer.isJson()) {
            QJsonArray array;
            for (const OutboxEntry &entry : rows.value())
                array.append(outboxJson(entry));
            m_printer.json(QJsonObject {{u"ok"_s, true}, {u"entries"_s, array}});
        } else if (rows.value().isEmpty()) {
            m_printer.out(parser.isSet(all) ? u"The outbox is empty."_s : u"No pending applies."_s);
        } else {
            for (const OutboxEntry &entry : rows.value())
                m_printer.out(u"%1  %2  attempts %3  %4  %5  key %6%7"_s.arg(entry.id)
                                  .arg(OutboxEntry::stateName(entry.state))
                                  .arg(entry.attempts)
                                  .arg(entry.createdAt.toUTC().toString(Qt::ISODate), entry.profile,
                                       entry.idempotencyKey,
                                       entry.lastError.isEmpty() ? QString() : u"  ("_s + entry.lastError + u")"_s));
        }
        finish(ExitCode::Ok);
        return;
    }
    if (sub == u"resume") {
        const bool waitForJobs = parser.isSet(wait);
        withConnection([this, waitForJobs] {
            if (!openDatabase())
                return;
            auto *resumer = new OutboxResumer(session().applyWorkflow(), this);
            connect(resumer, &OutboxResumer::rowStarted, this, [this](const OutboxEntry &entry) {
                m_printer.err(u"Resuming outbox row %1 (key %2)"_s.arg(entry.id).arg(entry.idempotencyKey));
            });
            connect(resumer, &OutboxResumer::retryCountdown, this, [this](int seconds, const QString &reason) {
                if (m_lastRetrySeconds < 0 || seconds >= m_lastRetrySeconds)
                    m_printer.retrying(seconds, reason);
                m_lastRetrySeconds = seconds;
            });
            connect(resumer, &OutboxResumer::rowFinished, this,
                    [this](const OutboxEntry &entry, const ApplyOutcome &outcome) {
                        if (m_printer.isJson()) {
                            QJsonObject object = outcomeJson(outcome);
                            object.insert(u"outbox_id"_s, entry.id);
                            m_printer.json(object);
                        } else if (outcome.ok()) {
                            m_printer.out(u"Row %1: "_s.arg(entry.id) + outcomeText(outcome));
                        } else {
                            m_printer.out(u"Row %1: %2%3"_s.arg(entry.id).arg(
                                outcome.error.toString(), outcome.stillPending ? u" (still pending)"_s : QString()));
                        }
                    });
            connect(resumer, &OutboxResumer::finished, this, [this](const OutboxResumer::Summary &summary) {
                if (!m_printer.isJson())
                    m_printer.err(u"%1 pending: %2 applied, %3 failed, %4 still pending"_s.arg(summary.total)
                                      .arg(summary.succeeded)
                                      .arg(summary.failed)
                                      .arg(summary.stillPending));
                finish(summary.exitCode);
            });
            resumer->start(waitForJobs);
        });
        return;
    }
    usageError(u"Usage: calibctl "_s + synopsis);
}

void CliRunner::finishExportWhenDone(PagedExporter *exporter, const QString &path, const QString &moreText,
                                     const QString &wroteText)
{
    connect(exporter, &PagedExporter::finished, this, [=, this](const ApiError &error) {
        if (!closeOutput(!error.isError())) {
            finish(ExitCode::Invalid);
            return;
        }
        if (error.isError()) {
            m_printer.failure(error);
            finish(exitCodeFor(error));
            return;
        }
        if (exporter->stoppedAtMaximum())
            m_printer.err(moreText);
        if (!path.isEmpty())
            m_printer.err(wroteText.arg(exporter->itemCount()).arg(path));
        finish(ExitCode::Ok);
    });
}

std::optional<ImportResult> CliRunner::importDatasetOrFail(const QString &path, const ImportOptions &options)
{
    ImportResult imported = importDatasetFile(path, options);
    if (!imported.fatalError.isEmpty()) {
        m_printer.err(u"%1: %2"_s.arg(path, imported.fatalError));
        finish(ExitCode::Invalid);
        return std::nullopt;
    }
    if (imported.errorCount > 0) {
        m_printer.err(u"%1: %2 row(s) rejected:"_s.arg(path).arg(imported.errorCount));
        m_printer.err(imported.errorSummary());
        finish(ExitCode::Invalid);
        return std::nullopt;
    }
    return imported;
}

// sweep DATASET --emotion E [--target-precision P] [--conservative] [--directive D] [--current T]
//       [--step S] [--fully-labelled] [--format table|json|csv]
void CliRunner::cmdSweep()
{
    const QCommandLineOption emotion(u"emotion"_s, {}, u"E"_s);
    const QCommandLineOption target(u"target-precision"_s, {}, u"P"_s);
    const QCommandLineOption conservative(u"conservative"_s);
    const QCommandLineOption directive(u"directive"_s, {}, u"D"_s);
    const QCommandLineOption current(u"current"_s, {}, u"T"_s);
    const QCommandLineOption step(u"step"_s, {}, u"S"_s);
    const QCommandLineOption fullyLabelled(u"fully-labelled"_s);
    const QCommandLineOption format(u"format"_s, {}, u"F"_s);
    QCommandLineParser parser;
    if (!parseCommand(parser, {emotion, target, conservative, directive, current, step, fullyLabelled, format}, 1, 1,
                      u"sweep DATASET --emotion E [--target-precision P] [--conservative] [--directive D] "
                      u"[--current T] [--step S] [--fully-labelled] [--format table|json|csv]"_s))
        return;
    SweepRequest request;
    const auto parsedEmotion = emotionFromWire(parser.value(emotion));
    if (!parsedEmotion)
        return usageError(u"--emotion must be one of anger, frustration, satisfaction, confusion."_s);
    request.emotion = *parsedEmotion;
    const auto readUnit = [&parser](const QCommandLineOption &option, double min, double max) -> std::optional<double> {
        bool ok = false;
        const double value = parser.value(option).toDouble(&ok);
        if (!ok || !(value >= min && value <= max))
            return std::nullopt;
        return value;
    };
    if (parser.isSet(target)) {
        const auto value = readUnit(target, 0.0, 1.0);
        if (!value)
            return usageError(u"--target-precision must be a number from 0 to 1."_s);
        request.targetPrecision = *value;
    }
    request.conservative = parser.isSet(conservative);
    if (parser.isSet(directive)) {
        const auto value = directiveFromWire(parser.value(directive));
        if (!value)
            return usageError(u"--directive must be one of block, notify, escalate, log."_s);
        request.directive = *value;
    }
    if (parser.isSet(current)) {
        const auto value = readUnit(current, 0.0, 1.0);
        if (!value)
            return usageError(u"--current must be a threshold from 0 to 1."_s);
        request.currentThreshold = *value;
    }
    if (parser.isSet(step)) {
        const auto value = readUnit(step, 0.0, 0.5);
        if (!value)
            return usageError(u"--step must be a number from 0 (every distinct score) to 0.5."_s);
        request.gridStep = *value;
    }
    const auto reportFormat = reportFormatFromName(parser.isSet(format) ? parser.value(format) : u"table"_s);
    if (!reportFormat)
        return usageError(u"--format must be table, json or csv."_s);

    ImportOptions options;
    options.fullyLabelled = parser.isSet(fullyLabelled);
    const auto imported = importDatasetOrFail(parser.positionalArguments().first(), options);
    if (!imported)
        return;
    const SweepReport report = runSweep(imported->dataset, request);
    m_printer.outRaw(formatSweep(report, m_printer.isJson() ? ReportFormat::Json : *reportFormat).toUtf8());
    finish(ExitCode::Ok);
}

// verify DATASET [--lexicon FILE] [--min-confidence C]
void CliRunner::cmdVerify()
{
    const QCommandLineOption lexicon(u"lexicon"_s, {}, u"FILE"_s);
    const QCommandLineOption minConfidence(u"min-confidence"_s, {}, u"C"_s);
    QCommandLineParser parser;
    if (!parseCommand(parser, {lexicon, minConfidence}, 1, 1,
                      u"verify DATASET [--lexicon FILE] [--min-confidence C]"_s))
        return;
    double minimum = VerificationPipeline::defaultMinConfidence;
    if (parser.isSet(minConfidence)) {
        bool ok = false;
        minimum = parser.value(minConfidence).toDouble(&ok);
        if (!ok || !(minimum >= 0.0 && minimum <= 1.0))
            return usageError(u"--min-confidence must be a number from 0 to 1."_s);
    }
    Lexicon terms;
    if (parser.isSet(lexicon)) {
        QString error;
        const QStringList words = readLexiconFile(parser.value(lexicon), &error);
        if (!error.isEmpty()) {
            m_printer.err(error);
            return finish(ExitCode::Invalid);
        }
        terms = Lexicon(words);
    }
    ImportOptions options;
    options.keepText = true;
    const auto imported = importDatasetOrFail(parser.positionalArguments().first(), options);
    if (!imported)
        return;
    const DatasetVerificationSummary summary = verifyDataset(imported->dataset, VerificationPipeline(terms, minimum));
    if (m_printer.isJson())
        m_printer.json(summary.toJson());
    else
        m_printer.out(summary.toText());
    finish(ExitCode::Ok);
}

} // namespace calib::cli
