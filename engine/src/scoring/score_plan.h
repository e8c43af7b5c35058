// Match scores (formats.md, "Scores"): each weighted criterion earns a
// credit in [0, 1]; its contribution is 100 * weight * credit / sum(weight),
// and the score is the sum of the contributions taken in criterion order, so
// that the explanation adds up to the score exactly. A vacancy with no
// weighted criterion gives no score.
//
// Credits (criteria/rule.h, Rule::credits; each kind documents its own):
//   unknown: 0.
//   weighted minimum (exceed): 0 unless met; 1 when met, or, with full_at,
//     (measure - minimum) / (full_at - minimum), capped at 1.
//   desirable (reach): experience months / required months (or full_at),
//     capped at 1; language 1 when met, else 1 - language_step per level
//     short (rules/policies.yaml), 0 with no level; skills (matched + partial
//     lexical matches) / concepts needed, capped at 1; degree, age and
//     nationality 1 when met, else 0.
//   any_of: the best of its parts; all_of: the least.
#pragma once

#include <Eigen/Dense>
#include <vector>

namespace shortlist {

class ScorePlan {
 public:
  ScorePlan() = default;
  explicit ScorePlan(std::vector<double> weights);

  bool has_score() const { return total_ > 0; }
  const std::vector<double>& weights() const { return weights_; }
  double total_weight() const { return total_; }

  // contribution(i, c) = 100 * weight(c) * credit(i, c) / total weight.
  Eigen::ArrayXXd contributions(const Eigen::ArrayXXd& credits) const;
  // Row sums of the contributions, added column by column in criterion order.
  Eigen::ArrayXd scores(const Eigen::ArrayXXd& contributions) const;
  // Points a criterion's credit leaves on the table: 100 * weight * (1 - credit) / total.
  double lost(int criterion, double credit) const;

 private:
  std::vector<double> weights_;
  double total_ = 0;
};

}  // namespace shortlist
