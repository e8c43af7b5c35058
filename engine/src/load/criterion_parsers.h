// Criterion kinds, registered by name (formats.md, "Vacancy file"). Each
// parser reads the value of its kind key and checks it against the rules.
#pragma once

#include <functional>
#include <map>
#include <string>

#include "shortlist/profile.h"
#include "shortlist/rules.h"
#include "yaml/reader.h"

namespace shortlist {

struct ParseContext {
  const RuleTables& rules;
  Diagnostics& errors;
};

// Reads one criterion map. `top_level`: carries id, text and weight (a part
// of a composite does not).
CriterionSpec parse_criterion(const yaml::Node& node, bool top_level, ParseContext& ctx);

// The names of every criterion kind, in formats.md order.
const std::vector<std::string>& criterion_kinds();

}  // namespace shortlist
