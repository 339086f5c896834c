#pragma once

#include "core/analytics/recommendation.h"
#include "core/analytics/thresholdcurve.h"
#include "core/emotion.h"

#include <QList>
#include <QString>

#include <optional>

namespace calib {

class Dataset;

// What `calibctl sweep` (or any other front end) asks for.
struct SweepRequest
{
    Emotion emotion = Emotion::Anger;
    std::optional<double> targetPrecision; // with it, the report carries a recommendation
    bool conservative = false; // require the Wilson 95% lower bound to reach the target
    Directive directive = Directive::Notify;
    std::optional<double> currentThreshold;
    // Rows of the report: thresholds 0, step, 2*step ... 1 (0 = every distinct score).
    double gridStep = 0.05;
};

struct SweepReport
{
    Emotion emotion = Emotion::Anger;
    qint64 rows = 0;
    qint64 positives = 0;
    qint64 negatives = 0;
    bool fullyLabelled = false;
    std::optional<double> daysCovered;
    std::optional<double> targetPrecision;
    bool conservative = false;
    Directive directive = Directive::Notify;
    QList<SweepPoint> points; // ascending threshold
    std::optional<Recommendation> recommendation;
};

enum class ReportFormat { Table, Json, Csv };

// Runs the sweep (and the recommendation when a target is given) for one emotion.
[[nodiscard]] SweepReport runSweep(const Dataset &dataset, const SweepRequest &request);

// Text renderings; a front end only prints them.
[[nodiscard]] QString formatSweepTable(const SweepReport &report);
[[nodiscard]] QString formatSweepJson(const SweepReport &report); // indented JSON object
[[nodiscard]] QString formatSweepCsv(const SweepReport &report); // the points only, with a header
[[nodiscard]] QString formatSweep(const SweepReport &report, ReportFormat format);
[[nodiscard]] std::optional<ReportFormat> reportFormatFromName(QStringView name); // table, json, csv

} // namespace calib
