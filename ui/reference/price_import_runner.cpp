#include "ui/reference/price_import_runner.h"

#include <QDateTime>
#include <QEventLoop>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <optional>

#include "core/catalog/price_import.h"
#include "core/store/migrations.h"
#include "ui/common/app_state.h"

namespace archdesk::ui {

bool runPriceImport(QWidget* parent, const AppState& state, const QString& file)
{
    std::atomic<std::uint64_t> done{0}, total{0};
    std::atomic<bool> cancel{false};
    std::optional<core::Result<core::catalog::ImportSummary>> result;
    const std::string path = file.toStdString();
    const std::string dbPath = state.dbPath;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    // SQLite connections are not shared across threads: the worker opens its own.
    QThread* worker = QThread::create([&] {
        auto db = core::store::openUserDatabase(dbPath);
        if (!db) {
            result = db.error();
            return;
        }
        result = core::catalog::importPriceFile(
            path, *db,
            [&](std::uint64_t d, std::uint64_t t) {
                done = d;
                total = t;
                return !cancel.load();
            },
            now);
    });

    QProgressDialog progress(QObject::tr("Importing prices from %1…").arg(file), QObject::tr("Cancel"), 0, 1000, parent);
    progress.setWindowTitle(QObject::tr("Import prices"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QObject::connect(&progress, &QProgressDialog::canceled, [&] { cancel = true; });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        const auto t = total.load();
        if (t > 0)
            progress.setValue(static_cast<int>(std::min<std::uint64_t>(1000, done.load() * 1000 / t)));
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    poll.start(100);
    worker->start();
    loop.exec();
    poll.stop();
    worker->wait();
    delete worker;
    progress.reset();

    if (!result)
        return false;
    if (!*result) {
        const auto& e = result->error();
        if (e.code == core::ErrorCode::Cancelled)
            QMessageBox::information(parent, QObject::tr("Import prices"),
                                     QObject::tr("The import was cancelled; nothing was imported."));
        else
            QMessageBox::warning(parent, QObject::tr("Import prices"),
                                 QObject::tr("The file was not imported; your prices are unchanged.\n\n%1")
                                     .arg(QString::fromStdString(e.describe())));
        return false;
    }
    const auto& s = result->value();
    QMessageBox::information(parent, QObject::tr("Import prices"),
                             QObject::tr("Imported %1 instance type/region prices with %2 reserved prices.\n\n"
                                         "Source: %3\nDate: %4")
                                 .arg(s.instanceTypes)
                                 .arg(s.reservedPrices)
                                 .arg(QString::fromStdString(s.source), QString::fromStdString(s.date)));
    return true;
}

} // namespace archdesk::ui
