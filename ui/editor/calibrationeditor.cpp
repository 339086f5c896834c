#include "editor/calibrationeditor.h"

#include "core/constraints.h"
#include "editor/calibrationdocument.h"
#include "editor/editorpage.h"
#include "editor/fieldpath.h"
#include "editor/interactionidlisteditor.h"
#include "editor/polaritymatrixeditor.h"
#include "editor/problemslistwidget.h"
#include "editor/problemstyle.h"
#include "editor/spinboxfield.h"
#include "editor/triggertableeditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace calib {

namespace {

// Slider positions are the spin box value times this factor (two decimals).
double sliderScale()
{
    return std::pow(10.0, constraints::sensitivityLevel.decimals);
}

QGroupBox *group(const QString &title, const QString &objectName, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setObjectName(objectName);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(content);
    return box;
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

CalibrationEditor::CalibrationEditor(QWidget *parent)
    : QWidget(parent)
    , m_document(new CalibrationDocument(this))
    , m_ownUndoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("calibrationEditor"));
    m_ownUndoStack->setObjectName(QStringLiteral("calibrationEditorUndoStack"));
    m_document->setUndoStack(m_ownUndoStack);

    m_polarity = new PolarityMatrixEditor(m_document, this);
    m_polarity->setObjectName(QStringLiteral("polarityMatrixEditor"));
    m_triggers = new TriggerTableEditor(m_document, this);
    m_triggers->setObjectName(QStringLiteral("triggerTableEditor"));
    m_ids = new InteractionIdListEditor(m_document, this);
    m_ids->setObjectName(QStringLiteral("interactionIdListEditor"));
    m_problemsList = new ProblemsListWidget(this);

    auto *content = new EditorPage;
    content->setObjectName(QStringLiteral("calibrationEditorContent"));

    auto *polarityBox = new QWidget(content);
    auto *polarityLayout = new QVBoxLayout(polarityBox);
    polarityLayout->setContentsMargins(0, 0, 0, 0);
    polarityBox->setToolTip(tr("Where negative, neutral and positive sentiment are anchored."));
    polarityLayout->addWidget(m_polarity);

    m_problemsList->setMinimumHeight(m_problemsList->fontMetrics().height() * 4 + 12);
    auto *problemsGroup = group(tr("Problems"), QStringLiteral("problemsGroupBox"), m_problemsList, content);

    // Left: the scalar settings and, below them, the problems; right: the two lists.
    auto *left = new QVBoxLayout;
    left->setSpacing(12);
    left->addWidget(group(tr("Polarity matrix"), QStringLiteral("polarityGroupBox"), polarityBox, content));
    left->addWidget(group(tr("Sensitivity"), QStringLiteral("sensitivityGroupBox"), buildSensitivity(), content));
    left->addWidget(group(tr("Model reweight"), QStringLiteral("reweightGroupBox"), buildReweight(), content));
    left->addWidget(problemsGroup, 1);

    auto *right = new QVBoxLayout;
    right->setSpacing(12);
    auto *triggersGroup = group(tr("Alert triggers"), QStringLiteral("triggersGroupBox"), m_triggers, content);
    auto *idsGroup = group(tr("Interaction ids"), QStringLiteral("interactionIdsGroupBox"), m_ids, content);
    right->addWidget(triggersGroup, 3);
    right->addWidget(idsGroup, 2);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(16, 16, 16, 16);
    contentLayout->setSpacing(12);
    contentLayout->addLayout(columns, 1);

    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setObjectName(QStringLiteral("editorScrollArea"));
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setFocusPolicy(Qt::NoFocus);
    // The scroll area asks its page's layout for height-for-width; the page in between says
    // it has none, so only the real minimum size brings up scroll bars.
    auto *scrolled = new QWidget;
    auto *scrolledLayout = new QVBoxLayout(scrolled);
    scrolledLayout->setContentsMargins(0, 0, 0, 0);
    scrolledLayout->addWidget(content);
    m_scrollArea->setWidget(scrolled);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scrollArea);

    // Tab order: left column top to bottom, then the right column, then the problems.
    QList<QWidget *> order {m_polarity->firstField()};
    order << m_polarity->findChild<QWidget *>(QStringLiteral("polarityNeutralSpinBox")) << m_polarity->lastField()
          << m_sensitivitySlider << m_sensitivitySpinBox << m_reweightCheckBox << m_triggers->view()
          << m_triggers->findChild<QWidget *>(QStringLiteral("addTriggerButton"))
          << m_triggers->findChild<QWidget *>(QStringLiteral("duplicateTriggerButton"))
          << m_triggers->findChild<QWidget *>(QStringLiteral("removeTriggerButton"))
          << m_ids->findChild<QWidget *>(QStringLiteral("interactionIdLineEdit"))
          << m_ids->findChild<QWidget *>(QStringLiteral("addInteractionIdButton")) << m_ids->view()
          << m_ids->findChild<QWidget *>(QStringLiteral("pasteInteractionIdsButton"))
          << m_ids->findChild<QWidget *>(QStringLiteral("removeInteractionIdButton")) << m_problemsList;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(m_document, &CalibrationDocument::calibrationChanged, this, [this] {
        refreshValues();
        emit calibrationChanged();
    });
    connect(m_document, &CalibrationDocument::problemsChanged, this, [this] {
        refreshProblems();
        emit problemsChanged();
    });
    connect(m_document, &CalibrationDocument::validityChanged, this, &CalibrationEditor::validityChanged);
    connect(m_problemsList, &ProblemsListWidget::fieldActivated, this, &CalibrationEditor::focusField);

    refreshValues();
    refreshProblems();
}

CalibrationEditor::~CalibrationEditor() = default;

QWidget *CalibrationEditor::buildSensitivity()
{
    const NumberBound &bound = constraints::sensitivityLevel;
    auto *box = new QWidget;

    m_sensitivitySlider = new QSlider(Qt::Horizontal, box);
    m_sensitivitySlider->setObjectName(QStringLiteral("sensitivitySlider"));
    m_sensitivitySlider->setAccessibleName(tr("Sensitivity level"));
    m_sensitivitySlider->setRange(static_cast<int>(std::lround(bound.min * sliderScale())),
                                  static_cast<int>(std::lround(bound.max * sliderScale())));
    m_sensitivitySlider->setSingleStep(static_cast<int>(std::lround(bound.step * sliderScale())));
    m_sensitivitySlider->setPageStep(10);
    m_sensitivitySlider->setTickPosition(QSlider::TicksBelow);
    m_sensitivitySlider->setTickInterval(10);
    m_sensitivitySlider->setToolTip(constraints::tooltipFor(bound));

    m_sensitivitySpinBox = new QDoubleSpinBox(box);
    m_sensitivitySpinBox->setObjectName(QStringLiteral("sensitivitySpinBox"));
    m_sensitivitySpinBox->setAccessibleName(tr("Sensitivity level value"));
    m_sensitivitySpinBox->setMinimumWidth(90);
    spinboxfield::configure(m_sensitivitySpinBox, bound);

    m_sensitivityMessage = new QLabel(box);
    m_sensitivityMessage->setObjectName(QStringLiteral("sensitivityMessageLabel"));
    m_sensitivityMessage->setWordWrap(true);
    m_sensitivityMessage->setVisible(false);

    auto *label = new QLabel(tr("&Level:"), box);
    label->setBuddy(m_sensitivitySpinBox);

    auto *row = new QHBoxLayout;
    row->setSpacing(12);
    row->addWidget(label);
    row->addWidget(m_sensitivitySlider, 1);
    row->addWidget(m_sensitivitySpinBox);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(hint(tr("Higher values fire alerts on weaker signals."), box));
    layout->addLayout(row);
    layout->addWidget(m_sensitivityMessage);

    connect(m_sensitivitySlider, &QSlider::valueChanged, this,
            [this](int position) { onSensitivityEdited(position / sliderScale()); });
    connect(m_sensitivitySpinBox, &QDoubleSpinBox::valueChanged, this, &CalibrationEditor::onSensitivityEdited);
    return box;
}

QWidget *CalibrationEditor::buildReweight()
{
    auto *box = new QWidget;
    m_reweightCheckBox = new QCheckBox(tr("Re&weight the trigger model when applying"), box);
    m_reweightCheckBox->setObjectName(QStringLiteral("reweightCheckBox"));
    m_reweightCheckBox->setAccessibleName(tr("Reweight the trigger model"));

    auto *explanation = hint(tr("Applying with this on starts a background reweight job on the tenant. Until the job "
                                "finishes, the tenant refuses further applies; the workbench waits and shows its "
                                "progress."),
                             box);
    explanation->setObjectName(QStringLiteral("reweightExplanationLabel"));
    m_reweightCheckBox->setAccessibleDescription(explanation->text());

    m_reweightMessage = new QLabel(box);
    m_reweightMessage->setObjectName(QStringLiteral("reweightMessageLabel"));
    m_reweightMessage->setWordWrap(true);
    m_reweightMessage->setVisible(false);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_reweightCheckBox);
    layout->addWidget(explanation);
    layout->addWidget(m_reweightMessage);

    connect(m_reweightCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        Calibration after = m_document->calibration();
        after.triggerModelReweight = on;
        m_document->edit(after, on ? tr("Turn model reweight on") : tr("Turn model reweight off"));
    });
    return box;
}

void CalibrationEditor::setCalibration(const Calibration &calibration)
{
    m_document->reset(calibration);
    if (m_document->undoStack())
        m_document->undoStack()->clear();
}

void CalibrationEditor::replaceCalibration(const Calibration &calibration, const QString &undoText)
{
    m_document->edit(calibration, undoText);
}

const Calibration &CalibrationEditor::calibration() const
{
    return m_document->calibration();
}

void CalibrationEditor::setUndoStack(QUndoStack *stack)
{
    m_document->setUndoStack(stack ? stack : m_ownUndoStack);
}

QUndoStack *CalibrationEditor::undoStack() const
{
    return m_document->undoStack();
}

QList<Violation> CalibrationEditor::problems() const
{
    return m_document->problems();
}

bool CalibrationEditor::isValid() const
{
    return m_document->isValid();
}

bool CalibrationEditor::focusField(const QString &path)
{
    const FieldPath p = FieldPath::parse(path);
    bool found = false;
    QWidget *target = nullptr;
    switch (p.area) {
    case FieldPath::Area::Polarity:
        found = m_polarity->focusField(p);
        target = m_polarity;
        break;
    case FieldPath::Area::Triggers:
        found = m_triggers->focusField(p);
        target = m_triggers;
        break;
    case FieldPath::Area::InteractionIds:
        found = m_ids->focusField(p);
        target = m_ids;
        break;
    case FieldPath::Area::Sensitivity:
        m_sensitivitySpinBox->setFocus(Qt::OtherFocusReason);
        m_sensitivitySpinBox->selectAll();
        target = m_sensitivitySpinBox;
        found = true;
        break;
    case FieldPath::Area::Reweight:
        m_reweightCheckBox->setFocus(Qt::OtherFocusReason);
        target = m_reweightCheckBox;
        found = true;
        break;
    case FieldPath::Area::Unknown: break;
    }
    if (found) {
        QWidget *focus = QApplication::focusWidget();
        m_scrollArea->ensureWidgetVisible(focus && target->isAncestorOf(focus) ? focus : target);
    }
    return found;
}

void CalibrationEditor::setServerErrors(const QList<Violation> &errors)
{
    m_document->setServerErrors(errors);
}

void CalibrationEditor::clearServerErrors()
{
    m_document->setServerErrors({});
}

void CalibrationEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refreshProblems();
}

void CalibrationEditor::refreshValues()
{
    const Calibration &c = m_document->calibration();
    spinboxfield::show(m_sensitivitySpinBox, constraints::sensitivityLevel, c.sensitivityLevel);
    {
        const QSignalBlocker blocker(m_sensitivitySlider);
        m_sensitivitySlider->setValue(static_cast<int>(std::lround(c.sensitivityLevel * sliderScale())));
    }
    {
        const QSignalBlocker blocker(m_reweightCheckBox);
        m_reweightCheckBox->setChecked(c.triggerModelReweight);
    }
}

void CalibrationEditor::refreshProblems()
{
    const QString sensitivityPath = QString::fromLatin1(constraints::sensitivityLevel.field);
    const QList<Violation> sensitivity = m_document->problemsAt(sensitivityPath);
    problemstyle::markField(m_sensitivitySpinBox, sensitivity, constraints::tooltipFor(constraints::sensitivityLevel));
    problemstyle::showMessages(m_sensitivityMessage, sensitivity);

    const QList<Violation> reweight = m_document->problemsAt(QStringLiteral("trigger_model_reweight"));
    problemstyle::markField(m_reweightCheckBox, reweight, QString());
    problemstyle::showMessages(m_reweightMessage, reweight);

    m_problemsList->setProblems(m_document->problems(), m_document->serverErrors());
}

void CalibrationEditor::onSensitivityEdited(double value)
{
    Calibration after = m_document->calibration();
    after.sensitivityLevel = value;
    m_document->edit(after, tr("Change sensitivity to %1").arg(QString::number(value, 'f', 2)),
                     QString::fromLatin1(constraints::sensitivityLevel.field));
}

} // namespace calib
