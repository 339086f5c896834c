#include "webhooks/webhooksecretdialog.h"

#include "ui_webhooksecretdialog.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QLayout>
#include <QMimeData>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace calib {

namespace {

QByteArray fingerprint(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

WebhookSecretDialog::WebhookSecretDialog(const QString &webhookId, const QString &secret, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WebhookSecretDialog>())
{
    m_ui->setupUi(this);
    setObjectName(u"webhookSecretDialog"_s);
    m_ui->headlineLabel->setText(tr("Webhook %1 is registered.").arg(webhookId));
    QFont headline = m_ui->headlineLabel->font();
    headline.setBold(true);
    m_ui->headlineLabel->setFont(headline);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->secretLineEdit->setFont(fixed);
    m_ui->secretLineEdit->setText(secret);
    m_ui->secretLineEdit->setCursorPosition(0);
    // Wide enough to show the whole secret without scrolling.
    m_ui->secretLineEdit->setMinimumWidth(QFontMetrics(fixed).horizontalAdvance(secret) + 16);
    m_ui->secretLineEdit->selectAll();
    m_ui->storageLabel->setVisible(false);
    m_ui->clipboardLabel->setVisible(false);

    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setObjectName(u"closeButton"_s);
    close->setToolTip(tr("Close; the secret cannot be shown again"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->copySecretButton, &QPushButton::clicked, this, &WebhookSecretDialog::copySecret);
    m_ui->copySecretButton->setFocus();
}

WebhookSecretDialog::~WebhookSecretDialog()
{
    m_ui->secretLineEdit->clear();
}

void WebhookSecretDialog::setStorageMessage(const QString &message)
{
    m_ui->storageLabel->setText(message);
    m_ui->storageLabel->setVisible(!message.isEmpty());
    fitHeight();
}

void WebhookSecretDialog::fitHeight()
{
    // Word-wrapped labels: grow to the height the current width needs (never shrink).
    layout()->activate();
    const int needed = heightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void WebhookSecretDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitHeight();
}

void WebhookSecretDialog::copySecret()
{
    copyToClipboard(m_ui->secretLineEdit->text(), m_clearDelay);
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_clearDelay).count();
    m_ui->clipboardLabel->setText(
        tr("Copied. The clipboard is cleared in %n second(s) if it still holds the secret.", nullptr, int(seconds)));
    m_ui->clipboardLabel->setVisible(true);
    fitHeight();
}

void WebhookSecretDialog::copyToClipboard(const QString &secret, std::chrono::milliseconds clearAfter)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    auto *mime = new QMimeData;
    mime->setText(secret);
    mime->setData(QString::fromLatin1(passwordManagerHintFormat), QByteArrayLiteral("secret"));
    clipboard->setMimeData(mime);
    // Only a hash of the secret is kept until then.
    QTimer::singleShot(clearAfter, clipboard, [clipboard, hash = fingerprint(secret)] {
        if (fingerprint(clipboard->text()) == hash)
            clipboard->clear();
    });
}

void WebhookSecretDialog::done(int result)
{
    m_ui->secretLineEdit->clear();
    QDialog::done(result);
}

} // namespace calib
