// Errors as values: every problem found while reading a file carries where it
// is (file, 1-based line and column) and what is wrong. Readers collect every
// problem of a file into Diagnostics and go on; they never stop at the first.
#pragma once

#include <string>
#include <vector>

namespace shortlist {

// A place in a file. line and column are 1-based; 0 means "the whole file"
// (a problem that has no position, such as an unreadable file).
struct Location {
  std::string file;
  int line = 0;
  int column = 0;
};

struct Diagnostic {
  Location where;
  std::string message;

  // "file:line:column: message", or "file: message" without a position.
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
