// JSON of rankings and assessments (formats.md, "JSON output").
#pragma once

#include <nlohmann/json.hpp>

#include "shortlist/report.h"

namespace shortlist {

using Json = nlohmann::ordered_json;

Json explanation_json(const Explanation& why);
// One candidate: id, verdict, score, criteria (with explanations when built),
// errors when invalid.
Json assessment_json(const Assessment& a);
// The object of formats.md: vacancy, as_of, candidates in rank order (the
// first `top`, all when 0), each with rank, standing and reason; with
// evaluation, the financial stage and every candidate's points.
Json ranking_json(const CompiledVacancy& vacancy, const Ranking& ranking,
                  std::size_t top);

}  // namespace shortlist
