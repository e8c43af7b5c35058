// The criterion kinds (formats.md, "Vacancy file"), each named once: its
// key, how it is read from a vacancy file, the keys it reads beside its own
// in the criterion map, and how it is compiled into a rule tree.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "criteria/compiler.h"
#include "load/criterion_parsers.h"

namespace shortlist {

struct CriterionKind {
  std::string name;    // the key in a criterion: "degree", "any_of", ...
  size_t alternative;  // its index in CriterionSpec::kind
  // Reads the value of the key (and the options from the criterion map).
  KindParser parse;
  std::vector<std::string> options;  // keys read from the criterion map beside `name`
  RuleNode (*compile)(const CriterionSpec& spec, Compiler& compiler);
};

// Every kind, in formats.md order.
const std::vector<CriterionKind>& criterion_kinds();
// The kind of key `name`; null when no kind has that name.
const CriterionKind* kind_named(std::string_view name);
// The kind of a parsed criterion.
const CriterionKind& kind_of(const CriterionSpec& spec);

}  // namespace shortlist
