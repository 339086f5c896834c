#include "editor/problemslistwidget.h"

#include "editor/fieldpath.h"
#include "editor/problemstyle.h"

#include <QEvent>

#include <algorithm>

namespace calib {

ProblemsListWidget::ProblemsListWidget(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("problemsListWidget"));
    setAccessibleName(tr("Problems"));
    setAccessibleDescription(tr("Every problem of the calibration; press Enter to go to the field"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setIconSize(QSize(16, 16));
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setResizeMode(QListView::Adjust);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString path = item->data(PathRole).toString();
        if (!path.isEmpty())
            emit fieldActivated(path);
    });
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const QString path = item->data(PathRole).toString();
        if (!path.isEmpty())
            emit fieldActivated(path);
    });
    rebuild();
}

void ProblemsListWidget::setProblems(const QList<Violation> &problems, const QList<Violation> &serverErrors)
{
    if (problems == m_problems && serverErrors == m_serverErrors)
        return;
    m_problems = problems;
    m_serverErrors = serverErrors;
    rebuild();
}

void ProblemsListWidget::changeEvent(QEvent *event)
{
    QListWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void ProblemsListWidget::rebuild()
{
    const QString currentPath = currentItem() ? currentItem()->data(PathRole).toString() : QString();
    clear();
    QList<Violation> sorted = m_problems;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Violation &a, const Violation &b) {
        return a.severity == Severity::Error && b.severity != Severity::Error;
    });
    for (const Violation &v : std::as_const(sorted)) {
        const bool fromServer = m_serverErrors.contains(v);
        const QString field = FieldPath::displayName(v.path);
        const QString text = fromServer ? tr("%1: %2 (reported by the tenant)").arg(field, v.message)
                                        : tr("%1: %2").arg(field, v.message);
        auto *item = new QListWidgetItem(problemstyle::icon(palette(), v.severity), text, this);
        item->setData(PathRole, v.path);
        item->setData(SeverityRole, static_cast<int>(v.severity));
        item->setToolTip(v.path.isEmpty() ? v.message : v.path % QStringLiteral(": ") % v.message);
        if (v.path == currentPath && !currentItem())
            setCurrentItem(item);
    }
    if (sorted.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No problems: the calibration can be applied."), this);
        item->setFlags(Qt::ItemIsEnabled);
        item->setForeground(palette().color(QPalette::PlaceholderText));
    }
}

} // namespace calib
