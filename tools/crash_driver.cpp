// crash_driver: performs reviews and exam answers through the same core calls the GUI makes, and prints
// one line per action only after the action's transaction has committed. The crash-safety test kills it
// with SIGKILL at random moments and then checks that every printed action is in the database.
//   crash_driver DB_FILE FIRST_INDEX
#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/store/migrations.h"
#include "core/study/exam_store.h"
#include "core/study/review_store.h"

using namespace archdesk::core;
using namespace archdesk::core::study;

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: crash_driver DB_FILE FIRST_INDEX\n");
        return 1;
    }
    auto db = store::openUserDatabase(argv[1]);
    if (!db) {
        std::fprintf(stderr, "crash_driver: %s\n", db.error().describe().c_str());
        return 3;
    }
    const long first = std::atol(argv[2]);
    const EpochMs t0 = 1767614400000; // 2026-01-05T12:00:00Z
    const FsrsScheduler scheduler;

    // One attempt per run, with many positions so that every answer has its own row.
    ExamStore exams(*db);
    AssembledExam exam;
    exam.blueprintId = "sap-c02";
    exam.minutes = 180;
    for (int i = 0; i < 2000; ++i)
        exam.questions.push_back({"q-crash-" + std::to_string(i), "c02-d1"});
    auto attempt = exams.start(exam, true, t0);
    if (!attempt) {
        std::fprintf(stderr, "crash_driver: %s\n", attempt.error().describe().c_str());
        return 3;
    }
    std::printf("attempt %lld\n", static_cast<long long>(*attempt));
    std::fflush(stdout);

    for (long i = first;; ++i) {
        const EpochMs now = t0 + i * kMsPerMinute;
        if (i % 2 == 0) {
            const auto rating = static_cast<Rating>(1 + (i / 2) % 4);
            if (auto r = recordReview(*db, "c-crash-" + std::to_string(i), rating, now, scheduler); !r) {
                std::fprintf(stderr, "crash_driver: %s\n", r.error().describe().c_str());
                return 3;
            }
            std::printf("review %ld\n", i);
        } else {
            const int position = static_cast<int>(i % 2000);
            if (auto r = exams.saveAnswer(*attempt, position, "B", 1000, i * 1000, now); !r) {
                std::fprintf(stderr, "crash_driver: %s\n", r.error().describe().c_str());
                return 3;
            }
            std::printf("answer %lld %d\n", static_cast<long long>(*attempt), position);
        }
        // The line goes out only after the commit above returned: what the user was told is saved.
        std::fflush(stdout);
    }
}
