#include "editor/polaritymatrixeditor.h"

#include "core/constraints.h"
#include "editor/calibrationdocument.h"
#include "editor/fieldpath.h"
#include "editor/polarityscalewidget.h"
#include "editor/problemstyle.h"
#include "editor/spinboxfield.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace calib {

PolarityMatrixEditor::PolarityMatrixEditor(CalibrationDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_scale(new PolarityScaleWidget(this))
{
    m_scale->setObjectName(QStringLiteral("polarityScaleWidget"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_scale);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);

    struct Spec
    {
        const NumberBound *bound;
        const char *member;
        QString label;
        QString accessible;
        QString objectName;
    };
    const QList<Spec> specs {
        {&constraints::polarityNegative, "negative", tr("&Negative:"), tr("Negative polarity anchor"),
         QStringLiteral("polarityNegative")},
        {&constraints::polarityNeutral, "neutral", tr("Ne&utral:"), tr("Neutral polarity anchor"),
         QStringLiteral("polarityNeutral")},
        {&constraints::polarityPositive, "positive", tr("&Positive:"), tr("Positive polarity anchor"),
         QStringLiteral("polarityPositive")},
    };

    int row = 0;
    for (const Spec &spec : specs) {
        Field field;
        field.bound = spec.bound;
        field.member = QString::fromLatin1(spec.member);
        field.spinBox = new QDoubleSpinBox(this);
        field.spinBox->setObjectName(spec.objectName + QStringLiteral("SpinBox"));
        field.spinBox->setAccessibleName(spec.accessible);
        field.spinBox->setMinimumWidth(110);
        spinboxfield::configure(field.spinBox, *spec.bound);

        auto *label = new QLabel(spec.label, this);
        label->setBuddy(field.spinBox);

        auto *range = new QLabel(tr("%1 to %2")
                                     .arg(QString::number(spec.bound->min, 'f', spec.bound->decimals),
                                          QString::number(spec.bound->max, 'f', spec.bound->decimals)),
                                 this);
        range->setForegroundRole(QPalette::PlaceholderText);

        field.message = new QLabel(this);
        field.message->setObjectName(spec.objectName + QStringLiteral("MessageLabel"));
        field.message->setWordWrap(true);
        field.message->setVisible(false);

        auto *spinRow = new QHBoxLayout;
        spinRow->setSpacing(10);
        spinRow->addWidget(field.spinBox);
        spinRow->addWidget(range);
        spinRow->addStretch(1);

        grid->addWidget(label, row, 0);
        grid->addLayout(spinRow, row, 1);
        grid->addWidget(field.message, row + 1, 1);
        row += 2;

        m_fields << field;
        connect(field.spinBox, &QDoubleSpinBox::valueChanged, this,
                [this, field](double value) { onValueEdited(field, value); });
    }
    setTabOrder(m_fields.at(0).spinBox, m_fields.at(1).spinBox);
    setTabOrder(m_fields.at(1).spinBox, m_fields.at(2).spinBox);

    connect(m_document, &CalibrationDocument::calibrationChanged, this, &PolarityMatrixEditor::refresh);
    connect(m_document, &CalibrationDocument::problemsChanged, this, &PolarityMatrixEditor::refreshProblems);
    refresh();
    refreshProblems();
}

PolarityMatrixEditor::~PolarityMatrixEditor() = default;

bool PolarityMatrixEditor::focusField(const FieldPath &path)
{
    for (const Field &field : std::as_const(m_fields)) {
        if (path.member.isEmpty() || field.member == path.member) {
            field.spinBox->setFocus(Qt::OtherFocusReason);
            field.spinBox->selectAll();
            return true;
        }
    }
    return false;
}

QWidget *PolarityMatrixEditor::firstField() const
{
    return m_fields.constFirst().spinBox;
}

QWidget *PolarityMatrixEditor::lastField() const
{
    return m_fields.constLast().spinBox;
}

void PolarityMatrixEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refreshProblems();
}

void PolarityMatrixEditor::refresh()
{
    const PolarityMatrix &matrix = m_document->calibration().polarityMatrix;
    const double values[] = {matrix.negative, matrix.neutral, matrix.positive};
    for (qsizetype i = 0; i < m_fields.size(); ++i)
        spinboxfield::show(m_fields.at(i).spinBox, *m_fields.at(i).bound, values[i]);
    m_scale->setMatrix(matrix);
}

void PolarityMatrixEditor::refreshProblems()
{
    for (const Field &field : std::as_const(m_fields)) {
        const QString path = QString::fromLatin1(field.bound->field);
        QList<Violation> problems = m_document->problemsAt(path);
        // Problems of the matrix as a whole (e.g. ordering) show under the first field.
        if (&field == &m_fields.constFirst())
            problems << m_document->problemsAt(QStringLiteral("polarity_matrix"));
        problemstyle::markField(field.spinBox, problems, constraints::tooltipFor(*field.bound));
        problemstyle::showMessages(field.message, problems);
    }
}

void PolarityMatrixEditor::onValueEdited(const Field &field, double value)
{
    Calibration after = m_document->calibration();
    QString text;
    if (field.member == u"negative") {
        after.polarityMatrix.negative = value;
        text = tr("Change negative polarity to %1");
    } else if (field.member == u"neutral") {
        after.polarityMatrix.neutral = value;
        text = tr("Change neutral polarity to %1");
    } else {
        after.polarityMatrix.positive = value;
        text = tr("Change positive polarity to %1");
    }
    m_document->edit(after, text.arg(QString::number(value, 'f', field.bound->decimals)),
                     QString::fromLatin1(field.bound->field));
}

} // namespace calib
