// Fuzzes the current Europass CV (root <Candidate>) through the `.xml`
// candidate format with arbitrary bytes, then judges whatever loaded against
// every seed vacancy and renders the ranking. Its seeds are Candidate
// documents (fuzz/seeds/europass_current), so mutations reach the reader of
// europass_current.cpp rather than the root check alone.
#include <cstdint>
#include <string>

#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto& world = shortlist::fuzz::world();
  const std::string text(reinterpret_cast<const char*>(data), size);
  const shortlist::Roster roster =
      world.engine.roster({shortlist::CandidateInput::bytes("fuzz.xml", text)}, {});
  shortlist::fuzz::judge_everywhere(roster);
  return 0;
}
