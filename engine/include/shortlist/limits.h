// Bounds on what one input may cost to read. Exceeding one is an error in
// that input (it becomes `invalid`), never a crash, a hang or unbounded memory.
#pragma once

#include <cstddef>

namespace shortlist {

struct ReadLimits {
  // Largest file read at all; a larger one is one file-level error.
  std::size_t max_file_bytes = size_t{1} << 30;  // 1 GiB
  // Largest single YAML document (one profile) in a file.
  std::size_t max_document_bytes = size_t{4} << 20;  // 4 MiB
  // Longest scalar (one value).
  std::size_t max_scalar_bytes = 64 * 1024;
  // Deepest nesting of lists and maps.
  int max_depth = 64;
  // Most nodes one document may hold after aliases are expanded; bounds
  // "billion laughs" alias bombs.
  std::size_t max_nodes = 100000;
  // Most items in one list (education, experience, languages, skills...).
  std::size_t max_list_items = 10000;
};

// Rule tables are larger than profiles (every degree name, every concept of
// the taxonomy), but bounded too.
inline constexpr ReadLimits kRuleTableLimits = {
    .max_file_bytes = size_t{64} << 20,
    .max_document_bytes = size_t{64} << 20,
    .max_scalar_bytes = 64 * 1024,
    .max_depth = 64,
    .max_nodes = 2000000,
    .max_list_items = 100000,
};

}  // namespace shortlist
