#pragma once
// The generated practice bank the exam draws its optional computed section from: a fixed, deterministic
// set (ten questions per family), so an attempt that holds their ids can be scored and resumed later.

#include <cstdint>
#include <string>
#include <vector>

#include "core/study/exam_assembly.h"
#include "core/study/question.h"

namespace archdesk::core::study::practice {

// Built once; the pointers a QuestionIndex takes into it stay valid for the program's life.
const std::vector<Question>& generatedPracticeBank();

// The optional section of an exam: up to `count` generated questions, one family after another, chosen by
// seed; for a drill (drillDomain not empty) only those of that domain in the blueprint.
std::vector<ExamItem> practiceSection(const std::string& blueprintId, const std::string& drillDomain, int count,
                                      std::uint64_t seed);

} // namespace archdesk::core::study::practice
