#include "core/constraints.h"
#include "core/validation.h"

#include <QTest>

#include <functional>
#include <limits>

using namespace calib;

namespace {

using Mutator = std::function<void(Calibration &)>;

constexpr double eps = 1e-9;
constexpr double notANumber = std::numeric_limits<double>::quiet_NaN();
constexpr double inf = std::numeric_limits<double>::infinity();

Violation error(const QString &path, const QString &message)
{
    return Violation {path, message, Severity::Error};
}

Violation warning(const QString &path, const QString &message)
{
    return Violation {path, message, Severity::Warning};
}

QString repeated(const QString &unit, int count)
{
    QString s;
    for (int i = 0; i < count; ++i)
        s += unit;
    return s;
}

} // namespace

Q_DECLARE_METATYPE(Mutator)

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void tenantDefaultIsClean();
    void cases_data();
    void cases();
    void blockMessageIsTheContractText();
    void boundMessagesNameTheRange();
    void collectsEveryViolation();
    void resultAccessors();
};

void TestValidation::tenantDefaultIsClean()
{
    const ValidationResult r = validate(Calibration::tenantDefault());
    QVERIFY(r.ok());
    QVERIFY(r.violations.isEmpty());
}

void TestValidation::cases_data()
{
    QTest::addColumn<Mutator>("mutate");
    QTest::addColumn<QList<Violation>>("expected");

    // Every numeric bound: at it, just inside, just outside, and non-finite values.
    struct Field
    {
        const NumberBound *bound;
        std::function<double &(Calibration &)> ref;
    };
    const QList<Field> fields {
        {&constraints::polarityNegative,
         [](Calibration &c) -> double & {
             return c.polarityMatrix.negative;
         }},
        {&constraints::polarityNeutral,
         [](Calibration &c) -> double & {
             return c.polarityMatrix.neutral;
         }},
        {&constraints::polarityPositive,
         [](Calibration &c) -> double & {
             return c.polarityMatrix.positive;
         }},
        {&constraints::sensitivityLevel,
         [](Calibration &c) -> double & {
             return c.sensitivityLevel;
         }},
        // Trigger 0 of the default is (anger, notify): no block rule involved.
        {&constraints::triggerThreshold,
         [](Calibration &c) -> double & {
             return c.alertTriggers[0].threshold;
         }},
    };
    for (const Field &f : fields) {
        const NumberBound b = *f.bound;
        const QString path = b.field == constraints::triggerThreshold.field
            ? QStringLiteral("alert_triggers[0].threshold")
            : QString::fromLatin1(b.field);
        const auto ref = f.ref;
        auto set = [ref](double v) {
            return Mutator([ref, v](Calibration &c) { ref(c) = v; });
        };
        const QByteArray n = path.toUtf8();
        const QList<Violation> none;
        const QList<Violation> outside {error(path, b.message())};
        const QList<Violation> notFinite {error(path, constraints::notFiniteMessage())};
        QTest::addRow("%s at min", n.constData()) << set(b.min) << none;
        QTest::addRow("%s at max", n.constData()) << set(b.max) << none;
        QTest::addRow("%s just inside min", n.constData()) << set(b.min + eps) << none;
        QTest::addRow("%s just inside max", n.constData()) << set(b.max - eps) << none;
        QTest::addRow("%s just below min", n.constData()) << set(b.min - eps) << outside;
        QTest::addRow("%s just above max", n.constData()) << set(b.max + eps) << outside;
        QTest::addRow("%s NaN", n.constData()) << set(notANumber) << notFinite;
        QTest::addRow("%s +Infinity", n.constData()) << set(inf) << notFinite;
        QTest::addRow("%s -Infinity", n.constData()) << set(-inf) << notFinite;
    }

    // Block directives need threshold >= 0.7.
    const QString t0 = QStringLiteral("alert_triggers[0].threshold");
    auto block = [](double threshold) {
        return Mutator([threshold](Calibration &c) {
            c.alertTriggers[0] = {Emotion::Anger, threshold, Directive::Block};
        });
    };
    QTest::newRow("block at 0.7") << block(0.7) << QList<Violation> {};
    QTest::newRow("block just above 0.7") << block(0.7 + eps) << QList<Violation> {};
    QTest::newRow("block at max") << block(0.95) << QList<Violation> {};
    QTest::newRow("block just below 0.7")
        << block(0.7 - eps) << QList<Violation> {error(t0, constraints::blockThresholdMessage())};
    QTest::newRow("block at 0") << block(0.0) << QList<Violation> {error(t0, constraints::blockThresholdMessage())};
    QTest::newRow("block above max") << block(0.95 + eps)
                                     << QList<Violation> {error(t0, constraints::triggerThreshold.message())};
    QTest::newRow("block below min") << block(-eps)
                                     << QList<Violation> {error(t0, constraints::triggerThreshold.message()),
                                                          error(t0, constraints::blockThresholdMessage())};
    QTest::newRow("block NaN") << block(notANumber) << QList<Violation> {error(t0, constraints::notFiniteMessage())};
    QTest::newRow("escalate below 0.7 is fine") << Mutator([](Calibration &c) {
        c.alertTriggers[0] = {Emotion::Anger, 0.1, Directive::Escalate};
    }) << QList<Violation> {};

    // One trigger per (emotion, directive): later duplicates are flagged on their directive.
    const QString dup = constraints::duplicateTriggerMessage();
    QTest::newRow("duplicate trigger")
        << Mutator([](Calibration &c) {
               c.alertTriggers = {{Emotion::Anger, 0.8, Directive::Notify},
                                  {Emotion::Anger, 0.9, Directive::Log},
                                  {Emotion::Anger, 0.5, Directive::Notify},
                                  {Emotion::Anger, 0.6, Directive::Notify}};
           })
        << QList<Violation> {error(QStringLiteral("alert_triggers[2].directive"),
                                   dup + QStringLiteral(" (same as alert_triggers[0]: anger, notify)")),
                             error(QStringLiteral("alert_triggers[3].directive"),
                                   dup + QStringLiteral(" (same as alert_triggers[0]: anger, notify)"))};
    QTest::newRow("same directive, other emotion") << Mutator([](Calibration &c) {
        c.alertTriggers = {{Emotion::Anger, 0.8, Directive::Block}, {Emotion::Confusion, 0.8, Directive::Block}};
    }) << QList<Violation> {};
    QTest::newRow("all sixteen pairs") << Mutator([](Calibration &c) {
        c.alertTriggers.clear();
        for (Emotion e : allEmotions()) {
            for (Directive d : allDirectives())
                c.alertTriggers.append({e, 0.8, d});
        }
    }) << QList<Violation> {};

    // interaction_ids: 1..50 items, each 1..128 characters.
    auto ids = [](int count) {
        return Mutator([count](Calibration &c) {
            c.interactionIds.clear();
            for (int i = 0; i < count; ++i)
                c.interactionIds.append(QStringLiteral("id-%1").arg(i));
        });
    };
    const QString idsPath = QStringLiteral("interaction_ids");
    QTest::newRow("0 ids") << ids(0) << QList<Violation> {error(idsPath, constraints::interactionIdsCountMessage())};
    QTest::newRow("1 id") << ids(1) << QList<Violation> {};
    QTest::newRow("50 ids") << ids(50) << QList<Violation> {};
    QTest::newRow("51 ids") << ids(51) << QList<Violation> {error(idsPath, constraints::interactionIdsCountMessage())};
    auto id = [](const QString &value) {
        return Mutator([value](Calibration &c) { c.interactionIds = {QStringLiteral("first"), value}; });
    };
    const QString id1 = QStringLiteral("interaction_ids[1]");
    const QList<Violation> badLength {error(id1, constraints::interactionIdLengthMessage())};
    QTest::newRow("empty id") << id(QString()) << badLength;
    QTest::newRow("1 char id") << id(QStringLiteral("x")) << QList<Violation> {};
    QTest::newRow("128 char id") << id(repeated(QStringLiteral("a"), 128)) << QList<Violation> {};
    QTest::newRow("129 char id") << id(repeated(QStringLiteral("a"), 129)) << badLength;
    // Characters are code points: 128 emoji are 256 UTF-16 units but 128 characters.
    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80");
    QTest::newRow("128 emoji id") << id(repeated(emoji, 128)) << QList<Violation> {};
    QTest::newRow("129 emoji id") << id(repeated(emoji, 129)) << badLength;

    // Warnings do not block.
    QTest::newRow("duplicate ids warn") << Mutator([](Calibration &c) {
        c.interactionIds = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("b")};
    })
                                        << QList<Violation> {warning(QStringLiteral("interaction_ids[2]"),
                                                                     constraints::duplicateInteractionIdMessage(0)),
                                                             warning(QStringLiteral("interaction_ids[3]"),
                                                                     constraints::duplicateInteractionIdMessage(1))};
    QTest::newRow("no triggers warn") << Mutator([](Calibration &c) {
        c.alertTriggers.clear();
    }) << QList<Violation> {warning(QStringLiteral("alert_triggers"), constraints::noTriggersMessage())};
}

void TestValidation::cases()
{
    QFETCH(Mutator, mutate);
    QFETCH(QList<Violation>, expected);
    Calibration c = Calibration::tenantDefault();
    mutate(c);
    const ValidationResult r = validate(c);
    if (r.violations != expected) {
        for (const Violation &v : r.violations)
            qWarning() << "got" << v.path << v.message << (v.severity == Severity::Error ? "error" : "warning");
    }
    QCOMPARE(r.violations, expected);
    bool hasError = false;
    for (const Violation &v : expected)
        hasError = hasError || v.severity == Severity::Error;
    QCOMPARE(r.ok(), !hasError);
}

void TestValidation::blockMessageIsTheContractText()
{
    QCOMPARE(constraints::blockThresholdMessage(),
             QStringLiteral("Block directives require a minimum threshold of 0.7"));
}

void TestValidation::boundMessagesNameTheRange()
{
    QCOMPARE(constraints::polarityNegative.message(), QStringLiteral("must be between -1.0 and 0.0"));
    QCOMPARE(constraints::triggerThreshold.message(), QStringLiteral("must be between 0.0 and 0.95"));
    QCOMPARE(constraints::sensitivityLevel.message(), QStringLiteral("must be between 0.05 and 0.95"));
}

void TestValidation::collectsEveryViolation()
{
    Calibration c;
    c.interactionIds = {QString()};
    c.polarityMatrix = {0.5, 0.9, -0.1};
    c.alertTriggers = {{Emotion::Anger, 0.2, Directive::Block}, {Emotion::Anger, 1.5, Directive::Block}};
    c.sensitivityLevel = 0.0;
    const ValidationResult r = validate(c);
    QStringList paths;
    for (const Violation &v : r.errors())
        paths << v.path;
    QCOMPARE(paths,
             QStringList({QStringLiteral("interaction_ids[0]"), QStringLiteral("polarity_matrix.negative"),
                          QStringLiteral("polarity_matrix.neutral"), QStringLiteral("polarity_matrix.positive"),
                          QStringLiteral("alert_triggers[0].threshold"), QStringLiteral("alert_triggers[1].threshold"),
                          QStringLiteral("alert_triggers[1].directive"), QStringLiteral("sensitivity_level")}));
    QVERIFY(!r.ok());
}

void TestValidation::resultAccessors()
{
    Calibration c = Calibration::tenantDefault();
    c.interactionIds = {QStringLiteral("a"), QStringLiteral("a")};
    c.sensitivityLevel = 2.0;
    const ValidationResult r = validate(c);
    QCOMPARE(r.errors().size(), 1);
    QCOMPARE(r.warnings().size(), 1);
    QCOMPARE(r.at(QStringLiteral("sensitivity_level")).size(), 1);
    QCOMPARE(r.at(QStringLiteral("interaction_ids[1]")).first().severity, Severity::Warning);
    QVERIFY(r.at(QStringLiteral("polarity_matrix.neutral")).isEmpty());
    QVERIFY(!r.ok());
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
