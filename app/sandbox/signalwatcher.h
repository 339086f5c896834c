#pragma once

#include <QObject>

class QSocketNotifier;

namespace calib::sandbox {

// Turns SIGINT and SIGTERM into a Qt signal (self-pipe: the handler only writes one byte),
// so the executable can shut down cleanly from the event loop.
class SignalWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;
    [[nodiscard]] bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    static void handle(int signalNumber);
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace calib::sandbox
