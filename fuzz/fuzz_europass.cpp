// Fuzzes the 2012-2020 Europass CV readers with arbitrary bytes: read as a
// `.xml` CV, as a `.json` CV, and as the value of "SkillsPassport" in a
// `.json` CV (so that every input reaches the Europass JSON reader, not only
// those the fuzzer shapes as one), then judges whatever loaded against every
// seed vacancy and renders the ranking.
#include <cstdint>
#include <string>

#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto& world = shortlist::fuzz::world();
  const std::string text(reinterpret_cast<const char*>(data), size);
  const std::pair<const char*, std::string> inputs[] = {
      {"fuzz.xml", text},
      {"fuzz.json", text},
      {"fuzz.json", "{\"SkillsPassport\": " + text + "}"}};
  for (const auto& [name, bytes] : inputs) {
    const shortlist::Roster roster =
        world.engine.roster({shortlist::CandidateInput::bytes(name, bytes)}, {});
    shortlist::fuzz::judge_everywhere(roster);
  }
  return 0;
}
