#pragma once
// Card text (plain text with the small Markdown subset of design.md §2) as safe rich text for a QLabel.

#include <QString>
#include <string>

namespace archdesk::ui {

// Escapes HTML first, then renders **bold**, *italic*, `code`, [links](https://…) and "- " list lines.
QString cardTextToHtml(const std::string& text);

} // namespace archdesk::ui
