#include "services/auditexporter.h"

#include "api/cursorpager.h"
#include "api/tenantclient.h"

#include <QJsonDocument>
#include <QTimer>

namespace calib {

AuditExporter::AuditExporter(TenantClient *client, QObject *parent)
    : PagedExporter(parent)
    , m_client(client)
{ }

QList<RecordWriter::Column> AuditExporter::columns()
{
    return {
        {QStringLiteral("id"), 0, false},
        {QStringLiteral("timestamp"), 24, true},
        {QStringLiteral("actor"), 16, true},
        {QStringLiteral("action"), 19, true},
        {QStringLiteral("calibration_id"), 0, false},
        {QStringLiteral("version"), 7, true},
        {QStringLiteral("job_id"), 0, false},
        {QStringLiteral("status_code"), 6, true},
        {QStringLiteral("idempotency_key"), 36, true},
        {QStringLiteral("changes"), 0, true},
    };
}

QStringList AuditExporter::cells(const AuditEvent &event)
{
    const QString changes = event.changes.isEmpty()
        ? QString()
        : QString::fromUtf8(QJsonDocument(event.changes).toJson(QJsonDocument::Compact));
    return {
        event.id,
        event.timestamp.toUTC().toString(Qt::ISODateWithMs),
        event.actor,
        event.action,
        event.calibrationId,
        event.version ? QString::number(*event.version) : QString(),
        event.jobId,
        event.statusCode ? QString::number(*event.statusCode) : QString(),
        event.idempotencyKey,
        changes,
    };
}

void AuditExporter::start(QIODevice *device, const Options &options)
{
    if (!m_client) {
        const ApiError error = ApiError::make(ApiError::Kind::Network, tr("Not connected to a tenant."));
        QTimer::singleShot(0, this, [this, error] { Q_EMIT finished(error); });
        return;
    }
    CursorPager *pager = m_client->auditPager(options.query, options.maxItems, this);
    run(pager, device, options.format, columns());
}

bool AuditExporter::writePage(const CursorPage &page, RecordWriter &writer)
{
    for (const AuditEvent &event : page.auditEvents) {
        QJsonObject raw = event.raw;
        if (raw.isEmpty())
            raw.insert(QStringLiteral("id"), event.id);
        if (!writer.writeRecord(cells(event), raw))
            return false;
    }
    return true;
}

} // namespace calib
