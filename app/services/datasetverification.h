#pragma once

#include "core/analytics/dataset.h"
#include "core/verification.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace calib {

// The verification pipeline (lexicon + emotion check) over every row of a dataset that
// was imported with its texts, with a summary per emotion and per lexicon term.
struct DatasetVerificationSummary
{
    struct PerEmotion
    {
        qint64 rows = 0;
        qint64 emotionOk = 0; // confidence >= the minimum
        qint64 lexicalMatched = 0;
        qint64 passed = 0;
        qint64 passedTrue = 0; // passed and labelled a true positive
        qint64 rejectedTrue = 0; // failed although labelled a true positive
    };

    qint64 rows = 0;
    qint64 passed = 0;
    bool lexicalChecked = true; // false when the lexicon is empty
    QMap<QString, PerEmotion> perEmotion; // wire emotion -> counts
    QMap<QString, qint64> termCounts; // lexicon term -> rows it matched

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QString toText() const;
};

[[nodiscard]] DatasetVerificationSummary verifyDataset(const Dataset &dataset, const VerificationPipeline &pipeline);

// Reads a lexicon file: one term per line; blank lines and lines starting with '#' are
// skipped. Returns an error naming the path when the file cannot be read.
[[nodiscard]] QStringList readLexiconFile(const QString &path, QString *error);

} // namespace calib
