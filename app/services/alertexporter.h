#pragma once

#include "api/apitypes.h"
#include "services/pagedexporter.h"

#include <QPointer>

namespace calib {

class TenantClient;

// The alert walk and export (GET /agentassist/alerts through the client's CursorPager),
// streamed page by page as a table, JSON Lines or CSV.
class AlertExporter final : public PagedExporter
{
    Q_OBJECT
public:
    struct Options
    {
        AlertQuery query; // limit = page size, since filter
        qint64 maxItems = 0; // 0 = every alert
        ExportFormat format = ExportFormat::Table;
    };

    explicit AlertExporter(TenantClient *client, QObject *parent = nullptr);

    // Starts the walk; `device` must be open for writing and stay alive until finished().
    void start(QIODevice *device, const Options &options);

    [[nodiscard]] static QList<RecordWriter::Column> columns();
    [[nodiscard]] static QStringList cells(const Alert &alert);

protected:
    bool writePage(const CursorPage &page, RecordWriter &writer) override;

private:
    QPointer<TenantClient> m_client;
};

} // namespace calib
