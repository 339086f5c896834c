#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QLabel;

namespace calib {

class CalibrationDocument;
class PolarityScaleWidget;
struct FieldPath;
struct NumberBound;

// The polarity matrix: three spin boxes (ranges from the constraint table), a message
// under each, and a scale from -1 to 1 showing the anchors.
class PolarityMatrixEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit PolarityMatrixEditor(CalibrationDocument *document, QWidget *parent = nullptr);
    ~PolarityMatrixEditor() override;

    // Focuses the spin box of polarity_matrix.<member> (negative for the whole matrix).
    bool focusField(const FieldPath &path);

    [[nodiscard]] QWidget *firstField() const;
    [[nodiscard]] QWidget *lastField() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Field
    {
        QDoubleSpinBox *spinBox = nullptr;
        QLabel *message = nullptr;
        const NumberBound *bound = nullptr;
        QString member;
    };

    void refresh();
    void refreshProblems();
    void onValueEdited(const Field &field, double value);

    CalibrationDocument *m_document;
    PolarityScaleWidget *m_scale;
    QList<Field> m_fields;
};

} // namespace calib
