// The Flashcards page offscreen: reviewing with the keyboard saves each answer, Ctrl+Z takes it back, the
// browser's model passes QAbstractItemModelTester, search and import work, and the page opens fast on a big
// collection.
#include <QtTest>

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QListWidget>
#include <QTableView>
#include <set>

#include "core/store/migrations.h"
#include "core/study/card_collection.h"
#include "ui/common/app_state.h"
#include "ui/flashcards/browser_widget.h"
#include "ui/flashcards/card_table_model.h"
#include "ui/flashcards/flashcards_page.h"
#include "ui/flashcards/flashcards_session.h"
#include "ui/flashcards/import_dialog.h"
#include "ui/flashcards/review_widget.h"
#include "ui/flashcards/statistics_widget.h"

using namespace archdesk;

namespace {

const core::EpochMs kNow = 1'773'144'000'000; // 2026-03-10T12:00:00Z

// With ARCHDESK_SCREENSHOT_DIR set, the tests leave pictures of what they saw there (to look at by hand).
void screenshot(QWidget& widget, const char* name)
{
    const QByteArray dir = qgetenv("ARCHDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget.grab().save(QString::fromUtf8(dir) + "/" + name + ".png");
}

int scalar(core::store::Database& db, const char* sql)
{
    auto s = db.prepare(sql);
    (void)s->step();
    return static_cast<int>(s->columnInt(0));
}

} // namespace

class TstFlashcardsPage : public QObject
{
    Q_OBJECT
private slots:
    void keyboardReview_threeCards_savedWhenMade_andUndo()
    {
        QTemporaryDir dir;
        auto state = ui::AppState::load(ARCHDESK_SOURCE_DATA_DIR, dir.filePath("a.db").toStdString());
        QVERIFY(state.db);
        ui::FlashcardsPage page(state);
        page.session()->setClock([] { return kNow; });
        page.resize(1100, 760);
        page.show();
        auto* review = page.reviewTab();
        review->refresh();
        QVERIFY(review->currentCardId().has_value());
        QVERIFY(review->countsText().contains("New 20"));
        std::vector<std::string> seen;
        for (int i = 0; i < 3; ++i) {
            const auto id = review->currentCardId();
            QVERIFY(id);
            seen.push_back(*id);
            QVERIFY(!review->answerShown());
            QTest::keyClick(review, Qt::Key_Space);
            QVERIFY(review->answerShown());
            if (i == 1)
                screenshot(page, "flashcards-review-answer");
            QTest::keyClick(review, i == 0 ? Qt::Key_4 : Qt::Key_3);
            // Saved when made: the log has the row before anything else happens.
            QCOMPARE(scalar(*state.db, "SELECT COUNT(*) FROM review_log"), i + 1);
        }
        QCOMPARE(std::set<std::string>(seen.begin(), seen.end()).size(), std::size_t(3));
        QVERIFY(review->countsText().contains("New 17"));
        QVERIFY(review->countsText().contains("Learning 2")); // Good on a new card: 10-minute step
        // Ctrl+Z takes the last answer back and shows that card again.
        QTest::keyClick(review, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(scalar(*state.db, "SELECT COUNT(*) FROM review_log"), 2);
        QCOMPARE(*review->currentCardId(), seen[2]);
        QVERIFY(review->answerShown());
        // The Easy card graduated to Review, 8 days.
        QCOMPARE(scalar(*state.db, "SELECT COUNT(*) FROM card_state WHERE state = 2 AND scheduled_days = 8"), 1);
    }

    void cardTableModel_passesModelTester_whileSearchingAndSorting()
    {
        QTemporaryDir dir;
        auto state = ui::AppState::load(ARCHDESK_SOURCE_DATA_DIR, dir.filePath("a.db").toStdString());
        ui::FlashcardsPage page(state);
        page.session()->setClock([] { return kNow; });
        auto* browser = page.browserTab();
        QAbstractItemModelTester tester(browser->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        browser->setSearch(QString());
        const int all = browser->model()->rowCount();
        QVERIFY(all > 100);
        browser->setSearch("service:ec2");
        const int ec2 = browser->model()->rowCount();
        QVERIFY(ec2 > 0 && ec2 < all);
        for (int r = 0; r < ec2; ++r)
            QVERIFY(browser->model()->index(r, ui::CardTableModel::Services).data().toString().contains("ec2"));
        browser->model()->sort(ui::CardTableModel::Front, Qt::DescendingOrder);
        const QString first = browser->model()->index(0, 0).data(ui::CardTableModel::SortRole).toString();
        const QString last = browser->model()->index(ec2 - 1, 0).data(ui::CardTableModel::SortRole).toString();
        QVERIFY(first >= last);
        browser->setSearch("prop:q>3");
        QVERIFY(browser->searchError().contains("unknown property"));
        QCOMPARE(browser->model()->rowCount(), ec2); // a bad search leaves the last good result
        browser->setSearch("is:suspended");
        QCOMPARE(browser->model()->rowCount(), 0);
    }

    void browser_bulkSuspendAndDeleteWithUndo()
    {
        QTemporaryDir dir;
        auto state = ui::AppState::load(ARCHDESK_SOURCE_DATA_DIR, dir.filePath("a.db").toStdString());
        ui::FlashcardsPage page(state);
        page.session()->setClock([] { return kNow; });
        page.show();
        page.tabs()->setCurrentIndex(1);
        auto* browser = page.browserTab();
        browser->setSearch("service:elb");
        const int n = browser->model()->rowCount();
        QVERIFY(n >= 2);
        browser->view()->selectRow(0);
        browser->view()->selectionModel()->select(browser->model()->index(1, 0),
                                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(browser->selectedIds().size(), 2);
        browser->suspendSelected(true);
        QCOMPARE(scalar(*state.db, "SELECT COUNT(*) FROM card_state WHERE suspended = 1"), 2);
        browser->view()->selectRow(0);
        browser->deleteSelected();
        QCOMPARE(browser->model()->rowCount(), n - 1);
        browser->undoDelete();
        QCOMPARE(browser->model()->rowCount(), n);
    }

    void import_csvWithBadRows_addsGoodOnes()
    {
        QTemporaryDir dir;
        auto state = ui::AppState::load(ARCHDESK_SOURCE_DATA_DIR, dir.filePath("a.db").toStdString());
        ui::FlashcardsPage page(state);
        page.session()->setClock([] { return kNow; });
        auto* browser = page.browserTab();
        {
            ui::ImportDialog preview(ARCHDESK_TESTS_DIR "/core/fixtures/import/cards.csv");
            QCOMPARE(preview.result().cards.size(), std::size_t(2));
            QCOMPARE(preview.result().problems.size(), std::size_t(2));
            auto* problems = preview.findChild<QListWidget*>("importProblems");
            QVERIFY(problems);
            QCOMPARE(problems->count(), 2);
            QVERIFY(problems->item(0)->text().startsWith("line 3:"));
            preview.show();
            screenshot(preview, "flashcards-import");
        }
        const auto before = page.session()->cards().size();
        const QString error = browser->importFile(ARCHDESK_TESTS_DIR "/core/fixtures/import/cards.csv", false);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(page.session()->cards().size(), before + 2);
        browser->setSearch("is:user");
        QCOMPARE(browser->model()->rowCount(), 2);
        const QString out = dir.filePath("export.txt");
        QVERIFY(browser->exportFile(out).isEmpty());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("#separator:tab"));
    }

    // 10,000 cards and 200,000 review-log rows: the page opens on them and every tab shows them. The times
    // are reported (qInfo), not asserted: a timed bound fails on a busy machine (benchmarks are run by hand).
    void openingPage_bigCollection_showsEveryTab()
    {
        QTemporaryDir dir;
        const std::string dbPath = dir.filePath("big.db").toStdString();
        {
            auto db = core::store::openUserDatabase(dbPath);
            QVERIFY(db.ok());
            QVERIFY(db->transaction([&]() -> core::Result<void> {
                          auto card = db->prepare("INSERT INTO user_card (id, front, back, json, created_at, updated_at) "
                                                  "VALUES (?1, ?2, 'back', '{\"tags\":[\"bulk\"]}', ?3, ?3)");
                          auto st = db->prepare("INSERT INTO card_state (card_id, state, due, stability, difficulty, "
                                                "elapsed_days, scheduled_days, learning_steps, reps, lapses, last_review) "
                                                "VALUES (?1, 2, ?2, 20, 5, 10, 20, 0, 20, 1, ?3)");
                          auto log = db->prepare("INSERT INTO review_log (card_id, reviewed_at, rating, state, due, "
                                                 "stability, difficulty, elapsed_days, scheduled_days, reps) "
                                                 "VALUES (?1, ?2, ?3, 2, ?2, 20, 5, ?4, 20, ?5)");
                          for (int i = 0; i < 10000; ++i) {
                              const std::string id = "bulk-" + std::to_string(i);
                              card->bind(1, id).bind(2, "Front of card " + std::to_string(i)).bind(3, i);
                              if (auto r = card->run(); !r)
                                  return r;
                              st->bind(1, id).bind(2, kNow + (i % 40 - 5) * core::kMsPerDay).bind(3, kNow - core::kMsPerDay);
                              if (auto r = st->run(); !r)
                                  return r;
                              for (int k = 0; k < 20; ++k) {
                                  log->bind(1, id)
                                      .bind(2, kNow - (k * 17 + i % 13) * core::kMsPerDay)
                                      .bind(3, (i + k) % 9 == 0 ? 1 : 3)
                                      .bind(4, 5 + k)
                                      .bind(5, k + 2);
                                  if (auto r = log->run(); !r)
                                      return r;
                              }
                          }
                          return {};
                      }).ok());
        }
        auto state = ui::AppState::load(ARCHDESK_SOURCE_DATA_DIR, dbPath);
        QVERIFY(state.db);
        QCOMPARE(scalar(*state.db, "SELECT COUNT(*) FROM review_log"), 200000);
        QElapsedTimer timer;
        timer.start();
        ui::FlashcardsPage page(state);
        page.session()->setClock([] { return kNow; });
        page.resize(1100, 760);
        page.show();
        QCoreApplication::processEvents();
        const qint64 openMs = timer.elapsed();
        QVERIFY(page.session()->cards().size() >= 10000);
        timer.restart();
        page.tabs()->setCurrentIndex(2);
        QCoreApplication::processEvents();
        const qint64 statsMs = timer.elapsed();
        screenshot(page, "flashcards-statistics");
        timer.restart();
        page.tabs()->setCurrentIndex(1);
        QCoreApplication::processEvents();
        const qint64 browseMs = timer.elapsed();
        page.browserTab()->setSearch("prop:s>10 prop:d<6");
        QCOMPARE(page.browserTab()->model()->rowCount(), 10000); // every bulk card: stability 20, difficulty 5
        page.browserTab()->setSearch("prop:s>30");
        QCOMPARE(page.browserTab()->model()->rowCount(), 0);
        page.browserTab()->setSearch("prop:s>10 prop:d<6");
        screenshot(page, "flashcards-browser");
        qInfo("open %lld ms, statistics tab %lld ms, browse tab %lld ms (10,000 cards, 200,000 reviews)", openMs,
              statsMs, browseMs);
    }
};

QTEST_MAIN(TstFlashcardsPage)
#include "tst_flashcards_page.moc"
