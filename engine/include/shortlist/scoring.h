// Match scores (formats.md, "Scores"): each weighted criterion earns a
// credit in [0, 1]; the score is 100 * sum(weight * credit) / sum(weight),
// and each criterion's contribution is 100 * weight * credit / sum(weight),
// so the contributions add up to the score. A vacancy with no weighted
// criterion gives no score.
#pragma once

#include <optional>
#include <vector>

#include "shortlist/eligibility.h"

namespace shortlist {

struct CriterionScore {
  double credit = 0;
  double weight = 0;
  double contribution = 0;
};

struct ScoreCard {
  std::optional<double> score;            // null when no criterion has a weight
  std::vector<CriterionScore> criteria;   // parallel to Judgement::criteria
};

// Credit of a criterion: 1 when met, 0 when not met or unknown.
ScoreCard score(const CompiledVacancy& vacancy, const Judgement& judgement);

}  // namespace shortlist
