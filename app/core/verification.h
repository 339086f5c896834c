#pragma once

#include "core/emotion.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace calib {

// The domain lexicon, compiled once (not per text): whole words, case-insensitive,
// Unicode-aware. Terms are trimmed (inner whitespace collapsed; a multi-word term matches
// across any whitespace), empty ones dropped, and duplicates removed case-insensitively
// keeping the first spelling. A term matches only where no letter, mark, digit or '_'
// touches it on either side ("sla" matches "SLA," but not "slash").
class Lexicon
{
public:
    Lexicon(); // the defaults: billing, outage, refund, latency, sla
    explicit Lexicon(QStringList terms);

    [[nodiscard]] static QStringList defaultTerms();
    [[nodiscard]] const QStringList &terms() const { return m_terms; }
    [[nodiscard]] bool isEmpty() const { return m_terms.isEmpty(); }
    // The one compiled expression (empty pattern when the lexicon is empty).
    [[nodiscard]] const QRegularExpression &pattern() const { return m_pattern; }
    // Matched terms in order of first appearance, as written in the lexicon.
    [[nodiscard]] QStringList match(QStringView text) const;

private:
    QStringList m_terms;
    QRegularExpression m_pattern;
    QList<qsizetype> m_groupToTerm; // capture group n (1-based) -> index in m_terms
};

struct VerificationInput
{
    QString emotion; // wire name; unknown names fail the emotion check
    double confidence = 0.0;
    QString text;
};

struct VerificationResult
{
    bool emotionOk = false;
    bool lexicalChecked = false; // false when the lexicon is empty (skipped)
    QStringList matchedTerms;
    bool passed = false; // emotionOk && (lexicon empty || matched)
    QString summary; // plain words, names the matched terms or why it failed
};

class VerificationPipeline
{
public:
    static constexpr double defaultMinConfidence = 0.8;
    explicit VerificationPipeline(Lexicon lexicon = {}, double minConfidence = defaultMinConfidence);
    [[nodiscard]] VerificationResult verify(const VerificationInput &input) const;
    [[nodiscard]] const Lexicon &lexicon() const { return m_lexicon; }
    [[nodiscard]] double minConfidence() const { return m_minConfidence; }

private:
    Lexicon m_lexicon;
    double m_minConfidence;
    QString m_minConfidenceText; // formatted once for the summaries
};

} // namespace calib
