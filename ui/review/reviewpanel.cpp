#include "review/reviewpanel.h"

#include "api/cursorpager.h"
#include "api/tenantclient.h"
#include "common/dialogs.h"
#include "review/alertreviewmodel.h"
#include "review/labelcommand.h"
#include "review/precisionchart.h"
#include "services/reviewqueue.h"
#include "services/workbenchsession.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace calib {

namespace {

// Reviews are kept per connection profile; without one (offline, imported files only)
// they are kept under "local".
QString tenantKey(const WorkbenchSession *session)
{
    const QString name = session ? session->profile().name : QString();
    return name.isEmpty() ? u"local"_s : name;
}

} // namespace

ReviewPanel::ReviewPanel(WorkbenchSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_queue(new ReviewQueue(session && session->isDatabaseOpen() ? &session->reviews() : nullptr, tenantKey(session),
                              session ? session->clock() : nullptr, this))
    , m_model(new AlertReviewModel(m_queue, this))
    , m_undo(new QUndoStack(this))
    , m_view(new QTableView(this))
    , m_detail(new QTextBrowser(this))
    , m_precisionLabel(new QLabel(this))
    , m_bucketCombo(new QComboBox(this))
    , m_importButton(new QPushButton(tr("Import alerts…"), this))
    , m_pngButton(new QPushButton(tr("Export PNG…"), this))
    , m_csvButton(new QPushButton(tr("Export CSV…"), this))
    , m_chart(new PrecisionChart(this))
{
    setObjectName(u"reviewPanel"_s);
    m_view->setObjectName(u"reviewTableView"_s);
    m_detail->setObjectName(u"alertDetailBrowser"_s);
    m_precisionLabel->setObjectName(u"precisionLabel"_s);
    m_bucketCombo->setObjectName(u"bucketCombo"_s);
    m_view->setAccessibleName(tr("Alerts to review"));
    m_detail->setAccessibleName(tr("Selected alert"));
    m_bucketCombo->setAccessibleName(tr("Chart buckets"));
    m_importButton->setObjectName(u"importAlertsButton"_s);
    m_pngButton->setObjectName(u"exportPngButton"_s);
    m_csvButton->setObjectName(u"exportCsvButton"_s);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(AlertReviewModel::Excerpt, QHeaderView::Stretch);
    const int charWidth = fontMetrics().averageCharWidth();
    m_view->setColumnWidth(AlertReviewModel::Emotion, charWidth * 13);
    m_view->setColumnWidth(AlertReviewModel::Confidence, charWidth * 14);
    m_view->setColumnWidth(AlertReviewModel::Threshold, charWidth * 14);
    m_view->setColumnWidth(AlertReviewModel::Directive, charWidth * 11);
    m_view->setColumnWidth(AlertReviewModel::Verification, charWidth * 27);
    m_view->setColumnWidth(AlertReviewModel::Label, charWidth * 15);
    m_view->installEventFilter(this);
    m_view->setToolTip(tr("T: true positive · F: false positive · S: skip · Ctrl+Z: undo"));

    m_detail->setPlaceholderText(tr("Select an alert to read its transcript excerpt with the matched lexicon terms."));
    m_bucketCombo->addItem(tr("By day"), int(PrecisionBucket::Day));
    m_bucketCombo->addItem(tr("By week"), int(PrecisionBucket::Week));

    // Undo and Redo on the queue act on the labels (ahead of a window-wide Undo on the
    // same keys); see eventFilter().

    auto *hint = new QLabel(tr("Keys: <b>T</b> true positive · <b>F</b> false positive · <b>S</b> skip · "
                               "<b>Ctrl+Z</b> undo. Select several rows to label them at once."),
                            this);
    auto *top = new QHBoxLayout;
    top->addWidget(hint, 1);
    top->addWidget(m_importButton);

    auto *upper = new QSplitter(Qt::Horizontal, this);
    upper->addWidget(m_view);
    upper->addWidget(m_detail);
    upper->setStretchFactor(0, 3);
    upper->setStretchFactor(1, 1);

    auto *chartBox = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto *chartBar = new QHBoxLayout;
    chartBar->addWidget(m_precisionLabel, 1);
    chartBar->addWidget(m_bucketCombo);
    chartBar->addWidget(m_pngButton);
    chartBar->addWidget(m_csvButton);
    chartLayout->addLayout(chartBar);
    chartLayout->addWidget(m_chart, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(upper);
    splitter->addWidget(chartBox);
    // The queue is where the keys go: it gets the larger share.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_importButton, &QPushButton::clicked, this, [this] {
        const QString path = dialogs::openFileName(this, tr("Import alerts"), QString(),
                                                   tr("Alerts (*.jsonl *.ndjson *.csv);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_pngButton, &QPushButton::clicked, this, [this] {
        const QString path
            = dialogs::saveFileName(this, tr("Export chart as PNG"), u"precision.png"_s, tr("PNG images (*.png)"));
        QString error;
        if (!path.isEmpty() && !m_chart->exportPng(path, &error))
            dialogs::warning(this, tr("Export"), error);
    });
    connect(m_csvButton, &QPushButton::clicked, this, [this] {
        const QString path
            = dialogs::saveFileName(this, tr("Export precision as CSV"), u"precision.csv"_s, tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty() && !m_chart->exportCsv(path, &error))
            dialogs::warning(this, tr("Export"), error);
    });
    connect(m_bucketCombo, &QComboBox::currentIndexChanged, this, &ReviewPanel::refreshPrecision);
    connect(m_queue, &ReviewQueue::labelsChanged, this, &ReviewPanel::refreshPrecision);
    connect(m_queue, &ReviewQueue::labelsChanged, this, &ReviewPanel::onCurrentChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewPanel::onCurrentChanged);
    connect(m_model, &AlertReviewModel::loadFailed, this, [this](const ApiError &error) {
        m_precisionLabel->setText(tr("Loading alerts failed: %1").arg(error.message));
    });
    if (m_session) {
        connect(m_session, &WorkbenchSession::connectionChanged, this, &ReviewPanel::onConnectionChanged);
        // A calibration applied since the markers were read gets its marker too.
        connect(m_session, &WorkbenchSession::calibrationInForceLoaded, this,
                [this](const CalibrationInForce &inForce) {
                    if (m_session->isConnected() && inForce.version != m_markersVersion)
                        loadCalibrationMarkers();
                });
    }
    onConnectionChanged();
}

ReviewPanel::~ReviewPanel() = default;

void ReviewPanel::onConnectionChanged()
{
    m_undo->clear();
    const bool connected = m_session && m_session->isConnected();
    m_queue->setTenant(tenantKey(m_session));
    m_model->setClient(connected ? m_session->client() : nullptr);
    m_calibrationChanges.clear();
    refreshPrecision();
    if (connected)
        loadCalibrationMarkers();
}

void ReviewPanel::loadCalibrationMarkers()
{
    if (m_markerPager) {
        m_markerPager->disconnect(this);
        m_markerPager->cancel();
        m_markerPager->deleteLater();
    }
    const auto &inForce = m_session->calibrationInForce();
    m_markersVersion = inForce ? inForce->version : -1;
    AuditQuery query;
    query.limit = 200;
    CursorPager *pager = m_session->client()->auditPager(query, 2000, this);
    m_markerPager = pager;
    m_calibrationChanges.clear();
    connect(pager, &CursorPager::page, this, [this](const CursorPage &page) {
        for (const AuditEvent &event : page.auditEvents) {
            if (event.action == u"calibration.applied"_s)
                m_calibrationChanges.append(event.timestamp);
        }
    });
    connect(pager, &CursorPager::finished, this, [this, pager] {
        pager->deleteLater();
        std::sort(m_calibrationChanges.begin(), m_calibrationChanges.end());
        refreshPrecision();
    });
    pager->start();
}

bool ReviewPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->accept();
            return true;
        }
    }
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo)) {
            m_undo->undo();
            return true;
        }
        if (key->matches(QKeySequence::Redo)) {
            m_undo->redo();
            return true;
        }
        if (key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier))
            return QWidget::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_T: labelSelection(AlertReview::Label::TruePositive); return true;
        case Qt::Key_F: labelSelection(AlertReview::Label::FalsePositive); return true;
        case Qt::Key_S: labelSelection(AlertReview::Label::Skip); return true;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReviewPanel::labelSelection(std::optional<AlertReview::Label> label)
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(m_model->index(index.row(), 0).data(AlertReviewModel::AlertIdRole).toString());
    auto command = std::make_unique<LabelCommand>(m_queue, ids, label, [panel = QPointer(this)](const QString &error) {
        if (panel)
            dialogs::warning(panel, tr("Labels not saved"), error);
    });
    if (!command->apply()) {
        dialogs::warning(this, tr("Labels not saved"), command->error());
        return;
    }
    m_undo->push(command.release());
    // One alert labelled: move on to the next, so a reviewer can keep typing.
    if (rows.size() == 1 && rows.first().row() + 1 < m_model->rowCount()) {
        const QModelIndex next = m_model->index(rows.first().row() + 1, 0);
        m_view->selectionModel()->setCurrentIndex(next,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

bool ReviewPanel::importFile(const QString &path)
{
    QStringList errors;
    const QList<Alert> alerts = ReviewQueue::importAlerts(path, &errors);
    const qsizetype added = m_queue->addAlerts(alerts);
    if (!errors.isEmpty())
        dialogs::warning(this, tr("Import alerts"),
                         tr("%n alert(s) imported; some rows were rejected:", nullptr, int(added)) % u"\n"_s
                             % errors.mid(0, 20).join(u'\n'));
    return errors.isEmpty();
}

void ReviewPanel::refreshPrecision()
{
    const QList<AlertReview> reviews = m_queue->reviews();
    qint64 tp = 0;
    qint64 fp = 0;
    for (const AlertReview &review : reviews) {
        tp += review.label == AlertReview::Label::TruePositive ? 1 : 0;
        fp += review.label == AlertReview::Label::FalsePositive ? 1 : 0;
    }
    const std::optional<double> overall = precision(tp, fp);
    if (!overall) {
        m_precisionLabel->setText(tr("Precision: no data (nothing reviewed yet)"));
    } else {
        const std::optional<WilsonInterval> interval = wilson(tp, tp + fp);
        m_precisionLabel->setText(tr("Precision: <b>%1%</b> (95% interval %2–%3%) from %4 TP and %5 FP")
                                      .arg(QLocale().toString(*overall * 100, 'f', 1),
                                           QLocale().toString(interval->lower * 100, 'f', 1),
                                           QLocale().toString(interval->upper * 100, 'f', 1))
                                      .arg(tp)
                                      .arg(fp));
    }
    const auto bucket = PrecisionBucket(m_bucketCombo->currentData().toInt());
    m_chart->setData(precisionSeries(samplesFromReviews(reviews), bucket), m_calibrationChanges);
    m_pngButton->setEnabled(overall.has_value());
    m_csvButton->setEnabled(overall.has_value());
}

void ReviewPanel::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const ReviewQueueItem &item = m_queue->at(current.row());
    // Highlight every matched lexicon term in the excerpt.
    QString excerpt;
    const QString &text = item.alert.transcriptExcerpt;
    qsizetype last = 0;
    if (!m_queue->pipeline().lexicon().isEmpty()) {
        QRegularExpressionMatchIterator it = m_queue->pipeline().lexicon().pattern().globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            qsizetype start = match.capturedStart();
            qsizetype end = match.capturedEnd();
            for (int group = 1; group <= match.lastCapturedIndex(); ++group) {
                if (match.capturedStart(group) >= 0) {
                    start = match.capturedStart(group);
                    end = match.capturedEnd(group);
                    break;
                }
            }
            // Dark text on the marker colour reads in light and dark palettes alike.
            excerpt += text.mid(last, start - last).toHtmlEscaped()
                    % u"<span style='background:#ffe082; color:#000000'><b>"_s
                + text.mid(start, end - start).toHtmlEscaped() % u"</b></span>"_s;
            last = end;
        }
    }
    excerpt += text.mid(last).toHtmlEscaped();
    const bool dark = m_detail->palette().color(QPalette::Base).lightness() < 128;
    const QString verdict = item.verification.passed
        ? (dark ? u"<span style='color:#81c995'>✓ "_s : u"<span style='color:#1b6e3a'>✓ "_s)
        : (dark ? u"<span style='color:#f28b82'>✗ "_s : u"<span style='color:#a31f1f'>✗ "_s);
    m_detail->setHtml(
        u"<p><b>"_s % displayName(item.alert.emotion) % u"</b> "_s % QLocale().toString(item.alert.confidence, 'f', 2)
        % u" ≥ "_s % QLocale().toString(item.alert.threshold, 'f', 2) % u" · "_s
        % displayName(item.alert.directive).toHtmlEscaped() % u"<br><small>"_s % item.alert.id.toHtmlEscaped()
        % u" · "_s % QLocale().toString(item.alert.triggeredAt.toLocalTime(), QLocale::ShortFormat)
        % u"</small></p><p>"_s % (excerpt.isEmpty() ? tr("(no transcript excerpt)") : excerpt) % u"</p><p>"_s % verdict
        % item.verification.summary.toHtmlEscaped() % u"</span></p><p>"_s
        % tr("Label: %1").arg(item.label ? AlertReviewModel::labelText(item.label) : tr("not reviewed")) % u"</p>"_s);
}

} // namespace calib
