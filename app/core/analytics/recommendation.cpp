#include "core/analytics/recommendation.h"

#include "core/analytics/dataset.h"
#include "core/analytics/wilson.h"
#include "core/constraints.h"

#include <cmath>
#include <functional>

namespace calib {

namespace {

QString num(double v)
{
    return QString::number(v, 'f', 2);
}

QString percent(double v)
{
    return QString::number(v * 100.0, 'f', 1) + u'%';
}

class Candidates
{
public:
    Candidates(const ThresholdCurve &curve, double step)
        : m_curve(curve)
        , m_step(step)
    {
        const double inverse = step > 0 ? 1.0 / step : 0.0;
        m_gridDivisor = std::abs(inverse - std::round(inverse)) < 1e-9 ? std::round(inverse) : 0.0;
    }

    // Calls visit(threshold, point) for every candidate in [lo, hi], lowest first, until it
    // returns true; returns whether one did.
    bool scan(double lo, double hi, const std::function<bool(double, const SweepPoint &)> &visit) const
    {
        if (lo > hi)
            return false;
        if (m_step > 0) {
            const auto first = qint64(std::ceil(lo / m_step - 1e-9));
            const auto last = qint64(std::floor(hi / m_step + 1e-9));
            for (qint64 k = first; k <= last; ++k) {
                const double t = m_gridDivisor > 0 ? double(k) / m_gridDivisor : double(k) * m_step;
                if (visit(t, m_curve.query(t)))
                    return true;
            }
            return false;
        }
        for (qsizetype i = m_curve.size(); i-- > 0;) {
            const double t = m_curve.threshold(i);
            if (t < lo)
                continue;
            if (t > hi)
                break;
            if (visit(t, m_curve.point(i)))
                return true;
        }
        return false;
    }

private:
    const ThresholdCurve &m_curve;
    double m_step;
    double m_gridDivisor = 0.0;
};

} // namespace

Recommendation recommendThreshold(const ThresholdCurve &curve, const RecommendationOptions &options,
                                  std::optional<double> days, bool fullyLabelled)
{
    Recommendation r;
    r.minAllowed
        = options.directive == Directive::Block ? constraints::blockMinThreshold : constraints::triggerThreshold.min;
    r.maxAllowed = constraints::triggerThreshold.max;
    const double target = options.targetPrecision;

    if (curve.isEmpty()) {
        r.notes << QStringLiteral("The dataset holds no labelled alerts for this emotion.");
        return r;
    }

    auto meets = [&](const SweepPoint &p) {
        if (!p.precision || *p.precision < target)
            return false;
        if (!options.conservative)
            return true;
        const auto interval = wilson(p.truePositives, p.alerts);
        return interval && interval->lower >= target;
    };

    double lo = r.minAllowed;
    if (!fullyLabelled && options.currentThreshold && *options.currentThreshold > lo) {
        lo = *options.currentThreshold;
        r.loweringNeedsFullLabels = true;
    }

    const Candidates candidates(curve, options.step);
    SweepPoint found;
    r.reachable = candidates.scan(lo, r.maxAllowed, [&](double t, const SweepPoint &p) {
        if (!meets(p))
            return false;
        r.threshold = t;
        found = p;
        return true;
    });

    const QString what = options.conservative
        ? QStringLiteral("a precision whose 95% lower bound reaches %1").arg(percent(target))
        : QStringLiteral("a precision of %1").arg(percent(target));

    if (r.reachable) {
        r.expected = found;
        if (const auto interval = wilson(found.truePositives, found.alerts))
            r.precisionLowerBound = interval->lower;
        if (days && *days > 0)
            r.alertsPerDay = double(found.alerts) / *days;
        if (options.currentThreshold) {
            ThresholdChange change;
            change.fromThreshold = *options.currentThreshold;
            change.from = curve.query(*options.currentThreshold);
            change.alertsDropped = change.from.alerts - found.alerts;
            change.truePositivesLost = change.from.truePositives - found.truePositives;
            change.falsePositivesAvoided = change.from.falsePositives - found.falsePositives;
            r.change = change;
        }
    } else {
        const bool aboveMax = candidates.scan(std::nextafter(r.maxAllowed, 2.0), 1.0,
                                              [&](double, const SweepPoint &p) { return meets(p); });
        if (aboveMax) {
            r.notes << QStringLiteral("Target unreachable: %1 is only reached above %2, the highest threshold the "
                                      "engine accepts.")
                           .arg(what, num(r.maxAllowed));
        } else {
            r.notes << QStringLiteral("Target unreachable: no threshold between %1 and %2 reaches %3.")
                           .arg(num(lo), num(r.maxAllowed), what);
        }
    }

    // Would a threshold below the directive's floor have done better?
    if (r.minAllowed > constraints::triggerThreshold.min) {
        double below = 0.0;
        const bool lower = candidates.scan(constraints::triggerThreshold.min, std::nextafter(r.minAllowed, -1.0),
                                           [&](double t, const SweepPoint &p) {
                                               below = t;
                                               return meets(p);
                                           });
        if (lower) {
            r.clamped = true;
            r.notes << QStringLiteral("Clamped: %1 would reach the target, but %2")
                           .arg(num(below), constraints::blockThresholdMessage().toLower());
        }
    }

    if (r.loweringNeedsFullLabels) {
        r.notes << QStringLiteral("Thresholds below the one in force (%1) were not considered: reviewed alerts only "
                                  "exist above it, so lowering a threshold needs a fully labelled dataset.")
                       .arg(num(*options.currentThreshold));
    }
    if (!fullyLabelled)
        r.notes << QStringLiteral("Recall is measured against the reviewed alerts only.");
    if (r.reachable && !days)
        r.notes << QStringLiteral("Alerts per day are not shown: not every row has a timestamp.");
    return r;
}

Recommendation recommendThreshold(const Dataset &dataset, Emotion emotion, const RecommendationOptions &options)
{
    return recommendThreshold(ThresholdCurve::compute(dataset.columns(emotion)), options, dataset.daysCovered(emotion),
                              dataset.fullyLabelled());
}

} // namespace calib
