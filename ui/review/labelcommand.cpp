#include "review/labelcommand.h"

#include "services/reviewqueue.h"

#include <QCoreApplication>

namespace calib {

LabelCommand::LabelCommand(ReviewQueue *queue, QStringList alertIds, std::optional<AlertReview::Label> label,
                           std::function<void(const QString &)> onFailure)
    : m_queue(queue)
    , m_ids(std::move(alertIds))
    , m_onFailure(std::move(onFailure))
{
    for (const QString &id : std::as_const(m_ids)) {
        const qsizetype row = m_queue->rowOf(id);
        m_before.append(row >= 0 ? m_queue->at(row).label : std::nullopt);
        m_after.append(label);
    }
    const QString name = label ? AlertReview::labelName(*label) : QStringLiteral("clear");
    setText(QCoreApplication::translate("LabelCommand", "Label %n alert(s) %1", nullptr, int(m_ids.size())).arg(name));
}

bool LabelCommand::apply()
{
    m_error.clear();
    m_applied = m_queue->setLabels(m_ids, m_after, &m_error);
    return m_applied;
}

void LabelCommand::redo()
{
    if (m_applied) {
        m_applied = false; // the push after apply(): already written
        return;
    }
    m_error.clear();
    if (!m_queue->setLabels(m_ids, m_after, &m_error))
        failed();
}

void LabelCommand::undo()
{
    m_error.clear();
    if (!m_queue->setLabels(m_ids, m_before, &m_error))
        failed();
}

void LabelCommand::failed()
{
    // The labels stayed as they were, so the command no longer matches the stack: the
    // stack drops it. The report is posted, not shown from inside undo()/redo().
    setObsolete(true);
    if (m_onFailure)
        QMetaObject::invokeMethod(
            m_queue, [report = m_onFailure, error = m_error] { report(error); }, Qt::QueuedConnection);
}

} // namespace calib
