// The eligibility verdict of a candidate on a vacancy (formats.md,
// "Verdicts"): each minimum criterion met, not met or unknown; the
// candidate not_eligible if any is not met, else needs_review if any is
// unknown, else eligible. Desirable criteria are judged too, for scoring,
// and never exclude.
//
// A CompiledVacancy is a vacancy whose every name has been resolved against
// the rule tables, for one as-of date; Engine::assess judges candidates on
// it (engine.h). Immutable once built: any number of threads may judge on
// one CompiledVacancy at once.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "shortlist/explanation.h"
#include "shortlist/profile.h"
#include "shortlist/rules.h"

namespace shortlist {

struct CompiledCriterion {
  std::string id;
  std::string text;
  std::string kind;       // "degree", ..., "any_of", "all_of" (CriterionSpec::kind_name)
  bool required = false;  // a minimum criterion
  double weight = 0;      // formats.md defaults: desirable 1, minimum 0
};

struct CriterionResult {
  const CompiledCriterion* criterion = nullptr;
  Verdict verdict = Verdict::unknown;
  double credit = 0;               // in [0, 1]
  double contribution = 0;         // 100 * weight * credit / total weight
  double lost = 0;                 // 100 * weight * (1 - credit) / total weight
  std::optional<Explanation> why;  // with Detail::explained (engine.h)
};

struct Judgement {
  Eligibility eligibility = Eligibility::needs_review;
  std::vector<CriterionResult> criteria;  // minimum first, then desirable, file order
  // Sum of the contributions in criterion order; null when no criterion has a
  // weight (formats.md, "Scores").
  std::optional<double> score;
};

class VacancyRules;  // the compiled rules of a vacancy (engine/src/criteria/)

class CompiledVacancy {
 public:
  // Resolves every name of `vacancy` against `rules` and fixes the as-of date
  // (the deadline unless `as_of` is given). REQUIRES: `vacancy` loaded without
  // errors against the same `rules`, which must outlive this object.
  CompiledVacancy(const Vacancy& vacancy, const RuleTables& rules,
                  std::optional<Date> as_of = std::nullopt);
  ~CompiledVacancy();
  CompiledVacancy(CompiledVacancy&&) noexcept;
  CompiledVacancy& operator=(CompiledVacancy&&) noexcept;

  const Vacancy& vacancy() const { return vacancy_; }
  const Date& as_of() const { return as_of_; }
  // Minimum first, then desirable, in file order; addresses stable for the
  // life of this object (CriterionResult::criterion points here).
  const std::vector<CompiledCriterion>& criteria() const;
  // Whether any criterion has a weight (formats.md: no weight, no score).
  bool has_score() const;
  double total_weight() const;

 private:
  friend class VacancyRules;
  Vacancy vacancy_;
  Date as_of_;
  std::unique_ptr<const VacancyRules> rules_;
};

}  // namespace shortlist
