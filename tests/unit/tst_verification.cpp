#include "core/verification.h"

#include <QTest>

#include <limits>

using namespace calib;

class TestVerification : public QObject
{
    Q_OBJECT

private slots:
    void defaultLexicon();
    void wholeWords_data();
    void wholeWords();
    void termsAreCleanedAndDeduplicated();
    void unicodeTerms();
    void regexCharactersAreLiteral();
    void multiWordTerms();
    void emptyLexiconSkipsLexicalCheck();
    void minConfidenceBoundary_data();
    void minConfidenceBoundary();
    void unknownEmotionFails();
    void noTermFails();
};

void TestVerification::defaultLexicon()
{
    const Lexicon lexicon;
    QCOMPARE(lexicon.terms(),
             QStringList({QStringLiteral("billing"), QStringLiteral("outage"), QStringLiteral("refund"),
                          QStringLiteral("latency"), QStringLiteral("sla")}));
    const VerificationPipeline pipeline;
    QCOMPARE(pipeline.minConfidence(), 0.8);
    QCOMPARE(pipeline.lexicon().terms(), Lexicon::defaultTerms());
}

void TestVerification::wholeWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("matched");
    QTest::newRow("slash is not sla") << QStringLiteral("please slash the price") << QStringList {};
    QTest::newRow("SLA matches") << QStringLiteral("You broke the SLA!") << QStringList {QStringLiteral("sla")};
    QTest::newRow("sla_ is a longer word") << QStringLiteral("sla_breach") << QStringList {};
    QTest::newRow("digits join words") << QStringLiteral("sla2 and 2sla") << QStringList {};
    QTest::newRow("punctuation separates")
        << QStringLiteral("(sla)/refund-billing")
        << QStringList {QStringLiteral("sla"), QStringLiteral("refund"), QStringLiteral("billing")};
    QTest::newRow("order of first appearance, unique")
        << QStringLiteral("Refund! The outage... another REFUND, outage, Outage")
        << QStringList {QStringLiteral("refund"), QStringLiteral("outage")};
    QTest::newRow("refunds is another word") << QStringLiteral("refunds and prebilling") << QStringList {};
    QTest::newRow("accented letter continues the word") << QStringLiteral("sla\u00e9") << QStringList {};
    QTest::newRow("combining mark continues the word") << QStringLiteral("sla\u0301 ok") << QStringList {};
    QTest::newRow("empty text") << QString() << QStringList {};
}

void TestVerification::wholeWords()
{
    QFETCH(QString, text);
    QFETCH(QStringList, matched);
    QCOMPARE(Lexicon().match(text), matched);
}

void TestVerification::termsAreCleanedAndDeduplicated()
{
    const Lexicon lexicon({QStringLiteral("  Refund "), QStringLiteral("refund"), QString(), QStringLiteral("   "),
                           QStringLiteral("REFUND"), QStringLiteral("Outage")});
    QCOMPARE(lexicon.terms(), QStringList({QStringLiteral("Refund"), QStringLiteral("Outage")}));
    // Reported in the lexicon's spelling, whatever the text's case.
    QCOMPARE(lexicon.match(u"an OUTAGE and a refund"),
             QStringList({QStringLiteral("Outage"), QStringLiteral("Refund")}));
}

void TestVerification::unicodeTerms()
{
    const Lexicon lexicon({QStringLiteral("\u00dcberweisung"), QStringLiteral("r\u00e9clamation"),
                           QStringLiteral("\u0437\u0430\u0434\u0435\u0440\u0436\u043a\u0430")});
    QCOMPARE(lexicon.match(u"Die \u00dcBERWEISUNG fehlt"), QStringList({QStringLiteral("\u00dcberweisung")}));
    QCOMPARE(lexicon.match(u"\u00fcberweisung."), QStringList({QStringLiteral("\u00dcberweisung")}));
    QVERIFY(lexicon.match(u"\u00dcberweisungen fehlen").isEmpty());
    QVERIFY(lexicon.match(u"Auslands\u00fcberweisung").isEmpty());
    QCOMPARE(lexicon.match(u"R\u00c9CLAMATION d\u00e9pos\u00e9e"), QStringList({QStringLiteral("r\u00e9clamation")}));
    QVERIFY(lexicon.match(u"reclamation").isEmpty());
    QCOMPARE(lexicon.match(u"\u0417\u0410\u0414\u0415\u0420\u0416\u041a\u0410!"),
             QStringList({QStringLiteral("\u0437\u0430\u0434\u0435\u0440\u0436\u043a\u0430")}));
}

void TestVerification::regexCharactersAreLiteral()
{
    const Lexicon lexicon({QStringLiteral("c++"), QStringLiteral("a.b"), QStringLiteral("(x)")});
    QCOMPARE(lexicon.match(u"axb c++ a.b"), QStringList({QStringLiteral("c++"), QStringLiteral("a.b")}));
    QVERIFY(lexicon.match(u"cc ab axb").isEmpty());
}

void TestVerification::multiWordTerms()
{
    const Lexicon lexicon({QStringLiteral("sla"), QStringLiteral("sla  breach")});
    QCOMPARE(lexicon.terms(), QStringList({QStringLiteral("sla"), QStringLiteral("sla breach")}));
    QCOMPARE(lexicon.match(u"an SLA\n breach today, and the sla"),
             QStringList({QStringLiteral("sla breach"), QStringLiteral("sla")}));
}

void TestVerification::emptyLexiconSkipsLexicalCheck()
{
    const VerificationPipeline pipeline(Lexicon(QStringList {QStringLiteral("  ")}));
    QVERIFY(pipeline.lexicon().isEmpty());
    const VerificationResult r = pipeline.verify({QStringLiteral("anger"), 0.9, QStringLiteral("no terms here")});
    QVERIFY(r.emotionOk);
    QVERIFY(!r.lexicalChecked);
    QVERIFY(r.matchedTerms.isEmpty());
    QVERIFY(r.passed);
    QVERIFY2(r.summary.contains(QStringLiteral("lexical check skipped")), qPrintable(r.summary));
}

void TestVerification::minConfidenceBoundary_data()
{
    QTest::addColumn<double>("confidence");
    QTest::addColumn<bool>("ok");
    QTest::newRow("at minimum") << 0.8 << true;
    QTest::newRow("just above") << 0.8 + 1e-9 << true;
    QTest::newRow("just below") << 0.8 - 1e-9 << false;
    QTest::newRow("one") << 1.0 << true;
    QTest::newRow("zero") << 0.0 << false;
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << false;
}

void TestVerification::minConfidenceBoundary()
{
    QFETCH(double, confidence);
    QFETCH(bool, ok);
    const VerificationPipeline pipeline;
    const VerificationResult r
        = pipeline.verify({QStringLiteral("frustration"), confidence, QStringLiteral("The refund never arrived")});
    QCOMPARE(r.emotionOk, ok);
    QVERIFY(r.lexicalChecked);
    QCOMPARE(r.matchedTerms, QStringList {QStringLiteral("refund")});
    QCOMPARE(r.passed, ok);
    QVERIFY2(r.summary.startsWith(ok ? QStringLiteral("Passed: ") : QStringLiteral("Failed: ")), qPrintable(r.summary));
    QVERIFY2(r.summary.contains(QStringLiteral("matched refund")), qPrintable(r.summary));
    if (!ok)
        QVERIFY2(r.summary.contains(QStringLiteral("below the minimum 0.8")), qPrintable(r.summary));

    // A custom minimum moves the boundary.
    const VerificationPipeline strict(Lexicon(), 0.95);
    QCOMPARE(strict.verify({QStringLiteral("frustration"), confidence, QStringLiteral("refund")}).emotionOk,
             confidence >= 0.95);
}

void TestVerification::unknownEmotionFails()
{
    const VerificationPipeline pipeline;
    for (const QString &emotion : {QStringLiteral("joy"), QStringLiteral("Anger"), QString()}) {
        const VerificationResult r = pipeline.verify({emotion, 0.99, QStringLiteral("billing outage")});
        QVERIFY(!r.emotionOk);
        QVERIFY(!r.passed);
        QCOMPARE(r.matchedTerms, QStringList({QStringLiteral("billing"), QStringLiteral("outage")}));
        QVERIFY2(r.summary.contains(QStringLiteral("unknown emotion")), qPrintable(r.summary));
    }
}

void TestVerification::noTermFails()
{
    const VerificationPipeline pipeline;
    const VerificationResult r = pipeline.verify({QStringLiteral("anger"), 0.95, QStringLiteral("I am furious")});
    QVERIFY(r.emotionOk);
    QVERIFY(r.lexicalChecked);
    QVERIFY(!r.passed);
    QVERIFY2(r.summary.contains(QStringLiteral("no lexicon term")), qPrintable(r.summary));
}

QTEST_GUILESS_MAIN(TestVerification)
#include "tst_verification.moc"
