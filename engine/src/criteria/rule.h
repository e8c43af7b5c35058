// The leaf rules of a compiled vacancy (vacancy_rules.h), one per criterion
// kind (criteria/kinds.h), built for one as-of date: every name of the
// vacancy is resolved once, when the rule is built; judging a candidate then
// only reads the candidate's facts.
//
// A leaf rule reads one number from a candidate's compact facts
// (normalise/compact_facts.h) (its Measure: months of qualifying experience, a degree
// level, a language rank, concepts matched, an age, a nationality match) and
// compares it with what the vacancy needs. The explanation walks the same
// decisions (each kind's one selection function, on the same compact facts)
// and only adds the texts of the CandidateFacts, so the fast path and the
// explanation cannot disagree.
#pragma once

#include <Eigen/Dense>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "normalise/compact_facts.h"
#include "normalise/normalise.h"
#include "shortlist/date.h"
#include "shortlist/explanation.h"

namespace shortlist {

// What a leaf reads from a candidate. `proven` is what the profile shows for
// certain; `optimistic` is the most that data the rules could not read might
// add (equal to proven when everything was read). known == false: the datum
// is absent (no date of birth, no nationality). `partial` is evidence that
// earns credit but never decides a verdict (skills matched only by shared
// words, see skills.cpp).
struct Measure {
  double proven = 0;
  double optimistic = 0;
  bool known = true;
  double partial = 0;
};

// Verdicts as ordered codes, so that all_of is the minimum of its parts and
// any_of the maximum (formats.md, "Vacancy file").
enum VerdictCode : int { kNotMet = 0, kUnknown = 1, kMet = 2 };
Verdict verdict_of_code(int code);
int code_of(Verdict verdict);

// How a weighted criterion earns credit (formats.md, "Scores").
enum class CreditMode {
  reach,   // desirable: credit grows towards meeting the criterion (or full_at)
  exceed,  // weighted minimum: credit for exceeding the minimum, full at full_at
};

using Column = Eigen::ArrayXd;
using CodeColumn = Eigen::ArrayXi;
using ColumnView = Eigen::Ref<const Column>;  // a column of a batch, not copied

class Rule {
 public:
  virtual ~Rule() = default;
  // What this rule asks, in words ("a master's degree in economics").
  virtual std::string describe() const = 0;
  // The candidate's measure: the fast path, no allocation in the common case.
  virtual Measure measure(const CompactProfile& profile) const = 0;
  // The measures of many profiles, written to four columns (features.h):
  // one virtual call per block of rows rather than per row.
  virtual void measure_rows(std::span<const CompactProfile> profiles, double* proven,
                            double* optimistic, double* known, double* partial) const = 0;
  // Fills why.evidence: every item used or left out, and why. REQUIRES:
  // `facts` is the profile `profile` was built from (same items, same order).
  virtual void explain(const CompactProfile& profile, const CandidateFacts& facts,
                       Explanation& why) const = 0;
  // Fills summary and missing/unknown for a verdict already reached.
  virtual void conclude(const Measure& m, Verdict v, Explanation& why) const = 0;

  // met: the proven measure reaches `need` and the optimistic one stays
  // within `cap`; not_met: even the optimistic measure falls short, or even
  // the proven one exceeds the cap; unknown otherwise (what the rules could
  // not read decides), or when the datum is absent. "Reaches" is "exceeds"
  // when need_strict, "within" is "below" when cap_strict (formats.md
  // `more_than`, `less_than`). One code per row.
  CodeColumn verdicts(const ColumnView& proven, const ColumnView& optimistic,
                      const ColumnView& known) const;
  // The same for one row, branching only on the rule's own bounds (batches
  // mix verdicts at random).
  int code(double proven, double optimistic, bool known) const {
    const int met = reaches(proven) & within(optimistic);
    const int reachable = met | (reaches(optimistic) & within(proven));
    return known ? met + reachable : int{kUnknown};
  }

  // Credit in [0, 1] per row; 0 where the verdict is unknown (formats.md).
  // exceed: 0 unless met; then (proven - need) / (full - need), capped at 1,
  //   or 1 when the criterion sets no full_at.
  // reach: progress() below; 1 when met unless full_at asks for more.
  Column credits(const ColumnView& proven, const ColumnView& partial,
                 const CodeColumn& verdicts) const;

  double need = 0;
  bool need_strict = false;  // more than `need`
  std::optional<double> cap;
  bool cap_strict = false;     // less than `cap`
  std::optional<double> full;  // full_at, in the measure's unit
  CreditMode mode = CreditMode::reach;

 protected:
  static constexpr double kEpsilon = 1e-9;  // measures are sums of day fractions
  int reaches(double measure) const {
    return need_strict ? measure > need + kEpsilon : measure >= need - kEpsilon;
  }
  int within(double measure) const {
    if (!cap) return 1;
    return cap_strict ? measure < *cap - kEpsilon : measure <= *cap + kEpsilon;
  }

  // Reach-mode credit of each row, kind by kind (documented where defined);
  // the default is 1 when met, else 0.
  virtual Column progress(const ColumnView& proven, const ColumnView& partial,
                          const CodeColumn& verdicts) const;
};

// Rule kinds derive from RuleOf<Kind>, which gives measure_rows() a loop
// over Kind::measure that the compiler can inline.
template <typename Kind>
class RuleOf : public Rule {
 public:
  void measure_rows(std::span<const CompactProfile> profiles, double* proven,
                    double* optimistic, double* known, double* partial) const final {
    const Kind& self = static_cast<const Kind&>(*this);
    for (size_t r = 0; r < profiles.size(); ++r) {
      const Measure m = self.Kind::measure(profiles[r]);
      proven[r] = m.proven;
      optimistic[r] = m.optimistic;
      known[r] = m.known ? 1.0 : 0.0;
      partial[r] = m.partial;
    }
  }
};

// formats.md composites: all_of is the least of its parts, any_of the best,
// for verdict codes and credits alike. Folds one part into the running
// result; the one combination the fast path and the explanations share.
inline void combine(bool all, CodeColumn& codes, Column& credits,
                    const CodeColumn& part_codes, const Column& part_credits) {
  if (all) {
    codes = codes.min(part_codes);
    credits = credits.min(part_credits);
  } else {
    codes = codes.max(part_codes);
    credits = credits.max(part_credits);
  }
}

// The candidate's eligibility from the lowest verdict code of the minimum
// criteria (formats.md, "Verdicts").
inline Eligibility eligibility_of(int worst) {
  return worst == kMet       ? Eligibility::eligible
         : worst == kUnknown ? Eligibility::needs_review
                             : Eligibility::not_eligible;
}

// A criterion as a tree: a leaf rule, or an any_of / all_of of parts.
struct RuleNode {
  std::string kind;   // the criterion's kind as written
  std::string label;  // what this node asks, for explanations
  int leaf = -1;      // index of VacancyRules::leaf, or -1 for a composite
  bool all = false;   // composite: all_of
  std::vector<RuleNode> parts;
};

}  // namespace shortlist
