// Candidates of any format written as the YAML candidate file of formats.md
// (`shortlist convert`, formats.md "Candidates in other formats"): the typed
// profiles as the roster reads them, and the YAML text of each, with a
// comment on every value a table mapped and on everything left out.
#pragma once

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "shortlist/engine.h"
#include "shortlist/profile.h"
#include "shortlist/rules.h"
#include "shortlist/status.h"

namespace shortlist {

// One profile as read, before it is judged: the typed candidate, or why it
// is invalid.
struct ReadCandidate {
  std::string id;  // as a roster names it ("FILE#N" for a profile that gives none)
  FileName file;
  int line = 1;                        // where its text starts
  std::optional<Candidate> candidate;  // absent when invalid; its id is `id`
  std::vector<Diagnostic> errors;      // why invalid
};

// Reads every input as Engine::roster does (the same formats, ids, errors,
// and a profile whose id was already seen made invalid) and hands each
// profile to `each` on the calling thread, in input order. Typed profiles
// are read a block at a time, so memory holds one block of them at most.
void read_candidates(const Engine& engine, const std::vector<CandidateInput>& inputs,
                     const ReadLimits& limits,
                     const std::function<void(ReadCandidate&&)>& each);

// The YAML candidate file of one profile: the keys of formats.md's
// "Candidate file" and of its extensions (`fluency` of a language, `eqf`,
// `field_code` and `isced97_field` of an education entry) that the profile
// states, in the contract's order; a section stated empty is written `[]`.
// Values stay as written, so the file reads back into the same facts; a
// comment beside a value says what a table made of it ("'Fluent' -> C1",
// "'Master of Science' -> master", "title word 'intern' -> internship");
// a value YAML cannot hold (a language or country no table knows) is left
// out as a comment saying why, and so is each Candidate::left_out.
// Deterministic: the same profile and tables give the same bytes.
std::string candidate_yaml(const Candidate& candidate, const RuleTables& rules);

// A YAML scalar for `text`: plain when a YAML reader reads it back as that
// very text (never as null, a boolean, a number, a date, a comment or a
// key), else double-quoted with escapes; UTF-8 kept.
std::string yaml_scalar(const std::string& text);

// File names for converted profiles, one per id, given in order: the id
// with every byte other than letters, digits, '-', '_', '.' and non-ASCII
// UTF-8 made '_' (and a leading '.' too), at most 120 bytes, then ".yaml".
// A name already given (ASCII case ignored, for case-insensitive file
// systems) gets "-2", "-3", ... before ".yaml".
class YamlFileNames {
 public:
  std::string next(const std::string& id);

 private:
  std::set<std::string> taken_;  // ASCII-lowercased names given
};

}  // namespace shortlist
