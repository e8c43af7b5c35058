// Texts as small integers: every folded text a rule compares (a term or an
// area the taxonomy does not know, a word of one) gets one id, shared by the
// rosters and the vacancies read through the same RuleTables, so that
// judging compares integers, never strings. Append-only; interning and
// lookups are safe from several threads.
#pragma once

#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace shortlist {

class TextIds {
 public:
  // The id of `folded`, made on first sight.
  int32_t intern(std::string_view folded);
  // The id of `folded` if it has one.
  std::optional<int32_t> find(std::string_view folded) const;
  // The text of an id.
  std::string text(int32_t id) const;
  // Ids of `words`, sorted by id and unique: a set of words to compare.
  std::vector<int32_t> word_set(const std::vector<std::string>& words);

  // Token similarity of two sorted word sets (their Jaccard index): shared /
  // (all distinct); 0 for two empty sets.
  template <typename A, typename B>
  static double jaccard_of(const A& a, const B& b);
  // One bit (id % 64) per word: sets whose signatures share no bit share no word.
  template <typename Words>
  static uint64_t signature(const Words& words) {
    uint64_t bits = 0;
    for (int32_t w : words) bits |= uint64_t{1} << (static_cast<uint32_t>(w) % 64);
    return bits;
  }

 private:
  mutable std::mutex mutex_;
  std::deque<std::string> texts_;  // stable addresses: ids_ views them
  std::unordered_map<std::string_view, int32_t> ids_;
};

template <typename A, typename B>
double TextIds::jaccard_of(const A& a, const B& b) {
  size_t shared = 0;
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j)
      ++i;
    else if (*j < *i)
      ++j;
    else
      ++shared, ++i, ++j;
  }
  const size_t all = a.size() + b.size() - shared;
  return all == 0 ? 0.0 : double(shared) / double(all);
}

}  // namespace shortlist
