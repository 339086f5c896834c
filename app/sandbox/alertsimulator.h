#pragma once

#include "core/calibration.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace calib::sandbox {

struct SimulatedAlert
{
    qint64 seq = 0; // id "alr_<seq>"
    QString interactionId;
    Emotion emotion = Emotion::Anger;
    double confidence = 0.0;
    double threshold = 0.0;
    Directive directive = Directive::Notify;
    qint64 triggeredAtMs = 0;
    int calibrationVersion = 0;
    QString transcriptExcerpt;
    bool isTrue = false; // hidden ground truth (never on the wire)
};

// The engine's alert stream. Candidate moments of emotion arrive every `intervalMs` of
// simulated time; candidate i's emotion, confidence and hidden truth follow only from the
// seed and i. True candidates have higher confidences than false ones (overlapping), and a
// candidate fires only when a trigger in force for its emotion has threshold <= confidence,
// so changing thresholds changes which future candidates become alerts.
class AlertSimulator
{
public:
    AlertSimulator(quint64 seed, qint64 intervalMs);

    // Sets time zero of the simulation (candidate 0 happens here).
    void setOrigin(qint64 originMs) { m_originMs = originMs; }
    [[nodiscard]] qint64 origin() const { return m_originMs; }
    // Fires `count` alerts from the simulated past before the origin under `calibration`.
    void seedHistory(int count, const Calibration &calibration, int version);
    // Runs every candidate up to nowMs; returns the alerts that fired.
    QList<SimulatedAlert> advanceTo(qint64 nowMs, const Calibration &calibration, int version);
    // Fires one alert now regardless of the stream (demo and test hook).
    SimulatedAlert fireNow(qint64 nowMs, const Calibration &calibration, int version);

    [[nodiscard]] qint64 size() const { return m_alerts.size(); }
    [[nodiscard]] const SimulatedAlert &at(qint64 index) const { return m_alerts.at(index); }
    [[nodiscard]] bool containsSeq(qint64 seq) const { return seq >= 1 && seq <= size(); }

    [[nodiscard]] static QJsonObject toJson(const SimulatedAlert &alert);
    [[nodiscard]] static QByteArray groundTruthLine(const SimulatedAlert &alert);
    [[nodiscard]] QJsonObject stateToJson() const;
    void stateFromJson(const QJsonObject &object);

private:
    struct Candidate
    {
        Emotion emotion;
        double confidence;
        bool isTrue;
        quint64 hash;
    };
    [[nodiscard]] Candidate candidate(qint64 index) const;
    std::optional<SimulatedAlert> evaluate(qint64 index, qint64 atMs, const Calibration &calibration,
                                           int version) const;
    void append(SimulatedAlert alert);

    quint64 m_seed;
    qint64 m_intervalMs;
    qint64 m_originMs = 0;
    qint64 m_nextIndex = 0;
    QList<SimulatedAlert> m_alerts;
};

} // namespace calib::sandbox
