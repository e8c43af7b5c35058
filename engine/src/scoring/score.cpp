#include <numeric>

#include "scoring/score_plan.h"

namespace shortlist {

ScorePlan::ScorePlan(std::vector<double> weights)
    : weights_(std::move(weights)),
      total_(std::accumulate(weights_.begin(), weights_.end(), 0.0)) {}

Eigen::ArrayXXd ScorePlan::contributions(const Eigen::ArrayXXd& credits) const {
  Eigen::ArrayXXd out = Eigen::ArrayXXd::Zero(credits.rows(), credits.cols());
  if (!has_score()) return out;
  for (Eigen::Index c = 0; c < credits.cols(); ++c)
    out.col(c) = credits.col(c) * (100.0 * weights_[c] / total_);
  return out;
}

Eigen::ArrayXd ScorePlan::scores(const Eigen::ArrayXXd& contributions) const {
  Eigen::ArrayXd out = Eigen::ArrayXd::Zero(contributions.rows());
  for (Eigen::Index c = 0; c < contributions.cols(); ++c) out += contributions.col(c);
  return out;
}

double ScorePlan::lost(int criterion, double credit) const {
  if (!has_score()) return 0;
  return (1.0 - credit) * (100.0 * weights_[criterion] / total_);
}

}  // namespace shortlist
