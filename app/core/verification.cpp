#include "core/verification.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>

namespace calib {

namespace {

// A letter, combining mark, digit or underscore continues a word.
constexpr QLatin1StringView wordChar("[\\p{L}\\p{M}\\p{N}_]");

QString tr(const char *text)
{
    return QCoreApplication::translate("calib::VerificationPipeline", text);
}

QString number(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

} // namespace

Lexicon::Lexicon()
    : Lexicon(defaultTerms())
{ }

Lexicon::Lexicon(QStringList terms)
{
    // Trimmed, inner whitespace collapsed, empty ones dropped, first spelling kept.
    QSet<QString> seen;
    for (const QString &raw : terms) {
        const QString term = raw.simplified();
        if (term.isEmpty())
            continue;
        const QString key = term.toCaseFolded();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        m_terms.append(term);
    }
    if (m_terms.isEmpty())
        return;

    // One capturing group per term, so the group number names the lexicon term. Longer
    // terms are tried first, so "sla breach" wins over "sla" at the same position.
    QList<qsizetype> order(m_terms.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [this](qsizetype a, qsizetype b) { return m_terms.at(a).size() > m_terms.at(b).size(); });
    QString alternatives;
    for (qsizetype i : std::as_const(order)) {
        QStringList words = m_terms.at(i).split(u' ');
        for (QString &w : words)
            w = QRegularExpression::escape(w);
        if (!alternatives.isEmpty())
            alternatives += u'|';
        alternatives += u'(' + words.join(QStringLiteral("\\s+")) + u')';
        m_groupToTerm.append(i);
    }
    m_pattern.setPattern(QStringLiteral("(?<!") + wordChar + QStringLiteral(")(?:") + alternatives
                         + QStringLiteral(")(?!") + wordChar + u')');
    m_pattern.setPatternOptions(QRegularExpression::CaseInsensitiveOption
                                | QRegularExpression::UseUnicodePropertiesOption);
    m_pattern.optimize();
}

QStringList Lexicon::defaultTerms()
{
    return {QStringLiteral("billing"), QStringLiteral("outage"), QStringLiteral("refund"), QStringLiteral("latency"),
            QStringLiteral("sla")};
}

QStringList Lexicon::match(QStringView text) const
{
    QStringList matched;
    if (m_terms.isEmpty() || text.isEmpty())
        return matched;
    QVarLengthArray<bool, 64> found(m_terms.size(), false);
    QRegularExpressionMatchIterator it = m_pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const int group = m.lastCapturedIndex();
        if (group < 1 || group > m_groupToTerm.size())
            continue;
        const qsizetype term = m_groupToTerm.at(group - 1);
        if (!found.at(term)) {
            found[term] = true;
            matched.append(m_terms.at(term));
            if (matched.size() == m_terms.size())
                break;
        }
    }
    return matched;
}

VerificationPipeline::VerificationPipeline(Lexicon lexicon, double minConfidence)
    : m_lexicon(std::move(lexicon))
    , m_minConfidence(minConfidence)
    , m_minConfidenceText(number(minConfidence))
{ }

VerificationResult VerificationPipeline::verify(const VerificationInput &input) const
{
    VerificationResult r;
    QStringList parts;

    const std::optional<Emotion> emotion = emotionFromWire(input.emotion);
    if (!emotion) {
        parts << tr("unknown emotion \"%1\"").arg(input.emotion.left(64));
    } else if (!(input.confidence >= m_minConfidence)) { // NaN fails, too
        parts << tr("%1 confidence %2 is below the minimum %3")
                     .arg(input.emotion, number(input.confidence), m_minConfidenceText);
    } else {
        r.emotionOk = true;
        parts
            << tr("%1 at confidence %2 (minimum %3)").arg(input.emotion, number(input.confidence), m_minConfidenceText);
    }

    r.lexicalChecked = !m_lexicon.isEmpty();
    if (!r.lexicalChecked) {
        parts << tr("lexical check skipped: the lexicon is empty");
    } else {
        r.matchedTerms = m_lexicon.match(input.text);
        if (r.matchedTerms.isEmpty())
            parts << tr("no lexicon term in the text");
        else
            parts << tr("matched %1").arg(r.matchedTerms.join(QStringLiteral(", ")));
    }

    r.passed = r.emotionOk && (!r.lexicalChecked || !r.matchedTerms.isEmpty());
    r.summary = (r.passed ? tr("Passed: ") : tr("Failed: ")) + parts.join(QStringLiteral("; "));
    return r;
}

} // namespace calib
