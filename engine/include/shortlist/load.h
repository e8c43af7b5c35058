// Loading vacancy and candidate files into typed profiles.
//
// A candidate file may hold many profiles (YAML documents separated by
// `---`). Each document is loaded on its own: one that cannot be read becomes
// an invalid entry carrying its errors, and the others load as usual. Closed
// vocabularies (language codes and levels, countries, period types) are
// checked against the rule tables here, so a misspelt value is an error with
// a suggestion; open ones (degree names, fields, skills) are judged later.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shortlist/limits.h"
#include "shortlist/profile.h"
#include "shortlist/progress.h"
#include "shortlist/rules.h"
#include "shortlist/status.h"

namespace shortlist {

// One profile of a candidate file: the candidate, or why it is invalid.
struct LoadedCandidate {
  std::string file;
  int document = 0;  // 0-based position in the file
  int line = 1;      // 1-based line where the document starts
  std::string id;    // the profile's id when readable, else "FILE#N" (1-based)
  std::optional<Candidate> candidate;  // absent when invalid
  std::vector<Diagnostic> errors;      // sorted by position
  bool valid() const { return candidate.has_value(); }
};

// Documents are parsed on every core; `progress`, when given, hears how many
// are done.
std::vector<LoadedCandidate> load_candidates(const std::string& path,
                                             const RuleTables& rules,
                                             const ReadLimits& limits = {},
                                             Progress* progress = nullptr);
// The same for text already in memory; `file` names it in messages.
std::vector<LoadedCandidate> parse_candidates(std::string_view text,
                                              const std::string& file,
                                              const RuleTables& rules,
                                              const ReadLimits& limits = {},
                                              Progress* progress = nullptr);

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

// Files named on a command line: a folder stands for its *.yaml and *.yml
// files, and those of its subfolders, sorted by path. Missing paths are kept, so that
// loading reports them.
std::vector<std::string> expand_paths(const std::vector<std::string>& paths);

// What a file holds, judged from its top-level keys: "vacancy", "candidate"
// or "rules" (a file named like a table of rules/).
std::string guess_file_kind(const std::string& path);

}  // namespace shortlist
