#include "apply/reviewapplydialog.h"

#include "core/calibrationdiff.h"
#include "editor/fieldpath.h"
#include "ui_reviewapplydialog.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>

namespace calib {

namespace {
QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null: return ReviewApplyDialog::tr("(none)");
    case QJsonValue::Bool: return value.toBool() ? ReviewApplyDialog::tr("yes") : ReviewApplyDialog::tr("no");
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 6);
    case QJsonValue::String: return value.toString();
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}
} // namespace

ReviewApplyDialog::ReviewApplyDialog(ApplyWorkflow *workflow, const Calibration &inForce, const Calibration &proposed,
                                     QWidget *parent)
    : QDialog(parent)
    , m_workflow(workflow)
    , m_proposed(proposed)
    , m_ui(std::make_unique<Ui::ReviewApplyDialog>())
{
    m_ui->setupUi(this);

    // Page 1: the difference.
    const QList<FieldChange> changes = diff(inForce, proposed);
    QString summary = changes.isEmpty()
        ? tr("The draft is the same as the calibration in force. Applying it again records a new version.")
        : tr("%n field(s) change against the calibration in force:", nullptr, int(changes.size()));
    if (proposed.triggerModelReweight) {
        summary += QStringLiteral("<br><b>") % tr("Model reweight is on:") % QStringLiteral("</b> ")
            % tr("the tenant starts a background job, and further applies wait until it finishes.");
    }
    m_ui->diffSummaryLabel->setText(summary);
    for (const FieldChange &change : changes) {
        // The field as the editor names it; the wire path in the tooltip.
        auto *item = new QTreeWidgetItem(
            m_ui->diffTreeWidget, {FieldPath::displayName(change.path), valueText(change.from), valueText(change.to)});
        item->setToolTip(0, change.path);
        item->setData(0, Qt::UserRole, change.path);
        item->setToolTip(1, item->text(1));
        item->setToolTip(2, item->text(2));
    }
    // Field and "in force" columns fit their contents plus a little air; "proposed" stretches.
    const int padding = 2 * m_ui->diffTreeWidget->fontMetrics().averageCharWidth();
    for (int column : {0, 1}) {
        m_ui->diffTreeWidget->resizeColumnToContents(column);
        m_ui->diffTreeWidget->setColumnWidth(column, m_ui->diffTreeWidget->columnWidth(column) + padding);
    }
    m_ui->diffTreeWidget->setVisible(!changes.isEmpty());

    // Page 2: the apply as it runs.
    QFont bigger = m_ui->applyStateLabel->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.2);
    bigger.setBold(true);
    m_ui->applyStateLabel->setFont(bigger);

    m_applyButton = m_ui->dialogButtonBox->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setDefault(true);
    m_cancelButton = m_ui->dialogButtonBox->button(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_closeButton = m_ui->dialogButtonBox->button(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->hide();
    connect(m_applyButton, &QPushButton::clicked, this, &ReviewApplyDialog::startApply);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReviewApplyDialog::reject);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
}

ReviewApplyDialog::~ReviewApplyDialog() = default;

void ReviewApplyDialog::startApply()
{
    if (m_operation || !m_workflow)
        return;
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->progressPage);
    m_applyButton->setEnabled(false);
    m_applyButton->hide();
    m_ui->applyStateLabel->setText(ApplyOperation::stateText(ApplyState::Sending));
    m_operation = m_workflow->apply(m_proposed);
    connect(m_operation, &ApplyOperation::stateChanged, this, &ReviewApplyDialog::onStateChanged);
    connect(m_operation, &ApplyOperation::retryCountdown, this, [this](int seconds, const QString &reason) {
        m_ui->applyStateLabel->setText(tr("Retrying in %n s", nullptr, seconds));
        // The bar drains with the wait (a new wait starts it full again).
        if (m_ui->applyProgressBar->maximum() < seconds || m_ui->applyProgressBar->format() != QLatin1String("%v s"))
            m_ui->applyProgressBar->setRange(0, seconds);
        m_ui->applyProgressBar->setFormat(QStringLiteral("%v s"));
        m_ui->applyProgressBar->setValue(seconds);
        m_ui->applyDetailLabel->setText(tr("The tenant answered: %1. The same change is sent again with the same "
                                           "idempotency key, so it cannot land twice.")
                                            .arg(reason));
    });
    connect(m_operation, &ApplyOperation::waitingForJob, this, [this](const QString &jobId) {
        m_ui->applyStateLabel->setText(tr("Engine busy, waiting for job %1").arg(jobId));
        m_ui->applyDetailLabel->setText(
            tr("A model reweight is running on the tenant. The apply is sent as soon as it ends."));
    });
    connect(m_operation, &ApplyOperation::progress, this, [this](double fraction) {
        m_ui->applyProgressBar->setRange(0, 100);
        m_ui->applyProgressBar->setValue(int(fraction * 100.0 + 0.5));
    });
    connect(m_operation, &ApplyOperation::finished, this, &ReviewApplyDialog::onFinished);
}

void ReviewApplyDialog::onStateChanged(ApplyState state, const QString &detail)
{
    switch (state) {
    case ApplyState::Validating:
    case ApplyState::Recording:
    case ApplyState::Sending:
        m_ui->applyStateLabel->setText(ApplyOperation::stateText(state));
        m_ui->applyProgressBar->setFormat(QStringLiteral("%p%"));
        m_ui->applyProgressBar->setRange(0, 0);
        if (!detail.isEmpty()) // sent again after a wait
            m_ui->applyDetailLabel->setText(
                tr("Sent again (%1) with the same idempotency key, so it cannot land twice.").arg(detail));
        break;
    case ApplyState::Reweighting:
        m_ui->applyProgressBar->setFormat(QStringLiteral("%p%"));
        m_ui->applyStateLabel->setText(tr("Model reweight running (job %1)").arg(detail));
        m_ui->applyDetailLabel->setText(
            tr("The calibration is applied. Further applies wait until the reweight ends."));
        m_ui->applyProgressBar->setRange(0, 100);
        m_ui->applyProgressBar->setValue(0);
        break;
    case ApplyState::RetryWaiting:
    case ApplyState::WaitingForJob:
    case ApplyState::Succeeded:
    case ApplyState::Failed:
    case ApplyState::Cancelled: break;
    }
}

void ReviewApplyDialog::onFinished(const ApplyOutcome &outcome)
{
    m_outcome = outcome;
    m_operation = nullptr;
    m_cancelButton->hide();
    m_closeButton->show();
    m_closeButton->setDefault(true);
    m_closeButton->setFocus();
    m_ui->applyProgressBar->setFormat(QStringLiteral("%p%"));
    m_ui->applyProgressBar->setRange(0, 100);
    m_ui->applyProgressBar->setValue(outcome.ok() ? 100 : 0);

    if (outcome.ok()) {
        m_ui->applyStateLabel->setText(tr("Applied: version %1").arg(outcome.applied.version));
        QString text = tr("Calibration id %1, in %2 ms.").arg(outcome.applied.calibrationId).arg(outcome.latencyMs);
        if (outcome.applied.replayed)
            text += QLatin1Char(' ') % tr("The tenant had already applied this change; its answer was replayed.");
        m_ui->applyDetailLabel->setText(text);
        Q_EMIT applied(outcome);
        return;
    }

    if (outcome.landed()) {
        // Applied; only the reweight job (or following it) did not end well.
        m_ui->applyStateLabel->setText(tr("Applied: version %1").arg(outcome.applied.version));
        QString text = tr("Calibration id %1, in %2 ms.").arg(outcome.applied.calibrationId).arg(outcome.latencyMs);
        text += QStringLiteral("\n")
            % (outcome.state == ApplyState::Cancelled
                   ? tr("The model reweight job %1 is no longer followed here; it goes on on the tenant, and "
                        "further applies wait until it ends.")
                         .arg(outcome.applied.jobId)
                   : outcome.error.message);
        m_ui->applyDetailLabel->setText(text);
        Q_EMIT applied(outcome);
        return;
    }

    m_ui->applyStateLabel->setText(ApplyOperation::stateText(outcome.state));
    QString text = outcome.error.message;
    if (outcome.error.kind == ApiError::Kind::Permission && !outcome.error.missingScope.isEmpty()) {
        text = tr("The client is not allowed to do this: it lacks the scope \"%1\". Ask the tenant administrator "
                  "to grant it.")
                   .arg(outcome.error.missingScope);
    }
    if (!outcome.error.fieldErrors.isEmpty()) {
        QStringList lines;
        for (const Violation &v : outcome.error.fieldErrors)
            lines.append(FieldPath::displayName(v.path) % QStringLiteral(" (") % v.path % QStringLiteral("): ")
                         % v.message);
        text += QStringLiteral("\n") % lines.join(QLatin1Char('\n'));
        Q_EMIT fieldsRejected(outcome.error.fieldErrors);
    }
    if (outcome.stillPending)
        text += QStringLiteral("\n\n")
            % tr("The change is kept in the local outbox and can be resumed with the same idempotency key.");
    m_ui->applyDetailLabel->setText(text);
}

void ReviewApplyDialog::reject()
{
    if (m_operation) {
        // Cancel first; the dialog stays until the operation reports back.
        m_ui->applyDetailLabel->setText(tr("Cancelling..."));
        m_operation->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace calib
