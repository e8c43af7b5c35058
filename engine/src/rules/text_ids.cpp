#include "shortlist/text_ids.h"

#include <algorithm>

namespace shortlist {

int32_t TextIds::intern(std::string_view folded) {
  std::lock_guard lock(mutex_);
  if (auto found = ids_.find(folded); found != ids_.end()) return found->second;
  const auto id = static_cast<int32_t>(texts_.size());
  texts_.emplace_back(folded);
  ids_.emplace(texts_.back(), id);
  return id;
}

std::optional<int32_t> TextIds::find(std::string_view folded) const {
  std::lock_guard lock(mutex_);
  auto found = ids_.find(folded);
  if (found == ids_.end()) return std::nullopt;
  return found->second;
}

std::string TextIds::text(int32_t id) const {
  std::lock_guard lock(mutex_);
  return texts_.at(static_cast<size_t>(id));
}

std::vector<int32_t> TextIds::word_set(const std::vector<std::string>& words) {
  std::vector<int32_t> out;
  out.reserve(words.size());
  for (const auto& w : words) out.push_back(intern(w));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace shortlist
