#pragma once

#include "api/apierror.h"
#include "api/apitypes.h"
#include "services/recordwriter.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QIODevice;

namespace calib {

class CursorPager;

// Common part of the audit and alert exports: walks a CursorPager and writes every page
// to a device as soon as it arrives (nothing accumulates), reporting progress, and can be
// cancelled. A write error stops the walk.
class PagedExporter : public QObject
{
    Q_OBJECT
public:
    ~PagedExporter() override;

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] qint64 itemCount() const;
    [[nodiscard]] int pageCount() const { return m_pages; }
    // True when the walk stopped at the maximum while the tenant had more.
    [[nodiscard]] bool stoppedAtMaximum() const { return m_stoppedAtMaximum; }
    [[nodiscard]] const QString &nextCursor() const { return m_nextCursor; }

public Q_SLOTS:
    // finished() follows with Kind::Cancelled.
    void cancel();

Q_SIGNALS:
    void progress(qint64 items, int pages);
    // Once: error kind None when every item up to the maximum was written.
    void finished(const calib::ApiError &error);

protected:
    explicit PagedExporter(QObject *parent);
    // Takes the pager (re-parented); `device` must stay open until finished().
    void run(CursorPager *pager, QIODevice *device, ExportFormat format, QList<RecordWriter::Column> columns);
    // Writes one page; returns false on a write error (RecordWriter::errorString()).
    virtual bool writePage(const CursorPage &page, RecordWriter &writer) = 0;

private:
    void finish(const ApiError &error);

    QPointer<CursorPager> m_pager;
    std::unique_ptr<RecordWriter> m_writer;
    QString m_nextCursor;
    int m_pages = 0;
    bool m_running = false;
    bool m_stoppedAtMaximum = false;
};

} // namespace calib
