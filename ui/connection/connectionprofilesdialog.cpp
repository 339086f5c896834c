#include "connection/connectionprofilesdialog.h"

#include "common/dialogs.h"
#include "editor/problemstyle.h"
#include "services/profileservice.h"
#include "services/workbenchsession.h"
#include "store/appsettings.h"
#include "store/localdatabase.h"
#include "store/profilestore.h"
#include "store/secretstore.h"
#include "ui_connectionprofilesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>

#include <memory>

namespace calib {

ConnectionProfilesDialog::ConnectionProfilesDialog(WorkbenchSession *session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionProfilesDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("connectionProfilesDialog"));
    m_ui->authMethodComboBox->addItem(tr("Form fields"), QVariant::fromValue(int(ClientAuthMethod::FormFields)));
    m_ui->authMethodComboBox->addItem(tr("HTTP Basic"), QVariant::fromValue(int(ClientAuthMethod::HttpBasic)));
    m_connectButton = m_ui->buttonBox->addButton(tr("&Connect"), QDialogButtonBox::ActionRole);
    m_connectButton->setObjectName(QStringLiteral("connectProfileButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_ui->profileListWidget, &QListWidget::currentTextChanged, this, &ConnectionProfilesDialog::showProfile);
    connect(m_ui->newProfileButton, &QPushButton::clicked, this, [this] {
        m_ui->profileListWidget->clearSelection();
        showProfile({});
        m_ui->profileNameLineEdit->setFocus();
    });
    connect(m_ui->removeProfileButton, &QPushButton::clicked, this, &ConnectionProfilesDialog::removeCurrent);
    connect(m_ui->saveProfileButton, &QPushButton::clicked, this, &ConnectionProfilesDialog::saveCurrent);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &ConnectionProfilesDialog::testCurrent);
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
    const QList<QListWidgetItem *> items = m_ui->profileListWidget->findItems(name, Qt::MatchExactly);
    if (items.isEmpty())
        return;
    m_ui->profileListWidget->setCurrentItem(items.first());
    if (m_editing != name) // already current (e.g. after "New"): no change signal
        showProfile(name);
}

void ConnectionProfilesDialog::reloadList(const QString &select)
{
    QSignalBlocker blocker(m_ui->profileListWidget);
    m_ui->profileListWidget->clear();
    m_ui->profileListWidget->addItems(m_session->profiles().names());
    blocker.unblock();
    selectProfile(select.isEmpty() ? ProfileStore::sandboxName() : select);
    if (!m_ui->profileListWidget->currentItem() && m_ui->profileListWidget->count() > 0)
        m_ui->profileListWidget->setCurrentRow(0);
}

void ConnectionProfilesDialog::showProfile(const QString &name)
{
    const auto profile = name.isEmpty() ? std::nullopt : m_session->profiles().get(name);
    m_editing = profile ? profile->name : QString();
    m_ui->profileNameLineEdit->setText(profile ? profile->name : QString());
    m_ui->tenantLineEdit->setText(profile ? profile->tenant : QString());
    m_ui->baseUrlLineEdit->setText(profile && !profile->baseUrl.isEmpty() ? profile->baseUrl.toString() : QString());
    m_ui->clientIdLineEdit->setText(profile ? profile->clientId : QString());
    m_ui->authMethodComboBox->setCurrentIndex(profile && profile->authMethod == ClientAuthMethod::HttpBasic ? 1 : 0);
    m_ui->clientSecretLineEdit->clear();
    const bool sandbox = profile && profile->isSandbox;
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->profileNameLineEdit), static_cast<QWidget *>(m_ui->tenantLineEdit),
          static_cast<QWidget *>(m_ui->baseUrlLineEdit), static_cast<QWidget *>(m_ui->clientIdLineEdit),
          static_cast<QWidget *>(m_ui->authMethodComboBox), static_cast<QWidget *>(m_ui->clientSecretLineEdit)})
        w->setEnabled(!sandbox);
    m_ui->profileStatusLabel->clear();
    if (sandbox) {
        m_ui->secretStateLabel->setText(tr("The built-in sandbox runs inside the workbench and needs no secret."));
    } else if (!profile) {
        m_ui->secretStateLabel->setText(tr("The secret is stored in the system keychain when you save."));
    } else {
        m_ui->secretStateLabel->setText(tr("Checking the keychain..."));
        m_session->secrets().read(profile->name, this, [this, name = profile->name](const SecretStore::Result &r) {
            if (m_editing != name)
                return;
            m_ui->secretStateLabel->setText(r.state == SecretStore::State::Found
                                                ? (r.sessionOnly
                                                       ? tr("A secret is kept for this session only (no keychain).")
                                                       : tr("A secret is stored in the keychain."))
                                                : r.message());
            Q_EMIT secretStateChanged(m_ui->secretStateLabel->text());
        });
    }
    updateButtons();
}

ConnectionProfile ConnectionProfilesDialog::formProfile() const
{
    ConnectionProfile profile;
    profile.name = m_ui->profileNameLineEdit->text().trimmed();
    profile.tenant = m_ui->tenantLineEdit->text().trimmed();
    const QString url = m_ui->baseUrlLineEdit->text().trimmed();
    if (!url.isEmpty())
        profile.baseUrl = QUrl(url, QUrl::StrictMode);
    profile.clientId = m_ui->clientIdLineEdit->text().trimmed();
    profile.authMethod = ClientAuthMethod(m_ui->authMethodComboBox->currentData().toInt());
    return profile;
}

void ConnectionProfilesDialog::setStatus(const QString &text, bool error)
{
    m_ui->profileStatusLabel->setText(text);
    // The editor's error colour: readable on light and dark palettes.
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, problemstyle::textColor(palette, Severity::Error));
    m_ui->profileStatusLabel->setPalette(palette);
}

bool ConnectionProfilesDialog::saveCurrent()
{
    const ConnectionProfile profile = formProfile();
    if (const QStringList problems = profile.problems(); !problems.isEmpty()) {
        setStatus(problems.join(QLatin1Char('\n')), true);
        return false;
    }
    const QString previousName = m_editing;
    const bool renamed = !previousName.isEmpty() && previousName != profile.name;
    if (renamed && m_session->isConnected() && m_session->profile().name == previousName) {
        setStatus(tr("\"%1\" is the connection in use: disconnect before renaming it.").arg(previousName), true);
        return false;
    }
    const std::optional<ConnectionProfile> before = renamed ? m_session->profiles().get(previousName) : std::nullopt;
    // The profile first: a clash with another name is refused before any data moves.
    const StoreStatus saved
        = m_editing.isEmpty() ? m_session->profiles().add(profile) : m_session->profiles().update(m_editing, profile);
    if (!saved) {
        setStatus(saved.error(), true);
        return false;
    }
    // A rename takes the profile's local data along (unfinished applies, history, review
    // labels, draft), so nothing is left behind under the old name.
    if (renamed && m_session->isDatabaseOpen()) {
        if (const StoreStatus moved = m_session->database().renameProfile(previousName, profile.name); !moved) {
            if (before)
                (void)m_session->profiles().update(profile.name, *before);
            setStatus(
                tr("The local data of \"%1\" could not be moved to the new name: %2").arg(previousName, moved.error()),
                true);
            return false;
        }
    }
    (void)m_session->settings().sync();
    const QString secret = m_ui->clientSecretLineEdit->text();
    m_ui->clientSecretLineEdit->clear(); // never shown again
    reloadList(profile.name);
    // The keychain answers later; the session outlives this dialog, so the secret is moved
    // even when the dialog is closed meanwhile.
    QPointer<ConnectionProfilesDialog> dialog = this;
    const auto report = [dialog](const SecretStore::Result &r) {
        if (!dialog)
            return;
        dialog->m_ui->secretStateLabel->setText(r.message());
        Q_EMIT dialog->secretStateChanged(r.message());
    };
    SecretStore *secrets = &m_session->secrets();
    QObject *context = m_session;
    const auto removeOld = [secrets, context, previousName] {
        secrets->remove(previousName, context, [](const SecretStore::Result &) {});
    };
    if (!secret.isEmpty()) {
        m_ui->secretStateLabel->setText(tr("Storing the secret in the keychain..."));
        secrets->write(profile.name, secret, context, [report, renamed, removeOld](const SecretStore::Result &w) {
            report(w);
            if (renamed && w.ok())
                removeOld();
        });
    } else if (renamed) {
        // The stored secret moves to the new name: read, write under the new name, then
        // remove the old entry once the new one is stored.
        m_ui->secretStateLabel->setText(tr("Moving the secret in the keychain..."));
        const QString newName = profile.name;
        secrets->read(previousName, context,
                      [secrets, context, newName, report, removeOld](const SecretStore::Result &r) {
                          if (r.state != SecretStore::State::Found) {
                              report(r);
                              return;
                          }
                          secrets->write(newName, r.secret, context, [report, removeOld](const SecretStore::Result &w) {
                              report(w);
                              if (w.ok())
                                  removeOld();
                          });
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
    m_ui->testConnectionButton->setEnabled(false);
    const auto report = [this](const WorkbenchSession::TestResult &result) {
        m_ui->testConnectionButton->setEnabled(true);
        setStatus(result.report(), !result.ok);
        Q_EMIT testFinished(result.ok);
    };
    if (!m_ui->clientSecretLineEdit->text().isEmpty() || profile.isSandbox || m_editing.isEmpty()) {
        m_session->testProfile(profile, m_ui->clientSecretLineEdit->text(), this, report);
        return;
    }
    // Use the stored secret.
    m_session->secrets().read(m_editing, this, [this, profile, report](const SecretStore::Result &r) {
        if (r.state != SecretStore::State::Found) {
            m_ui->testConnectionButton->setEnabled(true);
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
    if (m_session->isConnected() && m_session->profile().name == name) {
        setStatus(tr("\"%1\" is the connection in use: disconnect before removing it.").arg(name), true);
        return;
    }
    // Its local data goes too, so that a later profile of this name starts clean (and never
    // resumes an old apply against another tenant); the question says what that is.
    if (!m_session->isDatabaseOpen()) {
        setStatus(ProfileService::databaseClosedRefusal(name), true);
        return;
    }
    const StoreResult<ProfileLocalData> data = m_session->database().profileData(name);
    if (!data) {
        setStatus(tr("The local data of \"%1\" cannot be read: %2").arg(name, data.error()), true);
        return;
    }
    QString question = tr("Remove the profile \"%1\" and its secret from the keychain?").arg(name);
    if (!data.value().isEmpty())
        question += QStringLiteral("\n\n")
            + tr("Its local data is deleted with it: %1.").arg(ProfileService::describe(data.value()));
    if (data.value().unfinishedApplies > 0)
        question += QStringLiteral("\n\n") + ProfileService::unfinishedWarning(data.value().unfinishedApplies)
            + QLatin1Char(' ')
            + tr("To be sure, connect with this profile and resume its unfinished applies before removing it.");
    if (dialogs::question(this, tr("Remove Profile"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    // The same removal as `calibctl profile remove --force`: local data and profile now,
    // the keychain entry when the keychain answers (which may outlast this dialog).
    auto *service = new ProfileService(m_session->settings(), m_session->profiles(), &m_session->secrets(), this,
                                       &m_session->database());
    const auto answered = std::make_shared<bool>(false);
    service->remove(
        name, this,
        [this, service, name, answered](const ProfileService::Result &result) {
            *answered = true;
            service->deleteLater();
            reloadList(result.ok() ? QString() : name);
            setStatus(result.message, !result.ok());
            Q_EMIT removeFinished(result.ok());
        },
        ProfileService::RemoveMode::DiscardUnfinishedApplies);
    if (!*answered) {
        reloadList();
        setStatus(tr("Profile \"%1\" removed; removing its secret from the keychain...").arg(name), false);
    }
}

void ConnectionProfilesDialog::updateButtons()
{
    const bool reserved = !m_editing.isEmpty() && ProfileStore::isReservedName(m_editing);
    m_ui->removeProfileButton->setEnabled(!m_editing.isEmpty() && !reserved);
    m_ui->saveProfileButton->setEnabled(!reserved);
    m_connectButton->setEnabled(!m_editing.isEmpty());
}

} // namespace calib
