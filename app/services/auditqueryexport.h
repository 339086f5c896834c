#pragma once

#include "api/apitypes.h"
#include "services/recordwriter.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QIODevice;
class QTimer;

namespace calib {

// Writes rows the audit browser already holds (the filtered, sorted view) to a device as
// CSV or JSON Lines, in slices on the event loop so the window stays responsive: progress
// after every slice, cancel() between slices. The columns and cells are AuditExporter's,
// so calibctl and the window write the same files.
class AuditRowsExporter final : public QObject
{
    Q_OBJECT
public:
    using EventAt = std::function<AuditEvent(qint64 row)>;

    explicit AuditRowsExporter(QObject *parent = nullptr);
    ~AuditRowsExporter() override;

    void setSliceSize(int rows) { m_sliceSize = std::max(1, rows); }
    // `device` must be open for writing and outlive finished().
    void start(QIODevice *device, ExportFormat format, qint64 rowCount, EventAt eventAt);
    void cancel();
    // Stops with an error (finished(false, message)), e.g. when the rows went away.
    void abort(const QString &message);
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] qint64 written() const { return m_done; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // ok false: cancelled (message empty) or a write error (message says which).
    void finished(bool ok, const QString &message);

private:
    void writeSlice();
    void finish(bool ok, const QString &message);

    QTimer *m_timer;
    QPointer<QIODevice> m_device;
    std::unique_ptr<RecordWriter> m_writer;
    EventAt m_eventAt;
    qint64 m_total = 0;
    qint64 m_done = 0;
    int m_sliceSize = 5000;
    bool m_running = false;
};

} // namespace calib
