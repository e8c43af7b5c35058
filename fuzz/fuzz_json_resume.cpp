// Fuzzes the JSON Resume candidate format with arbitrary bytes, read as one
// `.json` resume and as `.jsonl` lines, then judges whatever loaded against
// every seed vacancy and renders the ranking.
#include <cstdint>
#include <string>

#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto& world = shortlist::fuzz::world();
  const std::string text(reinterpret_cast<const char*>(data), size);
  for (const char* name : {"fuzz.json", "fuzz.jsonl"}) {
    const shortlist::Roster roster =
        world.engine.roster({shortlist::CandidateInput::bytes(name, text)}, {});
    shortlist::fuzz::judge_everywhere(roster);
  }
  return 0;
}
