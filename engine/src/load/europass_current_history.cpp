// Employment and education of the current Europass CV (formats.md, "Europass
// CV"), after the Europass XML schema documentation in
// europass-unofficial/europass-schema-docs
// (docs/03.14_CandidateProfile_EmploymentHistory_level_2.md,
// docs/03.11_CandidateProfile_EducationHistory_level_2.md):
//
//   EmployerHistory        hr:OrganizationName the employer,
//                          OrganizationContact/Communication/Address/CountryCode
//                          where the work was done; its
//                          eures:EmploymentPeriod, or each PositionHistory's
//   PositionHistory        PositionTitle the title (a title word of
//                          rules/period-words.yaml gives the type), oa:Description
//                          the text its areas are read from
//   EmploymentPeriod       eures:StartDate, eures:EndDate (hr:FormattedDateTime),
//                          hr:CurrentIndicator true: ongoing; no EndDate: ongoing
//   EducationOrganizationAttendance
//                          hr:OrganizationName the institution, hr:ProgramName the
//                          title, EducationDegree/hr:DegreeName the degree name,
//                          EducationLevelCode the EQF level, EducationDegree/
//                          FieldOfStudy/.../ProgramConcentration the field (an
//                          ISCED-F 2013 code, or its URI, else a name),
//                          OrganizationContact/Communication/Address/CountryCode
//                          the country, AttendancePeriod/EndDate the completion
//                          (Ongoing true: not completed)
#include <algorithm>

#include "load/europass_current_parts.h"

namespace shortlist::europass {
namespace {

using xml::Element;
using xml::ElementReader;

void fail(Diagnostics& errors, const Element& at, const std::string& message) {
  errors.error(at.where, at.path + ": " + message);
}

// ---- periods -----------------------------------------------------------

// The text of a description with its markup left out: the Europass editor
// writes HTML ("<p>Labour <b>market</b></p>"), and a tag glued to a word
// would hide it from the concepts' names.
std::string without_tags(const std::string& html) {
  std::string out;
  bool in_tag = false;
  for (const char c : html) {
    if (c == '<' || c == '>') {
      in_tag = c == '<';
      out += ' ';
    } else if (!in_tag) {
      out += c;
    }
  }
  return out;
}

// The concepts of rules/skills.yaml the position's description names.
std::vector<Text> named_areas(ElementReader& position, const RuleTables& rules) {
  std::vector<Text> areas;
  const auto description = text_at(position, "Description");
  if (!description) return areas;
  std::vector<int> seen;
  for (int concept_id : rules.skills.concepts_in(without_tags(description->value)))
    if (std::find(seen.begin(), seen.end(), concept_id) == seen.end()) {
      seen.push_back(concept_id);
      areas.push_back({rules.skills.name(concept_id), {}});
    }
  return areas;
}

// Its end: EndDate, or ongoing (CurrentIndicator true, or no EndDate).
void read_end(ElementReader& period, Period& p, bool started) {
  Diagnostics& errors = period.errors();
  const auto current = read_indicator(period.child("CurrentIndicator"), errors);
  const Element* end = period.child("EndDate");
  if (current && *current) {
    if (end) fail(errors, *end, "an EndDate beside CurrentIndicator true: which holds?");
    return;
  }
  if (!end) {
    if (current)
      fail(errors, period.element(), "CurrentIndicator is false and no <EndDate>");
    return;
  }
  const auto to = read_when(end, DateRole::end, errors);
  if (!to) return;
  p.to = to->date;
  p.to_precision = to->precision;
  if (started && latest_day(*p.to, p.to_precision) < p.from)
    fail(errors, *end,
         "the end (" + written(*p.to, p.to_precision) + ") is before the start (" +
             written(p.from, p.from_precision) + ")");
}

void read_span(const Element& element, Period& p, Diagnostics& errors) {
  ElementReader period(element, errors);
  const auto from = read_when(period.require("StartDate"), DateRole::start, errors);
  if (from) {
    p.from = from->date;
    p.from_precision = from->precision;
  }
  read_end(period, p, from.has_value());
}

void type_from_title(const RuleTables& rules, Period& p) {
  if (!p.title) return;
  if (auto typed = rules.period_words.type_of_title(p.title->value)) {
    p.type = Text{typed->type, p.title->where};
    p.type_reason = "title word '" + typed->phrase + "'";
  }
}

// One period: `position` (a PositionHistory, or the EmployerHistory itself
// when it lists none), dated by its own EmploymentPeriod or the employer's.
Period read_period(const Element& position, const Element& employer,
                   const RuleTables& rules, Diagnostics& errors) {
  ElementReader pos(position, errors);
  ElementReader emp(employer, errors);
  Period p;
  p.where = position.where;
  p.employer = text_at(emp, "OrganizationName");
  if (auto country =
          text_at(emp, "OrganizationContact/Communication/Address/CountryCode"))
    p.country.push_back(*country);
  p.title = text_at(pos, "PositionTitle");
  type_from_title(rules, p);
  p.areas = named_areas(pos, rules);
  const Element* span = pos.child("EmploymentPeriod");
  if (!span) span = emp.child("EmploymentPeriod");
  if (span)
    read_span(*span, p, errors);
  else
    fail(errors, position,
         "no <EmploymentPeriod>, here or in its EmployerHistory: a period needs its "
         "start");
  return p;
}

// ---- education ---------------------------------------------------------

const Element* first_named(const Element& from, std::string_view name) {
  for (const Element& child : from.children) {
    if (child.name == name) return &child;
    if (const Element* deeper = first_named(child, name)) return deeper;
  }
  return nullptr;
}

// An ISCED-F code as written ("0311"), or at the end of its URI
// (".../isced-f/0311"); nullopt for a name.
std::optional<std::string> isced_code(const std::string& text) {
  const std::string last = text.substr(text.find_last_of('/') + 1);
  const bool digits =
      !last.empty() && last.size() <= 4 &&
      std::all_of(last.begin(), last.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits || (last.size() != text.size() && text.find(':') == std::string::npos))
    return std::nullopt;
  return last;
}

void read_field(const Element* field, EducationEntry& e, Diagnostics& errors) {
  const Element* concentration =
      field ? first_named(*field, "ProgramConcentration") : nullptr;
  if (!concentration) return;
  ElementReader reader(*concentration, errors);
  const auto t = text_at(reader, "");
  if (!t) return;
  if (auto code = isced_code(t->value))
    e.field_code = Text{*code, t->where};
  else
    e.field = t;
}

void read_completion(const Element* attendance, EducationEntry& e, Diagnostics& errors) {
  if (!attendance) return;
  ElementReader period(*attendance, errors);
  const auto ongoing = read_indicator(period.child("Ongoing"), errors);
  const auto end = read_when(period.child("EndDate"), DateRole::end, errors);
  if (!end || (ongoing && *ongoing)) return;
  e.completed = end->date;
  e.completed_precision = end->precision;
}

EducationEntry read_attendance(const Element& element, Diagnostics& errors) {
  ElementReader attendance(element, errors);
  EducationEntry e;
  e.where = element.where;
  if (auto name = text_at(attendance, "EducationDegree/DegreeName")) e.degree = *name;
  e.title = text_at(attendance, "ProgramName");
  e.institution = text_at(attendance, "OrganizationName");
  e.country =
      text_at(attendance, "OrganizationContact/Communication/Address/CountryCode");
  e.eqf_level = text_at(attendance, "EducationLevelCode");
  read_field(attendance.find("EducationDegree/FieldOfStudy"), e, errors);
  read_completion(attendance.child("AttendancePeriod"), e, errors);
  return e;
}

}  // namespace

void read_employment(const Element& history, const RuleTables& rules,
                     std::vector<Period>& out, Diagnostics& errors) {
  ElementReader reader(history, errors);
  for (const Element* employer : reader.children("EmployerHistory")) {
    ElementReader emp(*employer, errors);
    const auto positions = emp.children("PositionHistory");
    if (positions.empty())
      out.push_back(read_period(*employer, *employer, rules, errors));
    for (const Element* position : positions)
      out.push_back(read_period(*position, *employer, rules, errors));
  }
}

void read_education(const Element& history, std::vector<EducationEntry>& out,
                    Diagnostics& errors) {
  ElementReader reader(history, errors);
  for (const Element* attendance : reader.children("EducationOrganizationAttendance"))
    out.push_back(read_attendance(*attendance, errors));
}

}  // namespace shortlist::europass
