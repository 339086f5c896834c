#pragma once

#include "help/apicontract.h"

#include <QByteArray>
#include <QDialog>

#include <memory>

class QPushButton;
class QTreeWidgetItem;

namespace Ui {
class ApiContractDialog;
}

namespace calib {

// Help > API Contract: the wire contract bundled with this build (resources/api/openapi.yaml,
// embedded as :/api/openapi.yaml). A list of its operations (method, path, scopes,
// summary) above the full text, read-only and monospace, with a find field (Ctrl+F; Enter
// finds the next match, Shift+Enter the previous one) and Save As to export the file.
// Non-modal, so it can stay open beside the editor.
class ApiContractDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ApiContractDialog(QWidget *parent = nullptr);
    ~ApiContractDialog() override;

    [[nodiscard]] static QString bundledContractPath();
    [[nodiscard]] const ApiContract &contract() const { return m_contract; }
    [[nodiscard]] QByteArray contractBytes() const { return m_bytes; }

    // Selects the next (or previous) match of the find field's text, wrapping around;
    // false (and "Not found" beside the field) when there is none.
    bool findNext(bool backward = false);
    // Writes the contract, byte for byte, to `path`; false with a message when it cannot.
    bool saveContract(const QString &path);
    // Asks for a file name and saves there.
    void saveContractInteractive();
    // Scrolls the text to an operation (its method line) and selects that line.
    void showOperation(int index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillOperations();
    void focusFind();

    const std::unique_ptr<Ui::ApiContractDialog> m_ui;
    QByteArray m_bytes;
    ApiContract m_contract;
    QPushButton *m_saveAsButton;
};

} // namespace calib
