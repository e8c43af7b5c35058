// The facts of a 2012-2020 Europass CV (formats.md, "Europass CV"), from
// either syntax. Everything is read under <LearnerInfo>; what the contract
// does not name (contact details, photo, headline, the free text of the
// other skills, achievements, attachments) is not read.
#include "load/europass_2012_cv.h"

#include "load/europass_facts.h"

namespace shortlist::europass {
namespace {

void read_identification(Cv2012Node& id, Candidate& c) {
  auto first = id.text("PersonName/FirstName");
  auto surname = id.text("PersonName/Surname");
  if (first || surname)
    c.name = first && surname ? first->value + " " + surname->value
                              : (first ? first : surname)->value;
  if (auto born = id.date("Demographics/Birthdate", DateRole::start)) {
    c.born = born->date;
    c.born_precision = born->precision;
  }
  std::vector<Text> codes, labels;
  const bool stated = id.each("Demographics/Nationality", [&](Cv2012Node& nationality) {
    if (auto code = nationality.text("Code"))
      codes.push_back(*code);
    else if (auto label =
                 nationality.text("Label"))  // formats.md: a Label alone is unknown
      labels.push_back(*label);
  });
  if (stated) c.nationality = std::move(codes);
  c.unread_nationalities = std::move(labels);
}

// Period/From (required) and Period/To, or Current: ongoing.
void read_work_period(Cv2012Node& entry, Period& p) {
  if (!entry.require("Period")) return;
  auto period = entry.child("Period");
  if (!period || !period->require("From")) return;
  if (auto from = period->date("From", DateRole::start)) {
    p.from = from->date;
    p.from_precision = from->precision;
  }
  if (period->current()) return;
  if (auto to = period->date("To", DateRole::end)) {
    p.to = to->date;
    p.to_precision = to->precision;
    if (latest_day(*p.to, p.to_precision) < p.from)
      period->error("To", written(*p.to, p.to_precision) + " is before From (" +
                              written(p.from, p.from_precision) + ")");
  }
}

Period read_work(Cv2012Node& entry, const RuleTables& rules) {
  Period p;
  p.where = entry.where();
  p.title = entry.text("Position/Label");
  p.employer = entry.text("Employer/Name");
  if (auto country = entry.text("Employer/ContactInfo/Address/Contact/Country/Code"))
    p.country.push_back(*country);  // where the work was done
  read_work_period(entry, p);
  std::vector<std::string> texts;
  if (auto activities = entry.text("Activities")) texts.push_back(activities->value);
  p.areas = named_areas(texts, rules);
  type_by_title(p, rules);
  return p;
}

EducationEntry read_education(Cv2012Node& entry) {
  EducationEntry d;
  d.where = entry.where();
  if (auto title = entry.text("Title")) d.degree = *title;
  d.eqf_level = entry.text("Level/Code");
  d.isced97_field = entry.text("Field/Code");
  d.field = entry.text("Field/Label");
  d.institution = entry.text("Organisation/Name");
  d.country = entry.text("Organisation/ContactInfo/Address/Contact/Country/Code");
  auto period = entry.child("Period");
  if (!period) return d;
  period->date("From", DateRole::start);  // checked, not judged
  if (period->current()) return d;        // still studying: not completed
  if (auto to = period->date("To", DateRole::end)) {
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

std::vector<CefrSkill> read_grid(Cv2012Node& levels) {
  std::vector<CefrSkill> grid;
  for (const auto& [name, skill] : grid_skills()) {
    auto level = levels.text(name);
    if (level && !is_cefr_level(level->value)) {
      levels.error(
          name, "must be " + std::string(kCefrLevels) + ", found '" + level->value + "'");
      level.reset();
    }
    grid.push_back({skill, level});
  }
  return grid;
}

// A MotherTongue (native) or a ForeignLanguage: Description/Code, else its
// Label (looked up as a name later); neither is an error.
LanguageEntry read_language(Cv2012Node& entry, bool native) {
  LanguageEntry l;
  l.where = entry.where();
  auto language = entry.text("Description/Code");
  if (!language) language = entry.text("Description/Label");
  if (language)
    l.language = *language;
  else
    entry.error("", "no language: give Description/Code or Description/Label");
  if (native) {
    l.level = Text{"native", entry.where()};
  } else if (auto levels = entry.child("ProficiencyLevel")) {
    set_grid_level(l, read_grid(*levels));
  }
  return l;
}

}  // namespace

void read_learner_info(Cv2012Node& info, const RuleTables& rules, Candidate& c) {
  if (auto id = info.child("Identification")) read_identification(*id, c);
  c.stated.experience = info.each("WorkExperience", [&](Cv2012Node& entry) {
    c.experience.push_back(read_work(entry, rules));
  });
  c.stated.education = info.each("Education", [&](Cv2012Node& entry) {
    c.education.push_back(read_education(entry));
  });
  const bool mother = info.each("Skills/Linguistic/MotherTongue", [&](Cv2012Node& entry) {
    c.languages.push_back(read_language(entry, true));
  });
  const bool foreign = info.each(
      "Skills/Linguistic/ForeignLanguage",
      [&](Cv2012Node& entry) { c.languages.push_back(read_language(entry, false)); });
  c.stated.languages = mother || foreign;
}

}  // namespace shortlist::europass
