#pragma once

#include "core/calibration.h"
#include "core/validation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPalette>

namespace calib {

class CalibrationDocument;

// The alert triggers of the edited calibration as a table (emotion, directive, threshold).
// Edits go through the document, so each one is an undo step. Problems are shown on the
// exact cells they concern (background, foreground, tooltip and an icon).
class TriggerTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { EmotionColumn, DirectiveColumn, ThresholdColumn, ColumnCount };

    explicit TriggerTableModel(CalibrationDocument *document, QObject *parent = nullptr);
    ~TriggerTableModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Problems shown on a cell.
    [[nodiscard]] QList<Violation> problemsAt(int row, int column) const;

    // Row and column of a wire path (alert_triggers[1].threshold), invalid when it names none.
    [[nodiscard]] QModelIndex indexForPath(const QString &path) const;

    // Structural edits, each one undo step. Return the row of the new trigger.
    int addTrigger();
    int duplicateTrigger(int row);
    void removeTriggers(QList<int> rows);

    // Used by the table to draw with the right palette.
    void setPalette(const QPalette &palette);

private:
    void sync();
    void mapProblems();
    void addCellProblem(int row, int column, const Violation &violation);

    CalibrationDocument *m_document;
    QList<AlertTrigger> m_rows;
    QHash<qint64, QList<Violation>> m_cellProblems; // key: row * ColumnCount + column
    QPalette m_palette;
};

} // namespace calib
