// Column maps (formats.md, "CSV", `--columns MAP.yaml`): a YAML map of an
// export's header names to the contract's column names.
#include <algorithm>

#include "file.h"
#include "load/csv_sections.h"
#include "text.h"
#include "yaml/document.h"
#include "yaml/reader.h"

namespace shortlist {
namespace {

// Adds one rename, reporting a target that is no contract column and a
// name given twice.
void add_rename(const yaml::Entry& e, ColumnMap& map, Diagnostics& errors) {
  auto from = yaml::read_text(&e.first, "a header name", errors);
  auto to =
      yaml::read_text(e.second.is_null() ? nullptr : &e.second, "a column name", errors);
  if (!to && e.second.is_null())
    errors.error(e.second.where, "'" + e.first.text +
                                     "' renames to nothing: give the contract's column "
                                     "name, such as id");
  if (!from || !to) return;
  const auto& names = csv::column_names();
  if (std::find(names.begin(), names.end(), to->text) == names.end()) {
    errors.error(to->where, "'" + to->text + "' is not a column of the contract" +
                                did_you_mean(to->text, names) + "; the columns are " +
                                join_words(names, "and"));
    return;
  }
  const std::string key = csv::match_key(from->text);
  if (!map.names.emplace(key, to->text).second)
    errors.error(from->where, "'" + from->text +
                                  "' is renamed twice (header names are read trimmed "
                                  "and in any case)");
}

}  // namespace

std::optional<ColumnMap> parse_column_map(std::string_view text, const std::string& file,
                                          Diagnostics& errors, const ReadLimits& limits) {
  const size_t before = errors.size();
  std::vector<yaml::Document> docs = yaml::parse_documents(text, file, limits);
  if (docs.size() != 1)
    errors.error({file, docs.empty() ? 0 : docs[1].first_line, docs.empty() ? 0 : 1},
                 "a column map is one YAML map of header names to column names");
  ColumnMap map;
  for (const auto& doc : docs) errors.append(doc.errors);
  if (docs.size() == 1 && docs[0].parsed) {
    yaml::MapReader reader(docs[0].root, "column map", errors);
    if (reader.ok())
      for (const yaml::Entry& e : docs[0].root.entries) add_rename(e, map, errors);
  }
  if (errors.size() > before) return std::nullopt;
  return map;
}

std::optional<ColumnMap> load_column_map(const std::string& path, Diagnostics& errors,
                                         const ReadLimits& limits) {
  auto bytes = read_file(path, limits.max_file_bytes, errors);
  if (!bytes) return std::nullopt;
  return parse_column_map(*bytes, path, errors, limits);
}

}  // namespace shortlist
