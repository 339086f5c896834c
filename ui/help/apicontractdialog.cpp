#include "help/apicontractdialog.h"

#include "common/dialogs.h"
#include "ui_apicontractdialog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QStyle>
#include <QTextBlock>

namespace calib {

ApiContractDialog::ApiContractDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ApiContractDialog>())
{
    m_ui->setupUi(this);

    QFile file(bundledContractPath());
    if (file.open(QIODevice::ReadOnly))
        m_bytes = file.readAll();
    const QString text = QString::fromUtf8(m_bytes);
    m_contract = ApiContract::fromYaml(text);

    m_ui->contractTitleLabel->setText(
        QStringLiteral("<b>%1</b><br>").arg(m_contract.title.toHtmlEscaped())
        % tr("Version %1 (OpenAPI %2). This is the copy of the wire contract bundled with this build of the "
             "workbench; the client and the built-in sandbox follow it.")
              .arg(m_contract.version.toHtmlEscaped(), m_contract.openapiVersion.toHtmlEscaped()));

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->contractPlainTextEdit->setFont(fixed);
    m_ui->contractPlainTextEdit->setTabStopDistance(QFontMetricsF(fixed).horizontalAdvance(QLatin1Char(' ')) * 2);
    m_ui->contractPlainTextEdit->setPlainText(text);

    fillOperations();
    // The list gets the height of its rows (it is short); the text takes the rest and grows.
    QTreeWidget *tree = m_ui->operationsTreeWidget;
    const int rowHeight = tree->topLevelItemCount() > 0 ? tree->sizeHintForRow(0) : fontMetrics().height();
    const int treeHeight = tree->header()->sizeHint().height() + rowHeight * int(tree->topLevelItemCount())
        + 2 * tree->frameWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int listHeight = m_ui->operationsLabel->sizeHint().height() + m_ui->operationsLayout->spacing() + treeHeight;
    m_ui->contractSplitter->setStretchFactor(0, 0);
    m_ui->contractSplitter->setStretchFactor(1, 1);
    m_ui->contractSplitter->setSizes({listHeight, 3 * listHeight});
    connect(m_ui->operationsTreeWidget, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { showOperation(m_ui->operationsTreeWidget->indexOfTopLevelItem(item)); });

    // Enter in the find field must not reach the dialog's default button.
    m_ui->findLineEdit->installEventFilter(this);
    connect(m_ui->findLineEdit, &QLineEdit::textChanged, m_ui->findStatusLabel, &QLabel::clear);
    connect(m_ui->findNextButton, &QPushButton::clicked, this, [this] { findNext(false); });
    connect(m_ui->findPreviousButton, &QPushButton::clicked, this, [this] { findNext(true); });
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, &ApiContractDialog::focusFind);

    m_saveAsButton = m_ui->dialogButtonBox->addButton(tr("&Save As..."), QDialogButtonBox::ActionRole);
    m_saveAsButton->setObjectName(QStringLiteral("saveAsButton"));
    m_saveAsButton->setAutoDefault(false);
    m_saveAsButton->setEnabled(!m_bytes.isEmpty());
    connect(m_saveAsButton, &QPushButton::clicked, this, &ApiContractDialog::saveContractInteractive);
    QPushButton *close = m_ui->dialogButtonBox->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAutoDefault(false);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
}

ApiContractDialog::~ApiContractDialog() = default;

QString ApiContractDialog::bundledContractPath()
{
    return QStringLiteral(":/api/openapi.yaml");
}

void ApiContractDialog::fillOperations()
{
    QTreeWidget *tree = m_ui->operationsTreeWidget;
    QFont bold = tree->font();
    bold.setBold(true);
    for (const ApiOperation &operation : std::as_const(m_contract.operations)) {
        const QString scopes = !operation.authenticated ? tr("none (issues the token)")
            : operation.scopes.isEmpty()                ? tr("bearer token")
                                                        : operation.scopes.join(QStringLiteral(", "));
        QString summary = operation.summary;
        if (operation.extension)
            summary = tr("[extension] %1").arg(summary);
        auto *item = new QTreeWidgetItem(tree, {operation.method, operation.path, scopes, summary});
        item->setFont(0, bold);
        item->setToolTip(1,
                         operation.operationId.isEmpty()
                             ? operation.path
                             : tr("%1 (operation %2)").arg(operation.path, operation.operationId));
        item->setToolTip(3,
                         operation.extension ? tr("%1\n\nAn extension of the contract: a tenant may answer 404 or "
                                                  "405, and the workbench then works on without it.")
                                                   .arg(operation.summary)
                                             : operation.summary);
    }
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    if (tree->topLevelItemCount() > 0)
        tree->setCurrentItem(tree->topLevelItem(0));
}

void ApiContractDialog::focusFind()
{
    m_ui->findLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->findLineEdit->selectAll();
}

bool ApiContractDialog::findNext(bool backward)
{
    const QString needle = m_ui->findLineEdit->text();
    QPlainTextEdit *edit = m_ui->contractPlainTextEdit;
    if (needle.isEmpty()) {
        m_ui->findStatusLabel->clear();
        return false;
    }
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    QTextCursor found = edit->document()->find(needle, edit->textCursor(), flags);
    bool wrapped = false;
    if (found.isNull()) {
        QTextCursor from(edit->document());
        if (backward)
            from.movePosition(QTextCursor::End);
        found = edit->document()->find(needle, from, flags);
        wrapped = !found.isNull();
    }
    if (found.isNull()) {
        m_ui->findStatusLabel->setText(tr("Not found"));
        return false;
    }
    edit->setTextCursor(found);
    edit->centerCursor();
    m_ui->findStatusLabel->setText(wrapped ? (backward ? tr("Wrapped to the end") : tr("Wrapped to the top"))
                                           : QString());
    return true;
}

bool ApiContractDialog::saveContract(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_bytes) != m_bytes.size() || !file.commit()) {
        dialogs::warning(this, tr("Save API Contract"),
                         tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

void ApiContractDialog::saveContractInteractive()
{
    const QString path = dialogs::saveFileName(this, tr("Save API Contract"),
                                               QDir::home().filePath(QFileInfo(bundledContractPath()).fileName()),
                                               tr("OpenAPI documents (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        saveContract(path);
}

void ApiContractDialog::showOperation(int index)
{
    if (index < 0 || index >= m_contract.operations.size())
        return;
    QPlainTextEdit *edit = m_ui->contractPlainTextEdit;
    const QTextBlock block = edit->document()->findBlockByNumber(m_contract.operations.at(index).line);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    edit->setTextCursor(cursor);
    edit->centerCursor();
}

bool ApiContractDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->findLineEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            findNext(key->modifiers().testFlag(Qt::ShiftModifier));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace calib
