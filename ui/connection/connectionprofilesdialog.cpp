#include "connection/connectionprofilesdialog.h"

#include "common/dialogs.h"
#include "services/workbenchsession.h"
#include "store/appsettings.h"
#include "store/profilestore.h"
#include "store/secretstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace calib {

ConnectionProfilesDialog::ConnectionProfilesDialog(WorkbenchSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_tenant(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_auth(new QComboBox(this))
    , m_secret(new QLineEdit(this))
    , m_secretState(new QLabel(this))
    , m_status(new QLabel(this))
    , m_newButton(new QPushButton(tr("&New"), this))
    , m_removeButton(new QPushButton(tr("&Remove"), this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_testButton(new QPushButton(tr("&Test Connection"), this))
    , m_connectButton(new QPushButton(tr("&Connect"), this))
{
    setObjectName(QStringLiteral("connectionProfilesDialog"));
    setWindowTitle(tr("Connection Profiles"));
    resize(760, 440);

    m_list->setObjectName(QStringLiteral("profileListWidget"));
    m_list->setAccessibleName(tr("Connection profiles"));
    m_list->setMinimumWidth(180);
    m_name->setObjectName(QStringLiteral("profileNameLineEdit"));
    m_tenant->setObjectName(QStringLiteral("tenantLineEdit"));
    m_tenant->setPlaceholderText(tr("e.g. acme for https://acme.cognigy.com/api/v1"));
    m_baseUrl->setObjectName(QStringLiteral("baseUrlLineEdit"));
    m_baseUrl->setPlaceholderText(tr("optional: overrides the tenant URL"));
    m_clientId->setObjectName(QStringLiteral("clientIdLineEdit"));
    m_auth->setObjectName(QStringLiteral("authMethodComboBox"));
    m_auth->addItem(tr("Form fields"), QVariant::fromValue(int(ClientAuthMethod::FormFields)));
    m_auth->addItem(tr("HTTP Basic"), QVariant::fromValue(int(ClientAuthMethod::HttpBasic)));
    m_secret->setObjectName(QStringLiteral("clientSecretLineEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("leave empty to keep the stored secret"));
    m_secretState->setObjectName(QStringLiteral("secretStateLabel"));
    m_secretState->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("profileStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveButton->setObjectName(QStringLiteral("saveProfileButton"));
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_connectButton->setObjectName(QStringLiteral("connectProfileButton"));
    m_removeButton->setObjectName(QStringLiteral("removeProfileButton"));
    m_newButton->setObjectName(QStringLiteral("newProfileButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Tenant:"), m_tenant);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(tr("Client &ID:"), m_clientId);
    form->addRow(tr("&Authentication:"), m_auth);
    form->addRow(tr("Client s&ecret:"), m_secret);
    form->addRow(QString(), m_secretState);
    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_testButton);
    formButtons->addStretch(1);
    formButtons->addWidget(m_saveButton);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(formButtons);
    right->addWidget(m_status);
    right->addStretch(1);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_newButton);
    listButtons->addWidget(m_removeButton);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_connectButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentTextChanged, this, &ConnectionProfilesDialog::showProfile);
    connect(m_newButton, &QPushButton::clicked, this, [this] {
        m_list->clearSelection();
        showProfile({});
        m_name->setFocus();
    });
    connect(m_removeButton, &QPushButton::clicked, this, &ConnectionProfilesDialog::removeCurrent);
    connect(m_saveButton, &QPushButton::clicked, this, &ConnectionProfilesDialog::saveCurrent);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionProfilesDialog::testCurrent);
    connect(m_connectButton, &QPushButton::clicked, this, [this] {
        if (!m_editing.isEmpty())
            Q_EMIT connectRequested(m_editing);
    });

    reloadList(m_session->profile().name);
}

ConnectionProfilesDialog::~ConnectionProfilesDialog() = default;

QString ConnectionProfilesDialog::selectedProfile() const
{
    return m_editing;
}

void ConnectionProfilesDialog::selectProfile(const QString &name)
{
    const QList<QListWidgetItem *> items = m_list->findItems(name, Qt::MatchExactly);
    if (items.isEmpty())
        return;
    m_list->setCurrentItem(items.first());
    if (m_editing != name) // already current (e.g. after "New"): no change signal
        showProfile(name);
}

void ConnectionProfilesDialog::reloadList(const QString &select)
{
    QSignalBlocker blocker(m_list);
    m_list->clear();
    m_list->addItems(m_session->profiles().names());
    blocker.unblock();
    selectProfile(select.isEmpty() ? ProfileStore::sandboxName() : select);
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void ConnectionProfilesDialog::showProfile(const QString &name)
{
    const auto profile = name.isEmpty() ? std::nullopt : m_session->profiles().get(name);
    m_editing = profile ? profile->name : QString();
    m_name->setText(profile ? profile->name : QString());
    m_tenant->setText(profile ? profile->tenant : QString());
    m_baseUrl->setText(profile && !profile->baseUrl.isEmpty() ? profile->baseUrl.toString() : QString());
    m_clientId->setText(profile ? profile->clientId : QString());
    m_auth->setCurrentIndex(profile && profile->authMethod == ClientAuthMethod::HttpBasic ? 1 : 0);
    m_secret->clear();
    const bool sandbox = profile && profile->isSandbox;
    for (QWidget *w :
         {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_tenant), static_cast<QWidget *>(m_baseUrl),
          static_cast<QWidget *>(m_clientId), static_cast<QWidget *>(m_auth), static_cast<QWidget *>(m_secret)})
        w->setEnabled(!sandbox);
    m_status->clear();
    if (sandbox) {
        m_secretState->setText(tr("The built-in sandbox runs inside the workbench and needs no secret."));
    } else if (!profile) {
        m_secretState->setText(tr("The secret is stored in the system keychain when you save."));
    } else {
        m_secretState->setText(tr("Checking the keychain..."));
        m_session->secrets().read(profile->name, this, [this, name = profile->name](const SecretStore::Result &r) {
            if (m_editing != name)
                return;
            m_secretState->setText(r.state == SecretStore::State::Found
                                       ? (r.sessionOnly ? tr("A secret is kept for this session only (no keychain).")
                                                        : tr("A secret is stored in the keychain."))
                                       : r.message());
            Q_EMIT secretStateChanged(m_secretState->text());
        });
    }
    updateButtons();
}

ConnectionProfile ConnectionProfilesDialog::formProfile() const
{
    ConnectionProfile profile;
    profile.name = m_name->text().trimmed();
    profile.tenant = m_tenant->text().trimmed();
    const QString url = m_baseUrl->text().trimmed();
    if (!url.isEmpty())
        profile.baseUrl = QUrl(url, QUrl::StrictMode);
    profile.clientId = m_clientId->text().trimmed();
    profile.authMethod = ClientAuthMethod(m_auth->currentData().toInt());
    return profile;
}

void ConnectionProfilesDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(0xc0, 0x20, 0x20) : palette.color(QPalette::Text));
    m_status->setPalette(palette);
}

bool ConnectionProfilesDialog::saveCurrent()
{
    const ConnectionProfile profile = formProfile();
    if (const QStringList problems = profile.problems(); !problems.isEmpty()) {
        setStatus(problems.join(QLatin1Char('\n')), true);
        return false;
    }
    const StoreStatus saved
        = m_editing.isEmpty() ? m_session->profiles().add(profile) : m_session->profiles().update(m_editing, profile);
    if (!saved) {
        setStatus(saved.error(), true);
        return false;
    }
    (void)m_session->settings().sync();
    const QString secret = m_secret->text();
    m_secret->clear(); // never shown again
    reloadList(profile.name);
    if (!secret.isEmpty()) {
        m_secretState->setText(tr("Storing the secret in the keychain..."));
        m_session->secrets().write(profile.name, secret, this, [this](const SecretStore::Result &r) {
            m_secretState->setText(r.message());
            Q_EMIT secretStateChanged(r.message());
        });
    }
    setStatus(tr("Profile \"%1\" saved.").arg(profile.name), false);
    return true;
}

void ConnectionProfilesDialog::testCurrent()
{
    const auto stored = m_editing.isEmpty() ? std::nullopt : m_session->profiles().get(m_editing);
    const ConnectionProfile profile = stored && stored->isSandbox ? *stored : formProfile();
    setStatus(tr("Requesting a token..."), false);
    m_testButton->setEnabled(false);
    const auto report = [this](const WorkbenchSession::TestResult &result) {
        m_testButton->setEnabled(true);
        QString text = result.message;
        if (result.ok) {
            text += QLatin1Char('\n') % tr("Granted scopes: %1").arg(result.grantedScopes.join(QStringLiteral(", ")));
            if (!result.missingScopes.isEmpty())
                text += QLatin1Char('\n')
                    % tr("Missing scopes: %1. Features that need them will be refused by the tenant.")
                          .arg(result.missingScopes.join(QStringLiteral(", ")));
        }
        setStatus(text, !result.ok);
        Q_EMIT testFinished(result.ok);
    };
    if (!m_secret->text().isEmpty() || profile.isSandbox || m_editing.isEmpty()) {
        m_session->testProfile(profile, m_secret->text(), this, report);
        return;
    }
    // Use the stored secret.
    m_session->secrets().read(m_editing, this, [this, profile, report](const SecretStore::Result &r) {
        if (r.state != SecretStore::State::Found) {
            m_testButton->setEnabled(true);
            setStatus(r.message(), true);
            Q_EMIT testFinished(false);
            return;
        }
        m_session->testProfile(profile, r.secret, this, report);
    });
}

void ConnectionProfilesDialog::removeCurrent()
{
    if (m_editing.isEmpty() || ProfileStore::isReservedName(m_editing))
        return;
    const QString name = m_editing;
    if (dialogs::question(this, tr("Remove Profile"),
                          tr("Remove the profile \"%1\" and its secret from the keychain?").arg(name))
        != QMessageBox::Yes)
        return;
    if (const StoreStatus removed = m_session->profiles().remove(name); !removed) {
        setStatus(removed.error(), true);
        return;
    }
    (void)m_session->settings().sync();
    m_session->secrets().remove(name, this, [this](const SecretStore::Result &r) {
        if (!r.ok())
            setStatus(r.message(), true);
    });
    reloadList();
}

void ConnectionProfilesDialog::updateButtons()
{
    const bool reserved = !m_editing.isEmpty() && ProfileStore::isReservedName(m_editing);
    m_removeButton->setEnabled(!m_editing.isEmpty() && !reserved);
    m_saveButton->setEnabled(!reserved);
    m_connectButton->setEnabled(!m_editing.isEmpty());
}

} // namespace calib
