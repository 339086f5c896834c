#include "editor/triggertableeditor.h"

#include "editor/calibrationdocument.h"
#include "editor/directivedelegate.h"
#include "editor/emotiondelegate.h"
#include "editor/fieldpath.h"
#include "editor/problemstyle.h"
#include "editor/thresholddelegate.h"
#include "editor/triggertablemodel.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace calib {

TriggerTableEditor::TriggerTableEditor(CalibrationDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new TriggerTableModel(document, this))
    , m_view(new QTableView(this))
    , m_addButton(new QPushButton(tr("&Add"), this))
    , m_removeButton(new QPushButton(tr("&Remove"), this))
    , m_duplicateButton(new QPushButton(tr("D&uplicate"), this))
    , m_message(new QLabel(this))
{
    m_model->setObjectName(QStringLiteral("triggerTableModel"));
    m_model->setPalette(palette());

    m_view->setObjectName(QStringLiteral("triggerTableView"));
    m_view->setAccessibleName(tr("Alert triggers"));
    m_view->setAccessibleDescription(tr("One row per trigger: emotion, directive and threshold"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(TriggerTableModel::EmotionColumn, new EmotionDelegate(m_view));
    m_view->setItemDelegateForColumn(TriggerTableModel::DirectiveColumn, new DirectiveDelegate(m_view));
    m_view->setItemDelegateForColumn(TriggerTableModel::ThresholdColumn, new ThresholdDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setIconSize(QSize(16, 16));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 14);
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 5);

    m_addButton->setObjectName(QStringLiteral("addTriggerButton"));
    m_removeButton->setObjectName(QStringLiteral("removeTriggerButton"));
    m_duplicateButton->setObjectName(QStringLiteral("duplicateTriggerButton"));
    m_addButton->setAccessibleName(tr("Add trigger"));
    m_removeButton->setAccessibleName(tr("Remove selected triggers"));
    m_duplicateButton->setAccessibleName(tr("Duplicate trigger"));
    m_addButton->setToolTip(tr("Add a trigger (Ins)"));
    m_removeButton->setToolTip(tr("Remove the selected triggers (Del)"));
    m_duplicateButton->setToolTip(tr("Duplicate the current trigger (Ctrl+D)"));
    m_addButton->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_removeButton->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    m_duplicateButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));

    m_message->setObjectName(QStringLiteral("triggersMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    // Keyboard: the actions live on the table so Ins/Del/Ctrl+D act only while it has focus.
    const auto makeAction = [this](const QKeySequence &key, auto slot) {
        auto *action = new QAction(m_view);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_view->addAction(action);
        return action;
    };
    makeAction(QKeySequence(Qt::Key_Insert), &TriggerTableEditor::addTrigger)
        ->setObjectName(QStringLiteral("addTriggerAction"));
    makeAction(QKeySequence(Qt::Key_Delete), &TriggerTableEditor::removeSelectedTriggers)
        ->setObjectName(QStringLiteral("removeTriggerAction"));
    makeAction(QKeySequence(Qt::CTRL | Qt::Key_D), &TriggerTableEditor::duplicateCurrentTrigger)
        ->setObjectName(QStringLiteral("duplicateTriggerAction"));

    // Item views take some keys before shortcuts see them; handle the keys directly as well.
    m_view->installEventFilter(this);

    connect(m_addButton, &QPushButton::clicked, this, &TriggerTableEditor::addTrigger);
    connect(m_removeButton, &QPushButton::clicked, this, &TriggerTableEditor::removeSelectedTriggers);
    connect(m_duplicateButton, &QPushButton::clicked, this, &TriggerTableEditor::duplicateCurrentTrigger);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_duplicateButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    setTabOrder(m_view, m_addButton);
    setTabOrder(m_addButton, m_duplicateButton);
    setTabOrder(m_duplicateButton, m_removeButton);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TriggerTableEditor::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TriggerTableEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TriggerTableEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TriggerTableEditor::updateButtons);
    connect(m_document, &CalibrationDocument::problemsChanged, this, &TriggerTableEditor::refreshProblems);
    refreshProblems();
    updateButtons();
}

TriggerTableEditor::~TriggerTableEditor() = default;

bool TriggerTableEditor::focusField(const FieldPath &path)
{
    QModelIndex index;
    if (path.index >= 0 && path.index < m_model->rowCount()) {
        int column = TriggerTableModel::EmotionColumn;
        if (path.member == u"directive")
            column = TriggerTableModel::DirectiveColumn;
        else if (path.member == u"threshold")
            column = TriggerTableModel::ThresholdColumn;
        index = m_model->index(path.index, column);
    } else if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid()) {
        index = m_model->index(0, 0);
    }
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_view->scrollTo(index);
    }
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

void TriggerTableEditor::addTrigger()
{
    const int row = m_model->addTrigger();
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, TriggerTableModel::EmotionColumn);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(index);
    m_view->setFocus(Qt::OtherFocusReason);
}

void TriggerTableEditor::removeSelectedTriggers()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    const int first = *std::min_element(rows.cbegin(), rows.cend());
    m_model->removeTriggers(rows);
    if (m_model->rowCount() > 0) {
        const int row = std::min(first, m_model->rowCount() - 1);
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, TriggerTableModel::EmotionColumn),
                                                  QItemSelectionModel::ClearAndSelect);
    }
}

void TriggerTableEditor::duplicateCurrentTrigger()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const int row = m_model->duplicateTrigger(current.row());
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, current.column()),
                                              QItemSelectionModel::ClearAndSelect);
}

void TriggerTableEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_model->setPalette(palette());
        refreshProblems();
    }
}

bool TriggerTableEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Only while the table itself has focus, not an open cell editor.
    if (watched == m_view && event->type() == QEvent::KeyPress && QApplication::focusWidget() == m_view) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeyCombination combination = key->keyCombination();
        if (combination == QKeyCombination(Qt::Key_Insert)) {
            addTrigger();
            return true;
        }
        if (combination == QKeyCombination(Qt::Key_Delete)) {
            removeSelectedTriggers();
            return true;
        }
        if (combination == QKeyCombination(Qt::ControlModifier, Qt::Key_D)) {
            duplicateCurrentTrigger();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TriggerTableEditor::refreshProblems()
{
    // Cell problems show on the cells; the message line names table-wide ones and counts the rest.
    QList<Violation> messages = m_document->problemsAt(QStringLiteral("alert_triggers"));
    int cellProblems = 0;
    for (const Violation &v : m_document->problems()) {
        const FieldPath p = FieldPath::parse(v.path);
        if (p.area == FieldPath::Area::Triggers && p.index >= 0)
            ++cellProblems;
    }
    if (cellProblems > 0) {
        messages << Violation {QStringLiteral("alert_triggers"),
                               (cellProblems == 1 ? tr("1 trigger problem: see the marked cell")
                                                  : tr("%1 trigger problems: see the marked cells").arg(cellProblems)),
                               Severity::Error};
    }
    problemstyle::showMessages(m_message, messages);
}

void TriggerTableEditor::updateButtons()
{
    const bool hasCurrent = m_view->currentIndex().isValid();
    m_removeButton->setEnabled(hasCurrent || !selectedRows().isEmpty());
    m_duplicateButton->setEnabled(hasCurrent);
}

QList<int> TriggerTableEditor::selectedRows() const
{
    QSet<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected)
        rows.insert(index.row());
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.insert(m_view->currentIndex().row());
    return {rows.cbegin(), rows.cend()};
}

} // namespace calib
