// Loading vacancy files into typed vacancies, and the paths a command line
// names. Candidates are loaded into a roster (Engine::roster, engine.h): each
// profile on its own, so that one that cannot be read becomes an invalid
// entry carrying its errors while the others load as usual.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shortlist/limits.h"
#include "shortlist/profile.h"
#include "shortlist/rules.h"
#include "shortlist/status.h"

namespace shortlist {

struct LoadedVacancy {
  std::optional<Vacancy> vacancy;  // absent when the file has any error
  std::vector<Diagnostic> errors;
};

// A vacancy file holds exactly one vacancy. Every criterion is checked
// against the rule tables (ladder keys, fields, languages, sets, countries).
LoadedVacancy load_vacancy(const std::string& path, const RuleTables& rules,
                           const ReadLimits& limits = {});
LoadedVacancy parse_vacancy(std::string_view text, const std::string& file,
                            const RuleTables& rules, const ReadLimits& limits = {});

// Renames of the columns of another CSV export (formats.md, "CSV",
// `--columns MAP.yaml`): header names, trimmed and in ASCII lower case, to
// the contract's column names. A candidate input carries the map its CSV
// header is read with (CandidateInput::columns, engine.h).
struct ColumnMap {
  std::map<std::string, std::string> names;
};

// Reads a column map: a YAML map of header names as written to contract
// column names (`"Applicant No.": id`). Every problem is located in
// `errors` (a value that is not a text, a target that is not a contract
// column, with a suggestion; two names that differ only in case or spaces);
// nullopt when there is any.
std::optional<ColumnMap> load_column_map(const std::string& path, Diagnostics& errors,
                                         const ReadLimits& limits = {});
std::optional<ColumnMap> parse_column_map(std::string_view text, const std::string& file,
                                          Diagnostics& errors,
                                          const ReadLimits& limits = {});

// Files named on a command line: a folder stands for its files whose names
// end in one of `endings`, and those of its subfolders, sorted by path.
// Missing paths are kept, so that loading reports them.
std::vector<std::string> expand_paths(const std::vector<std::string>& paths,
                                      const std::vector<std::string>& endings = {".yaml",
                                                                                 ".yml"});

// What a file holds, judged from its top-level keys: "vacancy", "candidate"
// or "rules" (a file named like a table of rules/).
std::string guess_file_kind(const std::string& path);

}  // namespace shortlist
