#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace calib {

class CalibrationDocument;
class InteractionIdListModel;
struct FieldPath;

// The interaction ids: a list that takes pasted ids (newline, comma or whitespace
// separated; one paste is one undo step), a line to add ids, an "n / 50" counter.
class InteractionIdListEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit InteractionIdListEditor(CalibrationDocument *document, QWidget *parent = nullptr);
    ~InteractionIdListEditor() override;

    [[nodiscard]] InteractionIdListModel *model() const { return m_model; }
    [[nodiscard]] QListView *view() const { return m_view; }

    bool focusField(const FieldPath &path);

    // Adds the ids in the clipboard.
    void pasteFromClipboard();
    // Adds the ids typed into the line (which may hold several).
    void addFromLine();
    void removeSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    CalibrationDocument *m_document;
    InteractionIdListModel *m_model;
    QListView *m_view;
    QLineEdit *m_line;
    QPushButton *m_addButton;
    QPushButton *m_pasteButton;
    QPushButton *m_removeButton;
    QLabel *m_counter;
    QLabel *m_message;
};

} // namespace calib
