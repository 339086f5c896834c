#pragma once

#include "store/reviewstore.h"

#include <QStringList>
#include <QUndoCommand>

#include <optional>

namespace calib {

class ReviewQueue;

// Labelling one or more alerts, undoable: undo restores each alert's previous label
// (or no label) in the queue and the database.
class LabelCommand final : public QUndoCommand
{
public:
    LabelCommand(ReviewQueue *queue, QStringList alertIds, std::optional<AlertReview::Label> label);

    void redo() override;
    void undo() override;
    [[nodiscard]] bool failed() const { return !m_error.isEmpty(); }
    [[nodiscard]] const QString &error() const { return m_error; }

private:
    ReviewQueue *m_queue;
    QStringList m_ids;
    QList<std::optional<AlertReview::Label>> m_before;
    QList<std::optional<AlertReview::Label>> m_after;
    QString m_error;
};

} // namespace calib
