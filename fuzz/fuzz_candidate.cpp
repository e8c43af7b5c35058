// Fuzzes the candidate loader with arbitrary bytes, then judges whatever
// loaded against every seed vacancy and renders the ranking.
#include <cstdint>
#include <string_view>

#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto& world = shortlist::fuzz::world();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const shortlist::Roster roster = world.engine.roster(
      {shortlist::CandidateInput::bytes("fuzz.yaml", std::string(text))}, {});
  shortlist::fuzz::judge_everywhere(roster);
  return 0;
}
