#include "core/content/reference_topics.h"

#include <filesystem>
#include <fmt/format.h>

#include "core/util/json_fields.h"
#include "core/util/json_file.h"

namespace archdesk::core::content {

Result<std::vector<ReferenceTopic>> loadReferenceTopics(const std::string& dataDir)
{
    const std::string file = (std::filesystem::path(dataDir) / "reference" / "topics.json").string();
    auto doc = readJsonFile(file);
    if (!doc)
        return doc.error();
    JsonFields f(file);
    std::vector<ReferenceTopic> out;
    if (const auto* topics = f.array(*doc, "topics", "")) {
        for (std::size_t i = 0; i < topics->size(); ++i) {
            const auto& t = (*topics)[i];
            const std::string path = fmt::format("topics[{}]", i);
            ReferenceTopic topic;
            topic.id = f.string(t, "id", path).value_or("");
            topic.title = f.string(t, "title", path).value_or("");
            topic.body = f.string(t, "body", path).value_or("");
            topic.references = f.stringArray(t, "references", path, false).value_or(std::vector<std::string>{});
            out.push_back(std::move(topic));
        }
    }
    if (!f.ok())
        return f.problems().front();
    return out;
}

} // namespace archdesk::core::content
