// A YAML document as a small tree of located nodes, built from libyaml's
// event parser (document.cpp, the only place a YAML library is seen).
//
// Scalars keep the text as written (`NO` stays "NO", `on` stays "on"); a
// plain `null`, `~` or empty value is a Null node. Aliases are expanded by
// copy within ReadLimits::max_nodes. Duplicate keys, too deep nesting,
// over-long scalars and lists are reported with their position.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "shortlist/limits.h"
#include "shortlist/status.h"

namespace shortlist::yaml {

struct Entry;

struct Node {
  enum class Kind { null, scalar, sequence, map };
  Kind kind = Kind::null;
  Location where;
  std::string text;            // scalar text
  bool quoted = false;         // scalar written in quotes
  std::vector<Node> items;     // sequence items
  std::vector<Entry> entries;  // map entries, in file order

  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_map() const { return kind == Kind::map; }
  bool is_sequence() const { return kind == Kind::sequence; }
  bool is_null() const { return kind == Kind::null; }
  // "a text", "a list", "a map", "nothing": for error messages.
  std::string describe() const;
};

// A key and its value in a map.
struct Entry {
  Node first;   // the key
  Node second;  // the value
};

// One document of a file: its tree, or the errors that kept it from being read.
struct Document {
  int index = 0;        // 0-based position in the file
  int first_line = 1;   // 1-based line where its text starts
  bool parsed = false;  // root is meaningful
  Node root;
  Diagnostics errors;  // problems found while reading (even if parsed)
};

// A piece of a file that parses on its own: the text from one `---` line to
// the next.
struct Piece {
  std::string_view text;
  int first_line = 1;  // 1-based line in the file
};

// Cuts `text` at every `---` line (a YAML document marker at column 0 always
// ends the document before it); directives stay with the document they
// precede.
std::vector<Piece> split_pieces(std::string_view text);

// The documents of one piece (usually one; more after `...` markers), with
// locations in the whole file. Document::index is left 0.
std::vector<Document> parse_piece(const Piece& piece, const FileName& file,
                                  const ReadLimits& limits);

// Splits `text` into documents at `---` / `...` marker lines and parses each
// on its own, so a broken document never hides the others; every location is
// a line and column of the whole file. Empty documents are skipped.
// A file-level problem (too large, not UTF-8, NUL byte) yields one Document
// with parsed == false.
std::vector<Document> parse_documents(std::string_view text, const std::string& file,
                                      const ReadLimits& limits);

}  // namespace shortlist::yaml
