// Verdicts and their explanations: a tree, one node per criterion or part of
// a composite, each naming what was needed, the evidence used and, when not
// met, what is missing.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace shortlist {

// A criterion's verdict for one candidate (formats.md, "Verdicts").
enum class Verdict { met, not_met, unknown };

// A candidate's verdict on a vacancy.
enum class Eligibility { eligible, not_eligible, needs_review, invalid };

std::string to_string(Verdict verdict);          // "met", "not_met", "unknown"
std::string to_string(Eligibility eligibility);  // "eligible", ...

// all_of: not met if any part is not met, else unknown if any is unknown.
Verdict all_of(const std::vector<Verdict>& parts);
// any_of: met if any part is met, else unknown if any is unknown.
Verdict any_of(const std::vector<Verdict>& parts);

// One item of evidence: a degree, a period, a language entry, a term, and
// what it gives.
struct Evidence {
  Evidence(std::string text, std::optional<double> amount = std::nullopt)  // NOLINT
      : text(std::move(text)), amount(amount) {}
  std::string text;  // "'Analyst', ILO, 2020-01 to 2021-12: 24 months"
  // What the item adds to its leaf's measure, in the measure's unit: the
  // months a period counts, 1 for a concept matched, the level rank of a
  // language entry, the ISCED level of a degree that qualifies. Absent: it
  // adds nothing (left out, not completed, not asked).
  std::optional<double> amount;
};

struct Explanation {
  std::string label;  // the posting's text, or what a part of a composite asks
  std::string kind;   // "degree", "experience", ..., "any_of", "all_of"
  Verdict verdict = Verdict::unknown;
  double credit = 0;                      // in [0, 1] (formats.md, "Scores")
  std::string summary;                    // one sentence: what was needed, what was found
  std::vector<Evidence> evidence;         // every item used or left out, and why
  std::string found;                      // what the profile shows, in a few words
  double measure = 0;                     // leaf: the proven measure the verdict used
  double need = 0;                        // leaf: what the criterion needs, same unit
  std::string missing;                    // not_met: what is missing and by how much
  std::string unknown;                    // unknown: what a person has to judge
  std::vector<std::string> alternatives;  // equivalences that would satisfy it instead
  std::vector<Explanation> parts;         // composite branches, in order
  std::string decided_by;                 // composite: which part decided
};

}  // namespace shortlist
