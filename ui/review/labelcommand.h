#pragma once

#include "store/reviewstore.h"

#include <QStringList>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace calib {

class ReviewQueue;

// Labelling one or more alerts, undoable: undo restores each alert's previous label
// (or no label) in the queue and the database.
//
// The labels are written by apply() before the command is pushed, so a failed write
// never reaches the undo stack; the push's own redo() is then skipped. A later undo or
// redo that cannot write leaves the queue as it was, drops the command from the stack and
// reports the reason through `onFailure` (posted, not from inside undo()/redo()).
class LabelCommand final : public QUndoCommand
{
public:
    LabelCommand(ReviewQueue *queue, QStringList alertIds, std::optional<AlertReview::Label> label,
                 std::function<void(const QString &)> onFailure);

    // Writes the new labels; false (with error()) when the database refused them.
    [[nodiscard]] bool apply();
    void redo() override;
    void undo() override;
    [[nodiscard]] const QString &error() const { return m_error; }

private:
    void failed();

    ReviewQueue *m_queue;
    QStringList m_ids;
    QList<std::optional<AlertReview::Label>> m_before;
    QList<std::optional<AlertReview::Label>> m_after;
    std::function<void(const QString &)> m_onFailure;
    QString m_error;
    bool m_applied = false;
};

} // namespace calib
