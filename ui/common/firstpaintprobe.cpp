#include "common/firstpaintprobe.h"

#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>

namespace calib {

namespace {

class FirstPaintFilter final : public QObject
{
public:
    FirstPaintFilter(QWidget *window, std::function<void()> painted)
        : QObject(window)
        , m_window(window)
        , m_painted(std::move(painted))
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // The paint event is delivered inside the repaint manager's paint-and-flush of
            // the frame; a zero timer runs after that has returned.
            QTimer::singleShot(0, this, [this] {
                m_window->removeEventFilter(this);
                if (m_painted)
                    m_painted();
                deleteLater();
            });
        }
        return false;
    }

private:
    QPointer<QWidget> m_window;
    std::function<void()> m_painted;
    bool m_seen = false;
};

} // namespace

void onFirstPaint(QWidget *window, std::function<void()> painted)
{
    window->installEventFilter(new FirstPaintFilter(window, std::move(painted)));
}

void printMonotonicStamp(const char *event)
{
    const auto now
        = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch());
    std::printf("%s-monotonic-ns %lld\n", event, static_cast<long long>(now.count()));
    std::fflush(stdout);
}

} // namespace calib
