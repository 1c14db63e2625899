#pragma once
// Blueprint: an exam's shape — length, time, passing score and weighted domains with task statements.

#include <string>
#include <vector>

namespace archdesk::core::study {

struct TaskStatement
{
    std::string id;   // "2.3"
    std::string text;
};

struct Domain
{
    std::string id;   // "c02-d2"
    std::string name;
    double weight = 0; // share of the exam, 0..1
    std::vector<TaskStatement> tasks;
};

struct Blueprint
{
    std::string id;   // "sap-c02"
    std::string name;
    int questions = 0;
    int scored = 0;
    int minutes = 0;
    int passingScaled = 0;
    std::vector<Domain> domains;

    const Domain* domain(const std::string& domainId) const
    {
        for (const Domain& d : domains)
            if (d.id == domainId)
                return &d;
        return nullptr;
    }
};

} // namespace archdesk::core::study
