#pragma once

#include "core/calibration.h"

#include <QWidget>

namespace calib {

// A small scale from -1 to 1 that shows where the three polarity anchors sit.
// Painted from the palette, so it follows light and dark themes.
class PolarityScaleWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit PolarityScaleWidget(QWidget *parent = nullptr);

    void setMatrix(const PolarityMatrix &matrix);
    [[nodiscard]] const PolarityMatrix &matrix() const { return m_matrix; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    PolarityMatrix m_matrix;
};

} // namespace calib
