#pragma once
// ExamMode: how a practice exam is drawn (full, custom length, domain drill, my mistakes) and how feedback is
// given.

#include <optional>
#include <string>

namespace archdesk::core::study {

enum class ExamKind
{
    Full,
    Custom,
    DomainDrill,
    Mistakes
};

struct ExamMode
{
    ExamKind kind = ExamKind::Full;
    std::string drillDomain; // the domain id, for DomainDrill only
    bool reviewFeedback =
        false; // true: show right/wrong after each answer ("review mode"); false: only at the end

    // The text kept in exam_attempt.mode: "full", "custom", "drill:c02-d2", "mistakes", with "/review"
    // appended in review mode. Kept in one column so the version 2 schema needs no new columns.
    std::string toText() const;
    static std::optional<ExamMode> fromText(const std::string& text);
};

} // namespace archdesk::core::study
