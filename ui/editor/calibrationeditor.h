#pragma once

#include "core/calibration.h"
#include "core/validation.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QScrollArea;
class QSlider;
class QUndoStack;

namespace calib {

class CalibrationDocument;
class InteractionIdListEditor;
class PolarityMatrixEditor;
class ProblemsListWidget;
class TriggerTableEditor;

// The calibration editor: polarity matrix, alert triggers, sensitivity, interaction ids and
// model reweight, every range from the core constraint table, checked live field by field.
// Each edit is one command on the undo stack; a problems list names every violation.
class CalibrationEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit CalibrationEditor(QWidget *parent = nullptr);
    ~CalibrationEditor() override;

    // Loads a calibration: no undo step, clears the undo stack and server errors.
    void setCalibration(const Calibration &calibration);
    // Replaces the calibration as one undoable edit (revert, import a preset, ...).
    void replaceCalibration(const Calibration &calibration, const QString &undoText);
    [[nodiscard]] const Calibration &calibration() const;

    // The editor has its own undo stack until another one (e.g. the window's) is set.
    void setUndoStack(QUndoStack *stack);
    [[nodiscard]] QUndoStack *undoStack() const;

    // Local violations plus server errors; valid means none of them is an error.
    [[nodiscard]] QList<Violation> problems() const;
    [[nodiscard]] bool isValid() const;

    // Puts focus on the widget or cell of a wire path; false when the path names nothing.
    bool focusField(const QString &path);

    // Errors a tenant reported for fields (a 400's details); each clears when its field is edited.
    void setServerErrors(const QList<Violation> &errors);
    void clearServerErrors();

    [[nodiscard]] CalibrationDocument *document() const { return m_document; }

signals:
    void calibrationChanged();
    void validityChanged(bool ok);
    void problemsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildSensitivity();
    QWidget *buildReweight();
    void refreshValues();
    void refreshProblems();
    void onSensitivityEdited(double value);

    CalibrationDocument *m_document;
    QUndoStack *m_ownUndoStack;
    QScrollArea *m_scrollArea = nullptr;
    PolarityMatrixEditor *m_polarity = nullptr;
    TriggerTableEditor *m_triggers = nullptr;
    InteractionIdListEditor *m_ids = nullptr;
    QSlider *m_sensitivitySlider = nullptr;
    QDoubleSpinBox *m_sensitivitySpinBox = nullptr;
    QLabel *m_sensitivityMessage = nullptr;
    QCheckBox *m_reweightCheckBox = nullptr;
    QLabel *m_reweightMessage = nullptr;
    ProblemsListWidget *m_problemsList = nullptr;
};

} // namespace calib
