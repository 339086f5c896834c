#include "audit/audittablemodel.h"

#include "api/cursorpager.h"
#include "api/tenantclient.h"
#include "core/analytics/radixsort.h"

#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <new>

using namespace Qt::StringLiterals;

namespace calib {

namespace {

// Storage blocks of 4 MiB and more come from allocateLarge(): transparent huge pages on
// Linux, so that walking a million rows in sort order does not miss the TLB at every row.
struct LargeDeleter
{
    void operator()(void *p) const noexcept { freeLarge(p); }
};
template<typename T> using LargeBlock = std::unique_ptr<T[], LargeDeleter>;

template<typename T> LargeBlock<T> allocateBlock(size_t count)
{
    return LargeBlock<T>(static_cast<T *>(allocateLarge(count * sizeof(T))));
}

} // namespace

// UTF-8 strings of every row, appended into blocks (no per-string header). A reference is
// the global position and the size. The first block grows (and moves: references are
// positions) until it is full size, so that a small trail does not hold a whole block.
class AuditTableModel::Arena
{
public:
    static constexpr quint32 blockSize = 4 * 1024 * 1024;

    StrRef append(QByteArrayView bytes)
    {
        const quint32 size = quint32(std::min<qsizetype>(bytes.size(), blockSize));
        if (size == 0)
            return {};
        if (!m_blocks.empty() && m_used + size > m_capacity && m_blocks.size() == 1 && m_capacity < blockSize) {
            quint32 capacity = m_capacity;
            while (capacity < m_used + size && capacity < blockSize)
                capacity *= 2;
            capacity = std::min(capacity, blockSize);
            if (m_used + size <= capacity) {
                LargeBlock<char> grown = allocateBlock<char>(capacity);
                std::memcpy(grown.get(), m_blocks.front().get(), m_used);
                m_blocks.front() = std::move(grown);
                m_capacity = capacity;
            }
        }
        if (m_blocks.empty() || m_used + size > m_capacity) {
            m_capacity = m_blocks.empty() ? std::max<quint32>(64 * 1024, size) : blockSize;
            m_blocks.push_back(allocateBlock<char>(m_capacity));
            m_used = 0;
        }
        std::memcpy(m_blocks.back().get() + m_used, bytes.data(), size);
        const StrRef ref {quint32((m_blocks.size() - 1) * blockSize + m_used), size};
        m_used += size;
        return ref;
    }
    [[nodiscard]] QByteArrayView view(StrRef ref) const
    {
        if (ref.size == 0)
            return {};
        return {m_blocks[ref.pos / blockSize].get() + ref.pos % blockSize, qsizetype(ref.size)};
    }
    [[nodiscard]] qint64 bytes() const
    {
        return m_blocks.empty() ? 0 : qint64(m_blocks.size() - 1) * blockSize + m_capacity;
    }

private:
    std::vector<LargeBlock<char>> m_blocks;
    quint32 m_used = 0;
    quint32 m_capacity = 0; // of the last block
};

// The rows, in blocks of a fixed number: appending never moves the rows of full blocks, so
// a page costs the same at a million rows as at none (only the first block grows).
class AuditTableModel::RowStore
{
public:
    static constexpr size_t blockShift = 16; // 65,536 rows (4.5 MiB) a block
    static constexpr size_t blockRows = size_t(1) << blockShift;

    [[nodiscard]] size_t size() const { return m_size; }
    [[nodiscard]] const Row &operator[](size_t i) const { return m_blocks[i >> blockShift][i & (blockRows - 1)]; }
    void push_back(const Row &row)
    {
        const size_t block = m_size >> blockShift;
        const size_t at = m_size & (blockRows - 1);
        if (block == m_blocks.size()) {
            m_capacity = block == 0 ? 1024 : blockRows;
            m_blocks.push_back(allocateBlock<Row>(m_capacity));
        } else if (at == m_capacity) {
            m_capacity *= 2; // the first block grows
            LargeBlock<Row> grown = allocateBlock<Row>(m_capacity);
            std::uninitialized_copy_n(m_blocks.back().get(), at, grown.get());
            m_blocks.back() = std::move(grown);
        }
        new (&m_blocks[block][at]) Row(row);
        ++m_size;
    }
    [[nodiscard]] qint64 bytes() const
    {
        const size_t rows = m_blocks.empty() ? 0 : (m_blocks.size() - 1) * blockRows + m_capacity;
        return qint64(rows * sizeof(Row) + m_blocks.capacity() * sizeof(void *));
    }

private:
    std::vector<LargeBlock<Row>> m_blocks;
    size_t m_size = 0;
    size_t m_capacity = 0; // of the last block
};

// A string column's sort key: 8 bytes of the string (big-endian, zero-padded) and its length.
struct AuditTableModel::StringKey
{
    quint64 key;
    quint32 row;
    quint32 size;
};

namespace {

constexpr quint64 kSignBit = quint64(1) << 63;
// Below this many rows a comparison sort is cheaper than the radix passes.
constexpr size_t kRadixFrom = 2048;
// Up to this many equal prefixes are ordered by a comparison sort.
constexpr size_t kSmallRun = 16;
// Strings are ordered 8 bytes per level; past this many levels, by a full compare.
constexpr int kMaxStringLevels = 32;

// A number column's sort key (order-preserving 64-bit image of the value) and its row.
struct NumberKey
{
    quint64 key;
    quint64 row;
};

// Stable LSD radix sort by keyOf(element) (11-bit digits, digits equal in every key
// skipped). Returns the array that holds the result (a or b).
template<typename T, typename KeyOf> T *radixSort(T *a, T *b, size_t n, KeyOf keyOf)
{
    constexpr int bits = 11;
    constexpr int digits = 6;
    constexpr size_t buckets = size_t(1) << bits;
    constexpr quint64 mask = buckets - 1;
    std::array<std::array<quint32, buckets>, digits> counts {}; // 48 KiB, on the stack
    for (size_t i = 0; i < n; ++i) {
        const quint64 k = keyOf(a[i]);
        for (int d = 0; d < digits; ++d)
            ++counts[size_t(d)][(k >> (d * bits)) & mask];
    }
    for (int d = 0; d < digits; ++d) {
        auto &c = counts[size_t(d)];
        const int shift = d * bits;
        if (c[(keyOf(a[0]) >> shift) & mask] == n)
            continue; // the same digit everywhere
        quint32 sum = 0;
        for (quint32 &count : c) {
            const quint32 here = count;
            count = sum;
            sum += here;
        }
        for (size_t i = 0; i < n; ++i)
            b[c[(keyOf(a[i]) >> shift) & mask]++] = a[i];
        std::swap(a, b);
    }
    return a;
}

quint64 bigEndianPrefix(QByteArrayView bytes, qsizetype from)
{
    quint64 key = 0;
    for (qsizetype i = 0; i < 8; ++i) {
        const qsizetype at = from + i;
        key = (key << 8) | (at < bytes.size() ? quint64(static_cast<unsigned char>(bytes[at])) : 0U);
    }
    return key;
}

int compareBytes(QByteArrayView a, QByteArrayView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    const int c = n ? std::memcmp(a.data(), b.data(), size_t(n)) : 0;
    if (c != 0)
        return c;
    return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
}

} // namespace

AuditTableModel::AuditTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_rows(std::make_unique<RowStore>())
    , m_arena(std::make_unique<Arena>())
{ }

AuditTableModel::~AuditTableModel()
{
    if (m_pager)
        m_pager->disconnect(this);
}

void AuditTableModel::setClient(TenantClient *client)
{
    m_client = client;
    m_serverSide = true;
    reload();
}

TenantClient *AuditTableModel::client() const
{
    return m_client;
}

void AuditTableModel::setPageSize(int pageSize)
{
    m_pageSize = std::clamp(pageSize, 1, 200);
}

void AuditTableModel::setFilter(const AuditFilter &filter)
{
    if (filter == m_filter)
        return;
    const bool serverPartChanged
        = filter.actor != m_filter.actor || filter.since != m_filter.since || filter.until != m_filter.until;
    m_filter = filter;
    if (serverPartChanged && m_serverSide && m_client) {
        reload();
        return;
    }
    beginResetModel();
    rebuildView();
    endResetModel();
}

void AuditTableModel::reload()
{
    const bool wasLoading = isLoading();
    if (m_pager) {
        m_pager->disconnect(this);
        m_pager->cancel();
        m_pager->deleteLater();
        m_pager = nullptr;
    }
    beginResetModel();
    clearRows();
    endResetModel();
    m_loadingAll = false;
    m_atEnd = m_client == nullptr;
    m_nextCursor.clear();
    m_lastError = {};
    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

qsizetype AuditTableModel::loadedCount() const
{
    return qsizetype(m_rows->size());
}

void AuditTableModel::clearRows()
{
    Q_EMIT rowsAboutToBeDiscarded();
    m_rows = std::make_unique<RowStore>();
    m_view = LargeVector<quint32>();
    m_arena = std::make_unique<Arena>();
    m_interned.clear();
    m_internKinds.clear();
    m_internIds.clear();
    m_ranks.clear();
    m_summaryOrder.clear();
}

void AuditTableModel::loadAll()
{
    if (m_atEnd || !m_client)
        return;
    m_loadingAll = true;
    if (!m_pager)
        startPager(m_pageSize);
}

void AuditTableModel::cancelLoading()
{
    m_loadingAll = false;
    m_seeking = false;
    if (m_pager)
        m_pager->cancel(); // finished(Cancelled) follows; the cursor stays where this page began
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_client && !m_atEnd && !m_pager && !m_lastError.isError();
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    startPager(m_pageSize);
}

void AuditTableModel::startPager(qint64 maxItems)
{
    const bool serverPart = m_serverSide && m_filter.hasServerPart();
    m_serverPartInQuery = serverPart;
    m_pagerShowedRows = false;
    CursorPager *pager = m_client->auditPager(m_filter.toQuery(m_pageSize, serverPart), maxItems, this);
    m_pager = pager;
    connect(pager, &CursorPager::page, this, &AuditTableModel::onPage);
    connect(pager, &CursorPager::finished, this, &AuditTableModel::onPagerFinished);
    pager->start(m_nextCursor);
    Q_EMIT loadingChanged(true);
}

void AuditTableModel::onPage(const CursorPage &page)
{
    appendEvents(page.auditEvents);
    Q_EMIT loadProgress(qint64(m_rows->size()));
}

void AuditTableModel::onPagerFinished(const ApiError &error)
{
    CursorPager *pager = m_pager;
    m_pager = nullptr;
    if (pager)
        pager->deleteLater();
    if (error.isError()) {
        if (m_serverPartInQuery
            && (error.kind == ApiError::Kind::NotSupported || error.kind == ApiError::Kind::InvalidInput)) {
            // The tenant does not know since/until/actor: load everything, filter here.
            m_serverSide = false;
            const bool all = m_loadingAll;
            reload();
            if (all)
                loadAll();
            else
                fetchMore({});
            return;
        }
        m_loadingAll = false;
        if (error.kind != ApiError::Kind::Cancelled) {
            m_lastError = error;
            Q_EMIT loadFailed(error);
        }
        Q_EMIT loadingChanged(false);
        return;
    }
    if (pager && pager->stoppedAtMaximum()) {
        // A tenant that hands out the cursor it was given would be walked forever.
        if (!m_nextCursor.isEmpty() && pager->nextCursor() == m_nextCursor) {
            m_loadingAll = false;
            m_seeking = false;
            m_lastError = ApiError::make(ApiError::Kind::Server,
                                         tr("The tenant sent the same page cursor again; loading stopped."));
            Q_EMIT loadFailed(m_lastError);
            Q_EMIT loadingChanged(false);
            return;
        }
        m_nextCursor = pager->nextCursor();
    } else {
        m_atEnd = true;
        m_nextCursor.clear();
    }
    // A page the filter hid completely gives the view nothing to scroll to, so it would
    // never ask again: go on to the next page until something shows or the trail ends
    // (isSeeking(); cancelLoading() stops it).
    if (!m_atEnd && (m_loadingAll || !m_pagerShowedRows)) {
        m_seeking = !m_loadingAll;
        startPager(m_pageSize);
        return;
    }
    m_loadingAll = false;
    m_seeking = false;
    Q_EMIT loadingChanged(false);
}

quint32 AuditTableModel::intern(const QString &textValue)
{
    const auto it = m_internIds.constFind(textValue);
    if (it != m_internIds.constEnd())
        return *it;
    const auto id = quint32(m_interned.size());
    m_interned.append(textValue);
    m_internKinds.append(0);
    m_internIds.insert(textValue, id);
    m_ranks.clear();
    return id;
}

void AuditTableModel::appendEvents(const QList<AuditEvent> &events)
{
    if (events.isEmpty())
        return;
    const auto first = quint32(m_rows->size());
    for (const AuditEvent &event : events) {
        Row row;
        row.timeMs = event.timestamp.toMSecsSinceEpoch();
        row.id = m_arena->append(event.id.toUtf8());
        row.calibrationId = m_arena->append(event.calibrationId.toUtf8());
        row.jobId = m_arena->append(event.jobId.toUtf8());
        row.idempotencyKey = m_arena->append(event.idempotencyKey.toUtf8());
        if (!event.changes.isEmpty()) {
            row.summary = m_arena->append(auditChangesSummary(event.changes).toUtf8());
            row.changes = m_arena->append(QJsonDocument(event.changes).toJson(QJsonDocument::Compact));
        }
        row.actor = intern(event.actor);
        row.action = intern(event.action);
        m_internKinds[row.actor] |= 1;
        m_internKinds[row.action] |= 2;
        row.version = event.version ? qint32(std::clamp<qint64>(*event.version, 0, INT32_MAX)) : -1;
        row.status = event.statusCode ? qint16(std::clamp(*event.statusCode, 0, 999)) : qint16(0);
        m_rows->push_back(row);
        const auto rowNumber = quint32(m_rows->size() - 1);
        if (row.summary.size == 0)
            m_summaryOrder.addWithoutValue(rowNumber);
        else
            m_summaryOrder.add(rowNumber, row.summary,
                               [this](StrRef a, StrRef b) { return compareBytes(m_arena->view(a), m_arena->view(b)); });
    }
    std::vector<quint32> added;
    added.reserve(size_t(events.size()));
    for (auto i = first; i < quint32(m_rows->size()); ++i) {
        if (rowMatches((*m_rows)[i]))
            added.push_back(i);
    }
    if (added.empty())
        return;
    m_pagerShowedRows = true;
    if (m_sortColumn < 0) {
        const int at = int(m_view.size());
        beginInsertRows({}, at, at + int(added.size()) - 1);
        m_view.insert(m_view.end(), added.begin(), added.end());
        endInsertRows();
        return;
    }
    // Sorted: find each new row's place by binary search (the page is sorted, so the places
    // only grow), then open the gaps by shifting the index array in place from the back.
    sortIndices(added);
    const size_t oldSize = m_view.size();
    std::vector<size_t> before(added.size()); // old view rows that precede each new row
    auto from = m_view.begin();
    for (size_t b = 0; b < added.size(); ++b) {
        from = std::upper_bound(from, m_view.end(), added[b], [this](quint32 x, quint32 y) { return lessRows(x, y); });
        before[b] = size_t(from - m_view.begin());
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_view.resize(oldSize + added.size());
    size_t end = oldSize;
    for (size_t b = added.size(); b-- > 0;) {
        const auto begin = m_view.begin() + qsizetype(before[b]);
        std::move_backward(begin, m_view.begin() + qsizetype(end), m_view.begin() + qsizetype(end + b + 1));
        m_view[before[b] + b] = added[b];
        end = before[b];
    }
    const QModelIndexList persistent = persistentIndexList();
    if (!persistent.isEmpty()) {
        QModelIndexList moved;
        moved.reserve(persistent.size());
        for (const QModelIndex &index : persistent) {
            if (!index.isValid() || size_t(index.row()) >= oldSize) {
                moved.append(QModelIndex());
                continue;
            }
            const auto oldRow = size_t(index.row());
            const auto shift = size_t(std::upper_bound(before.begin(), before.end(), oldRow) - before.begin());
            moved.append(this->index(int(oldRow + shift), index.column()));
        }
        changePersistentIndexList(persistent, moved);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

bool AuditTableModel::rowMatches(const Row &row) const
{
    if (m_filter.isEmpty())
        return true;
    return m_filter.matches(row.timeMs, m_interned.at(row.actor), m_interned.at(row.action));
}

void AuditTableModel::rebuildView()
{
    m_view.clear();
    m_view.reserve(m_rows->size());
    for (quint32 i = 0; i < quint32(m_rows->size()); ++i) {
        if (rowMatches((*m_rows)[i]))
            m_view.push_back(i);
    }
    if (m_sortColumn >= 0)
        sortIndices(m_view);
}

std::vector<quint32> AuditTableModel::internRanks() const
{
    std::vector<quint32> order(size_t(m_interned.size()));
    for (quint32 i = 0; i < quint32(order.size()); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [this](quint32 a, quint32 b) {
        return m_interned.at(a).compare(m_interned.at(b), Qt::CaseInsensitive) < 0;
    });
    std::vector<quint32> ranks(order.size());
    for (quint32 r = 0; r < quint32(order.size()); ++r)
        ranks[order[r]] = r;
    return ranks;
}

bool AuditTableModel::lessRows(quint32 a, quint32 b) const
{
    const Row &x = (*m_rows)[a];
    const Row &y = (*m_rows)[b];
    int c = 0;
    switch (m_sortColumn) {
    case Time: c = x.timeMs < y.timeMs ? -1 : (x.timeMs > y.timeMs ? 1 : 0); break;
    case Actor:
    case Action: {
        if (m_ranks.size() != size_t(m_interned.size()))
            m_ranks = internRanks();
        const quint32 rx = m_ranks[m_sortColumn == Actor ? x.actor : x.action];
        const quint32 ry = m_ranks[m_sortColumn == Actor ? y.actor : y.action];
        c = rx < ry ? -1 : (rx > ry ? 1 : 0);
        break;
    }
    case Version: c = x.version < y.version ? -1 : (x.version > y.version ? 1 : 0); break;
    case Status: c = x.status < y.status ? -1 : (x.status > y.status ? 1 : 0); break;
    case Job: c = compareBytes(bytes(x.jobId), bytes(y.jobId)); break;
    case IdempotencyKey: c = compareBytes(bytes(x.idempotencyKey), bytes(y.idempotencyKey)); break;
    case Changes: c = compareBytes(bytes(x.summary), bytes(y.summary)); break;
    default: break;
    }
    if (c != 0)
        return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    return a < b; // stable: the server's order among equals
}

template<typename Vector> void AuditTableModel::sortIndices(Vector &indices) const
{
    if (m_sortColumn < 0 || indices.size() < 2)
        return;
    if (m_ranks.size() != size_t(m_interned.size()))
        m_ranks = internRanks();
    if (indices.size() < kRadixFrom) {
        std::sort(indices.begin(), indices.end(), [this](quint32 a, quint32 b) { return lessRows(a, b); });
        return;
    }
    sortLarge(indices.data(), indices.size());
}

// Sorts by one 64-bit key per row in a few linear passes. Ties keep the server's order: the
// keys are built in row order and every step is stable.
void AuditTableModel::sortLarge(quint32 *indices, size_t count) const
{
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    if (m_sortColumn == Changes) {
        // The summaries are kept in order as rows arrive: a walk, limited to the view's
        // rows when a filter is set.
        if (count == m_rows->size()) {
            m_summaryOrder.collect(indices, descending, [](quint32) { return true; });
        } else {
            LargeVector<quint64> member((m_rows->size() + 63) / 64, 0);
            for (size_t i = 0; i < count; ++i)
                member[indices[i] / 64] |= quint64(1) << (indices[i] % 64);
            m_summaryOrder.collect(indices, descending,
                                   [&member](quint32 row) { return (member[row / 64] >> (row % 64)) & 1U; });
        }
        return;
    }

    // The view's rows in row order: all rows (no filter) need no sorting.
    LargeVector<quint32> rowOrder;
    const quint32 *rows = indices;
    if (count == m_rows->size()) {
        rowOrder.resize(count);
        for (quint32 i = 0; i < quint32(count); ++i)
            rowOrder[i] = i;
        rows = rowOrder.data();
    } else {
        rowOrder.resize(count);
        rows = radix::sortKeys(indices, rowOrder.data(), count);
    }

    StrRef Row::*stringField = nullptr;
    if (m_sortColumn == Job)
        stringField = &Row::jobId;
    else if (m_sortColumn == IdempotencyKey)
        stringField = &Row::idempotencyKey;
    else if (m_sortColumn == Changes)
        stringField = &Row::summary;

    if (!stringField) {
        LargeVector<NumberKey> keys(count);
        for (size_t i = 0; i < count; ++i) {
            const Row &row = (*m_rows)[rows[i]];
            quint64 key = 0;
            switch (m_sortColumn) {
            case Time: key = quint64(row.timeMs) ^ kSignBit; break;
            case Actor: key = m_ranks[row.actor]; break;
            case Action: key = m_ranks[row.action]; break;
            case Version: key = quint64(qint64(row.version)) ^ kSignBit; break;
            case Status: key = quint64(qint64(row.status)) ^ kSignBit; break;
            default: break;
            }
            keys[i] = {descending ? ~key : key, rows[i]};
        }
        const auto keyOf = [](const NumberKey &k) {
            return k.key;
        };
        const auto less = [](const NumberKey &a, const NumberKey &b) {
            return a.key < b.key;
        };
        const NumberKey *sorted = keys.data();
        LargeVector<NumberKey> scratch;
        if (std::is_sorted(keys.begin(), keys.end(), less)) {
            // Already in order.
        } else if (std::is_sorted(keys.rbegin(), keys.rend(), less)) {
            // The reverse (time in the server's order): turn it round, equal keys back
            // into row order.
            std::reverse(keys.begin(), keys.end());
            for (auto run = keys.begin(); run != keys.end();) {
                const auto runEnd
                    = std::find_if(run, keys.end(), [&run](const NumberKey &k) { return k.key != run->key; });
                std::reverse(run, runEnd);
                run = runEnd;
            }
        } else {
            scratch.resize(count);
            sorted = radixSort(keys.data(), scratch.data(), count, keyOf);
        }
        for (size_t i = 0; i < count; ++i)
            indices[i] = quint32(sorted[i].row);
        return;
    }

    LargeVector<StringKey> keys(count);
    LargeVector<StringKey> scratch(count);
    for (size_t i = 0; i < count; ++i) {
        const QByteArrayView bytes = m_arena->view((*m_rows)[rows[i]].*stringField);
        const quint64 key = bigEndianPrefix(bytes, 0);
        keys[i] = {descending ? ~key : key, rows[i], quint32(bytes.size())};
    }
    StringKey *sorted = radixSort(keys.data(), scratch.data(), count, [](const StringKey &k) { return k.key; });
    orderEqualPrefixes(sorted, count, 8, 1, sorted == keys.data() ? scratch.data() : keys.data());
    for (size_t i = 0; i < count; ++i)
        indices[i] = sorted[i].row;
}

// `run` is ordered by the strings' first `offset` bytes; orders each group of equal
// prefixes by the next 8 bytes (most significant digit first; stable, so equal strings
// stay in row order), level after level until the strings differ or end.
void AuditTableModel::orderEqualPrefixes(StringKey *run, size_t count, qsizetype offset, int level,
                                         StringKey *scratch) const
{
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    StrRef Row::*field = m_sortColumn == Job ? &Row::jobId
        : m_sortColumn == IdempotencyKey     ? &Row::idempotencyKey
                                             : &Row::summary;
    const auto textOf = [this, field](const StringKey &k) {
        return m_arena->view((*m_rows)[k.row].*field);
    };
    size_t start = 0;
    while (start < count) {
        size_t end = start + 1;
        bool longer = qsizetype(run[start].size) > offset;
        bool sizesDiffer = false;
        while (end < count && run[end].key == run[start].key) {
            longer = longer || qsizetype(run[end].size) > offset;
            sizesDiffer = sizesDiffer || run[end].size != run[start].size;
            ++end;
        }
        StringKey *group = run + start;
        const size_t n = end - start;
        if (n > 1 && !longer && sizesDiffer) {
            // Equal as far as they go: only embedded NULs tell them apart, shorter first.
            std::stable_sort(group, group + n, [descending](const StringKey &a, const StringKey &b) {
                return descending ? a.size > b.size : a.size < b.size;
            });
        } else if (n > 1 && longer && (n <= kSmallRun || level >= kMaxStringLevels)) {
            std::stable_sort(group, group + n, [&textOf, descending](const StringKey &a, const StringKey &b) {
                const int c = compareBytes(textOf(a), textOf(b));
                return descending ? c > 0 : c < 0;
            });
        } else if (n > 1 && longer) {
            for (size_t i = 0; i < n; ++i) {
                const quint64 key = bigEndianPrefix(textOf(group[i]), offset);
                group[i].key = descending ? ~key : key;
            }
            const StringKey *sorted
                = n < 64 ? nullptr : radixSort(group, scratch + start, n, [](const StringKey &k) { return k.key; });
            if (!sorted)
                std::stable_sort(group, group + n,
                                 [](const StringKey &a, const StringKey &b) { return a.key < b.key; });
            else if (sorted != group)
                std::copy(sorted, sorted + n, group);
            orderEqualPrefixes(group, n, offset + 8, level + 1, scratch + start);
        }
        start = end;
    }
}

void AuditTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    std::vector<quint32> persistentRows;
    persistentRows.reserve(size_t(persistent.size()));
    for (const QModelIndex &index : persistent)
        persistentRows.push_back(index.isValid() ? m_view[size_t(index.row())] : quint32(-1));

    m_sortColumn = column;
    m_sortOrder = order;
    if (column < 0 && m_view.size() == m_rows->size()) {
        for (quint32 i = 0; i < quint32(m_view.size()); ++i)
            m_view[i] = i; // every row, in the server's order
    } else if (column < 0) {
        LargeVector<quint32> scratch(m_view.size());
        const quint32 *sorted = radix::sortKeys(m_view.data(), scratch.data(), m_view.size());
        if (sorted != m_view.data())
            std::copy(sorted, sorted + m_view.size(), m_view.begin());
    } else {
        sortIndices(m_view);
    }
    if (!persistent.isEmpty()) {
        LargeVector<int> positionOf(m_rows->size());
        for (size_t i = 0; i < m_view.size(); ++i)
            positionOf[m_view[i]] = int(i);
        QModelIndexList moved;
        moved.reserve(persistent.size());
        for (qsizetype i = 0; i < persistent.size(); ++i) {
            const quint32 row = persistentRows[size_t(i)];
            moved.append(row == quint32(-1) ? QModelIndex() : index(positionOf[row], persistent.at(i).column()));
        }
        changePersistentIndexList(persistent, moved);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QByteArrayView AuditTableModel::bytes(StrRef ref) const
{
    return m_arena->view(ref);
}

QString AuditTableModel::text(StrRef ref) const
{
    return QString::fromUtf8(m_arena->view(ref));
}

QString AuditTableModel::displayText(const Row &row, int column) const
{
    switch (column) {
    case Time: return QDateTime::fromMSecsSinceEpoch(row.timeMs, Qt::LocalTime).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    case Actor: return m_interned.at(row.actor);
    case Action: return m_interned.at(row.action);
    case Version: return row.version < 0 ? QString() : QString::number(row.version);
    case Job: return text(row.jobId);
    case IdempotencyKey: return text(row.idempotencyKey);
    case Status: return row.status == 0 ? QString() : QString::number(row.status);
    case Changes: return text(row.summary);
    default: return {};
    }
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_view.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = (*m_rows)[m_view[size_t(index.row())]];
    switch (role) {
    case Qt::DisplayRole: return displayText(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return QDateTime::fromMSecsSinceEpoch(row.timeMs, Qt::UTC).toString(Qt::ISODateWithMs);
        if (index.column() == Changes || index.column() == IdempotencyKey || index.column() == Job)
            return displayText(row, index.column());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Version || index.column() == Status)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case EventIdRole: return text(row.id);
    case TimestampMsRole: return row.timeMs;
    default: return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case Actor: return tr("Actor");
    case Action: return tr("Action");
    case Version: return tr("Version");
    case Job: return tr("Job");
    case IdempotencyKey: return tr("Idempotency key");
    case Status: return tr("Status");
    case Changes: return tr("Changes");
    default: return {};
    }
}

AuditEvent AuditTableModel::event(int viewRow) const
{
    if (viewRow < 0 || size_t(viewRow) >= m_view.size())
        return {};
    return storedEvent(m_view[size_t(viewRow)]);
}

std::vector<quint32> AuditTableModel::viewHandles() const
{
    return {m_view.begin(), m_view.end()};
}

AuditEvent AuditTableModel::storedEvent(quint32 handle) const
{
    AuditEvent event;
    if (handle >= m_rows->size())
        return event;
    const Row &row = (*m_rows)[handle];
    event.id = text(row.id);
    event.timestamp = QDateTime::fromMSecsSinceEpoch(row.timeMs, Qt::UTC);
    event.actor = m_interned.at(row.actor);
    event.action = m_interned.at(row.action);
    event.calibrationId = text(row.calibrationId);
    if (row.version >= 0)
        event.version = row.version;
    event.jobId = text(row.jobId);
    event.idempotencyKey = text(row.idempotencyKey);
    if (row.status != 0)
        event.statusCode = row.status;
    if (row.changes.size > 0)
        event.changes = QJsonDocument::fromJson(bytes(row.changes).toByteArray()).object();
    event.raw = auditEventToJson(event);
    return event;
}

QStringList AuditTableModel::knownActors() const
{
    QStringList actors;
    for (qsizetype i = 0; i < m_interned.size(); ++i) {
        if (m_internKinds.at(i) & 1)
            actors.append(m_interned.at(i));
    }
    actors.sort(Qt::CaseInsensitive);
    return actors;
}

QStringList AuditTableModel::knownActions() const
{
    // The contract's actions first, then any others a tenant sent.
    QStringList actions {u"calibration.applied"_s, u"calibration.rejected"_s, u"reweight.started"_s,
                         u"reweight.completed"_s,  u"reweight.failed"_s,      u"webhook.registered"_s,
                         u"webhook.deleted"_s};
    for (qsizetype i = 0; i < m_interned.size(); ++i) {
        if ((m_internKinds.at(i) & 2) && !actions.contains(m_interned.at(i)))
            actions.append(m_interned.at(i));
    }
    return actions;
}

qint64 AuditTableModel::bytesUsed() const
{
    qint64 interned = 0;
    for (const QString &s : m_interned)
        interned += 64 + s.size() * 2; // string, hash node and list entry
    return m_rows->bytes() + qint64(m_view.capacity() * sizeof(quint32)) + m_arena->bytes() + m_summaryOrder.bytes()
        + interned;
}

} // namespace calib
