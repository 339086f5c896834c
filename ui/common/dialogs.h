#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

namespace calib::dialogs {

// Message boxes and file dialogs go through these, so GUI tests can queue the next answers
// (KeePassXC's "next answer" hooks) instead of blocking on a modal dialog.
QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::StandardButton defaultButton = QMessageBox::Yes);
void warning(QWidget *parent, const QString &title, const QString &text);
void information(QWidget *parent, const QString &title, const QString &text);
QString openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
QString saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);

// Test hooks: answers used (first in, first out) instead of showing a dialog.
void setNextAnswer(QMessageBox::StandardButton answer);
void setNextFileName(const QString &path);
// Texts of message boxes that would have been shown while answers were queued or
// dialogs were suppressed; for assertions.
void setSuppressed(bool suppressed);
[[nodiscard]] QStringList shownMessages();
void clearShownMessages();

} // namespace calib::dialogs
