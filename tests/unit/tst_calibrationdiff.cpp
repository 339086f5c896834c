#include "core/calibrationdiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace calib;

class TestCalibrationDiff : public QObject
{
    Q_OBJECT

private slots:
    void identicalHasNoChanges();
    void everyFieldInStableOrder();
    void addedAndRemovedTriggerRows();
    void nanEqualsNan();
    void changesToJsonUsesNullForAbsent();
};

void TestCalibrationDiff::identicalHasNoChanges()
{
    const Calibration c = Calibration::tenantDefault();
    QVERIFY(diff(c, c).isEmpty());
    QVERIFY(changesToJson({}).isEmpty());
}

void TestCalibrationDiff::everyFieldInStableOrder()
{
    const Calibration from = Calibration::tenantDefault();
    Calibration to = from;
    to.triggerModelReweight = true;
    to.sensitivityLevel = 0.55;
    to.alertTriggers[1] = {Emotion::Confusion, 0.7, Directive::Escalate};
    to.polarityMatrix.positive = 0.65;
    to.polarityMatrix.negative = -0.5;
    to.interactionIds << QStringLiteral("queue-7");

    const QList<FieldChange> expected {
        {QStringLiteral("interaction_ids"), QJsonArray {QStringLiteral("default")},
         QJsonArray {QStringLiteral("default"), QStringLiteral("queue-7")}},
        {QStringLiteral("polarity_matrix.negative"), -0.6, -0.5},
        {QStringLiteral("polarity_matrix.positive"), 0.6, 0.65},
        {QStringLiteral("alert_triggers[1].emotion"), QStringLiteral("frustration"), QStringLiteral("confusion")},
        {QStringLiteral("alert_triggers[1].threshold"), 0.75, 0.7},
        {QStringLiteral("alert_triggers[1].directive"), QStringLiteral("log"), QStringLiteral("escalate")},
        {QStringLiteral("sensitivity_level"), 0.5, 0.55},
        {QStringLiteral("trigger_model_reweight"), false, true},
    };
    const QList<FieldChange> got = diff(from, to);
    QCOMPARE(got, expected);

    // The reverse diff swaps from and to.
    const QList<FieldChange> back = diff(to, from);
    QCOMPARE(back.size(), expected.size());
    for (qsizetype i = 0; i < back.size(); ++i) {
        QCOMPARE(back.at(i).path, expected.at(i).path);
        QCOMPARE(back.at(i).from, expected.at(i).to);
        QCOMPARE(back.at(i).to, expected.at(i).from);
    }
}

void TestCalibrationDiff::addedAndRemovedTriggerRows()
{
    const Calibration from = Calibration::tenantDefault();
    Calibration to = from;
    to.alertTriggers.append({Emotion::Anger, 0.9, Directive::Block});
    const QJsonObject added {{QStringLiteral("emotion"), QStringLiteral("anger")},
                             {QStringLiteral("threshold"), 0.9},
                             {QStringLiteral("directive"), QStringLiteral("block")}};
    QCOMPARE(diff(from, to),
             QList<FieldChange>({{QStringLiteral("alert_triggers[2]"), QJsonValue(QJsonValue::Undefined), added}}));
    QCOMPARE(diff(to, from),
             QList<FieldChange>({{QStringLiteral("alert_triggers[2]"), added, QJsonValue(QJsonValue::Undefined)}}));

    // Removing the first row shifts the rest: compared by position.
    Calibration shifted = from;
    shifted.alertTriggers.removeFirst();
    const QList<FieldChange> changes = diff(from, shifted);
    QStringList paths;
    for (const FieldChange &c : changes)
        paths << c.path;
    QCOMPARE(paths,
             QStringList({QStringLiteral("alert_triggers[0].emotion"), QStringLiteral("alert_triggers[0].threshold"),
                          QStringLiteral("alert_triggers[0].directive"), QStringLiteral("alert_triggers[1]")}));
}

void TestCalibrationDiff::nanEqualsNan()
{
    Calibration a = Calibration::tenantDefault();
    a.sensitivityLevel = std::numeric_limits<double>::quiet_NaN();
    QVERIFY(diff(a, a).isEmpty());
    Calibration b = Calibration::tenantDefault();
    QCOMPARE(diff(a, b).size(), 1);
}

void TestCalibrationDiff::changesToJsonUsesNullForAbsent()
{
    const Calibration from = Calibration::tenantDefault();
    Calibration to = from;
    to.alertTriggers.removeLast();
    to.sensitivityLevel = 0.6;
    const QByteArray json = QJsonDocument(changesToJson(diff(from, to))).toJson(QJsonDocument::Compact);
    QCOMPARE(json,
             QByteArray(R"({"alert_triggers[1]":{"from":{"directive":"log","emotion":"frustration",)"
                        R"("threshold":0.75},"to":null},"sensitivity_level":{"from":0.5,"to":0.6}})"));
}

QTEST_GUILESS_MAIN(TestCalibrationDiff)
#include "tst_calibrationdiff.moc"
