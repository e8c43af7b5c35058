// Typed reading of located JSON values with every problem collected.
//
// Every message of this layer names the value by its JSON pointer, located
// at the value's first character (a key's, for an unknown key):
//
//   FILE:LINE:COLUMN: POINTER: must be SHAPE, found VALUE[ (WHY)]
//   FILE:12:18: /work/0/startDate: must be a date YYYY-MM-DD, YYYY-MM or YYYY, found
//   'last spring'
//
// POINTER is RFC 6901 ("(root)" for the whole document); VALUE is
// Node::describe() ('text', 42, true, null, an array, an object). A value
// that is absent or null reads as absent: no error, nullopt. Readers report
// and return nullopt, so the caller goes on reading the rest of the file.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "json/document.h"
#include "shortlist/date.h"
#include "shortlist/status.h"

namespace shortlist::json {

// A text value as written, with where it was written.
struct Located {
  std::string text;
  Location where;
};

// The pointer of `node` as messages show it: "/work/0", or "(root)".
std::string pointer_label(const Node& node);

// Reports "POINTER: message" at the node's location: for the formats' own
// checks, in the same form as the readers'.
void report(const Node& node, std::string_view message, Diagnostics& errors);

// Walks one object. Each key asked for is "known"; finish() reports every
// other key as unknown. finish is optional: JSON Resume files carry many
// keys that shortlist ignores, and a reader that skips them never calls it.
class ObjectReader {
 public:
  // `what` names the object in messages ("resume", "work entry"). A value
  // that is not an object is reported: "/work/0: work entry must be an
  // object, found an array"; then every get returns nullptr.
  ObjectReader(const Node& node, std::string what, Diagnostics& errors);

  bool ok() const { return object_ != nullptr; }
  const std::string& what() const { return what_; }

  // The value of `key`, or nullptr when absent or null.
  const Node* get(std::string_view key);
  // Like get, but absent or null is an error at the object: "/basics:
  // basics has no 'name'".
  const Node* require(std::string_view key);
  // Whether `key` is present, even as null.
  bool has(std::string_view key) const;
  // Reports every key not asked for nor in `also_allowed`, at the key:
  // "/basics/nmae: unknown key 'nmae' in basics (did you mean 'name'?)".
  void finish(const std::vector<std::string>& also_allowed = {});

  Diagnostics& errors() { return errors_; }

 private:
  const Node* object_ = nullptr;
  const Node* node_;
  std::string what_;
  Diagnostics& errors_;
  std::vector<std::string> known_;
};

// A string, or a number as written; anything else: "must be text".
std::optional<Located> read_text(const Node* node, Diagnostics& errors);
// A JSON number (a string holding digits is not one): "must be a number".
std::optional<double> read_number(const Node* node, Diagnostics& errors);
// A string YYYY-MM-DD, YYYY-MM or YYYY (parse_date; `role` picks a month's day).
// A date that does not exist says why: "found '2021-02-30' (day 30 does not
// exist in 2021-02)".
std::optional<ParsedDate> read_date(const Node* node, DateRole role, Diagnostics& errors);
// The items of an array: "must be an array".
const std::vector<Node>* read_list(const Node* node, Diagnostics& errors);
// An array of texts, each read by read_text (a bad item is reported and left out).
std::optional<std::vector<Located>> read_text_list(const Node* node, Diagnostics& errors);

}  // namespace shortlist::json
