#include "services/auditqueryexport.h"

#include "services/auditexporter.h"

#include <QIODevice>
#include <QTimer>

namespace calib {

AuditRowsExporter::AuditRowsExporter(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &AuditRowsExporter::writeSlice);
}

AuditRowsExporter::~AuditRowsExporter() = default;

void AuditRowsExporter::start(QIODevice *device, ExportFormat format, qint64 rowCount, EventAt eventAt)
{
    m_device = device;
    m_writer = std::make_unique<RecordWriter>(device, format, AuditExporter::columns());
    m_eventAt = std::move(eventAt);
    m_total = rowCount;
    m_done = 0;
    m_running = true;
    if (!m_writer->writeHeader()) {
        finish(false, m_writer->errorString());
        return;
    }
    m_timer->start();
}

void AuditRowsExporter::cancel()
{
    if (m_running)
        finish(false, {});
}

void AuditRowsExporter::abort(const QString &message)
{
    if (m_running)
        finish(false, message);
}

void AuditRowsExporter::writeSlice()
{
    if (!m_running)
        return;
    if (!m_device) {
        finish(false, tr("The export file was closed."));
        return;
    }
    const qint64 end = std::min(m_total, m_done + m_sliceSize);
    for (; m_done < end; ++m_done) {
        const AuditEvent event = m_eventAt(m_done);
        if (!m_writer->writeRecord(AuditExporter::cells(event), event.raw)) {
            finish(false, m_writer->errorString());
            return;
        }
    }
    Q_EMIT progress(m_done, m_total);
    if (m_done >= m_total)
        finish(true, {});
}

void AuditRowsExporter::finish(bool ok, const QString &message)
{
    m_timer->stop();
    m_running = false;
    m_writer.reset();
    Q_EMIT finished(ok, message);
}

} // namespace calib
