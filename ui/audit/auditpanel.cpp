#include "audit/auditpanel.h"

#include "api/tenantclient.h"
#include "audit/audittablemodel.h"
#include "common/dialogs.h"
#include "common/plaintextdelegate.h"
#include "common/uniformrowheader.h"
#include "services/auditquery.h"
#include "services/auditqueryexport.h"
#include "services/workbenchsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace calib {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

AuditPanel::AuditPanel(WorkbenchSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new AuditTableModel(this))
    , m_view(new QTableView(this))
    , m_detail(new QTextBrowser(this))
    , m_actionCombo(new QComboBox(this))
    , m_actorCombo(new QComboBox(this))
    , m_sinceCheck(new QCheckBox(tr("From"), this))
    , m_sinceEdit(new QDateTimeEdit(this))
    , m_untilCheck(new QCheckBox(tr("Until"), this))
    , m_untilEdit(new QDateTimeEdit(this))
    , m_applyButton(new QPushButton(tr("Filter"), this))
    , m_reloadButton(new QPushButton(tr("Reload"), this))
    , m_loadAllButton(new QPushButton(tr("Load all"), this))
    , m_exportCsvButton(new QPushButton(tr("Export CSV…"), this))
    , m_exportJsonlButton(new QPushButton(tr("Export JSONL…"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_statusLabel(new QLabel(this))
    , m_exporter(new AuditRowsExporter(this))
{
    setObjectName(u"auditPanel"_s);
    m_view->setObjectName(u"auditTableView"_s);
    m_detail->setObjectName(u"auditDetailBrowser"_s);
    m_actionCombo->setObjectName(u"actionFilterCombo"_s);
    m_actorCombo->setObjectName(u"actorFilterCombo"_s);
    m_sinceCheck->setObjectName(u"sinceCheckBox"_s);
    m_sinceEdit->setObjectName(u"sinceDateTimeEdit"_s);
    m_untilCheck->setObjectName(u"untilCheckBox"_s);
    m_untilEdit->setObjectName(u"untilDateTimeEdit"_s);
    m_applyButton->setObjectName(u"applyFilterButton"_s);
    m_reloadButton->setObjectName(u"reloadButton"_s);
    m_loadAllButton->setObjectName(u"loadAllButton"_s);
    m_exportCsvButton->setObjectName(u"exportCsvButton"_s);
    m_exportJsonlButton->setObjectName(u"exportJsonlButton"_s);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_progress->setObjectName(u"progressBar"_s);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    m_view->setAccessibleName(tr("Audit events"));
    m_detail->setAccessibleName(tr("Selected audit event"));
    m_actionCombo->setAccessibleName(tr("Action filter"));
    m_actorCombo->setAccessibleName(tr("Actor filter"));
    m_sinceEdit->setAccessibleName(tr("From (inclusive)"));
    m_untilEdit->setAccessibleName(tr("Until (exclusive)"));

    m_actionCombo->addItem(tr("All actions"), QString());
    m_actorCombo->setEditable(true);
    m_actorCombo->addItem(QString()); // first and current: every actor
    m_actorCombo->lineEdit()->setPlaceholderText(tr("All actors"));
    m_actorCombo->setMinimumContentsLength(14);
    for (QDateTimeEdit *edit : {m_sinceEdit, m_untilEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        edit->setEnabled(false);
    }
    const QDateTime now = QDateTime::currentDateTime();
    m_sinceEdit->setDateTime(now.addDays(-7));
    m_untilEdit->setDateTime(now);
    connect(m_sinceCheck, &QCheckBox::toggled, m_sinceEdit, &QWidget::setEnabled);
    connect(m_untilCheck, &QCheckBox::toggled, m_untilEdit, &QWidget::setEnabled);

    m_view->setVerticalHeader(new UniformRowHeader(m_view));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setItemDelegate(new PlainTextDelegate(m_view));
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // A fixed row height: never ResizeToContents on a million rows.
    QHeaderView *vertical = m_view->verticalHeader();
    vertical->setDefaultSectionSize(fontMetrics().height() + 8);
    vertical->hide();
    QHeaderView *horizontal = m_view->horizontalHeader();
    horizontal->setSectionResizeMode(QHeaderView::Interactive);
    horizontal->setStretchLastSection(true);
    horizontal->setSortIndicator(-1, Qt::AscendingOrder); // the server's order until a click
    m_view->setSortingEnabled(true);
    const int charWidth = fontMetrics().averageCharWidth();
    m_view->setColumnWidth(AuditTableModel::Time, charWidth * 25);
    m_view->setColumnWidth(AuditTableModel::Actor, charWidth * 15);
    // Wide enough for every action of the contract, whatever the font.
    int actionWidth = 0;
    for (const QString &action :
         {u"calibration.applied"_s, u"calibration.rejected"_s, u"reweight.started"_s, u"reweight.completed"_s,
          u"reweight.failed"_s, u"webhook.registered"_s, u"webhook.deleted"_s})
        actionWidth = std::max(actionWidth, fontMetrics().horizontalAdvance(action));
    m_view->setColumnWidth(AuditTableModel::Action, actionWidth + 3 * charWidth);
    m_view->setColumnWidth(AuditTableModel::Version, charWidth * 9);
    m_view->setColumnWidth(AuditTableModel::Job, charWidth * 11);
    m_view->setColumnWidth(AuditTableModel::IdempotencyKey, charWidth * 22);
    m_view->setColumnWidth(AuditTableModel::Status, charWidth * 8);

    m_detail->setOpenLinks(false);
    m_detail->setPlaceholderText(tr("Select an event to see all of its fields and changes."));

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Action:"), this));
    filterRow->addWidget(m_actionCombo);
    filterRow->addWidget(new QLabel(tr("Actor:"), this));
    filterRow->addWidget(m_actorCombo);
    filterRow->addWidget(m_sinceCheck);
    filterRow->addWidget(m_sinceEdit);
    filterRow->addWidget(m_untilCheck);
    filterRow->addWidget(m_untilEdit);
    filterRow->addWidget(m_applyButton);
    filterRow->addStretch(1);

    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_reloadButton);
    actionRow->addWidget(m_loadAllButton);
    actionRow->addWidget(m_exportCsvButton);
    actionRow->addWidget(m_exportJsonlButton);
    actionRow->addWidget(m_progress, 1);
    actionRow->addWidget(m_cancelButton);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(splitter, 1);
    layout->addLayout(actionRow);
    layout->addWidget(m_statusLabel);

    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    m_progress->setTextVisible(true);

    connect(m_applyButton, &QPushButton::clicked, this, &AuditPanel::applyFilter);
    connect(m_actionCombo, &QComboBox::activated, this, &AuditPanel::applyFilter);
    connect(m_actorCombo->lineEdit(), &QLineEdit::returnPressed, this, &AuditPanel::applyFilter);
    connect(m_reloadButton, &QPushButton::clicked, m_model, &AuditTableModel::reload);
    connect(m_loadAllButton, &QPushButton::clicked, m_model, &AuditTableModel::loadAll);
    connect(m_exportCsvButton, &QPushButton::clicked, this, [this] { exportInteractive(ExportFormat::Csv); });
    connect(m_exportJsonlButton, &QPushButton::clicked, this, [this] { exportInteractive(ExportFormat::Jsonl); });
    connect(m_cancelButton, &QPushButton::clicked, this, &AuditPanel::cancelWork);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPanel::onCurrentChanged);
    connect(m_model, &AuditTableModel::loadingChanged, this, &AuditPanel::updateStatus);
    connect(m_model, &AuditTableModel::loadProgress, this, &AuditPanel::updateStatus);
    connect(m_model, &AuditTableModel::loadFailed, this, &AuditPanel::updateStatus);
    connect(m_model, &AuditTableModel::modelReset, this, &AuditPanel::updateStatus);
    connect(m_model, &AuditTableModel::rowsInserted, this, &AuditPanel::updateStatus);
    connect(m_model, &AuditTableModel::loadingChanged, this, &AuditPanel::updateActorChoices);
    connect(m_model, &AuditTableModel::rowsAboutToBeDiscarded, this,
            [this] { m_exporter->abort(tr("the rows were reloaded while exporting; the file was left as it was")); });
    connect(m_exporter, &AuditRowsExporter::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setMaximum(int(std::min<qint64>(total, INT_MAX)));
        m_progress->setValue(int(std::min<qint64>(done, INT_MAX)));
    });
    connect(m_exporter, &AuditRowsExporter::finished, this, [this](bool ok, QString message) {
        const QString path = m_exportFile ? m_exportFile->fileName() : QString();
        if (m_exportFile) {
            // A failed or cancelled export leaves an existing file as it was.
            if (ok && !m_exportFile->commit()) {
                ok = false;
                message = tr("Cannot write %1: %2").arg(path, m_exportFile->errorString());
            } else if (!ok) {
                m_exportFile->cancelWriting();
            }
        }
        m_exportFile.reset();
        // Kept in the status line (ahead of the row counts) until the next export.
        m_exportResult = ok ? tr("Exported %n event(s) to %1.", nullptr, int(m_exporter->written())).arg(path)
                            : (message.isEmpty() ? tr("Export cancelled.") : tr("Export failed: %1.").arg(message));
        updateStatus();
        Q_EMIT exportFinished(ok, message);
    });

    if (m_session)
        connect(m_session, &WorkbenchSession::connectionChanged, this, &AuditPanel::onConnectionChanged);
    onConnectionChanged();
}

AuditPanel::~AuditPanel() = default;

void AuditPanel::onConnectionChanged()
{
    m_model->setClient(m_session && m_session->isConnected() ? m_session->client() : nullptr);
    m_detail->clear();
    updateStatus();
}

void AuditPanel::applyFilter()
{
    AuditFilter filter;
    const QString action = m_actionCombo->currentData().toString();
    if (!action.isEmpty())
        filter.actions.insert(action);
    filter.actor = m_actorCombo->currentText().trimmed();
    if (m_sinceCheck->isChecked())
        filter.since = m_sinceEdit->dateTime().toUTC();
    if (m_untilCheck->isChecked())
        filter.until = m_untilEdit->dateTime().toUTC();
    m_model->setFilter(filter);
    if (m_model->rowCount() == 0 && m_model->canFetchMore({}))
        m_model->fetchMore({});
    updateStatus();
}

void AuditPanel::updateActorChoices()
{
    const QStringList actions = m_model->knownActions();
    for (const QString &action : actions) {
        if (m_actionCombo->findData(action) < 0)
            m_actionCombo->addItem(action, action);
    }
    const QStringList actors = m_model->knownActors();
    for (const QString &actor : actors) {
        if (m_actorCombo->findText(actor) < 0)
            m_actorCombo->addItem(actor);
    }
}

void AuditPanel::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const AuditEvent event = m_model->event(current.row());
    QString html = u"<h3>"_s % escaped(event.action) % u" <small>"_s % escaped(event.id) % u"</small></h3><table>"_s;
    const auto row = [&html](const QString &name, const QString &value) {
        if (!value.isEmpty())
            html
                += u"<tr><td><b>"_s % escaped(name) % u"</b>&nbsp;&nbsp;</td><td>"_s % escaped(value) % u"</td></tr>"_s;
    };
    row(tr("Time"),
        QLocale().toString(event.timestamp.toLocalTime(), QLocale::LongFormat) % u" ("_s
            % event.timestamp.toUTC().toString(Qt::ISODateWithMs) % u')');
    row(tr("Actor"), event.actor);
    row(tr("Calibration"), event.calibrationId);
    row(tr("Version"), event.version ? QString::number(*event.version) : QString());
    row(tr("Job"), event.jobId);
    row(tr("Idempotency key"), event.idempotencyKey);
    row(tr("Status"), event.statusCode ? QString::number(*event.statusCode) : QString());
    html += u"</table>"_s;
    if (!event.changes.isEmpty()) {
        html += u"<h4>"_s % tr("Changes") % u"</h4><table cellspacing='0' cellpadding='3' border='1'><tr><th>"_s
            % tr("Field") % u"</th><th>"_s % tr("From") % u"</th><th>"_s % tr("To") % u"</th></tr>"_s;
        for (auto it = event.changes.constBegin(); it != event.changes.constEnd(); ++it) {
            const QJsonObject change = it.value().toObject();
            const auto valueText = [](const QJsonValue &value) {
                return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact))
                    .mid(1)
                    .chopped(1);
            };
            html += u"<tr><td>"_s % escaped(it.key()) % u"</td><td style='background:#fde8e8'>"_s
                % escaped(valueText(change.value(u"from"_s))) % u"</td><td style='background:#e6f4ea'>"_s
                % escaped(valueText(change.value(u"to"_s))) % u"</td></tr>"_s;
        }
        html += u"</table>"_s;
    }
    html += u"<h4>"_s % tr("Event JSON") % u"</h4><pre>"_s
        % escaped(QString::fromUtf8(QJsonDocument(event.raw).toJson(QJsonDocument::Indented))) % u"</pre>"_s;
    m_detail->setHtml(html);
}

void AuditPanel::updateStatus()
{
    const bool connected = m_model->client() != nullptr;
    const bool exporting = m_exporter->isRunning();
    const bool loading = m_model->isLoading();
    m_loadAllButton->setEnabled(connected && !m_model->atEnd() && !m_model->isLoadingAll() && !exporting);
    m_exportCsvButton->setEnabled(m_model->rowCount() > 0 && !exporting);
    m_exportJsonlButton->setEnabled(m_model->rowCount() > 0 && !exporting);
    m_reloadButton->setEnabled(connected && !exporting);
    m_applyButton->setEnabled(!exporting);
    const bool walking = m_model->isLoadingAll() || m_model->isSeeking();
    const bool busy = exporting || walking;
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    if (walking && !exporting) {
        m_progress->setMaximum(0); // the total is unknown while walking
        m_progress->setFormat(
            m_model->isSeeking()
                ? tr("Searching: %1 loaded, none matches yet").arg(QLocale().toString(m_model->loadedCount()))
                : tr("%1 loaded").arg(QLocale().toString(m_model->loadedCount())));
    } else if (exporting) {
        m_progress->setFormat(u"%v / %m"_s);
    }
    const QString prefix = m_exportResult.isEmpty() || exporting ? QString() : m_exportResult % u"  "_s;
    if (!connected) {
        m_statusLabel->setText(prefix
                               % tr("Not connected: connect to a tenant or the sandbox to browse its audit trail."));
        return;
    }
    QString status = tr("%1 events shown, %2 loaded")
                         .arg(QLocale().toString(m_model->rowCount()), QLocale().toString(m_model->loadedCount()));
    if (m_model->atEnd())
        status += tr(" (the whole trail)");
    else if (loading)
        status += tr(", loading…");
    if (m_model->filter().hasServerPart())
        status += m_model->serverSideFiltering() ? tr("; actor and dates filtered by the tenant")
                                                 : tr("; the tenant cannot filter, filtering here");
    if (m_model->lastError().isError())
        status += u" — "_s % tr("Loading failed: %1").arg(m_model->lastError().message);
    m_statusLabel->setText(prefix % status);
}

void AuditPanel::exportInteractive(ExportFormat format)
{
    const bool csv = format == ExportFormat::Csv;
    const QString path = dialogs::saveFileName(
        this, csv ? tr("Export audit events as CSV") : tr("Export audit events as JSON Lines"),
        csv ? u"audit.csv"_s : u"audit.jsonl"_s, csv ? tr("CSV files (*.csv)") : tr("JSON Lines (*.jsonl)"));
    if (path.isEmpty())
        return;
    if (!exportTo(path, format))
        dialogs::warning(this, tr("Export"), m_exportResult);
}

bool AuditPanel::exportTo(const QString &path, ExportFormat format)
{
    if (m_exporter->isRunning())
        return false;
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_exportResult = tr("Cannot write %1: %2").arg(path, file->errorString());
        updateStatus();
        return false;
    }
    m_exportFile = std::move(file);
    m_progress->setMaximum(int(std::max(1, m_model->rowCount())));
    m_progress->setValue(0);
    // The rows as they are now: pages that arrive meanwhile, or another sort or action
    // filter, do not shift what is written. A reload discards the rows: the export stops.
    auto handles = std::make_shared<const std::vector<quint32>>(m_model->viewHandles());
    QPointer<AuditTableModel> model = m_model;
    m_exporter->start(m_exportFile.get(), format, qint64(handles->size()), [model, handles](qint64 row) {
        return model ? model->storedEvent((*handles)[size_t(row)]) : AuditEvent {};
    });
    updateStatus();
    return true;
}

void AuditPanel::cancelWork()
{
    if (m_exporter->isRunning()) {
        m_exporter->cancel(); // its finished() handler says "Export cancelled."
        return;
    }
    if (m_model->isLoadingAll() || m_model->isSeeking())
        m_model->cancelLoading();
    updateStatus();
}

} // namespace calib
