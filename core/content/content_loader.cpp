#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <set>

#include "core/content/content.h"
#include "core/content/near_duplicates.h"
#include "core/util/json_fields.h"
#include "core/util/json_file.h"

namespace archdesk::core::content {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::vector<std::string> jsonFilesIn(const fs::path& dir)
{
    std::vector<std::string> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".json")
            files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

bool isReferenceUrl(const std::string& url)
{
    return url.rfind("https://docs.aws.amazon.com/", 0) == 0 || url.rfind("https://aws.amazon.com/", 0) == 0;
}

class Loader
{
public:
    explicit Loader(std::string dataDir) : m_dir(std::move(dataDir)) {}

    LoadReport run()
    {
        loadManifest();
        for (const auto& file : jsonFilesIn(fs::path(m_dir) / "blueprints"))
            loadBlueprintFile(file);
        if (m_report.content.blueprints.empty())
            m_report.problems.push_back(invalidInput("no blueprint found; expected blueprints/*.json",
                                                     (fs::path(m_dir) / "blueprints").string()));
        for (const auto& file : jsonFilesIn(fs::path(m_dir) / "questions"))
            loadItems(file, true);
        for (const auto& file : jsonFilesIn(fs::path(m_dir) / "cards"))
            loadItems(file, false);
        checkNearDuplicates();
        return std::move(m_report);
    }

private:
    void addProblems(JsonFields& fields)
    {
        for (auto& p : fields.takeProblems())
            m_report.problems.push_back(std::move(p));
    }

    const json* parse(const std::string& file, json& storage)
    {
        auto parsed = readJsonFile(file);
        if (!parsed) {
            m_report.problems.push_back(parsed.error());
            return nullptr;
        }
        storage = std::move(*parsed);
        return &storage;
    }

    void loadManifest()
    {
        const std::string file = (fs::path(m_dir) / "manifest.json").string();
        json doc;
        if (!parse(file, doc))
            return;
        JsonFields f(file);
        Manifest& m = m_report.content.manifest;
        if (auto v = f.integerIn(doc, "format", "", 1, 1))
            m.format = static_cast<int>(*v);
        if (auto v = f.string(doc, "content_version", ""))
            m.contentVersion = *v;
        if (auto v = f.string(doc, "generated", ""))
            m.generated = *v;
        addProblems(f);
    }

    void loadBlueprintFile(const std::string& file)
    {
        json doc;
        if (!parse(file, doc))
            return;
        JsonFields f(file);
        study::Blueprint b;
        if (auto v = f.string(doc, "id", ""))
            b.id = *v;
        if (auto v = f.string(doc, "name", ""))
            b.name = *v;
        if (auto v = f.integerIn(doc, "questions", "", 1, 1000))
            b.questions = static_cast<int>(*v);
        if (auto v = f.integerIn(doc, "scored", "", 1, 1000))
            b.scored = static_cast<int>(*v);
        if (auto v = f.integerIn(doc, "minutes", "", 1, 1000))
            b.minutes = static_cast<int>(*v);
        if (auto v = f.integerIn(doc, "passing_scaled", "", 100, 1000))
            b.passingScaled = static_cast<int>(*v);
        double total = 0;
        if (const json* domains = f.array(doc, "domains", "")) {
            for (std::size_t i = 0; i < domains->size(); ++i) {
                const std::string path = fmt::format("domains[{}]", i);
                const json& d = (*domains)[i];
                study::Domain domain;
                if (auto v = f.string(d, "id", path))
                    domain.id = *v;
                if (auto v = f.string(d, "name", path))
                    domain.name = *v;
                if (auto v = f.numberIn(d, "weight", path, 0.0, 1.0))
                    domain.weight = *v;
                if (const json* tasks = f.array(d, "tasks", path)) {
                    for (std::size_t t = 0; t < tasks->size(); ++t) {
                        const std::string tpath = fmt::format("{}.tasks[{}]", path, t);
                        study::TaskStatement task;
                        if (auto v = f.string((*tasks)[t], "id", tpath))
                            task.id = *v;
                        if (auto v = f.string((*tasks)[t], "text", tpath))
                            task.text = *v;
                        domain.tasks.push_back(std::move(task));
                    }
                }
                total += domain.weight;
                b.domains.push_back(std::move(domain));
            }
            if (b.domains.empty())
                f.problem("domains", "is empty; expected at least one domain");
            else if (std::abs(total - 1.0) > 1e-6)
                f.problem("domains", fmt::format("weights add up to {:.4f}; expected 1", total));
        }
        if (m_report.content.blueprint(b.id))
            f.problem("id", fmt::format("blueprint \"{}\" is defined twice", b.id));
        const bool good = f.ok();
        addProblems(f);
        if (good)
            m_report.content.blueprints.push_back(std::move(b));
    }

    // Reads the domains map shared by questions and cards: every blueprint must be named, with one of its domains.
    void readDomains(JsonFields& f, const json& item, const std::string& path, std::map<std::string, std::string>& out)
    {
        const json* domains = f.object(item, "domains", path);
        if (!domains)
            return;
        const std::string dpath = JsonFields::join(path, "domains");
        for (const auto& [blueprintId, value] : domains->items()) {
            const study::Blueprint* b = m_report.content.blueprint(blueprintId);
            if (!b) {
                f.problem(JsonFields::join(dpath, blueprintId), fmt::format("unknown blueprint \"{}\"", blueprintId));
                continue;
            }
            if (!value.is_string()) {
                f.problem(JsonFields::join(dpath, blueprintId),
                          fmt::format("expected a domain id string, found {}", JsonFields::typeName(value)));
                continue;
            }
            const auto domainId = value.get<std::string>();
            if (!b->domain(domainId)) {
                std::string known;
                for (const auto& d : b->domains)
                    known += (known.empty() ? "" : ", ") + d.id;
                f.problem(JsonFields::join(dpath, blueprintId),
                          fmt::format("unknown domain id \"{}\"; expected one of {}", domainId, known));
                continue;
            }
            out[blueprintId] = domainId;
        }
        for (const auto& b : m_report.content.blueprints)
            if (!domains->contains(b.id))
                f.problem(dpath, fmt::format("names no domain of blueprint \"{}\"", b.id));
    }

    void readTasks(JsonFields& f, const json& item, const std::string& path,
                   const std::map<std::string, std::string>& domains, std::vector<std::string>& out)
    {
        auto tasks = f.stringArray(item, "tasks", path, false);
        if (!tasks)
            return;
        const study::Blueprint* c02 = m_report.content.blueprint("sap-c02");
        const auto domainIt = domains.find("sap-c02");
        if (!c02 || domainIt == domains.end())
            return;
        const study::Domain* domain = c02->domain(domainIt->second);
        for (const auto& task : *tasks) {
            const bool known = domain && std::any_of(domain->tasks.begin(), domain->tasks.end(),
                                                     [&](const auto& t) { return t.id == task; });
            if (!known)
                f.problem(JsonFields::join(path, "tasks"),
                          fmt::format("unknown task \"{}\" for domain {}", task, domainIt->second));
        }
        out = *tasks;
    }

    void readCommon(JsonFields& f, const json& item, const std::string& path, std::vector<std::string>& services,
                    std::vector<std::string>& tags, std::vector<std::string>& references)
    {
        if (auto v = f.stringArray(item, "services", path))
            services = *v;
        if (auto v = f.stringArray(item, "tags", path, false))
            tags = *v;
        if (auto v = f.stringArray(item, "references", path)) {
            references = *v;
            if (references.empty())
                f.problem(JsonFields::join(path, "references"),
                          "is empty; expected at least one https://docs.aws.amazon.com/ or https://aws.amazon.com/ page");
            for (std::size_t i = 0; i < references.size(); ++i)
                if (!isReferenceUrl(references[i]))
                    f.problem(fmt::format("{}[{}]", JsonFields::join(path, "references"), i),
                              fmt::format("\"{}\" is not an AWS documentation page; expected https://docs.aws.amazon.com/… "
                                          "or https://aws.amazon.com/…",
                                          references[i]));
        }
    }

    std::optional<std::string> readId(JsonFields& f, const json& item, const std::string& path, std::set<std::string>& seen,
                                      const char* prefix)
    {
        auto id = f.string(item, "id", path);
        if (!id)
            return std::nullopt;
        if (id->rfind(prefix, 0) != 0)
            f.problem(JsonFields::join(path, "id"), fmt::format("\"{}\" must start with \"{}\"", *id, prefix));
        if (!seen.insert(*id).second)
            f.problem(JsonFields::join(path, "id"), fmt::format("duplicate id \"{}\"", *id));
        return id;
    }

    void readQuestion(JsonFields& f, const json& item, const std::string& path)
    {
        study::Question q;
        const std::size_t before = f.problems().size();
        if (auto v = readId(f, item, path, m_questionIds, "q-"))
            q.id = *v;
        if (auto v = f.string(item, "stem", path)) {
            q.stem = *v;
            if (q.stem.size() < 20)
                f.problem(JsonFields::join(path, "stem"), "is too short to be a question");
        }
        if (auto v = f.integerIn(item, "select", path, 1, 3))
            q.select = static_cast<int>(*v);
        if (const json* options = f.array(item, "options", path)) {
            const std::string opath = JsonFields::join(path, "options");
            if (options->size() < 4 || options->size() > 6)
                f.problem(opath, fmt::format("has {} options; expected 4 to 6", options->size()));
            for (std::size_t i = 0; i < options->size(); ++i) {
                const std::string p = fmt::format("{}[{}]", opath, i);
                study::Option o;
                if (auto v = f.string((*options)[i], "key", p)) {
                    o.key = *v;
                    const std::string expected(1, static_cast<char>('A' + i));
                    if (o.key != expected)
                        f.problem(JsonFields::join(p, "key"), fmt::format("is \"{}\"; expected \"{}\"", o.key, expected));
                }
                if (auto v = f.string((*options)[i], "text", p))
                    o.text = *v;
                if (auto v = f.boolean((*options)[i], "correct", p))
                    o.correct = *v;
                if (auto v = f.string((*options)[i], "why", p)) {
                    o.why = *v;
                    if (o.why.empty())
                        f.problem(JsonFields::join(p, "why"), "is empty; every option needs its explanation");
                }
                q.options.push_back(std::move(o));
            }
            const auto correct = std::count_if(q.options.begin(), q.options.end(), [](const auto& o) { return o.correct; });
            if (correct == 0)
                f.problem(opath, "no option is marked correct");
            else if (correct != q.select)
                f.problem(opath, fmt::format("{} options are marked correct; \"select\" says {}", correct, q.select));
        }
        readDomains(f, item, path, q.domains);
        readTasks(f, item, path, q.domains, q.tasks);
        if (auto v = f.integerIn(item, "difficulty", path, 1, 3))
            q.difficulty = static_cast<int>(*v);
        readCommon(f, item, path, q.services, q.tags, q.references);
        if (f.problems().size() == before)
            m_report.content.questions.push_back(std::move(q));
    }

    void readCard(JsonFields& f, const json& item, const std::string& path)
    {
        study::Card c;
        const std::size_t before = f.problems().size();
        if (auto v = readId(f, item, path, m_cardIds, "c-"))
            c.id = *v;
        if (auto v = f.string(item, "front", path))
            c.front = *v;
        if (auto v = f.string(item, "back", path))
            c.back = *v;
        if (c.front.empty() && f.problems().size() == before)
            f.problem(JsonFields::join(path, "front"), "is empty");
        readDomains(f, item, path, c.domains);
        readTasks(f, item, path, c.domains, c.tasks);
        readCommon(f, item, path, c.services, c.tags, c.references);
        if (f.problems().size() == before)
            m_report.content.cards.push_back(std::move(c));
    }

    void loadItems(const std::string& file, bool questions)
    {
        json doc;
        if (!parse(file, doc))
            return;
        JsonFields f(file);
        if (!doc.is_array()) {
            // The document itself is the wrong kind: the place is where it starts.
            f.problemAt(file + ":1:1", fmt::format("expected an array of {}, found {}", questions ? "questions" : "cards",
                                                   JsonFields::typeName(doc)));
        } else {
            for (std::size_t i = 0; i < doc.size(); ++i) {
                const std::string path = fmt::format("[{}]", i);
                if (questions)
                    readQuestion(f, doc[i], path);
                else
                    readCard(f, doc[i], path);
            }
        }
        if (questions)
            for (std::size_t i = m_questionFiles.size(); i < m_report.content.questions.size(); ++i)
                m_questionFiles.push_back(file);
        addProblems(f);
    }

    void checkNearDuplicates()
    {
        std::vector<std::string> stems;
        for (const auto& q : m_report.content.questions)
            stems.push_back(q.stem);
        for (const auto& [a, b] : findNearDuplicates(stems, kNearDuplicateThreshold)) {
            const auto& qa = m_report.content.questions[a];
            const auto& qb = m_report.content.questions[b];
            m_report.problems.push_back(invalidInput(
                fmt::format("question \"{}\" has nearly the same stem as \"{}\" ({}); rewrite one of them", qb.id, qa.id,
                            m_questionFiles[a]),
                fmt::format("{}: field \"id\"", m_questionFiles[b])));
        }
    }

    std::string m_dir;
    LoadReport m_report;
    std::set<std::string> m_questionIds;
    std::set<std::string> m_cardIds;
    std::vector<std::string> m_questionFiles; // file of each loaded question, same index
};

} // namespace

LoadReport loadContent(const std::string& dataDir) { return Loader(dataDir).run(); }

} // namespace archdesk::core::content
