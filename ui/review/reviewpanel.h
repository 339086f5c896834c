#pragma once

#include "api/cursorpager.h"
#include "services/precisionseries.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;
class QUndoStack;

namespace calib {

class AlertReviewModel;
class PrecisionChart;
class ReviewQueue;
class WorkbenchSession;

// The alert review queue and precision over time: alerts from the tenant's feed (or a
// file), each with the verification pipeline's verdict; the keyboard labels the selected
// alerts (T true positive, F false positive, S skip, Ctrl+Z undo), the labels are kept
// per tenant and alert id, and precision per emotion is charted by day or week.
class ReviewPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPanel(WorkbenchSession *session, QWidget *parent = nullptr);
    ~ReviewPanel() override;

    [[nodiscard]] AlertReviewModel *model() const { return m_model; }
    [[nodiscard]] ReviewQueue *queue() const { return m_queue; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }
    // When calibrations were applied (from the audit trail), oldest first: the chart's markers.
    [[nodiscard]] const QList<QDateTime> &calibrationChanges() const { return m_calibrationChanges; }
    [[nodiscard]] PrecisionChart *chart() const { return m_chart; }

    // Labels the selected rows (the current row when nothing is selected).
    void labelSelection(std::optional<AlertReview::Label> label);
    bool importFile(const QString &path);
    void refreshPrecision();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onConnectionChanged();
    void onCurrentChanged();
    void loadCalibrationMarkers();

    WorkbenchSession *m_session;
    ReviewQueue *m_queue;
    AlertReviewModel *m_model;
    QUndoStack *m_undo;
    QTableView *m_view;
    QTextBrowser *m_detail;
    QLabel *m_precisionLabel;
    QComboBox *m_bucketCombo;
    QPushButton *m_importButton;
    QPushButton *m_pngButton;
    QPushButton *m_csvButton;
    PrecisionChart *m_chart;
    QPointer<CursorPager> m_markerPager;
    QList<QDateTime> m_calibrationChanges;
    qint64 m_markersVersion = -1; // the calibration version in force when they were read
};

} // namespace calib
