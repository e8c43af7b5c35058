// Command-line options shared by the subcommands of `shortlist`.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

#include "shortlist/date.h"
#include "shortlist/engine.h"
#include "shortlist/limits.h"
#include "shortlist/report.h"

namespace shortlist::app {

struct Options {
  std::string rules_dir;
  std::string format = "table";
  std::string as_of;
  int verbosity = 0;
  ReadLimits limits;
  std::string vacancy;
  std::vector<std::string> vacancies;  // rank --vacancy, repeated
  std::vector<std::string> candidates;
  std::string columns;  // --columns MAP.yaml: renames of a CSV export's columns
  std::vector<std::string> files;
  std::size_t top = 0;  // 0: all
  std::string output;   // empty: stdout
  std::string out_dir;  // convert --out
  bool force = false;   // convert --force: overwrite files already there
};

// Exit codes of the command.
enum Exit : int {
  kOk = 0,            // done; every input was read
  kInvalidInput = 1,  // done, but some profile or file was invalid
  kUsage = 2,         // bad command line, or a vacancy or rule file that cannot be used
  kOutputFailed = 3,  // the report could not be written; any earlier one is untouched
};

void add_rules_option(CLI::App& cmd, Options& o);
void add_limit_options(CLI::App& cmd, Options& o);
void add_format_option(CLI::App& cmd, Options& o,
                       const std::vector<std::string>& formats);
void add_as_of_option(CLI::App& cmd, Options& o);
void add_output_option(CLI::App& cmd, Options& o);
// The options of every command that reads candidates (--columns).
void add_candidate_options(CLI::App& cmd, Options& o);

// The candidate inputs of `paths` (a folder stands for its candidate files),
// read with the --columns map; nullopt, with the map's problems on stderr,
// when the map cannot be used.
std::optional<std::vector<CandidateInput>> candidate_inputs(
    const Options& o, const std::vector<std::string>& paths);

// --as-of parsed, or nullopt when not given. REQUIRES: validated by the option.
std::optional<Date> as_of(const Options& o);

}  // namespace shortlist::app
