// Typed reading of located YAML nodes with every problem collected.
//
// MapReader walks one map: each key asked for is "known"; finish() reports
// every other key as unknown, with a suggestion for a likely misspelling.
// Value readers report a wrong shape ("expected a list, found a value") and
// return nullopt, so the caller goes on reading the rest of the file.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shortlist/date.h"
#include "shortlist/status.h"
#include "yaml/document.h"

namespace shortlist::yaml {

// A text value as written, with where it was written.
struct Located {
  std::string text;
  Location where;
};

class MapReader {
 public:
  // `what` names the map in messages ("candidate", "education entry").
  MapReader(const Node& node, std::string what, Diagnostics& errors);

  bool ok() const { return map_ != nullptr; }
  const Location& where() const { return where_; }
  const std::string& what() const { return what_; }

  // The value of `key`, or nullptr when absent (or written as null).
  const Node* get(std::string_view key);
  // Like get, but a missing key is an error.
  const Node* require(std::string_view key);
  bool has(std::string_view key) const;
  // The keys present that are among `keys` (for "exactly one of").
  std::vector<std::string> present(const std::vector<std::string>& keys) const;
  // Reports every key not asked for. Call once, after reading.
  void finish(const std::vector<std::string>& also_allowed = {});

  Diagnostics& errors() { return errors_; }

 private:
  const Node* map_ = nullptr;
  Location where_;
  std::string what_;
  Diagnostics& errors_;
  std::vector<std::string> known_;
};

// Value readers: `name` is the key, for messages. Each reports its own error.
std::optional<Located> read_text(const Node* node, std::string_view name,
                                 Diagnostics& errors);
std::optional<double> read_number(const Node* node, std::string_view name,
                                  Diagnostics& errors);
// A whole number in [min, max]; anything else is an error naming the range.
std::optional<int> read_whole(const Node* node, std::string_view name, int min, int max,
                              Diagnostics& errors);
std::optional<bool> read_bool(const Node* node, std::string_view name,
                              Diagnostics& errors);
std::optional<ParsedDate> read_date(const Node* node, std::string_view name,
                                    DateRole role, Diagnostics& errors);
// The same, refusing a year alone: the dates of a vacancy (a deadline, an
// age's reference day) name one day.
std::optional<ParsedDate> read_exact_date(const Node* node, std::string_view name,
                                          DateRole role, Diagnostics& errors);
// A list of texts; a single value where a list is expected is an error.
std::optional<std::vector<Located>> read_text_list(const Node* node,
                                                   std::string_view name,
                                                   Diagnostics& errors);
// The items of a list; a value or a map where a list is expected is an error.
const std::vector<Node>* read_list(const Node* node, std::string_view name,
                                   Diagnostics& errors);

}  // namespace shortlist::yaml
