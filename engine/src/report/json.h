// JSON of assessments (formats.md, "JSON output").
#pragma once

#include <nlohmann/json.hpp>

#include "shortlist/engine.h"

namespace shortlist {

using Json = nlohmann::ordered_json;

Json explanation_json(const Explanation& why);
Json assessment_json(const Assessment& a, int rank);
Json check_json(const CompiledVacancy& vacancy, const std::vector<Assessment>& assessments);

}  // namespace shortlist
