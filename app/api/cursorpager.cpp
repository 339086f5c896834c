#include "api/cursorpager.h"

#include "api/apicall.h"
#include "api/apilog.h"

namespace calib {

CursorPager::CursorPager(FetchPage fetch, int pageLimit, qint64 maxItems, QObject *parent)
    : QObject(parent)
    , m_fetch(std::move(fetch))
    , m_pageLimit(std::clamp(pageLimit, 1, 200))
    , m_maxItems(std::max<qint64>(maxItems, 0))
{ }

CursorPager::~CursorPager()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
}

void CursorPager::start(const QString &firstCursor)
{
    if (m_started)
        return;
    m_started = true;
    if (!firstCursor.isEmpty())
        m_seenCursors.insert(firstCursor);
    fetch(firstCursor);
}

void CursorPager::cancel()
{
    if (m_finished)
        return;
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
    finish(ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("cancelled")));
}

void CursorPager::fetch(const QString &cursor)
{
    int limit = m_pageLimit;
    if (m_maxItems > 0)
        limit = int(std::min<qint64>(limit, m_maxItems - m_items));
    m_call = m_fetch ? m_fetch(cursor, limit) : nullptr;
    if (!m_call) {
        finish(ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("the client was destroyed")));
        return;
    }
    connect(m_call, &ApiCall::finished, this, &CursorPager::onPage);
}

void CursorPager::onPage(const ApiResult &result)
{
    m_call = nullptr;
    if (m_finished)
        return;
    if (!result.ok()) {
        finish(result.error);
        return;
    }
    CursorPage received = result.as<CursorPage>();
    ++m_pages;
    const std::optional<QString> next = received.nextCursor;
    if (m_maxItems > 0 && m_items + received.size() > m_maxItems) {
        const qint64 keep = m_maxItems - m_items;
        if (received.auditEvents.size() > keep)
            received.auditEvents.resize(keep);
        if (received.alerts.size() > keep)
            received.alerts.resize(keep);
    }
    m_items += received.size();
    const bool atMaximum = m_maxItems > 0 && m_items >= m_maxItems;
    Q_EMIT page(received);
    if (m_finished)
        return; // cancelled from a slot

    if (!next) {
        finish({});
        return;
    }
    if (m_seenCursors.contains(*next)) {
        qCWarning(lcApi) << "the server repeated a cursor after" << m_pages << "pages";
        finish(ApiError::make(ApiError::Kind::Protocol,
                              QStringLiteral("the server returned a cursor it had already sent (page %1); "
                                             "stopping instead of looping")
                                  .arg(m_pages)));
        return;
    }
    if (atMaximum) {
        m_stoppedAtMaximum = true;
        m_nextCursor = *next;
        finish({});
        return;
    }
    m_seenCursors.insert(*next);
    fetch(*next);
}

void CursorPager::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(error);
}

} // namespace calib
