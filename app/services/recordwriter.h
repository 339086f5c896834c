#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace calib {

enum class ExportFormat { Table, Jsonl, Csv };

// "table", "jsonl", "csv" (case-insensitive); nullopt for anything else.
[[nodiscard]] std::optional<ExportFormat> exportFormatFromName(const QString &name);
[[nodiscard]] QString exportFormatName(ExportFormat format);

// Writes records one by one to a device as an aligned text table, JSON Lines (the raw
// object, compact, one per line) or CSV (RFC 4180: CRLF line ends, every field that
// holds a comma, quote, CR or LF quoted, quotes doubled). Nothing is buffered beyond the
// current row, so exports stream page by page.
class RecordWriter final
{
public:
    struct Column
    {
        QString header; // also the CSV header
        int width = 0; // table width; 0 = as wide as the value (last column)
        bool inTable = true;
    };

    RecordWriter(QIODevice *device, ExportFormat format, QList<Column> columns);

    // Header line (table and CSV); nothing for JSONL. Returns false on a write error.
    bool writeHeader();
    // `cells` in column order; `raw` is what JSONL writes.
    bool writeRecord(const QStringList &cells, const QJsonObject &raw);

    [[nodiscard]] qint64 records() const { return m_records; }
    // After a failed write: what went wrong, naming the file when the device is a QFileDevice.
    [[nodiscard]] const QString &errorString() const { return m_error; }

    [[nodiscard]] static QString csvField(const QString &value);
    [[nodiscard]] static QString csvLine(const QStringList &cells); // without the line end

private:
    bool write(const QString &text);
    [[nodiscard]] QString tableLine(const QStringList &cells) const;

    QIODevice *m_device;
    ExportFormat m_format;
    QList<Column> m_columns;
    qint64 m_records = 0;
    QString m_error;
};

} // namespace calib
