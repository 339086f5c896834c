#include "services/reviewqueue.h"

#include "core/clock.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace calib {

ReviewQueue::ReviewQueue(ReviewStore *store, QString tenant, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_tenant(std::move(tenant))
    , m_clock(clock ? clock : Clock::system())
{ }

void ReviewQueue::setTenant(const QString &tenant)
{
    m_tenant = tenant;
    m_memoryLabels.clear();
    m_storedReviews.reset();
    clear();
}

void ReviewQueue::setPipeline(const VerificationPipeline &pipeline)
{
    m_pipeline = pipeline;
    for (ReviewQueueItem &item : m_items)
        item.verification
            = m_pipeline.verify({toWire(item.alert.emotion), item.alert.confidence, item.alert.transcriptExcerpt});
}

void ReviewQueue::clear()
{
    Q_EMIT aboutToClear();
    m_items.clear();
    m_rows.clear();
    Q_EMIT cleared();
}

qsizetype ReviewQueue::addAlerts(const QList<Alert> &alerts)
{
    QHash<QString, AlertReview::Label> stored = m_memoryLabels;
    if (m_store) {
        for (const AlertReview &review : reviews())
            stored.insert(review.alertId, review.label);
    }
    const qsizetype first = m_items.size();
    QList<Alert> fresh;
    QSet<QString> ids;
    for (const Alert &alert : alerts) {
        if (!alert.id.isEmpty() && !m_rows.contains(alert.id) && !ids.contains(alert.id)) {
            ids.insert(alert.id);
            fresh.append(alert);
        }
    }
    if (fresh.isEmpty())
        return 0;
    Q_EMIT itemsAboutToBeAdded(first, fresh.size());
    for (const Alert &alert : std::as_const(fresh)) {
        ReviewQueueItem item;
        item.alert = alert;
        item.verification = m_pipeline.verify({toWire(alert.emotion), alert.confidence, alert.transcriptExcerpt});
        const auto it = stored.constFind(alert.id);
        if (it != stored.constEnd())
            item.label = *it;
        m_rows.insert(alert.id, m_items.size());
        m_items.append(item);
    }
    Q_EMIT itemsAdded(first, fresh.size());
    return fresh.size();
}

bool ReviewQueue::setLabels(const QStringList &alertIds, const QList<std::optional<AlertReview::Label>> &labels,
                            QString *error)
{
    Q_ASSERT(alertIds.size() == labels.size());
    QList<AlertReview> upserts;
    QStringList removals;
    const QDateTime now = m_clock->now().toUTC();
    for (qsizetype i = 0; i < alertIds.size(); ++i) {
        if (labels.at(i)) {
            AlertReview review;
            review.tenant = m_tenant;
            review.alertId = alertIds.at(i);
            review.label = *labels.at(i);
            review.reviewedAt = now;
            const qsizetype row = rowOf(alertIds.at(i));
            if (row >= 0)
                review.alert = alertToJson(m_items.at(row).alert);
            upserts.append(review);
        } else {
            removals.append(alertIds.at(i));
        }
    }
    if (m_store) {
        if (const StoreStatus status = m_store->update(upserts, m_tenant, removals); !status.ok()) {
            if (error)
                *error = status.error();
            return false;
        }
        if (m_storedReviews) {
            // As the store now lists them: a relabelled alert moves to the end (newest).
            const QSet<QString> touched(alertIds.cbegin(), alertIds.cend());
            m_storedReviews->removeIf([&touched](const AlertReview &r) { return touched.contains(r.alertId); });
            QList<AlertReview> added = upserts; // one time: the store's order is by alert id then
            std::sort(added.begin(), added.end(),
                      [](const AlertReview &a, const AlertReview &b) { return a.alertId < b.alertId; });
            m_storedReviews->append(added);
        }
    }
    QList<qsizetype> changed;
    for (qsizetype i = 0; i < alertIds.size(); ++i) {
        if (labels.at(i))
            m_memoryLabels.insert(alertIds.at(i), *labels.at(i));
        else
            m_memoryLabels.remove(alertIds.at(i));
        const qsizetype row = rowOf(alertIds.at(i));
        if (row >= 0) {
            m_items[row].label = labels.at(i);
            changed.append(row);
        }
    }
    if (!changed.isEmpty())
        Q_EMIT labelsChanged(changed);
    return true;
}

QList<AlertReview> ReviewQueue::reviews() const
{
    if (m_store) {
        if (!m_storedReviews) {
            const StoreResult<QList<AlertReview>> stored = m_store->list(m_tenant);
            if (!stored.ok())
                return {}; // read again next time
            m_storedReviews = stored.value();
        }
        return *m_storedReviews;
    }
    QList<AlertReview> result;
    for (auto it = m_memoryLabels.constBegin(); it != m_memoryLabels.constEnd(); ++it) {
        AlertReview review;
        review.tenant = m_tenant;
        review.alertId = it.key();
        review.label = it.value();
        const qsizetype row = rowOf(it.key());
        if (row >= 0)
            review.alert = alertToJson(m_items.at(row).alert);
        result.append(review);
    }
    return result;
}

QJsonObject ReviewQueue::alertToJson(const Alert &alert)
{
    QJsonObject object = alert.raw;
    object.insert(u"id"_s, alert.id);
    object.insert(u"interaction_id"_s, alert.interactionId);
    object.insert(u"emotion"_s, toWire(alert.emotion));
    object.insert(u"confidence"_s, alert.confidence);
    object.insert(u"threshold"_s, alert.threshold);
    object.insert(u"directive"_s, toWire(alert.directive));
    object.insert(u"triggered_at"_s, alert.triggeredAt.toUTC().toString(Qt::ISODateWithMs));
    object.insert(u"calibration_version"_s, alert.calibrationVersion);
    if (!alert.transcriptExcerpt.isEmpty())
        object.insert(u"transcript_excerpt"_s, alert.transcriptExcerpt);
    return object;
}

std::optional<Alert> ReviewQueue::alertFromJson(const QJsonObject &object)
{
    Alert alert;
    alert.id = object.value(u"id"_s).isDouble() ? QString::number(object.value(u"id"_s).toInteger())
                                                : object.value(u"id"_s).toString();
    const std::optional<Emotion> emotion = emotionFromWire(object.value(u"emotion"_s).toString());
    const std::optional<Directive> directive = directiveFromWire(object.value(u"directive"_s).toString());
    if (alert.id.isEmpty() || !emotion || !object.value(u"confidence"_s).isDouble())
        return std::nullopt;
    alert.emotion = *emotion;
    alert.directive = directive.value_or(Directive::Notify);
    alert.interactionId = object.value(u"interaction_id"_s).toString();
    alert.confidence = object.value(u"confidence"_s).toDouble();
    alert.threshold = object.value(u"threshold"_s).toDouble();
    alert.triggeredAt = QDateTime::fromString(object.value(u"triggered_at"_s).toString(), Qt::ISODateWithMs).toUTC();
    alert.calibrationVersion = object.value(u"calibration_version"_s).toInteger();
    alert.transcriptExcerpt = object.value(u"transcript_excerpt"_s).toString();
    alert.raw = object;
    return alert;
}

QList<Alert> ReviewQueue::importAlerts(const QString &path, QStringList *errors)
{
    QList<Alert> alerts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (errors)
            errors->append(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return alerts;
    }
    QTextStream in(&file);
    QStringList header;
    const bool csv = path.endsWith(u".csv"_s, Qt::CaseInsensitive);
    qint64 lineNo = 0;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        ++lineNo;
        if (line.trimmed().isEmpty())
            continue;
        QJsonObject object;
        if (csv) {
            // Simple CSV: quoted fields with doubled quotes, no line breaks inside fields.
            QStringList fields;
            QString field;
            bool quoted = false;
            for (qsizetype i = 0; i < line.size(); ++i) {
                const QChar c = line.at(i);
                if (quoted) {
                    if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                        field += u'"';
                        ++i;
                    } else if (c == u'"') {
                        quoted = false;
                    } else {
                        field += c;
                    }
                } else if (c == u'"') {
                    quoted = true;
                } else if (c == u',') {
                    fields.append(field);
                    field.clear();
                } else {
                    field += c;
                }
            }
            fields.append(field);
            if (header.isEmpty()) {
                header = fields;
                continue;
            }
            for (qsizetype i = 0; i < header.size() && i < fields.size(); ++i) {
                const QString key = header.at(i).trimmed();
                bool isNumber = false;
                const double number = fields.at(i).toDouble(&isNumber);
                if (isNumber && (key == u"confidence"_s || key == u"threshold"_s || key == u"calibration_version"_s))
                    object.insert(key, number);
                else
                    object.insert(key, fields.at(i));
            }
        } else {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &parseError);
            if (!document.isObject()) {
                if (errors)
                    errors->append(tr("line %1: not a JSON object").arg(lineNo));
                continue;
            }
            object = document.object();
        }
        const std::optional<Alert> alert = alertFromJson(object);
        if (!alert) {
            if (errors)
                errors->append(tr("line %1: an alert needs id, emotion and confidence").arg(lineNo));
            continue;
        }
        alerts.append(*alert);
    }
    return alerts;
}

QList<LabelledAlert> ReviewQueue::labelledAlerts() const
{
    QList<LabelledAlert> out;
    for (const ReviewQueueItem &item : m_items) {
        if (!item.label || *item.label == AlertReview::Label::Skip)
            continue;
        LabelledAlert alert;
        alert.interactionId = item.alert.interactionId;
        alert.emotion = item.alert.emotion;
        alert.confidence = item.alert.confidence;
        alert.label = *item.label == AlertReview::Label::TruePositive;
        if (item.alert.triggeredAt.isValid())
            alert.timestamp = item.alert.triggeredAt.toUTC();
        alert.text = item.alert.transcriptExcerpt;
        alert.directive = item.alert.directive;
        out.append(alert);
    }
    return out;
}

} // namespace calib
