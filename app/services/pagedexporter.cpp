#include "services/pagedexporter.h"

#include "api/cursorpager.h"

#include <QIODevice>
#include <QTimer>

namespace calib {

PagedExporter::PagedExporter(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ApiError>();
}

PagedExporter::~PagedExporter() = default;

qint64 PagedExporter::itemCount() const
{
    return m_writer ? m_writer->records() : 0;
}

void PagedExporter::run(CursorPager *pager, QIODevice *device, ExportFormat format, QList<RecordWriter::Column> columns)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_pager = pager;
    pager->setParent(this);
    m_writer = std::make_unique<RecordWriter>(device, format, std::move(columns));
    if (!m_writer->writeHeader()) {
        const ApiError error = ApiError::make(ApiError::Kind::Protocol, m_writer->errorString());
        QTimer::singleShot(0, this, [this, error] { finish(error); });
        return;
    }
    connect(pager, &CursorPager::page, this, [this](const CursorPage &page) {
        if (!m_running)
            return;
        ++m_pages;
        if (!writePage(page, *m_writer)) {
            const ApiError error = ApiError::make(ApiError::Kind::Protocol, m_writer->errorString());
            if (m_pager) {
                m_pager->disconnect(this);
                m_pager->cancel();
            }
            finish(error);
            return;
        }
        Q_EMIT progress(m_writer->records(), m_pages);
    });
    connect(pager, &CursorPager::finished, this, [this](const ApiError &error) {
        if (m_pager) {
            m_stoppedAtMaximum = m_pager->stoppedAtMaximum();
            m_nextCursor = m_pager->nextCursor();
        }
        finish(error);
    });
    pager->start();
}

void PagedExporter::cancel()
{
    if (!m_running)
        return;
    if (m_pager && !m_pager->isFinished()) {
        m_pager->cancel(); // finished() follows from the pager
        return;
    }
    finish(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
}

void PagedExporter::finish(const ApiError &error)
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished(error);
}

} // namespace calib
