// Fuzzes the candidate loader with arbitrary bytes, then judges whatever
// loaded against every seed vacancy and renders the ranking.
#include <cstdint>
#include <string_view>

#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto& world = shortlist::fuzz::world();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto loaded =
      shortlist::parse_candidates(text, "fuzz.yaml", world.engine.rules());
  shortlist::fuzz::judge_everywhere(loaded);
  return 0;
}
