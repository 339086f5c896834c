#include "editor/interactionidlisteditor.h"

#include "core/constraints.h"
#include "editor/calibrationdocument.h"
#include "editor/fieldpath.h"
#include "editor/interactionidlistmodel.h"
#include "editor/problemstyle.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace calib {

InteractionIdListEditor::InteractionIdListEditor(CalibrationDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new InteractionIdListModel(document, this))
    , m_view(new QListView(this))
    , m_line(new QLineEdit(this))
    , m_addButton(new QPushButton(tr("A&dd"), this))
    , m_pasteButton(new QPushButton(tr("&Paste ids"), this))
    , m_removeButton(new QPushButton(tr("Re&move"), this))
    , m_counter(new QLabel(this))
    , m_message(new QLabel(this))
{
    m_model->setObjectName(QStringLiteral("interactionIdListModel"));
    m_model->setPalette(palette());

    m_view->setObjectName(QStringLiteral("interactionIdList"));
    m_view->setAccessibleName(tr("Interaction ids"));
    m_view->setAccessibleDescription(tr("Paste ids separated by newlines, commas or spaces with Ctrl+V"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->setUniformItemSizes(true);
    m_view->setAlternatingRowColors(true);
    m_view->setIconSize(QSize(16, 16));
    m_view->setMinimumHeight(m_view->fontMetrics().height() * 6);

    m_line->setObjectName(QStringLiteral("interactionIdLineEdit"));
    m_line->setAccessibleName(tr("New interaction ids"));
    m_line->setPlaceholderText(tr("Type or paste ids, then Enter"));
    m_line->setClearButtonEnabled(true);

    m_addButton->setObjectName(QStringLiteral("addInteractionIdButton"));
    m_addButton->setAccessibleName(tr("Add interaction ids"));
    m_addButton->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_pasteButton->setObjectName(QStringLiteral("pasteInteractionIdsButton"));
    m_pasteButton->setAccessibleName(tr("Paste interaction ids from the clipboard"));
    m_pasteButton->setToolTip(tr("Add every id in the clipboard (newline, comma or space separated)"));
    m_pasteButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-paste")));
    m_removeButton->setObjectName(QStringLiteral("removeInteractionIdButton"));
    m_removeButton->setAccessibleName(tr("Remove selected interaction ids"));
    m_removeButton->setToolTip(tr("Remove the selected ids (Del)"));
    m_removeButton->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));

    m_counter->setObjectName(QStringLiteral("interactionIdCounterLabel"));
    m_counter->setAccessibleName(tr("Number of interaction ids"));
    m_message->setObjectName(QStringLiteral("interactionIdsMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto *pasteAction = new QAction(m_view);
    pasteAction->setObjectName(QStringLiteral("pasteInteractionIdsAction"));
    pasteAction->setShortcut(QKeySequence::Paste);
    pasteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(pasteAction);
    auto *removeAction = new QAction(m_view);
    removeAction->setObjectName(QStringLiteral("removeInteractionIdAction"));
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(removeAction);

    connect(pasteAction, &QAction::triggered, this, &InteractionIdListEditor::pasteFromClipboard);
    connect(removeAction, &QAction::triggered, this, &InteractionIdListEditor::removeSelected);
    connect(m_pasteButton, &QPushButton::clicked, this, &InteractionIdListEditor::pasteFromClipboard);
    connect(m_removeButton, &QPushButton::clicked, this, &InteractionIdListEditor::removeSelected);
    connect(m_addButton, &QPushButton::clicked, this, &InteractionIdListEditor::addFromLine);
    connect(m_line, &QLineEdit::returnPressed, this, &InteractionIdListEditor::addFromLine);
    connect(m_line, &QLineEdit::textChanged, this,
            [this] { m_addButton->setEnabled(!InteractionIdListModel::splitIds(m_line->text()).isEmpty()); });
    m_addButton->setEnabled(false);

    auto *header = new QHBoxLayout;
    header->addWidget(m_line, 1);
    header->addWidget(m_addButton);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_pasteButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_counter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    setTabOrder(m_line, m_addButton);
    setTabOrder(m_addButton, m_view);
    setTabOrder(m_view, m_pasteButton);
    setTabOrder(m_pasteButton, m_removeButton);

    connect(m_document, &CalibrationDocument::calibrationChanged, this, &InteractionIdListEditor::refresh);
    connect(m_document, &CalibrationDocument::problemsChanged, this, &InteractionIdListEditor::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_removeButton->setEnabled(m_view->selectionModel()->hasSelection()); });
    m_removeButton->setEnabled(false);
    refresh();
}

InteractionIdListEditor::~InteractionIdListEditor() = default;

bool InteractionIdListEditor::focusField(const FieldPath &path)
{
    if (path.index >= 0 && path.index < m_model->rowCount()) {
        const QModelIndex index = m_model->index(path.index, 0);
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_view->scrollTo(index);
    }
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

void InteractionIdListEditor::pasteFromClipboard()
{
    const int added = m_model->pasteIds(QGuiApplication::clipboard()->text());
    if (added > 0)
        m_view->scrollToBottom();
}

void InteractionIdListEditor::addFromLine()
{
    if (m_model->pasteIds(m_line->text()) > 0) {
        m_line->clear();
        m_view->scrollToBottom();
    }
}

void InteractionIdListEditor::removeSelected()
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected)
        rows << index.row();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex().row();
    m_model->removeIds(rows);
}

void InteractionIdListEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_model->setPalette(palette());
        refresh();
    }
}

void InteractionIdListEditor::refresh()
{
    const auto count = m_document->calibration().interactionIds.size();
    const bool countOk = count >= constraints::interactionIdsMin && count <= constraints::interactionIdsMax;
    m_counter->setText(tr("%1 / %2").arg(count).arg(constraints::interactionIdsMax));
    m_counter->setToolTip(
        tr("%1 to %2 interaction ids").arg(constraints::interactionIdsMin).arg(constraints::interactionIdsMax));
    m_counter->setProperty("problem", countOk ? QString() : QStringLiteral("error"));
    QPalette counterPalette = palette();
    if (!countOk)
        counterPalette.setColor(QPalette::WindowText, problemstyle::textColor(counterPalette, Severity::Error));
    m_counter->setPalette(counterPalette);
    QFont font = m_counter->font();
    font.setBold(!countOk);
    m_counter->setFont(font);

    // The list-wide message (count) under the list; per-id problems are marked on the rows.
    QList<Violation> messages = m_document->problemsAt(QStringLiteral("interaction_ids"));
    int errors = 0;
    int warnings = 0;
    for (const Violation &v : m_document->problems()) {
        const FieldPath p = FieldPath::parse(v.path);
        if (p.area == FieldPath::Area::InteractionIds && p.index >= 0)
            ++(v.severity == Severity::Error ? errors : warnings);
    }
    if (errors > 0)
        messages << Violation {QString(),
                               (errors == 1 ? tr("1 id is invalid: see the marked row")
                                            : tr("%1 ids are invalid: see the marked rows").arg(errors)),
                               Severity::Error};
    if (warnings > 0)
        messages << Violation {QString(),
                               (warnings == 1 ? tr("1 id is a duplicate") : tr("%1 ids are duplicates").arg(warnings)),
                               Severity::Warning};
    problemstyle::markField(
        m_view, messages.isEmpty() ? QList<Violation>() : m_document->problemsAt(QStringLiteral("interaction_ids")),
        QString());
    problemstyle::showMessages(m_message, messages);
}

} // namespace calib
