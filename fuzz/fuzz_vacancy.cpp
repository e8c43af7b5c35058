// Fuzzes the vacancy loader with arbitrary bytes; a vacancy that loads is
// compiled and judges the bundled candidates.
#include <cstdint>
#include <string_view>

#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto& world = shortlist::fuzz::world();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto loaded = shortlist::parse_vacancy(text, "fuzz.yaml", world.engine.rules());
  if (loaded.vacancy) shortlist::fuzz::judge_all(*loaded.vacancy, world.roster);
  return 0;
}
