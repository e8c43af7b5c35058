#include "criteria/field_match.h"

#include "text.h"

namespace shortlist {

FieldMatcher::FieldMatcher(const std::vector<Text>& fields, bool related,
                           const RuleTables& rules)
    : related_(related) {
  for (const Text& f : fields) {
    names_.push_back(f.value);
    if (auto placed = rules.fields.place(f.value)) fields_.push_back(*placed);
  }
  for (int i = 0; i < rules.fields.size(); ++i)
    by_field_.push_back(match_code(rules.fields.at(i).code));
}

FieldMatch FieldMatcher::match(const CompactDegree& d) const {
  if (!asks()) return FieldMatch::in;
  if (d.field < 0) return FieldMatch::unreadable;
  return by_field_[d.field];
}

// Whether the field `code` (a candidate's) is one asked, or related.
FieldMatch FieldMatcher::match_code(const std::string& code) const {
  for (const Field& f : fields_)
    if (code.rfind(f.code, 0) == 0) return FieldMatch::in;
  if (related_ && code.size() >= 3)
    for (const Field& f : fields_)
      if (f.code.size() >= 3 && code.substr(0, 3) == f.code.substr(0, 3))
        return FieldMatch::related;
  return FieldMatch::out;
}

std::string FieldMatcher::asked() const {
  std::string out;
  if (asks()) out += " in " + join_words(names_, "or");
  if (related_) out += " or a related field";
  return out;
}

std::string FieldMatcher::note(const DegreeFact& d, FieldMatch match) const {
  if (!asks()) return "";
  if (d.field_text.empty()) return "; no field given, to judge";
  if (!d.field && !d.field_note.empty())
    return "; field '" + d.field_text + "': " + d.field_note + ", to judge";
  if (!d.field)
    return "; field '" + d.field_text + "' is not in rules/fields.yaml, to judge";
  const std::string placed = "field '" + d.field_text + "' (ISCED-F " + d.field->code +
                             " " + d.field->name + ")";
  switch (match) {
    case FieldMatch::in:
      return "; " + placed + " is in the fields asked";
    case FieldMatch::related:
      return "; " + placed + " is a related field (same narrow field)";
    default:
      return "; " + placed + " is not in " + join_words(names_, "or");
  }
}

}  // namespace shortlist
