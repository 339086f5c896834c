#include "services/recordwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDevice>
#include <QIODevice>
#include <QJsonDocument>

namespace calib {

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == u"table")
        return ExportFormat::Table;
    if (lower == u"jsonl")
        return ExportFormat::Jsonl;
    if (lower == u"csv")
        return ExportFormat::Csv;
    return std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Table: return QStringLiteral("table");
    case ExportFormat::Jsonl: return QStringLiteral("jsonl");
    case ExportFormat::Csv: return QStringLiteral("csv");
    }
    return {};
}

RecordWriter::RecordWriter(QIODevice *device, ExportFormat format, QList<Column> columns)
    : m_device(device)
    , m_format(format)
    , m_columns(std::move(columns))
{ }

QString RecordWriter::csvField(const QString &value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n'));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString RecordWriter::csvLine(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += csvField(cells.at(i));
    }
    return line;
}

QString RecordWriter::tableLine(const QStringList &cells) const
{
    QString line;
    bool first = true;
    for (qsizetype i = 0; i < m_columns.size() && i < cells.size(); ++i) {
        const Column &column = m_columns.at(i);
        if (!column.inTable)
            continue;
        if (!first)
            line += QStringLiteral("  ");
        first = false;
        // Control characters would break the table's lines.
        QString cell = cells.at(i);
        for (QChar &c : cell) {
            if (c.category() == QChar::Other_Control)
                c = QLatin1Char(' ');
        }
        if (column.width > 0) {
            if (cell.size() > column.width)
                cell = cell.left(column.width - 1) + QChar(0x2026);
            line += cell.leftJustified(column.width);
        } else {
            line += cell;
        }
    }
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    return line;
}

bool RecordWriter::write(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    if (m_device->write(bytes) != bytes.size()) {
        // Name the file when there is one: "Could not write /tmp/x.csv: No space left on device".
        const auto *file = qobject_cast<const QFileDevice *>(m_device);
        if (file && !file->fileName().isEmpty())
            m_error = QCoreApplication::translate("calib::RecordWriter", "Could not write %1: %2")
                          .arg(QDir::toNativeSeparators(file->fileName()), m_device->errorString());
        else
            m_error = QCoreApplication::translate("calib::RecordWriter", "Could not write the output: %1")
                          .arg(m_device->errorString());
        return false;
    }
    return true;
}

bool RecordWriter::writeHeader()
{
    QStringList headers;
    for (const Column &column : std::as_const(m_columns))
        headers << column.header;
    switch (m_format) {
    case ExportFormat::Table: return write(tableLine(headers) + QLatin1Char('\n'));
    case ExportFormat::Csv: return write(csvLine(headers) + QStringLiteral("\r\n"));
    case ExportFormat::Jsonl: return true;
    }
    return true;
}

bool RecordWriter::writeRecord(const QStringList &cells, const QJsonObject &raw)
{
    bool ok = true;
    switch (m_format) {
    case ExportFormat::Table: ok = write(tableLine(cells) + QLatin1Char('\n')); break;
    case ExportFormat::Csv: ok = write(csvLine(cells) + QStringLiteral("\r\n")); break;
    case ExportFormat::Jsonl:
        ok = write(QString::fromUtf8(QJsonDocument(raw).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
        break;
    }
    if (ok)
        ++m_records;
    return ok;
}

} // namespace calib
