#include "services/datasetverification.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace calib {

DatasetVerificationSummary verifyDataset(const Dataset &dataset, const VerificationPipeline &pipeline)
{
    DatasetVerificationSummary summary;
    summary.lexicalChecked = !pipeline.lexicon().isEmpty();
    for (Emotion emotion : allEmotions()) {
        const EmotionColumns &columns = dataset.columns(emotion);
        if (columns.size() == 0)
            continue;
        DatasetVerificationSummary::PerEmotion counts;
        const QString wire = toWire(emotion);
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QString text = i < columns.texts.size() ? columns.texts.at(i) : QString();
            const VerificationResult result = pipeline.verify({wire, columns.scores[std::size_t(i)], text});
            const bool isTrue = columns.labels[std::size_t(i)] != 0;
            ++counts.rows;
            counts.emotionOk += result.emotionOk ? 1 : 0;
            counts.lexicalMatched += result.matchedTerms.isEmpty() ? 0 : 1;
            counts.passed += result.passed ? 1 : 0;
            counts.passedTrue += (result.passed && isTrue) ? 1 : 0;
            counts.rejectedTrue += (!result.passed && isTrue) ? 1 : 0;
            for (const QString &term : result.matchedTerms)
                ++summary.termCounts[term];
        }
        summary.rows += counts.rows;
        summary.passed += counts.passed;
        summary.perEmotion.insert(wire, counts);
    }
    return summary;
}

QJsonObject DatasetVerificationSummary::toJson() const
{
    QJsonObject emotions;
    for (auto it = perEmotion.cbegin(); it != perEmotion.cend(); ++it) {
        emotions.insert(it.key(),
                        QJsonObject {
                            {QStringLiteral("rows"), it->rows},
                            {QStringLiteral("emotion_ok"), it->emotionOk},
                            {QStringLiteral("lexical_matched"), it->lexicalMatched},
                            {QStringLiteral("passed"), it->passed},
                            {QStringLiteral("passed_true_positives"), it->passedTrue},
                            {QStringLiteral("rejected_true_positives"), it->rejectedTrue},
                        });
    }
    QJsonObject terms;
    for (auto it = termCounts.cbegin(); it != termCounts.cend(); ++it)
        terms.insert(it.key(), it.value());
    return QJsonObject {
        {QStringLiteral("rows"), rows},
        {QStringLiteral("passed"), passed},
        {QStringLiteral("lexical_check"), lexicalChecked},
        {QStringLiteral("emotions"), emotions},
        {QStringLiteral("terms"), terms},
    };
}

QString DatasetVerificationSummary::toText() const
{
    QStringList lines;
    lines << QCoreApplication::translate("calib::DatasetVerification",
                                         "%1 of %2 rows passed the verification pipeline.")
                 .arg(passed)
                 .arg(rows);
    if (!lexicalChecked)
        lines << QCoreApplication::translate("calib::DatasetVerification",
                                             "The lexicon is empty: the lexical check was skipped.");
    lines << QStringLiteral("%1 %2 %3 %4 %5 %6")
                 .arg(QStringLiteral("emotion"), -14)
                 .arg(QStringLiteral("rows"), 8)
                 .arg(QStringLiteral("conf-ok"), 8)
                 .arg(QStringLiteral("lexical"), 8)
                 .arg(QStringLiteral("passed"), 8)
                 .arg(QStringLiteral("tp-lost"), 8);
    for (auto it = perEmotion.cbegin(); it != perEmotion.cend(); ++it) {
        lines << QStringLiteral("%1 %2 %3 %4 %5 %6")
                     .arg(it.key(), -14)
                     .arg(it->rows, 8)
                     .arg(it->emotionOk, 8)
                     .arg(it->lexicalMatched, 8)
                     .arg(it->passed, 8)
                     .arg(it->rejectedTrue, 8);
    }
    if (!termCounts.isEmpty()) {
        QStringList terms;
        for (auto it = termCounts.cbegin(); it != termCounts.cend(); ++it)
            terms << QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value());
        lines << QCoreApplication::translate("calib::DatasetVerification", "Matched terms: %1")
                     .arg(terms.join(QStringLiteral(", ")));
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList readLexiconFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return {};
    }
    QStringList terms;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        terms << line;
    }
    return terms;
}

} // namespace calib
