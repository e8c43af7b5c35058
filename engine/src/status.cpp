#include "shortlist/status.h"

#include <algorithm>
#include <tuple>

namespace shortlist {

std::string Diagnostic::to_string() const {
  if (where.line <= 0) return where.file + ": " + message;
  return where.file + ":" + std::to_string(where.line) + ":" +
         std::to_string(where.column) + ": " + message;
}

void Diagnostics::error(const Location& where, std::string message) {
  errors_.push_back({where, std::move(message)});
}

void Diagnostics::append(const Diagnostics& other) {
  errors_.insert(errors_.end(), other.errors_.begin(), other.errors_.end());
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> out = errors_;
  auto key = [](const Diagnostic& d) {
    return std::tie(d.where.file, d.where.line, d.where.column, d.message);
  };
  std::stable_sort(out.begin(), out.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
  out.erase(std::unique(out.begin(), out.end(),
                        [&](const Diagnostic& a, const Diagnostic& b) {
                          return key(a) == key(b);
                        }),
            out.end());
  return out;
}

}  // namespace shortlist
