#include "api/cursorpager.h"

#include "api/apicall.h"
#include "api/apilog.h"
#include "api/responseparser.h"

namespace calib {

CursorPager::CursorPager(FetchPage fetch, int pageLimit, qint64 maxItems, QObject *parent)
    : QObject(parent)
    , m_fetch(std::move(fetch))
    , m_pageLimit(std::clamp(pageLimit, 1, 200))
    , m_maxItems(std::max<qint64>(maxItems, 0))
{ }

CursorPager::~CursorPager()
{
    cancelQueued();
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
    cancelQueued();
    finish(ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("cancelled")));
}

void CursorPager::cancelQueued()
{
    for (Pending &pending : m_queue) {
        if (pending.call) {
            pending.call->disconnect(this);
            pending.call->cancel();
        }
    }
    m_queue.clear();
}

void CursorPager::fetch(const QString &cursor)
{
    int limit = m_pageLimit;
    if (m_maxItems > 0)
        limit = int(std::min<qint64>(limit, m_maxItems - m_items));
    ApiCall *call = m_fetch ? m_fetch(cursor, limit) : nullptr;
    if (!call) {
        cancelQueued();
        finish(ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("the client was destroyed")));
        return;
    }
    m_queue.push_back(Pending {call, std::nullopt, {}});
    connect(call, &ApiCall::finished, this, [this, call](const ApiResult &result) { onCallFinished(call, result); });
    if (m_maxItems == 0) {
        connect(call, &ApiCall::bodyReceived, this, [this, call](int, const QByteArray &body) { onBody(call, body); });
    }
}

void CursorPager::onBody(ApiCall *call, const QByteArray &body)
{
    if (m_finished || m_queue.empty() || m_queue.back().call != call || m_queue.size() >= 3)
        return;
    const auto peeked = ResponseParser::peekNextCursor(body);
    if (!peeked || !*peeked || m_seenCursors.contains(**peeked))
        return; // the last page, or unsure: decided after the parse
    const QString next = **peeked;
    m_seenCursors.insert(next);
    m_queue.back().prefetchedCursor = next;
    fetch(next);
}

void CursorPager::onCallFinished(ApiCall *call, const ApiResult &result)
{
    if (m_finished)
        return;
    for (Pending &pending : m_queue) {
        if (pending.call == call) {
            pending.result = result;
            break;
        }
    }
    while (!m_queue.empty() && m_queue.front().result) {
        Pending front = std::move(m_queue.front());
        m_queue.pop_front();
        if (!handle(*front.result, front.prefetchedCursor))
            return;
    }
}

bool CursorPager::handle(const ApiResult &result, const QString &prefetchedCursor)
{
    if (!result.ok()) {
        cancelQueued();
        finish(result.error);
        return false;
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
        return false; // cancelled from a slot

    if (!prefetchedCursor.isEmpty()) {
        if (next && *next == prefetchedCursor)
            return true; // the next page is already on its way
        // The quick look and the strict parse disagree: drop the early request.
        qCWarning(lcApi) << "a page's next_cursor differed from its quick look; requesting again";
        cancelQueued();
        m_seenCursors.remove(prefetchedCursor);
    }
    if (!next) {
        finish({});
        return false;
    }
    if (m_seenCursors.contains(*next)) {
        qCWarning(lcApi) << "the server repeated a cursor after" << m_pages << "pages";
        finish(ApiError::make(ApiError::Kind::Protocol,
                              QStringLiteral("the server returned a cursor it had already sent (page %1); "
                                             "stopping instead of looping")
                                  .arg(m_pages)));
        return false;
    }
    if (atMaximum) {
        m_stoppedAtMaximum = true;
        m_nextCursor = *next;
        finish({});
        return false;
    }
    m_seenCursors.insert(*next);
    fetch(*next);
    return true;
}

void CursorPager::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(error);
}

} // namespace calib
