#include "core/analytics/sweepreport.h"

#include "core/analytics/dataset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace calib {

namespace {

using namespace Qt::StringLiterals;

QString shortest(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString percent(std::optional<double> v)
{
    return v ? QString::number(*v * 100.0, 'f', 1) + u'%' : u"-"_s;
}

QJsonValue jsonNumber(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject pointJson(const SweepPoint &p)
{
    return QJsonObject {{u"threshold"_s, p.threshold},
                        {u"alerts"_s, p.alerts},
                        {u"true_positives"_s, p.truePositives},
                        {u"false_positives"_s, p.falsePositives},
                        {u"precision"_s, jsonNumber(p.precision)},
                        {u"recall"_s, jsonNumber(p.recall)}};
}

QString plural(qint64 n, const QString &one, const QString &many)
{
    return QString::number(n) + u' ' + (n == 1 || n == -1 ? one : many);
}

} // namespace

SweepReport runSweep(const Dataset &dataset, const SweepRequest &request)
{
    SweepReport report;
    report.emotion = request.emotion;
    report.fullyLabelled = dataset.fullyLabelled();
    report.daysCovered = dataset.daysCovered(request.emotion);
    report.targetPrecision = request.targetPrecision;
    report.conservative = request.conservative;
    report.directive = request.directive;

    const ThresholdCurve curve = ThresholdCurve::compute(dataset.columns(request.emotion));
    report.rows = curve.rows();
    report.positives = curve.positives();
    report.negatives = curve.negatives();

    if (request.gridStep > 0) {
        const auto steps = qint64(std::floor(1.0 / request.gridStep + 1e-9));
        const double inverse = 1.0 / request.gridStep;
        const bool exactGrid = std::abs(inverse - std::round(inverse)) < 1e-9;
        for (qint64 k = 0; k <= steps; ++k) {
            const double t = exactGrid ? double(k) / std::round(inverse) : double(k) * request.gridStep;
            report.points.append(curve.query(t));
        }
    } else {
        report.points.reserve(curve.size());
        for (qsizetype i = curve.size(); i-- > 0;)
            report.points.append(curve.point(i));
    }

    if (request.targetPrecision) {
        RecommendationOptions options;
        options.targetPrecision = *request.targetPrecision;
        options.conservative = request.conservative;
        options.directive = request.directive;
        options.currentThreshold = request.currentThreshold;
        report.recommendation = recommendThreshold(curve, options, report.daysCovered, report.fullyLabelled);
    }
    return report;
}

QString formatSweepTable(const SweepReport &report)
{
    QString out;
    out += u"Emotion %1: %2 (%3, %4), %5\n"_s.arg(toWire(report.emotion), plural(report.rows, u"row"_s, u"rows"_s),
                                                  plural(report.positives, u"true positive"_s, u"true positives"_s),
                                                  plural(report.negatives, u"false positive"_s, u"false positives"_s),
                                                  report.fullyLabelled ? u"fully labelled"_s
                                                                       : u"reviewed alerts only"_s);
    out += u"%1 %2 %3 %4 %5 %6\n"_s.arg(u"threshold"_s, 9)
               .arg(u"alerts"_s, 10)
               .arg(u"TP"_s, 10)
               .arg(u"FP"_s, 10)
               .arg(u"precision"_s, 9)
               .arg(u"recall"_s, 7);
    for (const SweepPoint &p : report.points) {
        out += u"%1 %2 %3 %4 %5 %6\n"_s.arg(QString::number(p.threshold, 'f', 4), 9)
                   .arg(p.alerts, 10)
                   .arg(p.truePositives, 10)
                   .arg(p.falsePositives, 10)
                   .arg(percent(p.precision), 9)
                   .arg(percent(p.recall), 7);
    }
    if (report.recommendation) {
        const Recommendation &r = *report.recommendation;
        out += u"\nRecommendation for precision >= %1%2 (%3 directive, allowed %4 to %5):\n"_s.arg(
            percent(report.targetPrecision), report.conservative ? u" at the 95% lower bound"_s : QString(),
            toWire(report.directive), QString::number(r.minAllowed, 'f', 2), QString::number(r.maxAllowed, 'f', 2));
        if (r.reachable) {
            out += u"  threshold %1\n"_s.arg(QString::number(r.threshold, 'f', 2));
            out += u"  expected precision %1 (95% lower bound %2), recall %3, %4"_s.arg(
                percent(r.expected.precision), percent(r.precisionLowerBound), percent(r.expected.recall),
                plural(r.expected.alerts, u"alert"_s, u"alerts"_s));
            if (r.alertsPerDay)
                out += u", %1 alerts/day"_s.arg(QString::number(*r.alertsPerDay, 'f', 1));
            out += u'\n';
            if (r.change) {
                out += u"  against %1 in force: %2 lost, %3 avoided, %4 fewer\n"_s.arg(
                    QString::number(r.change->fromThreshold, 'f', 2),
                    plural(r.change->truePositivesLost, u"true positive"_s, u"true positives"_s),
                    plural(r.change->falsePositivesAvoided, u"false positive"_s, u"false positives"_s),
                    plural(r.change->alertsDropped, u"alert"_s, u"alerts"_s));
            }
        }
        for (const QString &note : r.notes)
            out += u"  "_s + note + u'\n';
    }
    return out;
}

QString formatSweepJson(const SweepReport &report)
{
    QJsonArray points;
    for (const SweepPoint &p : report.points)
        points.append(pointJson(p));
    QJsonObject root {{u"emotion"_s, toWire(report.emotion)},
                      {u"rows"_s, report.rows},
                      {u"true_positives"_s, report.positives},
                      {u"false_positives"_s, report.negatives},
                      {u"fully_labelled"_s, report.fullyLabelled},
                      {u"days_covered"_s, jsonNumber(report.daysCovered)},
                      {u"points"_s, points}};
    if (report.recommendation) {
        const Recommendation &r = *report.recommendation;
        QJsonObject rec {{u"target_precision"_s, jsonNumber(report.targetPrecision)},
                         {u"conservative"_s, report.conservative},
                         {u"directive"_s, toWire(report.directive)},
                         {u"reachable"_s, r.reachable},
                         {u"threshold"_s, r.reachable ? QJsonValue(r.threshold) : QJsonValue(QJsonValue::Null)},
                         {u"min_allowed"_s, r.minAllowed},
                         {u"max_allowed"_s, r.maxAllowed},
                         {u"clamped"_s, r.clamped},
                         {u"lowering_needs_fully_labelled"_s, r.loweringNeedsFullLabels},
                         {u"precision_lower_bound"_s, jsonNumber(r.precisionLowerBound)},
                         {u"alerts_per_day"_s, jsonNumber(r.alertsPerDay)},
                         {u"notes"_s, QJsonArray::fromStringList(r.notes)}};
        if (r.reachable)
            rec.insert(u"expected"_s, pointJson(r.expected));
        if (r.change) {
            rec.insert(u"change"_s,
                       QJsonObject {{u"from_threshold"_s, r.change->fromThreshold},
                                    {u"from"_s, pointJson(r.change->from)},
                                    {u"alerts_dropped"_s, r.change->alertsDropped},
                                    {u"true_positives_lost"_s, r.change->truePositivesLost},
                                    {u"false_positives_avoided"_s, r.change->falsePositivesAvoided}});
        }
        root.insert(u"recommendation"_s, rec);
    }
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

QString formatSweepCsv(const SweepReport &report)
{
    QString out = u"threshold,alerts,true_positives,false_positives,precision,recall\n"_s;
    for (const SweepPoint &p : report.points) {
        out += shortest(p.threshold) + u',' + QString::number(p.alerts) + u',' + QString::number(p.truePositives) + u','
            + QString::number(p.falsePositives) + u',' + (p.precision ? shortest(*p.precision) : QString()) + u','
            + (p.recall ? shortest(*p.recall) : QString()) + u'\n';
    }
    return out;
}

QString formatSweep(const SweepReport &report, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Table: return formatSweepTable(report);
    case ReportFormat::Json: return formatSweepJson(report);
    case ReportFormat::Csv: return formatSweepCsv(report);
    }
    return QString();
}

std::optional<ReportFormat> reportFormatFromName(QStringView name)
{
    if (name == u"table")
        return ReportFormat::Table;
    if (name == u"json")
        return ReportFormat::Json;
    if (name == u"csv")
        return ReportFormat::Csv;
    return std::nullopt;
}

} // namespace calib
