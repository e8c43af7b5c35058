#include "options.h"

#include <iostream>
#include <memory>

#include "shortlist/engine.h"

namespace shortlist::app {

void add_rules_option(CLI::App& cmd, Options& o) {
  cmd.add_option(
         "--rules", o.rules_dir,
         "Folder of rule tables (default: the bundled rules/, or $SHORTLIST_RULES)")
      ->check(CLI::ExistingDirectory);
}

void add_limit_options(CLI::App& cmd, Options& o) {
  auto* g = cmd.add_option_group("Limits", "Bounds on what one input may cost to read");
  g->add_option("--max-file-bytes", o.limits.max_file_bytes, "Largest file read")
      ->capture_default_str();
  g->add_option("--max-document-bytes", o.limits.max_document_bytes,
                "Largest single profile (YAML document)")
      ->capture_default_str();
  g->add_option("--max-scalar-bytes", o.limits.max_scalar_bytes, "Longest single value")
      ->capture_default_str();
  g->add_option("--max-depth", o.limits.max_depth, "Deepest nesting of lists and maps")
      ->capture_default_str();
  g->add_option("--max-nodes", o.limits.max_nodes,
                "Most nodes in one document after aliases are expanded")
      ->capture_default_str();
  g->add_option("--max-list-items", o.limits.max_list_items, "Most items in one list")
      ->capture_default_str();
}

void add_format_option(CLI::App& cmd, Options& o,
                       const std::vector<std::string>& formats) {
  cmd.add_option("-f,--format", o.format, "Output format")
      ->check(CLI::IsMember(formats))
      ->capture_default_str();
}

void add_as_of_option(CLI::App& cmd, Options& o) {
  cmd.add_option("--as-of", o.as_of,
                 "Judge as of this date (YYYY-MM-DD) instead of the vacancy's deadline")
      ->check([](const std::string& text) {
        std::string why;
        return parse_date(text, DateRole::end, &why) ? std::string() : why;
      });
}

void add_output_option(CLI::App& cmd, Options& o) {
  cmd.add_option("-o,--output", o.output,
                 "Write the report to this file, whole or not at all (default: stdout)");
}

void add_candidate_options(CLI::App& cmd, Options& o) {
  cmd.add_option("--columns", o.columns,
                 "Renames the columns of a CSV export: a YAML map of its header names to "
                 "the contract's (\"Applicant No.\": id)");
}

std::optional<std::vector<CandidateInput>> candidate_inputs(
    const Options& o, const std::vector<std::string>& paths) {
  std::vector<CandidateInput> inputs = candidate_files(paths);
  if (o.columns.empty()) return inputs;
  Diagnostics errors;
  auto map = load_column_map(o.columns, errors, o.limits);
  if (!map) {
    for (const auto& e : errors.sorted()) std::cerr << e.to_string() << "\n";
    std::cerr << "shortlist: the column map " << o.columns
              << " cannot be used; no candidate was read\n";
    return std::nullopt;
  }
  const auto shared = std::make_shared<const ColumnMap>(std::move(*map));
  for (CandidateInput& input : inputs) input.columns = shared;
  return inputs;
}

std::optional<Date> as_of(const Options& o) {
  if (o.as_of.empty()) return std::nullopt;
  std::string why;
  return parse_date(o.as_of, DateRole::end, &why)->date;
}

}  // namespace shortlist::app
