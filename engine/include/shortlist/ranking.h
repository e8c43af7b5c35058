// Ranking (formats.md, "Scores"): eligible candidates first by score (ties
// by id), then needs_review, then not_eligible, then invalid, each entry with
// the reason for its place. With `evaluation` (the UN cumulative analysis of
// consultancies) the score is the technical score: eligible candidates whose
// score reaches the threshold go to the financial stage, where the lowest fee
// among them earns all the financial points and every other fee
// financial * lowest / own; they rank by technical + financial points, and
// the eligible candidates below the threshold follow them. Fees in another
// currency than the stage's, or missing, are not compared: those candidates
// need review.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "shortlist/engine.h"

namespace shortlist {

enum class Standing {
  ranked,           // eligible; with evaluation, reached the financial stage
  below_threshold,  // eligible, technical score below the evaluation threshold
  needs_review,
  not_eligible,
  invalid,
};

std::string to_string(Standing standing);

struct RankedEntry {
  Assessment assessment;
  int source = 0;  // index of the candidate in the input order
  int rank = 0;    // 1-based
  Standing standing = Standing::invalid;
  Eligibility verdict = Eligibility::invalid;  // as reported (fees can add review)
  std::string reason;
  std::optional<double> technical_points;
  std::optional<double> financial_points;
  std::optional<double> combined;
};

struct FinancialStage {
  std::string currency;
  std::optional<double> lowest_fee;
  int candidates = 0;  // how many reached it with a comparable fee
};

struct Ranking {
  std::vector<RankedEntry> entries;         // in rank order
  std::optional<FinancialStage> financial;  // with evaluation only
};

// Rewrites the reason of an entry that needs review or is not eligible
// because of its criteria, from its judgement's explanations once built
// (rank() builds reasons from verdicts alone when none are).
void refresh_reason(RankedEntry& entry);

// Ranks `assessments` (in input order) on `vacancy`. Deterministic: the same
// assessments in any order give the same ranking.
Ranking rank(const CompiledVacancy& vacancy, std::vector<Assessment> assessments);

}  // namespace shortlist
