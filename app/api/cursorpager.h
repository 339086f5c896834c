#pragma once

#include "api/apicall.h"
#include "api/apierror.h"
#include "api/apitypes.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>
#include <functional>
#include <optional>

namespace calib {

// Walks a cursor-paginated list (audit events, alerts) page by page:
// * follows next_cursor until it is null — a short or even empty page does not end it;
// * a cursor the server already sent is an error (Kind::Protocol), never a loop;
// * stops after maxItems items (0 = no limit), asking for smaller last pages, and trims
//   the last page to the maximum;
// * emits page() for every page so callers can stream (the audit table fills page by
//   page); nothing accumulates here.
// Each page is an ApiCall, so pages get the client's retry policy. Without a maximum, the
// next page is requested as soon as a page's body shows its next_cursor, while that page
// is still being parsed (list pages are parsed on a worker thread); pages are still
// emitted strictly in order, and the strict parse decides: a cursor that differs from the
// quick look cancels the early request.
class CursorPager final : public QObject
{
    Q_OBJECT
public:
    // Starts the request for one page; `limit` is the page size to ask for.
    using FetchPage = std::function<ApiCall *(const QString &cursor, int limit)>;

    CursorPager(FetchPage fetch, int pageLimit, qint64 maxItems = 0, QObject *parent = nullptr);
    ~CursorPager() override;

    [[nodiscard]] qint64 itemCount() const { return m_items; }
    [[nodiscard]] int pageCount() const { return m_pages; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    // True when the walk stopped at maxItems while the server had more.
    [[nodiscard]] bool stoppedAtMaximum() const { return m_stoppedAtMaximum; }
    // The cursor to continue from after stoppedAtMaximum(); empty otherwise.
    [[nodiscard]] const QString &nextCursor() const { return m_nextCursor; }

public Q_SLOTS:
    void start(const QString &firstCursor = {});
    void cancel();

Q_SIGNALS:
    void page(const calib::CursorPage &page);
    // Once, after the last page() (error kind None) or on the first error.
    void finished(const calib::ApiError &error);

private:
    struct Pending
    {
        QPointer<ApiCall> call;
        std::optional<ApiResult> result;
        QString prefetchedCursor; // the cursor the next queued call was started with
    };

    void fetch(const QString &cursor);
    void onBody(ApiCall *call, const QByteArray &body);
    void onCallFinished(ApiCall *call, const ApiResult &result);
    // Handles one finished page in order; false when the walk ended.
    bool handle(const ApiResult &result, const QString &prefetchedCursor);
    void cancelQueued();
    void finish(const ApiError &error);

    FetchPage m_fetch;
    int m_pageLimit;
    qint64 m_maxItems;
    std::deque<Pending> m_queue; // in page order; at most three
    QSet<QString> m_seenCursors;
    QString m_nextCursor;
    qint64 m_items = 0;
    int m_pages = 0;
    bool m_finished = false;
    bool m_started = false;
    bool m_stoppedAtMaximum = false;
};

} // namespace calib
