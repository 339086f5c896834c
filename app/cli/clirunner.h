#pragma once

#include "cli/cliparser.h"
#include "cli/cliprinter.h"
#include "core/analytics/datasetimport.h"
#include "services/exitcodes.h"

#include <QCommandLineOption>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

#include <functional>
#include <memory>
#include <optional>

class QCommandLineParser;
class QSaveFile;

namespace calib {
class PagedExporter;
class SecretStore;
class WorkbenchSession;
} // namespace calib

namespace calib::cli {

// Runs one calibctl invocation on the event loop: parses the command's arguments, calls
// the shared workflows in app/services and prints what they report. Ends the event loop
// with QCoreApplication::exit(exit code); nothing blocks and no loop is nested.
class CliRunner final : public QObject
{
    Q_OBJECT
public:
    explicit CliRunner(Invocation invocation, QObject *parent = nullptr);
    ~CliRunner() override;

    // Runs on the next event-loop turn.
    void start();

private:
    void run();
    void finish(ExitCode code);
    void usageError(const QString &message);
    // Parses the command's own arguments; false (after a usage error) when they are wrong.
    bool parseCommand(QCommandLineParser &parser, const QList<QCommandLineOption> &options, int minPositional,
                      int maxPositional, const QString &synopsis);
    WorkbenchSession &session();
    SecretStore &secrets();
    bool openDatabase();
    // Resolves the connection options, connects the session, then calls `next`.
    void withConnection(const std::function<void()> &next);
    // A device for -o FILE (atomic, committed on success) or stdout.
    QIODevice *openOutput(const QString &path);
    bool closeOutput(bool success);

    // Prints the outcome of an export when it finishes and ends the run with its exit code.
    void finishExportWhenDone(PagedExporter *exporter, const QString &path, const QString &moreText,
                              const QString &wroteText);
    // Imports a labelled dataset; on any rejected row prints the errors (with line and
    // column), ends the run with exit code 1 and returns nothing.
    std::optional<ImportResult> importDatasetOrFail(const QString &path, const ImportOptions &options);

    void cmdValidate();
    void cmdApply();
    void cmdCurrent();
    void cmdJob();
    void cmdWebhook();
    void cmdAudit();
    void cmdAlerts();
    void cmdProfile();
    void cmdOutbox();
    void cmdSweep();
    void cmdVerify();

    Invocation m_invocation;
    CliPrinter m_printer;
    QProcessEnvironment m_environment;
    std::unique_ptr<WorkbenchSession> m_session;
    QPointer<SecretStore> m_secrets;
    std::unique_ptr<QSaveFile> m_outputFile;
    int m_lastRetrySeconds = -1;
    int m_lastProgressPercent = -1;
    bool m_finished = false;
};

} // namespace calib::cli
