// The Practice Exam page offscreen: a SAP-C02-shaped exam taken and submitted with the keyboard only, the
// submit panel listing unanswered and flagged questions, the report's advice and filters, resume after
// closing, review mode feedback, links limited to http(s), and the two table models under
// QAbstractItemModelTester.
#include "core/study/exam_scoring.h"
#include "ui/common/app_state.h"
#include "ui/exam/exam_page.h"
#include "ui/exam/exam_session.h"
#include "ui/exam/exam_view.h"
#include "ui/exam/history_model.h"
#include "ui/exam/report_view.h"
#include "ui/exam/review_model.h"
#include "ui/main_window/main_window.h"
#include "ui/main_window/screenshot.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QtTest>

#include <algorithm>

#include <QCheckBox>

using namespace archdesk;

namespace {

// Where the screenshots go: $ARCHDESK_SCREENSHOT_DIR when set (to look at them), else a temporary folder.
QString screenshotPath(const QTemporaryDir& tmp, const QString& name)
{
    const QString dir = qEnvironmentVariable("ARCHDESK_SCREENSHOT_DIR");
    return (dir.isEmpty() ? tmp.path() : dir) + QLatin1Char('/') + name;
}

Qt::Key keyFor(char optionKey)
{
    return static_cast<Qt::Key>(Qt::Key_A + (optionKey - 'A'));
}

// Presses the key that chooses an option: its letter, or 6 for option F (F flags the question).
void pressOption(ui::ExamView* view, char optionKey)
{
    QTest::keyClick(view, optionKey == 'F' ? Qt::Key_6 : keyFor(optionKey));
}

// Answers the current question by pressing keys: the right options, or, when wrong is true, one wrong
// option and then right ones up to the number the question asks for (all-or-nothing: still wrong).
void answerWithKeys(ui::ExamView* view, bool wrong)
{
    const auto* q = view->session()->question(view->session()->position());
    QVERIFY(q);
    if (wrong) {
        const auto firstWrong = std::find_if(q->options.begin(), q->options.end(), [](const auto& o) { return !o.correct; });
        QVERIFY(firstWrong != q->options.end());
        pressOption(view, firstWrong->key[0]);
        int chosen = 1;
        for (const auto& o : q->options)
            if (o.correct && chosen < q->select) {
                pressOption(view, o.key[0]);
                ++chosen;
            }
        return;
    }
    for (char k : q->answerKey())
        pressOption(view, k);
}

int countRows(core::store::Database& db, const char* sql)
{
    auto s = db.prepare(sql);
    return s && *s->step() ? static_cast<int>(s->columnInt(0)) : -1;
}

} // namespace

class TstExamPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("archdesk-tests");
        QCoreApplication::setApplicationName("tst_exam_page");
        QSettings().clear();
    }

    void fullExam_takenWithTheKeyboard_reportSaysWhereToStudyNext()
    {
        QTemporaryDir dir;
        auto state = ui::AppState::load(ARCHDESK_SOURCE_DATA_DIR, dir.filePath("a.db").toStdString());
        QVERIFY(state.db);
        ui::MainWindow window(state);
        window.resize(1280, 860);
        window.show();
        QVERIFY(window.showPage("exam"));
        auto* page = qobject_cast<ui::ExamPage*>(window.pageWidget("exam"));
        QVERIFY(page);
        page->choose("sap-c02", 0, 75, true, false);
        QCOMPARE(page->startExam(), QString());
        QCOMPARE(page->screen(), ui::ExamPage::Screen::Exam);
        auto* view = page->examView();
        QCOMPARE(view->session()->count(), 75);
        QCOMPARE(view->session()->attempt().timeLimitMs, qint64(180) * 60 * 1000);

        // Every question answered from the keyboard: right everywhere except in domain 3, which is answered
        // wrong; the last question is flagged and left unanswered; question 2 is flagged and answered.
        int expectedRight = 0;
        for (int i = 0; i < 75; ++i) {
            QCOMPARE(view->session()->position(), i);
            const bool wrong = view->session()->answer(i).domainId == "c02-d3";
            if (i == 74) {
                QTest::keyClick(view, Qt::Key_F);
            } else {
                answerWithKeys(view, wrong);
                expectedRight += wrong ? 0 : 1;
            }
            if (i == 1)
                QTest::keyClick(view, Qt::Key_F);
            if (i == 9)
                QVERIFY(ui::saveScreenshot(&window, screenshotPath(dir, "exam-screen.png")).isEmpty());
            QTest::keyClick(view, Qt::Key_N);
        }
        // P goes back; N forward again.
        QTest::keyClick(view, Qt::Key_P);
        QCOMPARE(view->session()->position(), 73);
        QTest::keyClick(view, Qt::Key_N);

        // Every answer is already in the database, before submitting.
        QCOMPARE(countRows(*state.db, "SELECT COUNT(*) FROM exam_answer WHERE answer <> ''"), 74);
        QCOMPARE(countRows(*state.db, "SELECT COUNT(*) FROM exam_answer WHERE flagged = 1"), 2);

        QTest::keyClick(view, Qt::Key_S);
        QVERIFY(view->submitPanelShown());
        auto* panel = view->findChild<QWidget*>("submitPanel");
        QString panelText;
        for (auto* l : panel->findChildren<QLabel*>())
            panelText += l->text();
        QVERIFY2(panelText.contains("Unanswered (1):</b> 75"), qPrintable(panelText));
        QVERIFY2(panelText.contains("Flagged (2):</b> 2, 75"), qPrintable(panelText));
        QTest::keyClick(view, Qt::Key_Escape);
        QVERIFY(!view->submitPanelShown());
        const qint64 fullExamId = view->session()->attempt().id;
        QTest::keyClick(view, Qt::Key_S);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(page->screen(), ui::ExamPage::Screen::Report);

        // The score: all-or-nothing marking of what was pressed.
        auto* report = page->reportView();
        auto* model = report->reviewModel();
        QCOMPARE(model->rowCount(), 75);
        int right = 0;
        for (int r = 0; r < 75; ++r)
            right += model->row(r).outcome == ui::ReviewModel::Outcome::Right ? 1 : 0;
        QCOMPARE(right, expectedRight);
        const int wrongOrBlank = 75 - expectedRight;
        report->setResultFilter(1);
        QCOMPARE(report->visibleRows(), wrongOrBlank);
        report->setResultFilter(2);
        QCOMPARE(report->visibleRows(), 2);
        report->setResultFilter(0);
        report->setDomainFilter("c02-d2");
        QCOMPARE(report->visibleRows(), 22);
        report->setDomainFilter(QString());

        // The advice names domain 3 first, and the estimate is labelled as one.
        const QString headline = report->findChild<QLabel*>("reportHeadline")->text();
        QVERIFY(headline.contains("estimate"));
        const QString next = report->findChild<QLabel*>("reportStudyNext")->text();
        QVERIFY2(next.indexOf("Continuous Improvement for Existing Solutions") >= 0, qPrintable(next));
        QVERIFY(report->findChild<QPushButton*>("drill-c02-d3"));
        QVERIFY(ui::saveScreenshot(&window, screenshotPath(dir, "exam-report.png")).isEmpty());
        auto* tabs = report->findChild<QTabWidget*>();
        QVERIFY(tabs);
        tabs->setCurrentIndex(1);
        QVERIFY(ui::saveScreenshot(&window, screenshotPath(dir, "exam-report-time.png")).isEmpty());
        tabs->setCurrentIndex(0);

        // Each wrong answer became a flashcard; the unanswered one did not.
        QCOMPARE(countRows(*state.db, "SELECT COUNT(*) FROM user_card WHERE id LIKE 'exam-%'"),
                 wrongOrBlank - 1);
        QCOMPARE(countRows(*state.db, "SELECT COUNT(*) FROM review_log WHERE source = 'exam'"),
                 wrongOrBlank - 1);

        // A drill from the report starts at once, on domain 3 only.
        report->findChild<QPushButton*>("drill-c02-d3")->click();
        QCOMPARE(page->screen(), ui::ExamPage::Screen::Exam);
        for (int i = 0; i < view->session()->count(); ++i)
            QCOMPARE(view->session()->answer(i).domainId, std::string("c02-d3"));

        // Back on the start screen (as on reopening the page): the drill is offered for resuming and the
        // submitted exam is in the history.
        page->showReport(fullExamId);
        page->reportView()->findChild<QPushButton*>("backToStart")->click();
        QCOMPARE(page->screen(), ui::ExamPage::Screen::Start);
        QVERIFY(!page->findChild<QWidget*>("resumeBanner")->isHidden());
        QCOMPARE(page->historyModel()->rowCount(), 1);
        QVERIFY(page->findChild<QLabel*>("examProblem")->isHidden());
        QVERIFY(ui::saveScreenshot(&window, screenshotPath(dir, "exam-start.png")).isEmpty());
    }

    void noDatabase_pageStaysUsable_andSaysWhy()
    {
        auto state = ui::AppState::load(ARCHDESK_SOURCE_DATA_DIR, "/proc/archdesk-cannot-write/x.db");
        QVERIFY(!state.db);
        ui::ExamPage page(state);
        page.show();
        QVERIFY(!page.findChild<QPushButton*>("startExam")->isEnabled());
        QVERIFY(page.startExam().contains("cannot be saved"));
        QCOMPARE(page.screen(), ui::ExamPage::Screen::Start);
    }

    void closedMidExam_reopeningOffersToResume_withAnswersAndTimeUsed()
    {
        QTemporaryDir dir;
        auto state = ui::AppState::load(ARCHDESK_SOURCE_DATA_DIR, dir.filePath("a.db").toStdString());
        std::vector<std::string> given;
        {
            ui::ExamPage page(state);
            page.show();
            page.choose("sap-legacy", 1, 6, true, false);
            QCOMPARE(page.startExam(), QString());
            auto* view = page.examView();
            answerWithKeys(view, false);
            QTest::keyClick(view, Qt::Key_N);
            answerWithKeys(view, true);
            QTest::keyClick(view, Qt::Key_F);
            QTest::keyClick(view, Qt::Key_N);
            QTest::qWait(1100); // past a whole second, so the time used is non-zero however the clock rounds
            given = {view->session()->answer(0).answer, view->session()->answer(1).answer};
        } // the page goes away mid-exam, as when the window is closed

        ui::ExamPage again(state);
        again.show();
        auto* banner = again.findChild<QWidget*>("resumeBanner");
        QVERIFY(!banner->isHidden());
        QString text;
        for (auto* l : banner->findChildren<QLabel*>())
            text += l->text();
        QVERIFY2(text.contains("2 of 6 answered"), qPrintable(text));
        // The legacy blueprint allows 170 minutes for 80 questions: 6 × 170 / 80 = 12.75, rounded up to 13
        // minutes.
        QVERIFY2(text.contains("of 13:00"), qPrintable(text));
        QCOMPARE(again.resumeExam(), QString());
        auto* session = again.examView()->session();
        QCOMPARE(session->position(), 2); // the first unanswered question
        QCOMPARE(session->answer(0).answer, given[0]);
        QCOMPARE(session->answer(1).answer, given[1]);
        QVERIFY(session->answer(1).flagged);
        QVERIFY(session->timeUsedMs() >= session->attempt().timeUsedMs);
        QVERIFY(session->attempt().timeUsedMs > 0);
    }

    void computedPracticeSection_isAppended_andScoredFromTheBank()
    {
        QTemporaryDir dir;
        auto state = ui::AppState::load(ARCHDESK_SOURCE_DATA_DIR, dir.filePath("a.db").toStdString());
        ui::ExamPage page(state);
        page.show();
        page.choose("sap-c02", 1, 4, false, false);
        QCheckBox* practice = nullptr;
        for (auto* box : page.findChildren<QCheckBox*>())
            if (box->accessibleName() == "Computed practice section")
                practice = box;
        QVERIFY(practice);
        practice->setChecked(true);
        QCOMPARE(page.startExam(), QString());
        auto* session = page.examView()->session();
        QCOMPARE(session->count(), 10);
        for (int i = 4; i < 10; ++i) {
            QVERIFY(session->question(i));
            QVERIFY(QString::fromStdString(session->question(i)->id).startsWith("q-gen-"));
        }
        for (int i = 0; i < 4; ++i)
            QVERIFY(!QString::fromStdString(session->question(i)->id).startsWith("q-gen-"));
    }

    void reviewMode_showsFeedbackAndLocksTheAnswer()
    {
        QTemporaryDir dir;
        auto state = ui::AppState::load(ARCHDESK_SOURCE_DATA_DIR, dir.filePath("a.db").toStdString());
        ui::ExamPage page(state);
        page.show();
        page.choose("sap-c02", 1, 3, false, true);
        QCOMPARE(page.startExam(), QString());
        auto* view = page.examView();
        auto* feedback = view->findChild<QLabel*>("examFeedback");
        QVERIFY(feedback->isHidden());
        answerWithKeys(view, true);
        QVERIFY(!feedback->isHidden());
        QVERIFY(feedback->text().contains("Not right"));
        const std::string locked = view->session()->answer(0).answer;
        QTest::keyClick(view, Qt::Key_D);
        QTest::keyClick(view, Qt::Key_A);
        QCOMPARE(view->session()->answer(0).answer, locked);
    }

    void links_onlyHttpAndHttpsAreOpened_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("file") << "file:///etc/passwd";
        QTest::newRow("javascript") << "javascript:alert(1)";
        QTest::newRow("relative") << "docs/page.html";
        QTest::newRow("ftp") << "ftp://example.com/x";
    }
    void links_onlyHttpAndHttpsAreOpened()
    {
        QFETCH(QString, url);
        QVERIFY(!ui::ReportView::openLink(QUrl(url)));
    }

    void models_passQAbstractItemModelTester()
    {
        QTemporaryDir dir;
        auto state = ui::AppState::load(ARCHDESK_SOURCE_DATA_DIR, dir.filePath("a.db").toStdString());
        ui::ExamPage page(state);
        page.choose("sap-c02", 1, 4, false, false);
        QCOMPARE(page.startExam(), QString());
        answerWithKeys(page.examView(), false);
        page.examView()->confirmSubmit();
        QCOMPARE(page.screen(), ui::ExamPage::Screen::Report);

        ui::ReviewModel review;
        QAbstractItemModelTester reviewTester(&review,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto index = core::study::indexQuestions(state.content.content.questions);
        core::study::ExamStore store(*state.db);
        const auto attempts = *store.finishedAttempts();
        QCOMPARE(attempts.size(), std::size_t(1));
        review.setAttempt(attempts[0], *state.content.content.blueprint("sap-c02"), index);
        QCOMPARE(review.rowCount(), 4);
        QCOMPARE(review.data(review.index(0, ui::ReviewModel::Result)).toString(), QString("Right"));
        QCOMPARE(review.data(review.index(1, ui::ReviewModel::Result)).toString(), QString("Unanswered"));

        ui::HistoryModel history;
        QAbstractItemModelTester historyTester(&history,
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        history.setAttempts(attempts, state.content.content, index);
        QCOMPARE(history.rowCount(), 1);
        // 1 of 4 right: 100 + 900 × 0.25 = 325.
        QCOMPARE(history.data(history.index(0, ui::HistoryModel::Estimate)).toInt(), 325);
        QCOMPARE(history.data(history.index(0, ui::HistoryModel::Percent)).toString(), QString("25%"));
        history.setAttempts({}, state.content.content, index);
        QCOMPARE(history.rowCount(), 0);
    }
};

QTEST_MAIN(TstExamPage)
#include "tst_exam_page.moc"
