// The 2012-2020 Europass CV in XML (root <SkillsPassport>, schema 3.x):
// formats.md, "Europass CV". Everything is read under <LearnerInfo>; what
// the contract does not name (contact details, photo, headline, the free
// text of the other skills, achievements, attachments) is not read.
#include "load/europass.h"
#include "load/europass_facts.h"
#include "xml/reader.h"

namespace shortlist {
namespace {

using xml::Element;
using xml::ElementReader;

// A text that is absent or empty is a value left out.
std::optional<Text> text_at(ElementReader& r, std::string_view path) {
  auto t = r.text(path);
  if (!t || t->text.empty()) return std::nullopt;
  return Text{t->text, t->where};
}

// A Code, else a Label, of the element at `path` ("Description"): how
// Europass names languages and countries.
std::optional<Text> code_or_label(ElementReader& r, std::string_view path) {
  const std::string base(path);
  if (auto code = text_at(r, base + "/Code")) return code;
  return text_at(r, base + "/Label");
}

// <Current>: true or false (xs:boolean, so also 1 or 0); absent is false.
bool current(ElementReader& period) {
  auto t = period.text("Current");
  if (!t || t->text == "false" || t->text == "0" || t->text.empty()) return false;
  if (t->text == "true" || t->text == "1") return true;
  period.errors().error(t->where,
                        t->path + ": must be true or false, found '" + t->text + "'");
  return false;
}

std::optional<ParsedDate> date_at(ElementReader& r, std::string_view path,
                                  DateRole role) {
  auto d = xml::read_date_attributes(r.find(path), r.errors());
  if (!d) return std::nullopt;
  return europass::parsed(*d, role);
}

void read_identification(ElementReader& info, Candidate& c) {
  const Element* id = info.child("Identification");
  if (!id) return;
  ElementReader r(*id, info.errors());
  auto first = text_at(r, "PersonName/FirstName");
  auto surname = text_at(r, "PersonName/Surname");
  if (first || surname)
    c.name = first && surname ? first->value + " " + surname->value
                              : (first ? first : surname)->value;
  if (auto born = date_at(r, "Demographics/Birthdate", DateRole::start)) {
    c.born = born->date;
    c.born_precision = born->precision;
  }
  const Element* list = r.find("Demographics/NationalityList");
  if (!list) return;
  c.nationality.emplace();
  for (const Element* n : ElementReader(*list, r.errors()).children("Nationality")) {
    ElementReader nat(*n, r.errors());
    if (auto code = text_at(nat, "Code"))
      c.nationality->push_back(*code);
    else if (auto label = text_at(nat, "Label"))  // formats.md: a Label alone is unknown
      c.unread_nationalities.push_back(*label);
  }
}

// Period/From and Period/To (or Current: ongoing) of a work experience.
void read_work_period(ElementReader& entry, Period& p) {
  const Element* period = entry.require("Period");
  if (!period) return;
  ElementReader r(*period, entry.errors());
  if (!r.require("From")) return;
  if (auto from = date_at(r, "From", DateRole::start)) {
    p.from = from->date;
    p.from_precision = from->precision;
  }
  if (current(r)) return;
  if (auto to = date_at(r, "To", DateRole::end)) {
    p.to = to->date;
    p.to_precision = to->precision;
    if (latest_day(*p.to, p.to_precision) < p.from)
      r.errors().error(r.find("To")->where,
                       r.find("To")->path + ": " + written(*p.to, p.to_precision) +
                           " is before From (" + written(p.from, p.from_precision) + ")");
  }
}

Period read_work(const Element& e, const RuleTables& rules, Diagnostics& errors) {
  ElementReader entry(e, errors);
  Period p;
  p.where = e.where;
  p.title = text_at(entry, "Position/Label");
  p.employer = text_at(entry, "Employer/Name");
  read_work_period(entry, p);
  std::vector<std::string> texts;
  if (auto activities = text_at(entry, "Activities")) texts.push_back(activities->value);
  p.areas = europass::named_areas(texts, rules);
  europass::type_by_title(p, rules);
  return p;
}

EducationEntry read_education(const Element& e, Diagnostics& errors) {
  ElementReader entry(e, errors);
  EducationEntry d;
  d.where = e.where;
  if (auto title = text_at(entry, "Title")) d.degree = *title;
  d.eqf_level = text_at(entry, "Level/Code");
  d.isced97_field = text_at(entry, "Field/Code");
  d.field = text_at(entry, "Field/Label");
  d.institution = text_at(entry, "Organisation/Name");
  d.country = text_at(entry, "Organisation/ContactInfo/Address/Contact/Country/Code");
  const Element* period = entry.find("Period");
  if (!period) return d;
  ElementReader r(*period, errors);
  date_at(r, "From", DateRole::start);  // checked, not judged
  if (current(r)) return d;             // still studying: not completed
  if (auto to = date_at(r, "To", DateRole::end)) {
    d.completed = to->date;
    d.completed_precision = to->precision;
  }
  return d;
}

// The language of a MotherTongue or ForeignLanguage: Description/Code, else
// its Label (looked up as a name later); neither is an error.
std::optional<Text> language_of(ElementReader& entry) {
  auto language = code_or_label(entry, "Description");
  if (!language)
    entry.errors().error(entry.element().where,
                         entry.element().path +
                             ": no language: give Description/Code or Description/Label");
  return language;
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

std::vector<CefrSkill> read_grid(const Element& levels, Diagnostics& errors) {
  ElementReader r(levels, errors);
  std::vector<CefrSkill> grid;
  for (const auto& [element, skill] : grid_skills()) {
    auto level = text_at(r, element);
    if (level && !europass::is_cefr_level(level->value)) {
      errors.error(level->where, r.find(element)->path + ": must be " +
                                     std::string(europass::kCefrLevels) + ", found '" +
                                     level->value + "'");
      level.reset();
    }
    grid.push_back({skill, level});
  }
  return grid;
}

LanguageEntry read_language(const Element& e, bool native, Diagnostics& errors) {
  ElementReader entry(e, errors);
  LanguageEntry l;
  l.where = e.where;
  if (auto language = language_of(entry)) l.language = *language;
  if (native) {
    l.level = Text{"native", e.where};
  } else if (const Element* levels = entry.child("ProficiencyLevel")) {
    europass::set_grid_level(l, read_grid(*levels, errors));
  }
  return l;
}

// Reads every `item` of the list element at `path` into `out`; whether the
// list is there (formats.md, "Absent is not none": an empty list is none).
template <typename Entry, typename Read>
bool read_list(ElementReader& info, std::string_view path, std::string_view item,
               std::vector<Entry>& out, Read read) {
  const Element* list = info.find(path);
  if (!list) return false;
  for (const Element* e : ElementReader(*list, info.errors()).children(item))
    out.push_back(read(*e));
  return true;
}

void read_languages(ElementReader& info, Candidate& c) {
  auto language = [&](bool native) {
    return
        [&, native](const Element& e) { return read_language(e, native, info.errors()); };
  };
  const bool mother = read_list(info, "Skills/Linguistic/MotherTongueList",
                                "MotherTongue", c.languages, language(true));
  const bool foreign = read_list(info, "Skills/Linguistic/ForeignLanguageList",
                                 "ForeignLanguage", c.languages, language(false));
  c.stated.languages = mother || foreign;
}

}  // namespace

Candidate read_europass_2012_xml(const Element& root, const RuleTables& rules,
                                 Diagnostics& errors) {
  Candidate c;
  c.where = root.where;
  ElementReader passport(root, errors);
  const Element* learner = passport.require("LearnerInfo");
  if (!learner) return c;
  ElementReader info(*learner, errors);
  read_identification(info, c);
  c.stated.experience =
      read_list(info, "WorkExperienceList", "WorkExperience", c.experience,
                [&](const Element& e) { return read_work(e, rules, errors); });
  c.stated.education =
      read_list(info, "EducationList", "Education", c.education,
                [&](const Element& e) { return read_education(e, errors); });
  read_languages(info, c);
  return c;
}

}  // namespace shortlist
