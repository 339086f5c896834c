#pragma once

#include "core/analytics/dataset.h"

#include <QFuture>
#include <QList>
#include <QString>

#include <functional>

class QIODevice;

namespace calib {

enum class DatasetFormat {
    Auto, // by file extension (.csv, .jsonl/.ndjson), else by the first byte ('{' = JSONL)
    Csv,
    JsonLines,
};

struct ImportOptions
{
    DatasetFormat format = DatasetFormat::Auto;
    int maxListedErrors = 20; // errors beyond this are counted, not listed
    bool fullyLabelled = false; // the file labels every scored interaction
    bool keepText = false; // keep interaction ids and texts (e.g. for verification)
    qint64 chunkSize = qint64(1) << 20; // bytes read at a time
};

// A rejected row. line is 1-based (the line where the record starts); column is the
// 1-based field number for CSV and the 1-based character for JSONL, 0 when unknown.
struct ImportError
{
    qint64 line = 0;
    int column = 0;
    QString columnName; // header name (CSV) or key (JSONL), empty when not about a field
    QString message;

    // "line 12, column 3 (confidence): not a number"
    [[nodiscard]] QString toString() const;
};

struct ImportResult
{
    Dataset dataset;
    QList<ImportError> errors; // the first ImportOptions::maxListedErrors
    qint64 errorCount = 0; // all rejected rows
    qint64 rowsImported = 0;
    bool cancelled = false;
    QString fatalError; // the file could not be read at all (no such file, bad header)

    [[nodiscard]] bool ok() const { return fatalError.isEmpty() && !cancelled; }
    // One line per listed error and "... and N more errors" when some were not listed.
    [[nodiscard]] QString errorSummary() const;
};

// Called after every chunk with the bytes read so far and the total (-1 when unknown).
// Returning false cancels the import.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

// Streams a labelled dataset (CSV with a header row, or JSON Lines) into a Dataset. Bad
// rows are rejected and reported; the rest is imported.
[[nodiscard]] ImportResult importDataset(QIODevice &device, const ImportOptions &options = {},
                                         const ImportProgress &progress = {});
[[nodiscard]] ImportResult importDatasetFile(const QString &path, const ImportOptions &options = {},
                                             const ImportProgress &progress = {});

// The same on a QtConcurrent worker: progress is reported in per mille (0..1000) through
// the future, and cancelling the future stops the import at the next chunk (a cancelled
// future holds no result).
[[nodiscard]] QFuture<ImportResult> importDatasetAsync(const QString &path, const ImportOptions &options = {});

} // namespace calib
