// The eligibility verdict of a candidate on a vacancy (formats.md,
// "Verdicts"): each minimum criterion met, not met or unknown; the
// candidate not_eligible if any is not met, else needs_review if any is
// unknown, else eligible. Desirable criteria are judged too, for scoring,
// and never exclude.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "shortlist/criteria.h"
#include "shortlist/features.h"
#include "shortlist/profile.h"
#include "shortlist/rules.h"

namespace shortlist {

struct CompiledCriterion {
  std::string id;
  std::string text;
  bool required = false;  // a minimum criterion
  double weight = 0;      // formats.md defaults: desirable 1, minimum 0
  RuleNode root;
};

struct CriterionResult {
  const CompiledCriterion* criterion = nullptr;
  Verdict verdict = Verdict::unknown;
  std::optional<Explanation> why;  // filled by CompiledVacancy::explain
};

struct Judgement {
  std::string candidate_id;
  Eligibility eligibility = Eligibility::needs_review;
  std::vector<CriterionResult> criteria;  // minimum first, then desirable, file order
};

class CompiledVacancy {
 public:
  // Resolves every name of `vacancy` against `rules` and fixes the as-of date
  // (the deadline unless `as_of` is given). REQUIRES: `vacancy` loaded without
  // errors against the same `rules`, which must outlive this object.
  CompiledVacancy(const Vacancy& vacancy, const RuleTables& rules,
                  std::optional<Date> as_of = std::nullopt);
  ~CompiledVacancy();
  CompiledVacancy(CompiledVacancy&&) noexcept;

  const Vacancy& vacancy() const { return vacancy_; }
  const Date& as_of() const { return as_of_; }
  const std::vector<CompiledCriterion>& criteria() const { return criteria_; }
  const FeatureLayout& layout() const { return layout_; }

  // The candidate's feature vector (see features.h).
  FeatureVector features(const CandidateFacts& facts) const;
  // Verdicts from a feature vector alone.
  Judgement judge(const std::string& id, const FeatureVector& features) const;
  Judgement judge(const CandidateFacts& facts) const { return judge(facts.id, features(facts)); }
  // Verdicts with the full explanation of every criterion.
  Judgement explain(const CandidateFacts& facts) const;

 private:
  Verdict verdict_of(const RuleNode& node, const FeatureVector& f) const;
  Explanation explain_node(const RuleNode& node, const CandidateFacts& facts) const;

  Vacancy vacancy_;
  Date as_of_;
  std::vector<CompiledCriterion> criteria_;
  std::vector<std::unique_ptr<Rule>> leaves_;
  FeatureLayout layout_;
};

}  // namespace shortlist
