#pragma once

#include "core/calibration.h"
#include "core/validation.h"
#include "services/applyworkflow.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QPushButton;

namespace Ui {
class ReviewApplyDialog;
}

namespace calib {

// "Review and apply": the field-by-field difference against the calibration in force,
// then the apply with live states (sending; rate limited, retrying in N s; engine busy,
// waiting for job X; reweight progress), a working Cancel, and the result.
class ReviewApplyDialog final : public QDialog
{
    Q_OBJECT
public:
    ReviewApplyDialog(ApplyWorkflow *workflow, const Calibration &inForce, const Calibration &proposed,
                      QWidget *parent = nullptr);
    ~ReviewApplyDialog() override;

    // Starts the apply as if the user pressed Apply (tests, keyboard).
    void startApply();
    [[nodiscard]] bool isApplying() const { return m_operation != nullptr; }
    [[nodiscard]] const std::optional<ApplyOutcome> &outcome() const { return m_outcome; }

Q_SIGNALS:
    void applied(const calib::ApplyOutcome &outcome);
    // The tenant rejected fields (a 400's details): the editor highlights them.
    void fieldsRejected(const QList<calib::Violation> &errors);

protected:
    void reject() override;

private:
    void onStateChanged(ApplyState state, const QString &detail);
    void onFinished(const ApplyOutcome &outcome);

    QPointer<ApplyWorkflow> m_workflow;
    Calibration m_proposed;
    QPointer<ApplyOperation> m_operation;
    std::optional<ApplyOutcome> m_outcome;
    const std::unique_ptr<Ui::ReviewApplyDialog> m_ui;
    QPushButton *m_applyButton;
    QPushButton *m_cancelButton;
    QPushButton *m_closeButton;
};

} // namespace calib
