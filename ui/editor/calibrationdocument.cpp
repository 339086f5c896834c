#include "editor/calibrationdocument.h"

#include "editor/editcalibrationcommand.h"
#include "editor/fieldpath.h"

#include <algorithm>

namespace calib {

CalibrationDocument::CalibrationDocument(QObject *parent)
    : QObject(parent)
{
    revalidate();
}

CalibrationDocument::~CalibrationDocument() = default;

void CalibrationDocument::reset(const Calibration &calibration)
{
    m_serverErrors.clear();
    m_calibration = calibration;
    revalidate();
    emit calibrationChanged();
}

void CalibrationDocument::edit(const Calibration &after, const QString &text, const QString &mergeKey)
{
    if (after == m_calibration)
        return;
    if (m_undoStack)
        m_undoStack->push(new EditCalibrationCommand(this, m_calibration, after, text, mergeKey));
    else
        restore(after);
}

void CalibrationDocument::setUndoStack(QUndoStack *stack)
{
    m_undoStack = stack;
}

QList<Violation> CalibrationDocument::problems() const
{
    return m_problems;
}

QList<Violation> CalibrationDocument::problemsAt(const QString &path) const
{
    QList<Violation> result;
    for (const Violation &v : m_problems) {
        if (v.path == path)
            result << v;
    }
    return result;
}

bool CalibrationDocument::isValid() const
{
    return m_valid;
}

void CalibrationDocument::setServerErrors(const QList<Violation> &errors)
{
    m_serverErrors = errors;
    revalidate();
}

void CalibrationDocument::restore(const Calibration &calibration)
{
    if (calibration == m_calibration)
        return;
    const Calibration before = m_calibration;
    m_calibration = calibration;
    dropEditedServerErrors(before);
    revalidate();
    emit calibrationChanged();
}

void CalibrationDocument::revalidate()
{
    m_validation = validate(m_calibration);
    QList<Violation> problems = m_validation.violations;
    for (const Violation &v : std::as_const(m_serverErrors)) {
        if (!problems.contains(v))
            problems << v;
    }
    const bool valid = m_validation.ok()
        && std::none_of(m_serverErrors.cbegin(), m_serverErrors.cend(),
                        [](const Violation &v) { return v.severity == Severity::Error; });
    if (problems != m_problems) {
        m_problems = problems;
        emit problemsChanged();
    }
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}

void CalibrationDocument::dropEditedServerErrors(const Calibration &before)
{
    m_serverErrors.removeIf([&](const Violation &v) {
        const std::optional<QString> was = FieldPath::valueText(before, v.path);
        // A path the editor cannot place is cleared by any edit.
        return !was || was != FieldPath::valueText(m_calibration, v.path);
    });
}

} // namespace calib
