#pragma once
// ReferenceTopic: one page of the Reference's topics (data/reference/topics.json), written from our notes.

#include <string>
#include <vector>

#include "core/util/result.h"

namespace archdesk::core::content {

struct ReferenceTopic
{
    std::string id;
    std::string title;
    std::string body; // Markdown subset (headings, lists, tables, bold, code)
    std::vector<std::string> references;
};

// Reads dataDir/reference/topics.json; problems name the file and field.
Result<std::vector<ReferenceTopic>> loadReferenceTopics(const std::string& dataDir);

} // namespace archdesk::core::content
