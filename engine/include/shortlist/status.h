// Errors as values: every problem found while reading a file carries where it
// is (file, 1-based line and column) and what is wrong. Readers collect every
// problem of a file into Diagnostics and go on; they never stop at the first.
#pragma once

#include <string>
#include <vector>

namespace shortlist {

// A file's name, interned for the life of the process: every value read
// from a file carries one, so a copy costs a pointer, not a string. Thread-safe.
class FileName {
 public:
  FileName();
  FileName(const std::string& name);  // NOLINT: a name is a file name
  FileName(const char* name);         // NOLINT
  const std::string& str() const { return *name_; }
  operator const std::string&() const { return *name_; }  // NOLINT
  friend bool operator==(const FileName& a, const FileName& b) {
    return a.name_ == b.name_;
  }
  friend bool operator<(const FileName& a, const FileName& b) {
    return a.str() < b.str();
  }

 private:
  const std::string* name_;
};

// A place in a file. line and column are 1-based; line 0 means "the whole
// file" (a problem that has no position, such as an unreadable file) and
// column 0 "the whole line" (a CSV value, named by its column's header).
struct Location {
  FileName file;
  int line = 0;
  int column = 0;
};

struct Diagnostic {
  Location where;
  std::string message;

  // "file:line:column: message"; "file:line: message" without a column;
  // "file: message" without a line.
  std::string to_string() const;
};

// Collects every problem found while reading; order is the order found.
class Diagnostics {
 public:
  void error(const Location& where, std::string message);
  bool empty() const { return errors_.empty(); }
  size_t size() const { return errors_.size(); }
  const std::vector<Diagnostic>& all() const { return errors_; }
  void append(const Diagnostics& other);
  // Sorted by line and column, duplicates removed: the order a person reads.
  std::vector<Diagnostic> sorted() const;

 private:
  std::vector<Diagnostic> errors_;
};

}  // namespace shortlist
