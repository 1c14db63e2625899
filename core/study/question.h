#pragma once
// Question: one multiple-choice or multiple-response exam question with an explanation per option.

#include <map>
#include <string>
#include <vector>

namespace archdesk::core::study {

struct Option
{
    std::string key;  // "A"
    std::string text;
    bool correct = false;
    std::string why;
};

struct Question
{
    std::string id;
    std::string stem;
    int select = 1;                              // how many options are correct
    std::vector<Option> options;
    std::map<std::string, std::string> domains;  // blueprint id → domain id
    std::vector<std::string> tasks;              // SAP-C02 task ids
    std::vector<std::string> services;
    std::vector<std::string> tags;
    int difficulty = 2;
    std::vector<std::string> references;

    // The keys of the correct options in order, e.g. "AC".
    std::string answerKey() const
    {
        std::string keys;
        for (const Option& o : options)
            if (o.correct)
                keys += o.key;
        return keys;
    }
};

} // namespace archdesk::core::study
