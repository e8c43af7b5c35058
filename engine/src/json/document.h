// A JSON document as a small tree of located values, built from
// nlohmann::json's SAX parser (document.cpp, the only place a JSON library
// is seen). The lowest layer of the JSON candidate formats (JSON Resume,
// .jsonl, Europass JSON).
//
// Every value keeps its Location (1-based line and byte column of its first
// character: the quote of a string, the bracket of an array) and knows its
// JSON pointer (RFC 6901). Scalars keep their text: a string its decoded
// value, a number its digits as written ("1.50" stays "1.50"), a boolean
// "true" or "false". Members keep file order.
//
// Errors of this layer are "file:line:column: message" without a pointer
// (there may be no tree yet): "JSON syntax: unexpected '}'; expected ...",
// invalid UTF-8, a NUL byte, nesting, size and count bounds of ReadLimits,
// duplicate keys. Every bound stops the parse with one located error, so a
// nesting bomb costs max_depth frames, not a stack overflow.
//
// A UTF-8 byte-order mark at the start of a document (or of a .jsonl line)
// is accepted and skipped, though RFC 8259 forbids it, because common tools
// write one; column 1 is the first byte after it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "shortlist/limits.h"
#include "shortlist/status.h"

namespace shortlist::json {

struct Member;

// One value. Nodes point to their parent, so a built tree never moves:
// Document owns its root on the heap, and nodes cannot be copied.
struct Node {
  enum class Kind : uint8_t { null, boolean, number, string, array, object };

  Node() = default;
  Node(Node&&) = default;
  Node& operator=(Node&&) = default;
  Node(const Node&) = delete;
  Node& operator=(const Node&) = delete;

  Kind kind = Kind::null;
  uint32_t index = 0;            // position among the parent's items or members
  const Node* parent = nullptr;  // null for the root
  Location where;
  std::string text;             // scalars: as described above
  std::vector<Node> items;      // array items
  std::vector<Member> members;  // object members, in file order

  bool is_null() const { return kind == Kind::null; }
  bool is_string() const { return kind == Kind::string; }
  bool is_number() const { return kind == Kind::number; }
  bool is_array() const { return kind == Kind::array; }
  bool is_object() const { return kind == Kind::object; }

  // The value of member `key`, or nullptr (not an object, or no such key).
  const Node* find(std::string_view key) const;
  // RFC 6901 pointer from the root: "" for the root, "/work/0/startDate";
  // '~' is written "~0" and '/' "~1" in keys. Walks the parent chain.
  std::string pointer() const;
  // For "found ..." in messages: 'text' (quoted, cut to 40 bytes), a number
  // or literal as written, "an array", "an object".
  std::string describe() const;
};

// A key and its value in an object.
struct Member {
  std::string key;
  Location key_where;  // the key's opening quote
  Node value;
};

// One JSON text: its tree, or the errors that kept it from being read.
struct Document {
  int first_line = 1;          // 1-based line of the file where its text starts
  bool parsed = false;         // root is set
  std::unique_ptr<Node> root;  // never moves once built (see Node)
  Diagnostics errors;          // problems found (some, like duplicate keys, with parsed)
};

// A part of a file that parses on its own: a whole .json file, or one line
// of a .jsonl file.
struct Piece {
  std::string_view text;
  int first_line = 1;  // 1-based line in the file
};

// The non-blank lines of a .jsonl text (blank: only spaces, tabs, '\r'),
// each with its line number, so a broken line never hides the others.
std::vector<Piece> split_lines(std::string_view text);

// Parses one piece with locations in the whole file: lines count from
// piece.first_line (for a .jsonl line, always it), columns within the line.
Document parse_piece(const Piece& piece, const FileName& file, const ReadLimits& limits);

// Parses a whole JSON text: parse_piece({text, 1}, ...).
Document parse_document(std::string_view text, const FileName& file,
                        const ReadLimits& limits);

}  // namespace shortlist::json
