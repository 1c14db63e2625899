#include "ui/main_window/startup_probe.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include "ui/main_window/main_window.h"

namespace archdesk::ui {

StartupProbe::StartupProbe(MainWindow& window, const QElapsedTimer& timer)
    : QObject(&window), m_window(window), m_timer(timer)
{
}

void StartupProbe::start() { m_window.installEventFilter(this); }

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == &m_window && event->type() == QEvent::Paint && m_firstPaintMs < 0) {
        m_firstPaintMs = m_timer.elapsed();
        QTimer::singleShot(0, this, &StartupProbe::finish);
    }
    return QObject::eventFilter(watched, event);
}

double StartupProbe::residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

void StartupProbe::finish()
{
    const double startMb = residentMegabytes();
    QElapsedTimer pages;
    pages.start();
    for (const QString& id : m_window.pageIds()) {
        m_window.showPage(id);
        m_window.repaint();
        QApplication::processEvents();
    }
    QTextStream(stdout) << QStringLiteral("{\"first_paint_ms\": %1, \"rss_at_first_paint_mb\": %2, "
                                          "\"all_pages_shown_ms\": %3, \"rss_after_all_pages_mb\": %4}\n")
                               .arg(m_firstPaintMs)
                               .arg(startMb, 0, 'f', 1)
                               .arg(pages.elapsed())
                               .arg(residentMegabytes(), 0, 'f', 1);
    QApplication::quit();
}

} // namespace archdesk::ui
