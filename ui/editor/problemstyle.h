#pragma once

#include "core/validation.h"

#include <QColor>
#include <QIcon>
#include <QList>
#include <QPalette>

#include <optional>

class QLabel;
class QWidget;

namespace calib::problemstyle {

// Colours for problems, derived from the palette so they read well on light and dark themes.
[[nodiscard]] QColor textColor(const QPalette &palette, Severity severity);
[[nodiscard]] QColor backgroundColor(const QPalette &palette, Severity severity);

// A small round badge ("!") painted in the severity colour; cached per palette.
[[nodiscard]] QIcon icon(const QPalette &palette, Severity severity);

// The most severe of the given problems, if any.
[[nodiscard]] std::optional<Severity> worst(const QList<Violation> &problems);

// Marks an input widget: tinted base colour, the dynamic property "problem" ("error",
// "warning" or "") for style sheets, and the messages as tooltip (appended to baseToolTip).
void markField(QWidget *field, const QList<Violation> &problems, const QString &baseToolTip);

// Shows the messages under a field, hides the label when there are none.
void showMessages(QLabel *label, const QList<Violation> &problems);

} // namespace calib::problemstyle
