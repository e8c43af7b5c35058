// The 2012-2020 Europass CV in JSON (top key "SkillsPassport", the JSON
// schema 3.x of Cedefop's Europass editor): formats.md, "Europass CV". The
// same facts as in XML (europass_2012.cpp) under the same names, but lists
// are arrays without their List element ("WorkExperience": [...]) and dates
// are objects of numbers ({"Year": 2002, "Month": 8, "Day": 1}). Keys the
// contract does not name are not read, so they are not checked either.
#include <cmath>

#include "json/reader.h"
#include "load/europass.h"
#include "load/europass_facts.h"

namespace shortlist {
namespace {

using json::Node;
using json::ObjectReader;

// The value at `path` ("PersonName/FirstName"), each step an object; nullptr
// when a step is absent. A step that is not an object is reported.
const Node* find(ObjectReader& object, std::string_view path) {
  const size_t slash = path.find('/');
  const std::string key(path.substr(0, slash));
  const Node* value = object.get(key);
  if (!value || slash == std::string_view::npos) return value;
  ObjectReader inner(*value, key, object.errors());
  return inner.ok() ? find(inner, path.substr(slash + 1)) : nullptr;
}

// A text that is absent, null or empty is a value left out.
std::optional<Text> text_at(ObjectReader& object, std::string_view path) {
  auto t = json::read_text(find(object, path), object.errors());
  if (!t || t->text.empty()) return std::nullopt;
  return Text{t->text, t->where};
}

// A whole number in [low, high] ("a month 1 to 12"), or a located error.
std::optional<int> whole(const Node* node, int low, int high, const std::string& shape,
                         Diagnostics& errors) {
  if (!node) return std::nullopt;
  if (!node->is_number()) {
    json::report(*node, "must be " + shape + ", found " + node->describe(), errors);
    return std::nullopt;
  }
  const auto value = json::read_number(node, errors);  // reports a number out of range
  if (!value) return std::nullopt;
  if (std::floor(*value) == *value && *value >= low && *value <= high)
    return static_cast<int>(*value);
  json::report(*node, "must be " + shape + ", found " + node->describe(), errors);
  return std::nullopt;
}

// {"Year": 2009, "Month": 2, "Day": 15}: a year, to which a month and then a
// day may be added, as the XML's attributes.
std::optional<xml::PartialDate> partial_date(const Node& node, Diagnostics& errors) {
  ObjectReader date(node, "date", errors);
  if (!date.ok()) return std::nullopt;
  const auto year =
      whole(date.require("Year"), 1900, 2199, "a year 1900 to 2199", errors);
  const Node* month = date.get("Month");
  const Node* day = date.get("Day");
  if (day && !month) json::report(*day, "a day without a month", errors);
  if (!year) return std::nullopt;
  xml::PartialDate d{.year = *year};
  if (!month) return day ? std::nullopt : std::optional(d);
  const auto m = whole(month, 1, 12, "a month 1 to 12", errors);
  if (!m) return std::nullopt;
  d.month = *m;
  d.precision = xml::PartialDate::Precision::month;
  if (!day) return d;
  const auto last = days_in_month(d.year, d.month);
  const auto dd = whole(day, 1, last, "a day of " + d.iso(), errors);
  if (!dd) return std::nullopt;
  d.day = *dd;
  d.precision = xml::PartialDate::Precision::day;
  return d;
}

std::optional<ParsedDate> date_at(ObjectReader& object, std::string_view path,
                                  DateRole role) {
  const Node* node = find(object, path);
  if (!node) return std::nullopt;
  auto d = partial_date(*node, object.errors());
  if (!d) return std::nullopt;
  return europass::parsed(*d, role);
}

// "Current": a boolean; absent or null is false.
bool current(ObjectReader& period) {
  const Node* node = period.get("Current");
  if (!node) return false;
  if (node->kind == Node::Kind::boolean) return node->text == "true";
  json::report(*node, "must be true or false, found " + node->describe(),
               period.errors());
  return false;
}

void read_identification(ObjectReader& info, Candidate& c) {
  const Node* node = info.get("Identification");
  if (!node) return;
  ObjectReader id(*node, "Identification", info.errors());
  auto first = text_at(id, "PersonName/FirstName");
  auto surname = text_at(id, "PersonName/Surname");
  if (first || surname)
    c.name = first && surname ? first->value + " " + surname->value
                              : (first ? first : surname)->value;
  if (auto born = date_at(id, "Demographics/Birthdate", DateRole::start)) {
    c.born = born->date;
    c.born_precision = born->precision;
  }
  const auto* list = json::read_list(find(id, "Demographics/Nationality"), info.errors());
  if (!list) return;
  c.nationality.emplace();
  for (const Node& item : *list) {
    ObjectReader nat(item, "Nationality", info.errors());
    if (auto code = text_at(nat, "Code"))
      c.nationality->push_back(*code);
    else if (auto label = text_at(nat, "Label"))  // formats.md: a Label alone is unknown
      c.unread_nationalities.push_back(*label);
  }
}

// Period/From (required) and Period/To, or Current: ongoing.
void read_work_period(ObjectReader& entry, Period& p) {
  const Node* period = entry.require("Period");
  if (!period) return;
  ObjectReader r(*period, "Period", entry.errors());
  if (!r.ok() || !r.require("From")) return;
  if (auto start = date_at(r, "From", DateRole::start)) {
    p.from = start->date;
    p.from_precision = start->precision;
  }
  if (current(r)) return;
  if (auto to = date_at(r, "To", DateRole::end)) {
    p.to = to->date;
    p.to_precision = to->precision;
    if (latest_day(*p.to, p.to_precision) < p.from)
      json::report(*period->find("To"),
                   written(*p.to, p.to_precision) + " is before From (" +
                       written(p.from, p.from_precision) + ")",
                   entry.errors());
  }
}

Period read_work(const Node& node, const RuleTables& rules, Diagnostics& errors) {
  ObjectReader entry(node, "WorkExperience", errors);
  Period p;
  p.where = node.where;
  p.title = text_at(entry, "Position/Label");
  p.employer = text_at(entry, "Employer/Name");
  if (entry.ok()) read_work_period(entry, p);
  std::vector<std::string> texts;
  if (auto activities = text_at(entry, "Activities")) texts.push_back(activities->value);
  p.areas = europass::named_areas(texts, rules);
  europass::type_by_title(p, rules);
  return p;
}

EducationEntry read_education(const Node& node, Diagnostics& errors) {
  ObjectReader entry(node, "Education", errors);
  EducationEntry d;
  d.where = node.where;
  if (auto title = text_at(entry, "Title")) d.degree = *title;
  d.eqf_level = text_at(entry, "Level/Code");
  d.isced97_field = text_at(entry, "Field/Code");
  d.field = text_at(entry, "Field/Label");
  d.institution = text_at(entry, "Organisation/Name");
  d.country = text_at(entry, "Organisation/ContactInfo/Address/Contact/Country/Code");
  const Node* period = entry.get("Period");
  if (!period) return d;
  ObjectReader r(*period, "Period", errors);
  date_at(r, "From", DateRole::start);  // checked, not judged
  if (current(r)) return d;             // still studying: not completed
  if (auto to = date_at(r, "To", DateRole::end)) {
    d.completed = to->date;
    d.completed_precision = to->precision;
  }
  return d;
}

// The five skills of ProficiencyLevel, in the order the Europass grid shows them.
const std::vector<std::pair<std::string, std::string>>& grid_skills() {
  static const std::vector<std::pair<std::string, std::string>> skills = {
      {"Listening", "listening"},
      {"Reading", "reading"},
      {"SpokenInteraction", "spoken interaction"},
      {"SpokenProduction", "spoken production"},
      {"Writing", "writing"}};
  return skills;
}

std::vector<CefrSkill> read_grid(const Node& node, Diagnostics& errors) {
  ObjectReader levels(node, "ProficiencyLevel", errors);
  std::vector<CefrSkill> grid;
  for (const auto& [key, skill] : grid_skills()) {
    auto level = text_at(levels, key);
    if (level && !europass::is_cefr_level(level->value)) {
      json::report(*node.find(key),
                   "must be " + std::string(europass::kCefrLevels) + ", found '" +
                       level->value + "'",
                   errors);
      level.reset();
    }
    grid.push_back({skill, level});
  }
  return grid;
}

LanguageEntry read_language(const Node& node, bool native, Diagnostics& errors) {
  ObjectReader entry(node, native ? "MotherTongue" : "ForeignLanguage", errors);
  LanguageEntry l;
  l.where = node.where;
  auto language = text_at(entry, "Description/Code");
  if (!language) language = text_at(entry, "Description/Label");
  if (language)
    l.language = *language;
  else if (entry.ok())
    json::report(node, "no language: give Description/Code or Description/Label", errors);
  if (native) {
    l.level = Text{"native", node.where};
  } else if (const Node* levels = entry.get("ProficiencyLevel")) {
    europass::set_grid_level(l, read_grid(*levels, errors));
  }
  return l;
}

// Reads every item of the array at `path` into `out`; whether the array is
// there (formats.md, "Absent is not none": an empty array is none).
template <typename Entry, typename Read>
bool read_list(ObjectReader& info, std::string_view path, std::vector<Entry>& out,
               Read read) {
  const Node* node = find(info, path);
  const auto* items = json::read_list(node, info.errors());
  if (items)
    for (const Node& item : *items) out.push_back(read(item));
  return node != nullptr;
}

void read_languages(ObjectReader& info, Candidate& c) {
  auto language = [&](bool native) {
    return [&, native](const Node& n) { return read_language(n, native, info.errors()); };
  };
  const bool mother =
      read_list(info, "Skills/Linguistic/MotherTongue", c.languages, language(true));
  const bool foreign =
      read_list(info, "Skills/Linguistic/ForeignLanguage", c.languages, language(false));
  c.stated.languages = mother || foreign;
}

}  // namespace

Candidate read_europass_2012_json(const Node& root, const RuleTables& rules,
                                  Diagnostics& errors) {
  Candidate c;
  c.where = root.where;
  ObjectReader top(root, "Europass CV", errors);
  const Node* passport = top.require("SkillsPassport");
  if (!passport) return c;
  ObjectReader sp(*passport, "SkillsPassport", errors);
  const Node* learner = sp.require("LearnerInfo");
  if (!learner) return c;
  ObjectReader info(*learner, "LearnerInfo", errors);
  if (!info.ok()) return c;
  read_identification(info, c);
  c.stated.experience =
      read_list(info, "WorkExperience", c.experience,
                [&](const Node& n) { return read_work(n, rules, errors); });
  c.stated.education = read_list(info, "Education", c.education, [&](const Node& n) {
    return read_education(n, errors);
  });
  read_languages(info, c);
  return c;
}

}  // namespace shortlist
