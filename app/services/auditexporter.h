#pragma once

#include "api/apitypes.h"
#include "services/pagedexporter.h"

#include <QPointer>

namespace calib {

class TenantClient;

// The audit walk and export, shared by calibctl and the audit panel: follows the audit
// trail through the client's CursorPager (since/until/actor filters, a maximum) and
// streams it page by page to a device as a table, JSON Lines or CSV.
class AuditExporter final : public PagedExporter
{
    Q_OBJECT
public:
    struct Options
    {
        AuditQuery query; // limit = page size, since/until/actor filters
        qint64 maxItems = 0; // 0 = the whole trail
        ExportFormat format = ExportFormat::Table;
    };

    explicit AuditExporter(TenantClient *client, QObject *parent = nullptr);

    // Starts the walk; `device` must be open for writing and stay alive until finished().
    void start(QIODevice *device, const Options &options);

    [[nodiscard]] static QList<RecordWriter::Column> columns();
    [[nodiscard]] static QStringList cells(const AuditEvent &event);

protected:
    bool writePage(const CursorPage &page, RecordWriter &writer) override;

private:
    QPointer<TenantClient> m_client;
};

} // namespace calib
