#include "review/alertreviewmodel.h"

#include "api/cursorpager.h"
#include "api/tenantclient.h"
#include "services/reviewqueue.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace calib {

AlertReviewModel::AlertReviewModel(ReviewQueue *queue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
{
    connect(m_queue, &ReviewQueue::aboutToClear, this, [this] { beginResetModel(); });
    connect(m_queue, &ReviewQueue::cleared, this, [this] { endResetModel(); });
    connect(m_queue, &ReviewQueue::itemsAboutToBeAdded, this,
            [this](qsizetype first, qsizetype count) { beginInsertRows({}, int(first), int(first + count - 1)); });
    connect(m_queue, &ReviewQueue::itemsAdded, this, [this] { endInsertRows(); });
    connect(m_queue, &ReviewQueue::labelsChanged, this, [this](const QList<qsizetype> &rows) {
        for (qsizetype row : rows)
            Q_EMIT dataChanged(index(int(row), Label), index(int(row), Label));
    });
}

AlertReviewModel::~AlertReviewModel()
{
    if (m_pager)
        m_pager->disconnect(this);
}

void AlertReviewModel::setClient(TenantClient *client)
{
    if (m_pager) {
        m_pager->disconnect(this);
        m_pager->cancel();
        m_pager->deleteLater();
    }
    m_client = client;
    m_nextCursor.clear();
    m_atEnd = client == nullptr;
    m_failed = false;
    m_queue->clear();
}

bool AlertReviewModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_client && !m_atEnd && !m_pager && !m_failed;
}

void AlertReviewModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    AlertQuery query;
    query.limit = m_pageSize;
    CursorPager *pager = m_client->alertPager(query, m_pageSize, this);
    m_pager = pager;
    connect(pager, &CursorPager::page, this, [this](const CursorPage &page) { m_queue->addAlerts(page.alerts); });
    connect(pager, &CursorPager::finished, this, [this, pager](const ApiError &error) {
        pager->deleteLater();
        m_pager = nullptr;
        if (error.isError()) {
            if (error.kind != ApiError::Kind::Cancelled) {
                m_failed = true;
                Q_EMIT loadFailed(error);
            }
            return;
        }
        if (pager->stoppedAtMaximum()) {
            m_nextCursor = pager->nextCursor();
        } else {
            m_atEnd = true;
        }
    });
    pager->start(m_nextCursor);
}

int AlertReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_queue->size());
}

int AlertReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlertReviewModel::labelText(const std::optional<AlertReview::Label> &label)
{
    if (!label)
        return {};
    switch (*label) {
    case AlertReview::Label::TruePositive: return tr("True positive");
    case AlertReview::Label::FalsePositive: return tr("False positive");
    case AlertReview::Label::Skip: return tr("Skipped");
    }
    return {};
}

QVariant AlertReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewQueueItem &item = m_queue->at(index.row());
    const Alert &alert = item.alert;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Emotion: return displayName(alert.emotion);
        case Confidence: return QLocale().toString(alert.confidence, 'f', 2);
        case Threshold: return QLocale().toString(alert.threshold, 'f', 2);
        case Directive: return displayName(alert.directive);
        case Excerpt: return alert.transcriptExcerpt.simplified();
        case Verification:
            if (!item.verification.emotionOk)
                return tr("✗ emotion check failed");
            if (item.verification.lexicalChecked && item.verification.matchedTerms.isEmpty())
                return tr("✗ no lexicon term");
            return item.verification.matchedTerms.isEmpty() ? tr("✓ passed")
                                                            : u"✓ "_s % item.verification.matchedTerms.join(u", "_s);
        case Label: return labelText(item.label);
        default: return {};
        }
    }
    switch (role) {
    case Qt::ToolTipRole:
        if (index.column() == Excerpt)
            return alert.transcriptExcerpt;
        if (index.column() == Verification)
            return item.verification.summary;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Confidence || index.column() == Threshold)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Verification)
            return QBrush(item.verification.passed ? QColor(0x1b, 0x6e, 0x3a) : QColor(0xa3, 0x1f, 0x1f));
        return {};
    case Qt::BackgroundRole:
        if (index.column() == Label && item.label) {
            if (*item.label == AlertReview::Label::TruePositive)
                return QBrush(QColor(0xe6, 0xf4, 0xea));
            if (*item.label == AlertReview::Label::FalsePositive)
                return QBrush(QColor(0xfd, 0xe8, 0xe8));
        }
        return {};
    case AlertIdRole: return alert.id;
    case LabelRole: return item.label ? QVariant(AlertReview::labelName(*item.label)) : QVariant();
    case MatchedTermsRole: return item.verification.matchedTerms;
    default: return {};
    }
}

QVariant AlertReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Emotion: return tr("Emotion");
    case Confidence: return tr("Confidence");
    case Threshold: return tr("Threshold");
    case Directive: return tr("Directive");
    case Excerpt: return tr("Transcript excerpt");
    case Verification: return tr("Verification");
    case Label: return tr("Label");
    default: return {};
    }
}

} // namespace calib
