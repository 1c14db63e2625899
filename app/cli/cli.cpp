#include "app/cli/cli.h"

#include <algorithm>
#include <fmt/format.h>
#include <ostream>

#include "core/store/migrations.h"
#include "core/util/paths.h"

namespace archdesk::cli {

bool Args::has(const std::string& name) const
{
    return values.count(name) > 0 || std::find(flags.begin(), flags.end(), name) != flags.end();
}

std::optional<std::string> Args::value(const std::string& name) const
{
    const auto it = values.find(name);
    if (it == values.end())
        return std::nullopt;
    return it->second;
}

std::string Args::valueOr(const std::string& name, const std::string& fallback) const
{
    return value(name).value_or(fallback);
}

Context::Context(std::ostream& o, std::ostream& e, std::string dataDir, std::string dbPath)
    : out(o), err(e), m_dataDir(std::move(dataDir)), m_dbPath(std::move(dbPath))
{
}

int Context::fail(const core::Error& error)
{
    err << "archdesk-cli: " << error.describe() << '\n';
    switch (error.code) {
    case core::ErrorCode::InvalidInput:
    case core::ErrorCode::NotFound:
    case core::ErrorCode::Cancelled: return kExitInvalidInput;
    case core::ErrorCode::Io:
    case core::ErrorCode::Internal: return kExitInternal;
    }
    return kExitInternal;
}

int Context::usage(const std::string& message)
{
    err << "archdesk-cli: " << message << "\n(see archdesk-cli --help)\n";
    return kExitUsage;
}

const core::content::LoadReport& Context::content()
{
    if (!m_content)
        m_content = core::content::loadContent(m_dataDir);
    return *m_content;
}

core::Result<core::store::Database*> Context::database()
{
    if (!m_db) {
        auto db = core::store::openUserDatabase(m_dbPath);
        if (!db)
            return db.error();
        m_db.emplace(std::move(*db));
    }
    return &*m_db;
}

std::optional<std::string> formatOption(Context& ctx, const Args& args, const std::vector<std::string>& allowed,
                                        int& exitCode)
{
    const std::string format = args.valueOr("--format", allowed.front());
    if (std::find(allowed.begin(), allowed.end(), format) == allowed.end()) {
        std::string list;
        for (const auto& a : allowed)
            list += (list.empty() ? "" : "|") + a;
        exitCode = ctx.usage(fmt::format("--format {} is not supported here; expected {}", format, list));
        return std::nullopt;
    }
    return format;
}

namespace {

bool looksNumeric(const std::string& s)
{
    if (s.empty())
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == '%' || c == '$' || c == ',';
    });
}

std::size_t displayWidth(const std::string& s)
{
    // Count UTF-8 characters, not bytes, so "–" and "é" align.
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

} // namespace

void printTable(std::ostream& out, const std::vector<std::string>& headers,
                const std::vector<std::vector<std::string>>& rows)
{
    std::vector<std::size_t> widths(headers.size(), 0);
    for (std::size_t i = 0; i < headers.size(); ++i)
        widths[i] = displayWidth(headers[i]);
    for (const auto& row : rows)
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    // A column is right-aligned when its cells are numbers (a dash or "never" may stand for a missing
    // one): a number among words (a key/value table's value column) stays left, beside its neighbours.
    const auto placeholder = [](const std::string& c) { return c == "never" || c == "–" || c == "—" || c == "-"; };
    std::vector<bool> numeric(headers.size(), false), words(headers.size(), false);
    for (const auto& row : rows)
        for (std::size_t i = 0; i < row.size() && i < numeric.size(); ++i) {
            if (looksNumeric(row[i]))
                numeric[i] = true;
            else if (!row[i].empty() && !placeholder(row[i]))
                words[i] = true;
        }
    for (std::size_t i = 0; i < numeric.size(); ++i)
        numeric[i] = numeric[i] && !words[i];
    const auto line = [&](const std::vector<std::string>& cells) {
        std::string text;
        for (std::size_t i = 0; i < widths.size(); ++i) {
            const std::string cell = i < cells.size() ? cells[i] : "";
            const std::string pad(widths[i] - displayWidth(cell), ' ');
            const bool right = numeric[i]; // headers too, over their numbers
            text += right ? pad + cell : cell + (i + 1 < widths.size() ? pad : "");
            if (i + 1 < widths.size())
                text += "  ";
        }
        out << text << '\n';
    };
    line(headers);
    for (const auto& row : rows)
        line(row);
}

void printCsvRow(std::ostream& out, const std::vector<std::string>& fields)
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const std::string& f = fields[i];
        if (f.find_first_of(",\"\n\r") != std::string::npos) {
            out << '"';
            for (const char c : f)
                out << (c == '"' ? "\"\"" : std::string(1, c));
            out << '"';
        } else {
            out << f;
        }
        out << (i + 1 < fields.size() ? "," : "\n");
    }
}

std::vector<CommandSpec> allCommands()
{
    std::vector<CommandSpec> commands;
    addContentCommands(commands);
    addExamCommands(commands);
    addScalingCommands(commands);
    addFsrsCommands(commands);
    addBillingCommands(commands);
    addCardsCommands(commands);
    addPracticeCommands(commands);
    addCatalogCommands(commands);
    addPricesCommands(commands);
    return commands;
}

namespace {

void printMainHelp(std::ostream& out, const std::vector<CommandSpec>& commands)
{
    out << "Usage: archdesk-cli [--data DIR] [--db FILE] COMMAND [ARGS...]\n\n"
           "Archdesk on the command line: study content, EC2 catalog and prices, cost and scaling plans.\n\n"
           "Commands:\n";
    std::size_t width = 0;
    for (const auto& c : commands)
        width = std::max(width, c.name.size());
    for (const auto& c : commands)
        out << "  " << c.name << std::string(width - c.name.size() + 2, ' ') << c.summary << '\n';
    out << "\nGlobal options:\n"
           "  --data DIR   bundled content folder (default: found next to the program or in the source tree)\n"
           "  --db FILE    user database (default: $XDG_DATA_HOME/archdesk/archdesk.db)\n"
           "  --version    print the version\n"
           "  --help       this text; COMMAND --help for a command's own\n\n"
           "Exit status: 0 success, 1 usage error, 2 invalid input, 3 internal error.\n";
}

void printCommandHelp(std::ostream& out, const CommandSpec& c)
{
    out << "Usage: archdesk-cli " << c.name << (c.args.empty() ? "" : " " + c.args);
    for (const auto& o : c.options)
        out << " [" << o.name << (o.valueName.empty() ? "" : " " + o.valueName) << "]";
    out << "\n\n" << c.summary << "\n";
    if (!c.options.empty()) {
        out << "\nOptions:\n";
        for (const auto& o : c.options) {
            const std::string left = o.name + (o.valueName.empty() ? "" : " " + o.valueName);
            out << "  " << left << std::string(left.size() < 26 ? 26 - left.size() : 1, ' ') << o.help << '\n';
        }
    }
}

} // namespace

int run(const std::vector<std::string>& argvIn, std::ostream& out, std::ostream& err)
{
    const std::vector<CommandSpec> commands = allCommands();
    std::string dataDir, dbPath;
    std::vector<std::string> argv;
    Context bootstrap(out, err, "", "");
    for (std::size_t i = 0; i < argvIn.size(); ++i) {
        const std::string& a = argvIn[i];
        if (a == "--data" || a == "--db") {
            if (i + 1 >= argvIn.size())
                return bootstrap.usage(fmt::format("{} needs a value", a));
            (a == "--data" ? dataDir : dbPath) = argvIn[++i];
        } else {
            argv.push_back(a);
        }
    }
    if (argv.empty() || argv[0] == "--help" || argv[0] == "-h" || argv[0] == "help") {
        printMainHelp(out, commands);
        return argv.empty() ? kExitUsage : kExitOk;
    }
    if (argv[0] == "--version") {
        out << "archdesk-cli " << ARCHDESK_VERSION << '\n';
        return kExitOk;
    }

    // The longest command name that the leading words spell.
    const CommandSpec* command = nullptr;
    std::size_t used = 0;
    for (const auto& c : commands) {
        std::vector<std::string> words;
        std::size_t start = 0;
        while (start <= c.name.size()) {
            const std::size_t space = c.name.find(' ', start);
            words.push_back(c.name.substr(start, space == std::string::npos ? std::string::npos : space - start));
            if (space == std::string::npos)
                break;
            start = space + 1;
        }
        if (words.size() <= argv.size() && std::equal(words.begin(), words.end(), argv.begin()) &&
            words.size() > used) {
            command = &c;
            used = words.size();
        }
    }
    if (!command) {
        std::string group;
        for (const auto& c : commands)
            if (c.name.rfind(argv[0] + " ", 0) == 0)
                group += "\n  archdesk-cli " + c.name + (c.args.empty() ? "" : " " + c.args);
        if (!group.empty())
            return bootstrap.usage(fmt::format("\"{}\" needs a subcommand:{}", argv[0], group));
        return bootstrap.usage(fmt::format("unknown command \"{}\"", argv[0]));
    }

    Args args;
    for (std::size_t i = used; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        if (a == "--help" || a == "-h") {
            printCommandHelp(out, *command);
            return kExitOk;
        }
        if (a.size() > 2 && a.rfind("--", 0) == 0) {
            std::string name = a, inlineValue;
            bool hasInline = false;
            if (const auto eq = a.find('='); eq != std::string::npos) {
                name = a.substr(0, eq);
                inlineValue = a.substr(eq + 1);
                hasInline = true;
            }
            const auto spec = std::find_if(command->options.begin(), command->options.end(),
                                           [&](const OptionSpec& o) { return o.name == name; });
            if (spec == command->options.end())
                return bootstrap.usage(fmt::format("{}: unknown option {}", command->name, name));
            if (spec->valueName.empty()) {
                args.flags.push_back(name);
            } else if (hasInline) {
                args.values[name] = inlineValue;
            } else {
                if (i + 1 >= argv.size())
                    return bootstrap.usage(fmt::format("{}: {} needs a value ({})", command->name, name, spec->valueName));
                args.values[name] = argv[++i];
            }
        } else {
            args.positional.push_back(a);
        }
    }
    if (args.positional.size() < command->minPositional || args.positional.size() > command->maxPositional)
        return bootstrap.usage(fmt::format("usage: archdesk-cli {}{}", command->name,
                                           command->args.empty() ? "" : " " + command->args));

    Context ctx(out, err, core::findDataDir(dataDir), dbPath.empty() ? core::defaultCliDatabasePath() : dbPath);
    try {
        return command->run(ctx, args);
    } catch (const std::exception& e) {
        err << "archdesk-cli: internal error: " << e.what() << '\n';
        return kExitInternal;
    }
}

} // namespace archdesk::cli
