#pragma once
// QuestionIndex: the question bank looked up by id, for scoring and the exam session.

#include "core/study/question.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace archdesk::core::study {

using QuestionIndex = std::unordered_map<std::string, const Question*>;

// Pointers into bank: the index is valid while bank is alive and unchanged.
inline QuestionIndex indexQuestions(const std::vector<Question>& bank)
{
    QuestionIndex index;
    index.reserve(bank.size());
    for (const Question& q : bank)
        index.emplace(q.id, &q);
    return index;
}

} // namespace archdesk::core::study
