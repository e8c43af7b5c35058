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
#include "shortlist/scoring.h"

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
  double credit = 0;               // in [0, 1]
  double contribution = 0;         // 100 * weight * credit / total weight
  double lost = 0;                 // 100 * weight * (1 - credit) / total weight
  std::optional<Explanation> why;  // filled by CompiledVacancy::explain
};

struct Judgement {
  Eligibility eligibility = Eligibility::needs_review;
  std::vector<CriterionResult> criteria;  // minimum first, then desirable, file order
  // Sum of the contributions in criterion order; null when no criterion has a
  // weight (formats.md, "Scores").
  std::optional<double> score;
};

// A batch of candidates judged at once: one row per candidate, one column per
// criterion (minimum first, then desirable).
struct BatchResult {
  // Per criterion; empty when judged without them (CompiledVacancy::judge).
  Eigen::ArrayXXi verdicts;  // VerdictCode
  Eigen::ArrayXXd credits;
  Eigen::ArrayXXd contributions;
  Eigen::ArrayXd scores;  // meaningful only when has_score
  bool has_score = false;
  std::vector<Eligibility> eligibility;
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
  const ScorePlan& plan() const { return plan_; }
  // The leaf rules, in feature-layout order (RuleNode::leaf indexes them).
  const Rule& leaf(int index) const { return *leaves_[index]; }
  int leaf_count() const { return static_cast<int>(leaves_.size()); }

  // The candidate's feature vector (see features.h).
  FeatureVector features(const CompactProfile& profile) const;
  FeatureVector features(const CandidateFacts& facts) const;
  // Verdicts, credits and scores of a batch, from features alone, with Eigen
  // column operations (no per-candidate lookups), a block of rows at a time.
  BatchResult evaluate(const FeatureMatrix& features) const;
  // Features and evaluation of every row of `roster`, a block of rows at a
  // time so that each block's features stay in cache; the same result as
  // evaluate() of every row's features. Without `per_criterion`, only the
  // eligibility and scores are kept (verdicts, credits and contributions
  // are left empty), which is what ranking needs.
  BatchResult judge(const CompactRoster& roster, bool per_criterion = true) const;
  // One candidate's judgement: row `row` of a batch.
  Judgement judgement(const BatchResult& batch, int row) const;
  Judgement judge(const FeatureVector& features) const;
  Judgement judge(const CandidateFacts& facts) const { return judge(features(facts)); }
  // The judgement with the full explanation of every criterion and its credit.
  Judgement explain(const CandidateFacts& facts) const;
  // Adds the explanation of every criterion to a judgement of `facts`.
  void explain_into(Judgement& judgement, const CandidateFacts& facts) const;

 private:
  struct NodeColumns {
    CodeColumn verdicts;
    Column credits;
  };
  // Consecutive rows of a batch, column-major so that a feature column is contiguous.
  using Block = Eigen::MatrixXd;
  static constexpr Eigen::Index kBlockRows = 256;
  static BatchResult sized(Eigen::Index rows, Eigen::Index criteria, bool has_score,
                           bool per_criterion);
  // Evaluates the rows of `f` into rows [first, first + f.rows()) of `batch`.
  void evaluate_rows(const Block& f, Eigen::Index first, BatchResult& batch) const;
  NodeColumns evaluate_node(const RuleNode& node, const Block& f) const;
  Explanation explain_node(const RuleNode& node, const CompactProfile& profile,
                           const CandidateFacts& facts) const;

  const RuleTables* rules_;
  Vacancy vacancy_;
  Date as_of_;
  std::vector<CompiledCriterion> criteria_;
  std::vector<std::unique_ptr<Rule>> leaves_;
  FeatureLayout layout_;
  ScorePlan plan_;
};

}  // namespace shortlist
