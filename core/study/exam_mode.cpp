#include "core/study/exam_mode.h"

namespace archdesk::core::study {

namespace {
constexpr const char* kReviewSuffix = "/review";
constexpr const char* kDrillPrefix = "drill:";
} // namespace

std::string ExamMode::toText() const
{
    std::string text;
    switch (kind) {
    case ExamKind::Full:
        text = "full";
        break;
    case ExamKind::Custom:
        text = "custom";
        break;
    case ExamKind::DomainDrill:
        text = kDrillPrefix + drillDomain;
        break;
    case ExamKind::Mistakes:
        text = "mistakes";
        break;
    }
    if (reviewFeedback)
        text += kReviewSuffix;
    return text;
}

std::optional<ExamMode> ExamMode::fromText(const std::string& text)
{
    ExamMode mode;
    std::string body = text;
    const std::string suffix = kReviewSuffix;
    if (body.size() >= suffix.size() &&
        body.compare(body.size() - suffix.size(), suffix.size(), suffix) == 0) {
        mode.reviewFeedback = true;
        body.resize(body.size() - suffix.size());
    }
    const std::string prefix = kDrillPrefix;
    if (body == "full")
        mode.kind = ExamKind::Full;
    else if (body == "custom")
        mode.kind = ExamKind::Custom;
    else if (body == "mistakes")
        mode.kind = ExamKind::Mistakes;
    else if (body.size() > prefix.size() && body.compare(0, prefix.size(), prefix) == 0) {
        mode.kind = ExamKind::DomainDrill;
        mode.drillDomain = body.substr(prefix.size());
    } else
        return std::nullopt;
    return mode;
}

} // namespace archdesk::core::study
