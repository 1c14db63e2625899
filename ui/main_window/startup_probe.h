#pragma once
// StartupProbe: measures what `archdesk --measure` reports — time to the first painted window and the
// resident memory after every page has been shown.

#include <QElapsedTimer>
#include <QObject>

namespace archdesk::ui {

class MainWindow;

class StartupProbe final : public QObject
{
    Q_OBJECT
public:
    // timer: started at the top of main(), before Qt is loaded.
    StartupProbe(MainWindow& window, const QElapsedTimer& timer);

    // After the first paint: shows every page, then prints one JSON line and quits the application.
    void start();

    static double residentMegabytes();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void finish();

    MainWindow& m_window;
    const QElapsedTimer& m_timer;
    qint64 m_firstPaintMs = -1;
};

} // namespace archdesk::ui
