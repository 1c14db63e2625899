#pragma once
// Card: one flashcard's content (its scheduling state lives in the user's database).

#include <map>
#include <string>
#include <vector>

namespace archdesk::core::study {

struct Card
{
    std::string id;
    std::string front;
    std::string back;
    std::map<std::string, std::string> domains; // blueprint id → domain id
    std::vector<std::string> tasks;
    std::vector<std::string> services;
    std::vector<std::string> tags;
    std::vector<std::string> references;
};

} // namespace archdesk::core::study
