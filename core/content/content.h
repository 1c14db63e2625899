#pragma once
// Content: everything bundled in data/ — manifest, blueprints, questions and cards — once loaded.

#include <string>
#include <vector>

#include "core/study/blueprint.h"
#include "core/study/card.h"
#include "core/study/question.h"
#include "core/util/result.h"

namespace archdesk::core::content {

struct Manifest
{
    int format = 0;
    std::string contentVersion;
    std::string generated;
};

struct Content
{
    Manifest manifest;
    std::vector<study::Blueprint> blueprints;
    std::vector<study::Question> questions;
    std::vector<study::Card> cards;

    const study::Blueprint* blueprint(const std::string& id) const
    {
        for (const auto& b : blueprints)
            if (b.id == id)
                return &b;
        return nullptr;
    }
};

struct LoadReport
{
    Content content;             // every item that could be read, even when there are problems
    std::vector<Error> problems; // each names its file and place
    bool ok() const { return problems.empty(); }
};

// Reads and validates dataDir (manifest.json, blueprints/, questions/, cards/). Files are read in name
// order; a file that does not parse is reported and skipped, an invalid item is reported and left out.
LoadReport loadContent(const std::string& dataDir);

} // namespace archdesk::core::content
