#include "editor/editcalibrationcommand.h"

#include "editor/calibrationdocument.h"

#include <utility>

namespace calib {

namespace {
constexpr int mergeableCommandId = 0x43414c;
}

EditCalibrationCommand::EditCalibrationCommand(CalibrationDocument *document, Calibration before, Calibration after,
                                               const QString &text, QString mergeKey)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(std::move(mergeKey))
{ }

void EditCalibrationCommand::undo()
{
    m_document->restore(m_before);
}

void EditCalibrationCommand::redo()
{
    m_document->restore(m_after);
}

int EditCalibrationCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : mergeableCommandId;
}

bool EditCalibrationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = dynamic_cast<const EditCalibrationCommand *>(other);
    if (!edit || edit->m_document != m_document || edit->m_mergeKey != m_mergeKey)
        return false;
    m_after = edit->m_after;
    setText(edit->text());
    // Stepping back to where the field started leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

} // namespace calib
