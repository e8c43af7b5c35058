#include "shortlist/status.h"

#include <algorithm>
#include <mutex>
#include <set>
#include <tuple>

namespace shortlist {
namespace {

// The empty name, taken without the lock: every default Location has it.
const std::string* empty_name() {
  static const std::string empty;
  return &empty;
}

const std::string* intern(const std::string& name) {
  if (name.empty()) return empty_name();
  static std::mutex mutex;
  static std::set<std::string> names;  // nodes never move: pointers stay valid
  std::lock_guard<std::mutex> lock(mutex);
  return &*names.insert(name).first;
}

}  // namespace

FileName::FileName() : name_(empty_name()) {}
FileName::FileName(const std::string& name) : name_(intern(name)) {}
FileName::FileName(const char* name) : name_(intern(name)) {}

std::string Diagnostic::to_string() const {
  if (where.line <= 0) return where.file.str() + ": " + message;
  if (where.column <= 0)
    return where.file.str() + ":" + std::to_string(where.line) + ": " + message;
  return where.file.str() + ":" + std::to_string(where.line) + ":" +
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
  std::stable_sort(out.begin(), out.end(), [&](const Diagnostic& a, const Diagnostic& b) {
    return key(a) < key(b);
  });
  out.erase(std::unique(out.begin(), out.end(),
                        [&](const Diagnostic& a, const Diagnostic& b) {
                          return key(a) == key(b);
                        }),
            out.end());
  return out;
}

}  // namespace shortlist
