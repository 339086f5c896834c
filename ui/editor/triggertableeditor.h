#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace calib {

class CalibrationDocument;
class TriggerTableModel;
struct FieldPath;

// The alert trigger table with combo and spin delegates, and Add / Remove / Duplicate
// buttons (Ins / Del / Ctrl+D while the table has focus).
class TriggerTableEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit TriggerTableEditor(CalibrationDocument *document, QWidget *parent = nullptr);
    ~TriggerTableEditor() override;

    [[nodiscard]] TriggerTableModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }

    bool focusField(const FieldPath &path);

    void addTrigger();
    void removeSelectedTriggers();
    void duplicateCurrentTrigger();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshProblems();
    void updateButtons();
    [[nodiscard]] QList<int> selectedRows() const;

    CalibrationDocument *m_document;
    TriggerTableModel *m_model;
    QTableView *m_view;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_duplicateButton;
    QLabel *m_message;
};

} // namespace calib
