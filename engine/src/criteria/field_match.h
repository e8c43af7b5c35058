// Whether a degree's field is one a criterion asks (formats.md `fields` and
// `related_fields`): shared by `degree` and `enrolled`.
#pragma once

#include <string>
#include <vector>

#include "normalise/compact_facts.h"
#include "normalise/normalise.h"

namespace shortlist {

// in: under a field asked; related: in the same ISCED-F narrow field (with
// related_fields); out: neither; unreadable: no field, or one not placed.
enum class FieldMatch { in, related, out, unreadable };

class FieldMatcher {
 public:
  FieldMatcher(const std::vector<Text>& fields, bool related, const RuleTables& rules);

  bool asks() const { return !names_.empty(); }
  FieldMatch match(const CompactDegree& d) const;
  // " in economics or law or a related field"; "" when no field is asked.
  std::string asked() const;
  // Why a degree's field matches as it does: "; field 'economics' (ISCED-F
  // 0311 Economics) is in the fields asked"; "" when no field is asked.
  std::string note(const DegreeFact& d, FieldMatch match) const;

 private:
  FieldMatch match_code(const std::string& code) const;

  bool related_;
  std::vector<std::string> names_;    // as written
  std::vector<Field> fields_;         // those rules/fields.yaml places
  std::vector<FieldMatch> by_field_;  // per field of rules/fields.yaml
};

}  // namespace shortlist
