#include "services/alertexporter.h"

#include "api/cursorpager.h"
#include "api/tenantclient.h"
#include "core/emotion.h"

#include <QTimer>

namespace calib {

AlertExporter::AlertExporter(TenantClient *client, QObject *parent)
    : PagedExporter(parent)
    , m_client(client)
{ }

QList<RecordWriter::Column> AlertExporter::columns()
{
    return {
        {QStringLiteral("id"), 14, true},
        {QStringLiteral("triggered_at"), 24, true},
        {QStringLiteral("emotion"), 12, true},
        {QStringLiteral("confidence"), 10, true},
        {QStringLiteral("threshold"), 9, true},
        {QStringLiteral("directive"), 9, true},
        {QStringLiteral("calibration_version"), 7, true},
        {QStringLiteral("interaction_id"), 0, true},
        {QStringLiteral("transcript_excerpt"), 0, false},
    };
}

QStringList AlertExporter::cells(const Alert &alert)
{
    return {
        alert.id,
        alert.triggeredAt.toUTC().toString(Qt::ISODateWithMs),
        toWire(alert.emotion),
        QString::number(alert.confidence, 'f', 4),
        QString::number(alert.threshold, 'f', 4),
        toWire(alert.directive),
        QString::number(alert.calibrationVersion),
        alert.interactionId,
        alert.transcriptExcerpt,
    };
}

void AlertExporter::start(QIODevice *device, const Options &options)
{
    if (!m_client) {
        const ApiError error = ApiError::make(ApiError::Kind::Network, tr("Not connected to a tenant."));
        QTimer::singleShot(0, this, [this, error] { Q_EMIT finished(error); });
        return;
    }
    CursorPager *pager = m_client->alertPager(options.query, options.maxItems, this);
    run(pager, device, options.format, columns());
}

bool AlertExporter::writePage(const CursorPage &page, RecordWriter &writer)
{
    for (const Alert &alert : page.alerts) {
        QJsonObject raw = alert.raw;
        if (raw.isEmpty())
            raw.insert(QStringLiteral("id"), alert.id);
        if (!writer.writeRecord(cells(alert), raw))
            return false;
    }
    return true;
}

} // namespace calib
