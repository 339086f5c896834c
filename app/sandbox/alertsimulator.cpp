#include "sandbox/alertsimulator.h"

#include "sandbox/deterministicrandom.h"

#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace calib::sandbox {

namespace {

constexpr qint64 maxCandidatesPerAdvance = 200000;

QString excerptFor(Emotion emotion, bool isTrue, quint64 hash)
{
    // True alerts mostly name a domain term of the default lexicon (billing, outage, refund,
    // latency, SLA), so the verification pipeline has something to find; false ones mostly
    // do not (one is sarcasm about an outage).
    static const QList<QStringList> trueLines {
        {QStringLiteral("This is the third billing error and nobody fixes it!"),
         QStringLiteral("I am furious, you charged me twice and I want a refund."),
         QStringLiteral("Unacceptable. Cancel everything now.")},
        {QStringLiteral("I've been on hold for forty minutes about this outage."),
         QStringLiteral("Why does the latency spike every time I need it?"),
         QStringLiteral("I keep repeating myself and the refund never happens.")},
        {QStringLiteral("Thank you so much, that solved the billing problem!"),
         QStringLiteral("Great, the refund is already on my card."), QStringLiteral("Perfect, exactly what I needed.")},
        {QStringLiteral("I don't understand which billing form I'm supposed to use."),
         QStringLiteral("Wait, so is there a refund for the fee or not?"),
         QStringLiteral("Sorry, what does the SLA actually cover?")},
    };
    static const QList<QStringList> falseLines {
        {QStringLiteral("The product is called Angry Birds Premium."),
         QStringLiteral("No, I'm not upset, just asking."), QStringLiteral("My kill switch setting is off, right?")},
        {QStringLiteral("It's frustratingly simple, actually — it worked."),
         QStringLiteral("I'm tired, long day, but all good."), QStringLiteral("The hold music was fine.")},
        {QStringLiteral("Thanks, but that didn't help at all."), QStringLiteral("Great, now it's broken again."),
         QStringLiteral("Perfect timing for an outage, thanks.")},
        {QStringLiteral("I know exactly which plan I want."), QStringLiteral("Just confirming what I already read."),
         QStringLiteral("Question: is the office open Monday?")},
    };
    const auto &table = isTrue ? trueLines : falseLines;
    const QStringList &lines = table.at(int(emotion));
    return lines.at(int(hash % quint64(lines.size())));
}

int directiveRank(Directive directive)
{
    switch (directive) {
    case Directive::Block: return 3;
    case Directive::Escalate: return 2;
    case Directive::Notify: return 1;
    case Directive::Log: return 0;
    }
    return 0;
}

} // namespace

AlertSimulator::AlertSimulator(quint64 seed, qint64 intervalMs)
    : m_seed(seed)
    , m_intervalMs(std::max<qint64>(1, intervalMs))
{ }

AlertSimulator::Candidate AlertSimulator::candidate(qint64 index) const
{
    const quint64 base = DeterministicRandom::mix(m_seed * 0x9E3779B97F4A7C15ULL + quint64(index));
    DeterministicRandom random(base);
    Candidate c {};
    c.hash = base;
    c.emotion = allEmotions().at(int(random.next() % 4));
    c.isTrue = random.nextDouble() < 0.4;
    const double spread = (random.nextDouble() + random.nextDouble()) / 2.0; // triangular on [0, 1)
    // True alerts centre near 0.82, false ones near 0.58; they overlap between 0.6 and 0.8.
    c.confidence = c.isTrue ? 0.62 + 0.38 * spread : 0.30 + 0.56 * spread;
    c.confidence = std::round(std::clamp(c.confidence, 0.0, 1.0) * 1000.0) / 1000.0;
    return c;
}

std::optional<SimulatedAlert> AlertSimulator::evaluate(qint64 index, qint64 atMs, const Calibration &calibration,
                                                       int version) const
{
    const Candidate c = candidate(index);
    const AlertTrigger *best = nullptr;
    for (const auto &trigger : calibration.alertTriggers) {
        if (trigger.emotion != c.emotion || trigger.threshold > c.confidence)
            continue;
        if (!best || trigger.threshold > best->threshold
            || (trigger.threshold == best->threshold
                && directiveRank(trigger.directive) > directiveRank(best->directive)))
            best = &trigger;
    }
    if (!best)
        return std::nullopt;
    SimulatedAlert alert;
    alert.interactionId = QStringLiteral("int-%1").arg((c.hash >> 8) % 1000000, 6, 10, QLatin1Char('0'));
    alert.emotion = c.emotion;
    alert.confidence = c.confidence;
    alert.threshold = best->threshold;
    alert.directive = best->directive;
    alert.triggeredAtMs = atMs;
    alert.calibrationVersion = version;
    alert.transcriptExcerpt = excerptFor(c.emotion, c.isTrue, c.hash >> 40);
    alert.isTrue = c.isTrue;
    return alert;
}

void AlertSimulator::append(SimulatedAlert alert)
{
    alert.seq = size() + 1;
    if (!m_alerts.isEmpty())
        alert.triggeredAtMs = std::max(alert.triggeredAtMs, m_alerts.constLast().triggeredAtMs);
    m_alerts.append(std::move(alert));
}

void AlertSimulator::seedHistory(int count, const Calibration &calibration, int version)
{
    if (count <= 0 || calibration.alertTriggers.isEmpty())
        return;
    QList<SimulatedAlert> past;
    past.reserve(count);
    for (qint64 index = -1; past.size() < count && index > -qint64(count) * 1000; --index) {
        if (auto alert = evaluate(index, m_originMs + index * m_intervalMs, calibration, version))
            past.append(std::move(*alert));
    }
    std::reverse(past.begin(), past.end());
    m_alerts.reserve(m_alerts.size() + past.size());
    for (auto &alert : past)
        append(std::move(alert));
}

QList<SimulatedAlert> AlertSimulator::advanceTo(qint64 nowMs, const Calibration &calibration, int version)
{
    QList<SimulatedAlert> fired;
    const qint64 last = (nowMs - m_originMs) / m_intervalMs; // candidates 0..last are due
    if (last < m_nextIndex)
        return fired;
    if (last - m_nextIndex > maxCandidatesPerAdvance)
        m_nextIndex = last - maxCandidatesPerAdvance; // a long downtime: skip what nobody saw
    for (; m_nextIndex <= last; ++m_nextIndex) {
        if (auto alert = evaluate(m_nextIndex, m_originMs + m_nextIndex * m_intervalMs, calibration, version)) {
            append(std::move(*alert));
            fired.append(m_alerts.constLast());
        }
    }
    return fired;
}

SimulatedAlert AlertSimulator::fireNow(qint64 nowMs, const Calibration &calibration, int version)
{
    const qint64 index = -(qint64(1) << 40) - size(); // a region of the stream no timeline reaches
    const Candidate c = candidate(index);
    SimulatedAlert alert;
    const AlertTrigger fallback;
    const AlertTrigger &trigger
        = calibration.alertTriggers.isEmpty() ? fallback : calibration.alertTriggers.constFirst();
    alert.interactionId = QStringLiteral("int-%1").arg((c.hash >> 8) % 1000000, 6, 10, QLatin1Char('0'));
    alert.emotion = trigger.emotion;
    alert.threshold = trigger.threshold;
    alert.directive = trigger.directive;
    alert.confidence = std::max(c.confidence, std::min(1.0, trigger.threshold + 0.01));
    alert.triggeredAtMs = nowMs;
    alert.calibrationVersion = version;
    alert.isTrue = c.isTrue;
    alert.transcriptExcerpt = excerptFor(alert.emotion, c.isTrue, c.hash >> 40);
    append(std::move(alert));
    return m_alerts.constLast();
}

QJsonObject AlertSimulator::toJson(const SimulatedAlert &alert)
{
    return QJsonObject {
        {QStringLiteral("id"), QStringLiteral("alr_%1").arg(alert.seq)},
        {QStringLiteral("interaction_id"), alert.interactionId},
        {QStringLiteral("emotion"), toWire(alert.emotion)},
        {QStringLiteral("confidence"), alert.confidence},
        {QStringLiteral("threshold"), alert.threshold},
        {QStringLiteral("directive"), toWire(alert.directive)},
        {QStringLiteral("triggered_at"),
         QDateTime::fromMSecsSinceEpoch(alert.triggeredAtMs, Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("calibration_version"), alert.calibrationVersion},
        {QStringLiteral("transcript_excerpt"), alert.transcriptExcerpt},
    };
}

QByteArray AlertSimulator::groundTruthLine(const SimulatedAlert &alert)
{
    const QJsonObject object {
        {QStringLiteral("alert_id"), QStringLiteral("alr_%1").arg(alert.seq)},
        {QStringLiteral("is_true"), alert.isTrue},
        {QStringLiteral("emotion"), toWire(alert.emotion)},
        {QStringLiteral("confidence"), alert.confidence},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QJsonObject AlertSimulator::stateToJson() const
{
    QJsonArray alerts;
    for (const auto &alert : m_alerts) {
        QJsonObject object = toJson(alert);
        object.insert(QStringLiteral("triggered_at_ms"), double(alert.triggeredAtMs));
        object.insert(QStringLiteral("is_true"), alert.isTrue);
        alerts.append(object);
    }
    return QJsonObject {{QStringLiteral("origin_ms"), double(m_originMs)},
                        {QStringLiteral("next_index"), double(m_nextIndex)},
                        {QStringLiteral("alerts"), alerts}};
}

void AlertSimulator::stateFromJson(const QJsonObject &object)
{
    m_originMs = qint64(object.value(QStringLiteral("origin_ms")).toDouble());
    m_nextIndex = qint64(object.value(QStringLiteral("next_index")).toDouble());
    m_alerts.clear();
    const QJsonArray alerts = object.value(QStringLiteral("alerts")).toArray();
    m_alerts.reserve(alerts.size());
    for (const auto &value : alerts) {
        const QJsonObject o = value.toObject();
        SimulatedAlert alert;
        alert.interactionId = o.value(QStringLiteral("interaction_id")).toString();
        alert.emotion = emotionFromWire(o.value(QStringLiteral("emotion")).toString()).value_or(Emotion::Anger);
        alert.confidence = o.value(QStringLiteral("confidence")).toDouble();
        alert.threshold = o.value(QStringLiteral("threshold")).toDouble();
        alert.directive
            = directiveFromWire(o.value(QStringLiteral("directive")).toString()).value_or(Directive::Notify);
        alert.triggeredAtMs = qint64(o.value(QStringLiteral("triggered_at_ms")).toDouble());
        alert.calibrationVersion = o.value(QStringLiteral("calibration_version")).toInt();
        alert.transcriptExcerpt = o.value(QStringLiteral("transcript_excerpt")).toString();
        alert.isTrue = o.value(QStringLiteral("is_true")).toBool();
        append(std::move(alert));
    }
}

} // namespace calib::sandbox
