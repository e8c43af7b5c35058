// Reading criteria from a vacancy file (formats.md, "Vacancy file"). The
// kinds are named in the kind table (criteria/kinds.h); each kind's parser,
// below, reads the value of its key (and its options from the criterion
// map) and checks it against the rule tables.
#pragma once

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

// A kind's parser: `value` is the value of the kind's key in `criterion`.
using KindParser = void (*)(const yaml::Node& value, yaml::MapReader& criterion,
                            CriterionSpec& c, ParseContext& ctx);
void parse_degree(const yaml::Node&, yaml::MapReader&, CriterionSpec&, ParseContext&);
void parse_experience(const yaml::Node&, yaml::MapReader&, CriterionSpec&, ParseContext&);
void parse_language(const yaml::Node&, yaml::MapReader&, CriterionSpec&, ParseContext&);
void parse_skills(const yaml::Node&, yaml::MapReader&, CriterionSpec&, ParseContext&);
void parse_age(const yaml::Node&, yaml::MapReader&, CriterionSpec&, ParseContext&);
void parse_nationality(const yaml::Node&, yaml::MapReader&, CriterionSpec&,
                       ParseContext&);
void parse_manual(const yaml::Node&, yaml::MapReader&, CriterionSpec&, ParseContext&);
void parse_enrolled(const yaml::Node&, yaml::MapReader&, CriterionSpec&, ParseContext&);
void parse_residence(const yaml::Node&, yaml::MapReader&, CriterionSpec&, ParseContext&);
void parse_work_permit(const yaml::Node&, yaml::MapReader&, CriterionSpec&,
                       ParseContext&);
void parse_any_of(const yaml::Node&, yaml::MapReader&, CriterionSpec&, ParseContext&);
void parse_all_of(const yaml::Node&, yaml::MapReader&, CriterionSpec&, ParseContext&);

}  // namespace shortlist
