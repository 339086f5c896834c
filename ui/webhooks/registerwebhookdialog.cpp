#include "webhooks/registerwebhookdialog.h"

#include "editor/problemstyle.h"
#include "services/webhookmanager.h"
#include "ui_registerwebhookdialog.h"

#include <QCheckBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace calib {

namespace {

QString describe(const QString &event)
{
    if (event == u"sentiment.calibration.updated")
        return RegisterWebhookDialog::tr("Calibration updated");
    if (event == u"agentassist.alert.triggered")
        return RegisterWebhookDialog::tr("Alert triggered");
    return {};
}

} // namespace

RegisterWebhookDialog::RegisterWebhookDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RegisterWebhookDialog>())
{
    m_ui->setupUi(this);
    setObjectName(u"registerWebhookDialog"_s);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Register"));
    ok->setObjectName(u"registerButton"_s);

    for (const QString &event : WebhookManager::knownEvents()) {
        const QString description = describe(event);
        auto *box = new QCheckBox(description.isEmpty() ? event : tr("%1 (%2)").arg(description, event), this);
        box->setObjectName(u"eventCheckBox_"_s + event);
        box->setProperty("webhookEvent", event);
        box->setAccessibleName(description.isEmpty() ? event : description);
        box->setAccessibleDescription(tr("Deliver the %1 event").arg(event));
        m_ui->eventsLayout->addWidget(box);
        m_eventBoxes.append(box);
        connect(box, &QCheckBox::toggled, this, [this] {
            m_touched = true;
            validate();
        });
    }
    m_ui->eventsLabel->setBuddy(m_eventBoxes.value(0));
    if (!m_eventBoxes.isEmpty())
        setTabOrder(m_ui->urlLineEdit, m_eventBoxes.constFirst());

    connect(m_ui->urlLineEdit, &QLineEdit::textEdited, this, [this] {
        m_touched = true;
        validate();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        m_touched = true;
        validate();
        if (isInputValid())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    m_ui->urlLineEdit->setFocus();
}

RegisterWebhookDialog::~RegisterWebhookDialog() = default;

QString RegisterWebhookDialog::url() const
{
    return m_ui->urlLineEdit->text().trimmed();
}

QStringList RegisterWebhookDialog::events() const
{
    QStringList events;
    for (const QCheckBox *box : m_eventBoxes) {
        if (box->isChecked())
            events.append(box->property("webhookEvent").toString());
    }
    return events;
}

bool RegisterWebhookDialog::isInputValid() const
{
    return WebhookManager::checkUrl(url()).isEmpty() && !events().isEmpty();
}

void RegisterWebhookDialog::setUrl(const QString &url)
{
    m_ui->urlLineEdit->setText(url);
    m_touched = true;
    validate();
}

void RegisterWebhookDialog::setEventChecked(const QString &event, bool checked)
{
    for (QCheckBox *box : std::as_const(m_eventBoxes)) {
        if (box->property("webhookEvent").toString() == event)
            box->setChecked(checked);
    }
}

void RegisterWebhookDialog::validate()
{
    const QString urlProblem = WebhookManager::checkUrl(url());
    const bool noEvents = events().isEmpty();
    QList<Violation> urlProblems;
    QList<Violation> eventProblems;
    if (m_touched && !urlProblem.isEmpty())
        urlProblems.append(Violation {u"url"_s, urlProblem, Severity::Error});
    if (m_touched && noEvents)
        eventProblems.append(Violation {u"events"_s, tr("Choose at least one event."), Severity::Error});
    problemstyle::markField(m_ui->urlLineEdit, urlProblems, tr("Where the tenant sends the events"));
    problemstyle::showMessages(m_ui->urlMessageLabel, urlProblems);
    problemstyle::showMessages(m_ui->eventsMessageLabel, eventProblems);
    m_ui->urlLineEdit->setAccessibleDescription(urlProblem.isEmpty() ? tr("An https address, or plain http to this "
                                                                          "computer only")
                                                                     : urlProblem);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(urlProblem.isEmpty() && !noEvents);
    ok->setToolTip(ok->isEnabled()             ? tr("Register the webhook with the tenant")
                       : !urlProblem.isEmpty() ? urlProblem
                                               : tr("Choose at least one event."));
}

} // namespace calib
