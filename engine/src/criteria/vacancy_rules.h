// The compiled rules of one vacancy (behind CompiledVacancy, eligibility.h):
// each criterion as a tree of leaf rules (rule.h), the feature layout of the
// leaves' measures (features.h) and the score plan (scoring/score_plan.h).
//
// The fast path judges a roster's compact facts a block of rows at a time:
// every leaf measures the block, then verdicts, credits and scores follow
// from the feature columns alone. The explanation of one profile walks the
// same trees through the same functions on a block of one row, and only adds
// the texts of its CandidateFacts, so the two cannot disagree.
//
// Immutable once built; every member function may be called from several
// threads at once.
#pragma once

#include <Eigen/Dense>
#include <memory>
#include <vector>

#include "criteria/features.h"
#include "criteria/rule.h"
#include "normalise/compact_facts.h"
#include "scoring/score_plan.h"
#include "shortlist/eligibility.h"

namespace shortlist {

// A batch of candidates judged at once: one row per candidate, one column per
// criterion (minimum first, then desirable).
struct BatchResult {
  // Per criterion; empty when judged without them (VacancyRules::judge).
  Eigen::ArrayXXi verdicts;  // VerdictCode
  Eigen::ArrayXXd credits;
  Eigen::ArrayXXd contributions;
  Eigen::ArrayXd scores;  // meaningful only when has_score
  bool has_score = false;
  std::vector<Eligibility> eligibility;
};

class VacancyRules {
 public:
  // REQUIRES: `vacancy` loaded without errors against `rules`, which must
  // outlive this object.
  VacancyRules(const Vacancy& vacancy, const RuleTables& rules, Date as_of);
  ~VacancyRules();

  static const VacancyRules& of(const CompiledVacancy& v) { return *v.rules_; }

  const std::vector<CompiledCriterion>& criteria() const { return criteria_; }
  const RuleNode& root(size_t criterion) const { return roots_[criterion]; }
  const ScorePlan& plan() const { return plan_; }
  const FeatureLayout& layout() const { return layout_; }
  // The leaf rules, in feature-layout order (RuleNode::leaf indexes them).
  const Rule& leaf(int index) const { return *leaves_[index]; }
  int leaf_count() const { return static_cast<int>(leaves_.size()); }

  // Every row of `roster`, a block of rows at a time so that each block's
  // features stay in cache. Without `per_criterion`, only the eligibility
  // and scores are kept (what ranking needs).
  BatchResult judge(const CompactRoster& roster, bool per_criterion) const;
  // One candidate's judgement: row `row` of a batch judged per criterion.
  Judgement judgement(const BatchResult& batch, int row) const;
  // The judgement of `facts` with every criterion's explanation.
  Judgement explain(const CandidateFacts& facts) const;

  // The feature level, for the benchmarks and tests: one profile's feature
  // vector, and the evaluation of feature rows (the same as judge()).
  FeatureVector features(const CompactProfile& profile) const;
  BatchResult evaluate(const FeatureMatrix& features) const;

 private:
  struct NodeColumns {
    CodeColumn verdicts;
    Column credits;
  };
  // Consecutive rows of a batch, column-major so that a feature column is contiguous.
  using Block = Eigen::MatrixXd;
  static constexpr Eigen::Index kBlockRows = 256;

  BatchResult sized(Eigen::Index rows, bool per_criterion) const;
  // The leaves' measures of `profiles` into the columns of `block`.
  void measure(std::span<const CompactProfile> profiles, Block& block) const;
  // Evaluates the rows of `f` into rows [first, first + f.rows()) of `batch`.
  void evaluate_rows(const Block& f, Eigen::Index first, BatchResult& batch) const;
  NodeColumns evaluate_node(const RuleNode& node, const Block& f) const;
  Explanation explain_node(const RuleNode& node, const CompactProfile& profile,
                           const CandidateFacts& facts, const Block& f) const;

  const RuleTables* rules_;
  std::vector<CompiledCriterion> criteria_;
  std::vector<RuleNode> roots_;  // per criterion
  std::vector<std::unique_ptr<Rule>> leaves_;
  FeatureLayout layout_;
  ScorePlan plan_;
};

}  // namespace shortlist
