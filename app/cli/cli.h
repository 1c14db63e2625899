#pragma once
// The CLI's building blocks: parsed arguments, the command table, and the context a command runs in.

#include <functional>
#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/content/content.h"
#include "core/store/database.h"
#include "core/util/result.h"

namespace archdesk::cli {

enum ExitCode : int { kExitOk = 0, kExitUsage = 1, kExitInvalidInput = 2, kExitInternal = 3 };

struct OptionSpec
{
    std::string name;      // "--format"
    std::string valueName; // "table|json"; empty for a flag
    std::string help;
};

class Args
{
public:
    std::vector<std::string> positional;
    std::map<std::string, std::string> values; // options with a value
    std::vector<std::string> flags;            // options without one

    bool has(const std::string& name) const;
    std::optional<std::string> value(const std::string& name) const;
    std::string valueOr(const std::string& name, const std::string& fallback) const;
};

class Context;

struct CommandSpec
{
    std::string name;  // "content check"
    std::string args;  // positional arguments for the usage line, e.g. "FILE"
    std::string summary;
    std::vector<OptionSpec> options;
    std::size_t minPositional = 0;
    std::size_t maxPositional = 0;
    std::function<int(Context&, const Args&)> run;
};

class Context
{
public:
    Context(std::ostream& out, std::ostream& err, std::string dataDir, std::string dbPath);

    std::ostream& out;
    std::ostream& err;

    const std::string& dataDir() const { return m_dataDir; }
    const std::string& dbPath() const { return m_dbPath; }

    // Prints "archdesk-cli: <location>: <message>" and returns the exit status for the error's kind.
    int fail(const core::Error& error);
    // Prints a usage error and returns 1.
    int usage(const std::string& message);

    // The bundled content, loaded on first use; problems are left for the caller to judge.
    const core::content::LoadReport& content();
    // The user's database, opened (and migrated) on first use.
    core::Result<core::store::Database*> database();

private:
    std::string m_dataDir;
    std::string m_dbPath;
    std::optional<core::content::LoadReport> m_content;
    std::optional<core::store::Database> m_db;
};

// Validates a --format value against the allowed ones; returns nullopt after printing a usage error.
std::optional<std::string> formatOption(Context& ctx, const Args& args, const std::vector<std::string>& allowed,
                                        int& exitCode);

// Plain-text table with aligned columns (numbers right-aligned).
void printTable(std::ostream& out, const std::vector<std::string>& headers,
                const std::vector<std::vector<std::string>>& rows);

// RFC 4180 CSV line.
void printCsvRow(std::ostream& out, const std::vector<std::string>& fields);

// Registration, one function per command file.
void addContentCommands(std::vector<CommandSpec>& commands);
void addExamCommands(std::vector<CommandSpec>& commands);
void addScalingCommands(std::vector<CommandSpec>& commands);
void addFsrsCommands(std::vector<CommandSpec>& commands);
void addBillingCommands(std::vector<CommandSpec>& commands);
void addPracticeCommands(std::vector<CommandSpec>& commands);
void addCardsCommands(std::vector<CommandSpec>& commands);
void addCatalogCommands(std::vector<CommandSpec>& commands);
void addPricesCommands(std::vector<CommandSpec>& commands);

std::vector<CommandSpec> allCommands();

// Runs the CLI on argv (without the program name); the whole program is main() → run().
int run(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err);

} // namespace archdesk::cli
