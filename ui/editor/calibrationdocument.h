#pragma once

#include "core/calibration.h"
#include "core/validation.h"

#include <QObject>
#include <QPointer>
#include <QUndoStack>

namespace calib {

// The calibration being edited: the one value the editor widgets and item models show.
// Every edit goes through edit(), which pushes one undoable command; validation runs on
// every change. Errors a server reported (a 400's details) are kept until the field they
// name is edited.
class CalibrationDocument final : public QObject
{
    Q_OBJECT
public:
    explicit CalibrationDocument(QObject *parent = nullptr);
    ~CalibrationDocument() override;

    [[nodiscard]] const Calibration &calibration() const { return m_calibration; }

    // Replaces the value without an undo step (loading); clears server errors.
    void reset(const Calibration &calibration);

    // Applies an edit as one undoable command. Edits with the same non-empty mergeKey that
    // follow each other merge into one undo step.
    void edit(const Calibration &after, const QString &text, const QString &mergeKey = {});

    // Without an undo stack, edits apply directly.
    void setUndoStack(QUndoStack *stack);
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }

    // Local validation plus server errors.
    [[nodiscard]] QList<Violation> problems() const;
    [[nodiscard]] QList<Violation> problemsAt(const QString &path) const;
    [[nodiscard]] bool isValid() const;

    void setServerErrors(const QList<Violation> &errors);
    [[nodiscard]] const QList<Violation> &serverErrors() const { return m_serverErrors; }

    // Used by the undo commands.
    void restore(const Calibration &calibration);

signals:
    void calibrationChanged();
    void problemsChanged();
    void validityChanged(bool ok);

private:
    void revalidate();
    void dropEditedServerErrors(const Calibration &before);

    Calibration m_calibration;
    ValidationResult m_validation;
    QList<Violation> m_serverErrors;
    QList<Violation> m_problems;
    QPointer<QUndoStack> m_undoStack;
    bool m_valid = true;
};

} // namespace calib
