#pragma once

#include "api/apierror.h"
#include "services/recordwriter.h"

#include <QPointer>
#include <QSaveFile>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace calib {

class AuditRowsExporter;
class AuditTableModel;
class WorkbenchSession;

// The audit browser: the paginated audit trail in a table (fills as it scrolls), filters
// by action, actor and date range, sorting by any column, a detail pane with the whole
// event and its changes, "Load all" and export of the shown rows to CSV or JSON Lines,
// with progress and cancel.
class AuditPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPanel(WorkbenchSession *session, QWidget *parent = nullptr);
    ~AuditPanel() override;

    [[nodiscard]] AuditTableModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    // Exports the rows shown (filtered and sorted) to `path`; finished is reported by
    // exportFinished(). Returns false when the file cannot be opened or one is running.
    bool exportTo(const QString &path, ExportFormat format);
    void applyFilter();

Q_SIGNALS:
    void exportFinished(bool ok, const QString &message);

private:
    void onConnectionChanged();
    void onCurrentChanged();
    void updateStatus();
    void updateActorChoices();
    void exportInteractive(ExportFormat format);
    void cancelWork();

    WorkbenchSession *m_session;
    AuditTableModel *m_model;
    QTableView *m_view;
    QTextBrowser *m_detail;
    QComboBox *m_actionCombo;
    QComboBox *m_actorCombo;
    QCheckBox *m_sinceCheck;
    QDateTimeEdit *m_sinceEdit;
    QCheckBox *m_untilCheck;
    QDateTimeEdit *m_untilEdit;
    QPushButton *m_applyButton;
    QPushButton *m_reloadButton;
    QPushButton *m_loadAllButton;
    QPushButton *m_exportCsvButton;
    QPushButton *m_exportJsonlButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_statusLabel;
    AuditRowsExporter *m_exporter;
    QString m_exportResult; // how the last export ended
    std::unique_ptr<QSaveFile> m_exportFile; // replaces the target only when complete
};

} // namespace calib
