#pragma once
// AWS Region codes and the location names the Price List uses for them ("US East (N. Virginia)").

#include <optional>
#include <string>

namespace archdesk::core::catalog {

// "US East (N. Virginia)" → "us-east-1"; nullopt for names that are not a Region we know.
std::optional<std::string> regionCodeForLocation(const std::string& location);

} // namespace archdesk::core::catalog
