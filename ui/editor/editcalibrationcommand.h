#pragma once

#include "core/calibration.h"

#include <QUndoCommand>

namespace calib {

class CalibrationDocument;

// One edit of the calibration in the editor, kept as before/after values (a calibration is
// small). Commands with the same non-empty merge key merge, so stepping a spin box or
// dragging a slider is one undo step.
class EditCalibrationCommand final : public QUndoCommand
{
public:
    EditCalibrationCommand(CalibrationDocument *document, Calibration before, Calibration after, const QString &text,
                           QString mergeKey);

    void undo() override;
    void redo() override;
    [[nodiscard]] int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    [[nodiscard]] const QString &mergeKey() const { return m_mergeKey; }

private:
    CalibrationDocument *m_document;
    Calibration m_before;
    Calibration m_after;
    QString m_mergeKey;
};

} // namespace calib
