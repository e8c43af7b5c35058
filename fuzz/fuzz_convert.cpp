// Fuzzes `convert` (convert.h) with arbitrary bytes read as a JSON Resume,
// as .jsonl lines and as a YAML candidate file: every valid profile is
// written as YAML, which must read back as one valid profile with the same
// id, and convert again to the same text but what only the first file's
// format states (its left-out keys, open-end words and type reasons).
#include <cstdint>
#include <cstdlib>
#include <string>

#include "fuzz_support.h"
#include "shortlist/convert.h"

namespace {

using namespace shortlist;

// What a YAML file cannot carry over from another format: notes on the
// file, where areas were found, and the values convert leaves out as
// comments (languages and countries no table knows, EQF codes not 1 to 8).
Candidate without_format_notes(Candidate c, const RuleTables& rules) {
  c.left_out.clear();
  for (Period& p : c.experience) {
    p.open_end.reset();
    p.type_reason.clear();
    for (Text& a : p.areas) a.where.line = 1;
  }
  std::erase_if(c.languages, [&](const LanguageEntry& l) {
    return !rules.languages.code_of(l.language.value);
  });
  auto unknown = [&](const Text& t) { return !rules.countries.code_of(t.value); };
  if (c.nationality) std::erase_if(*c.nationality, unknown);
  for (EducationEntry& e : c.education) {
    if (e.country && unknown(*e.country)) e.country.reset();
    const std::string eqf = e.eqf_level ? e.eqf_level->value : "1";
    if (eqf.size() != 1 || eqf[0] < '1' || eqf[0] > '8') e.eqf_level.reset();
  }
  return c;
}

void round_trip(const Engine& engine, const Candidate& c) {
  const std::string yaml = candidate_yaml(c, engine.rules());
  int valid = 0;
  read_candidates(
      engine, {CandidateInput::bytes("back.yaml", yaml)}, {}, [&](ReadCandidate&& back) {
        if (!back.candidate || back.id != c.id) std::abort();
        const std::string again = candidate_yaml(*back.candidate, engine.rules());
        if (again !=
            candidate_yaml(without_format_notes(c, engine.rules()), engine.rules()))
          std::abort();
        ++valid;
      });
  if (valid != 1) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto& world = shortlist::fuzz::world();
  const std::string text(reinterpret_cast<const char*>(data), size);
  for (const char* name : {"fuzz.json", "fuzz.jsonl", "fuzz.yaml"})
    read_candidates(world.engine, {CandidateInput::bytes(name, text)}, {},
                    [&](ReadCandidate&& c) {
                      if (c.candidate) round_trip(world.engine, *c.candidate);
                    });
  return 0;
}
