#pragma once

#include "core/validation.h"

#include <QListWidget>

namespace calib {

// Names every problem of the calibration (errors first, then warnings) with an icon;
// activating an entry (click, Enter) asks to focus the field it names.
class ProblemsListWidget final : public QListWidget
{
    Q_OBJECT
public:
    enum Role { PathRole = Qt::UserRole + 1, SeverityRole };

    explicit ProblemsListWidget(QWidget *parent = nullptr);

    void setProblems(const QList<Violation> &problems, const QList<Violation> &serverErrors = {});

signals:
    void fieldActivated(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QList<Violation> m_problems;
    QList<Violation> m_serverErrors;
};

} // namespace calib
