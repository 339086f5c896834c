#include "common/dialogs.h"

#include <QFileDialog>
#include <QQueue>

namespace calib::dialogs {

namespace {
struct Hooks
{
    QQueue<QMessageBox::StandardButton> answers;
    QQueue<QString> fileNames;
    QStringList shown;
    bool suppressed = false;
};

Hooks &hooks()
{
    static Hooks h;
    return h;
}
} // namespace

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    if (!hooks().answers.isEmpty()) {
        hooks().shown.append(text);
        return hooks().answers.dequeue();
    }
    if (hooks().suppressed) {
        hooks().shown.append(text);
        return defaultButton;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void warning(QWidget *parent, const QString &title, const QString &text)
{
    if (hooks().suppressed || !hooks().answers.isEmpty()) {
        hooks().shown.append(text);
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void information(QWidget *parent, const QString &title, const QString &text)
{
    if (hooks().suppressed || !hooks().answers.isEmpty()) {
        hooks().shown.append(text);
        return;
    }
    QMessageBox::information(parent, title, text);
}

QString openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    if (!hooks().fileNames.isEmpty())
        return hooks().fileNames.dequeue();
    if (hooks().suppressed)
        return {};
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    if (!hooks().fileNames.isEmpty())
        return hooks().fileNames.dequeue();
    if (hooks().suppressed)
        return {};
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

void setNextAnswer(QMessageBox::StandardButton answer)
{
    hooks().answers.enqueue(answer);
}

void setNextFileName(const QString &path)
{
    hooks().fileNames.enqueue(path);
}

void setSuppressed(bool suppressed)
{
    hooks().suppressed = suppressed;
}

QStringList shownMessages()
{
    return hooks().shown;
}

void clearShownMessages()
{
    hooks().shown.clear();
}

} // namespace calib::dialogs
