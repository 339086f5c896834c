#pragma once

#include <QWidget>

namespace calib {

// The page inside the editor's scroll area. It reports no height-for-width, so the scroll
// area sizes it from its minimum size rather than from the wrapped labels' preferred
// heights, and scroll bars appear only when the fields really do not fit.
class EditorPage final : public QWidget
{
    Q_OBJECT
public:
    explicit EditorPage(QWidget *parent = nullptr);

    [[nodiscard]] bool hasHeightForWidth() const override;
};

} // namespace calib
