// OrderedRowIndex against the obvious reference: std::stable_sort of the same rows (equal
// values in row order, ascending and descending), with and without a membership filter,
// across block splits, with rows without a value (-1 here: before every value).
#include "core/analytics/orderedrowindex.h"

#include <QTest>

#include <algorithm>
#include <random>
#include <vector>

using namespace calib;

namespace {

struct Values
{
    std::vector<int> value; // value of row r

    [[nodiscard]] int compare(quint32 a, quint32 b) const
    {
        return value[a] < value[b] ? -1 : (value[a] > value[b] ? 1 : 0);
    }
};

using Index = OrderedRowIndex<int>;

int compareInts(int a, int b)
{
    return a < b ? -1 : (a > b ? 1 : 0);
}

void addRows(Index &index, const Values &values)
{
    for (quint32 r = 0; r < quint32(values.value.size()); ++r) {
        if (values.value[r] < 0)
            index.addWithoutValue(r);
        else
            index.add(r, values.value[r], compareInts);
    }
}

std::vector<quint32> reference(const Values &values, bool descending, const std::vector<bool> &member)
{
    std::vector<quint32> rows;
    for (quint32 r = 0; r < quint32(values.value.size()); ++r) {
        if (member[r])
            rows.push_back(r);
    }
    std::stable_sort(rows.begin(), rows.end(), [&values, descending](quint32 a, quint32 b) {
        const int c = values.compare(a, b);
        return descending ? c > 0 : c < 0;
    });
    return rows;
}

std::vector<quint32> collected(const Index &index, bool descending, const std::vector<bool> &member)
{
    std::vector<quint32> out(index.size());
    const size_t n = index.collect(out.data(), descending, [&member](quint32 row) { return bool(member[row]); });
    out.resize(n);
    return out;
}

} // namespace

class TestOrderedRowIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void empty()
    {
        Index index;
        QVERIFY(index.isEmpty());
        quint32 out[1] = {77};
        QCOMPARE(index.collect(out, false, [](quint32) { return true; }), size_t(0));
        QCOMPARE(out[0], 77U);
    }

    void smallKnownOrder()
    {
        // Values by row: 5 3 5 1 3 5, none, none. Ascending: no value: rows 6, 7; value 1:
        // row 3; value 3: rows 1, 4; value 5: rows 0, 2, 5.
        Values values {{5, 3, 5, 1, 3, 5, -1, -1}};
        Index index;
        addRows(index, values);
        const std::vector<bool> all(8, true);
        QCOMPARE(collected(index, false, all), (std::vector<quint32> {6, 7, 3, 1, 4, 0, 2, 5}));
        QCOMPARE(collected(index, true, all), (std::vector<quint32> {0, 2, 5, 1, 4, 3, 6, 7}));
        // Without rows 2 and 4 (a group loses a member in the middle and at the end).
        std::vector<bool> some = all;
        some[2] = false;
        some[4] = false;
        some[6] = false;
        QCOMPARE(collected(index, false, some), (std::vector<quint32> {7, 3, 1, 0, 5}));
        QCOMPARE(collected(index, true, some), (std::vector<quint32> {0, 5, 1, 3, 7}));
    }

    void matchesStableSort_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("distinct");
        QTest::addColumn<int>("filterPercent");
        QTest::addColumn<int>("withoutValuePercent");
        QTest::newRow("few rows, many equal") << 50 << 4 << 100 << 0;
        QTest::newRow("one value") << 9000 << 1 << 100 << 0;
        QTest::newRow("block splits, mostly distinct") << 30000 << 1000000 << 100 << 0;
        QTest::newRow("block splits, heavy ties") << 30000 << 37 << 100 << 0;
        QTest::newRow("filtered, heavy ties") << 30000 << 37 << 40 << 30;
        QTest::newRow("filtered, few members") << 20000 << 500 << 2 << 10;
        QTest::newRow("mostly without a value") << 20000 << 1000 << 100 << 80;
        QTest::newRow("all without a value") << 3000 << 10 << 50 << 100;
    }

    void matchesStableSort()
    {
        QFETCH(int, rows);
        QFETCH(int, distinct);
        QFETCH(int, filterPercent);
        QFETCH(int, withoutValuePercent);
        std::mt19937 rng(quint32(rows * 31 + distinct));
        Values values;
        std::vector<bool> member;
        for (int r = 0; r < rows; ++r) {
            const int value = int(rng() % quint32(distinct));
            values.value.push_back(int(rng() % 100) < withoutValuePercent ? -1 : value);
            member.push_back(int(rng() % 100) < filterPercent);
        }
        Index index;
        addRows(index, values);
        QCOMPARE(index.size(), size_t(rows));
        QVERIFY(index.bytes() >= qint64(rows) * qint64(sizeof(quint32)));
        // Blocks split half full: at most about twice the entries, plus one reserved block.
        QVERIFY(index.bytes() <= qint64(rows) * 3 * qint64(sizeof(quint32) + sizeof(int)) + 40 * 1024);
        QCOMPARE(collected(index, false, member), reference(values, false, member));
        QCOMPARE(collected(index, true, member), reference(values, true, member));
    }

    void ascendingAndDescendingArrivals()
    {
        // Values arriving in increasing and then decreasing order: every insert at one end
        // of the index, the worst case for a single block.
        Values values;
        for (int r = 0; r < 10000; ++r)
            values.value.push_back(r < 5000 ? r : 20000 - r);
        Index index;
        addRows(index, values);
        const std::vector<bool> all(values.value.size(), true);
        QCOMPARE(collected(index, false, all), reference(values, false, all));
        QCOMPARE(collected(index, true, all), reference(values, true, all));
        index.clear();
        QVERIFY(index.isEmpty());
        QCOMPARE(collected(index, false, all), std::vector<quint32> {});
    }
};

QTEST_GUILESS_MAIN(TestOrderedRowIndex)
#include "tst_orderedrowindex.moc"
