#include "shortlist/scoring.h"

namespace shortlist {

ScoreCard score(const CompiledVacancy& vacancy, const Judgement& judgement) {
  (void)vacancy;
  ScoreCard card;
  double total_weight = 0;
  for (const CriterionResult& r : judgement.criteria) total_weight += r.criterion->weight;
  double sum = 0;
  for (const CriterionResult& r : judgement.criteria) {
    CriterionScore s;
    s.weight = r.criterion->weight;
    s.credit = r.verdict == Verdict::met ? 1.0 : 0.0;
    s.contribution = total_weight > 0 ? 100 * s.weight * s.credit / total_weight : 0;
    sum += s.contribution;
    card.criteria.push_back(s);
  }
  if (total_weight > 0) card.score = sum;
  return card;
}

}  // namespace shortlist
