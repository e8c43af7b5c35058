// The current Europass CV (root <Candidate>, namespace
// http://www.europass.eu/1.0, HR-XML 3.0 based): formats.md, "Europass CV".
// Element names and value formats follow the Europass XML schema
// documentation (DG EMPL, 2020), read in its copy
// europass-unofficial/europass-schema-docs (docs/3.5_CandidatePerson(level1).md
// for the person, docs/03.12_CandidateProfile_PersonQualifications_level_2.md
// and docs/03.39_Code_Lists.md for languages); employment and education are
// read in europass_current_history.cpp.
//
//   CandidatePerson/PersonName      FormattedName, else oa:GivenName hr:FamilyName
//   CandidatePerson/hr:BirthDate    YYYY, YYYY-MM or YYYY-MM-DD (a year, and a
//                                   month, are read as a range: the year)
//   CandidatePerson/NationalityCode each a nationality, kept as written
//   CandidatePerson/PrimaryLanguageCode  each a native language
//   CandidateProfile/PersonQualifications/PersonCompetency with
//     hr:TaxonomyID "language": CompetencyID the language, and its
//     eures:CompetencyDimension (hr:CompetencyDimensionTypeCode CEF-*,
//     eures:Score/hr:ScoreText A1..C2) the CEFR self-assessment grid
//
// A Candidate may hold a CandidateProfile per language of the CV, each the
// same CV: the first is read. Sections follow formats.md, "Absent is not
// none": EmploymentHistory, EducationHistory and the languages
// (PrimaryLanguageCode or PersonQualifications) are stated when present.
#include <algorithm>
#include <array>

#include "load/europass.h"
#include "load/europass_current_parts.h"
#include "text.h"

namespace shortlist {
namespace europass {
namespace {

using xml::Element;
using xml::ElementReader;

std::string squeeze(std::string_view text) {
  std::string out;
  bool space = false;
  for (const char c : text) {
    const bool white = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (white) space = !out.empty();
    if (white) continue;
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

void fail(Diagnostics& errors, const Element& at, const std::string& message) {
  errors.error(at.where, at.path + ": " + message);
}

// "2009-02-15T10:00:00" as "2009-02-15": the day of a date-time.
Element without_time(const Element& e) {
  Element date = e;
  const size_t t = date.text.find('T');
  if (t == 10 && date.text.size() >= 19 && date.text[13] == ':' && date.text[16] == ':')
    date.text.resize(10);
  return date;
}

ParsedDate parsed(const xml::PartialDate& d, DateRole role) {
  using P = xml::PartialDate::Precision;
  if (d.precision == P::day) return {d.first_day(), DatePrecision::day};
  if (d.precision == P::year) return {d.first_day(), DatePrecision::year};
  return {role == DateRole::start ? d.first_day() : d.last_day(), DatePrecision::month};
}

}  // namespace

std::optional<Text> text_at(ElementReader& reader, std::string_view path) {
  const auto t = reader.text(path);
  if (!t || t->text.empty()) return std::nullopt;
  return Text{squeeze(t->text), t->where};
}

std::optional<ParsedDate> read_when(const Element* date, DateRole role,
                                    Diagnostics& errors) {
  if (!date) return std::nullopt;
  ElementReader reader(*date, errors);
  const Element* formatted = reader.require("FormattedDateTime");
  if (!formatted) return std::nullopt;
  const Element day = without_time(*formatted);
  const auto d = xml::read_date(&day, errors);
  if (!d) return std::nullopt;
  return parsed(*d, role);
}

std::optional<bool> read_indicator(const Element* indicator, Diagnostics& errors) {
  const auto t = xml::read_text(indicator, errors);
  if (!t) return std::nullopt;
  if (t->text == "true" || t->text == "1") return true;
  if (t->text == "false" || t->text == "0") return false;
  fail(errors, *indicator, "'" + t->text + "' is not true or false");
  return std::nullopt;
}

namespace {

// ---- the person --------------------------------------------------------

std::optional<std::string> read_name(const Element* name, Diagnostics& errors) {
  if (!name) return std::nullopt;
  ElementReader reader(*name, errors);
  if (auto formatted = text_at(reader, "FormattedName")) return formatted->value;
  std::vector<std::string> parts;
  for (std::string_view part : {"GivenName", "MiddleName", "FamilyName"})
    if (auto t = text_at(reader, part)) parts.push_back(t->value);
  if (parts.empty()) return std::nullopt;
  std::string out = parts[0];
  for (size_t i = 1; i < parts.size(); ++i) out += " " + parts[i];
  return out;
}

// formats.md, "Dates that name only a year": a year is a range. A month
// (which YAML cannot write) is read as the range of its year, honest if wide.
void read_born(const Element* born, Candidate& c, Diagnostics& errors) {
  if (!born) return;
  const Element day = without_time(*born);
  const auto d = xml::read_date(&day, errors);
  if (!d) return;
  const bool whole_day = d->precision == xml::PartialDate::Precision::day;
  c.born = whole_day ? d->first_day() : Date(d->year, 1, 1);
  c.born_precision = whole_day ? DatePrecision::day : DatePrecision::year;
}

void read_nationalities(ElementReader& person, Candidate& c) {
  for (const Element* code : person.children("NationalityCode")) {
    ElementReader reader(*code, person.errors());
    auto t = text_at(reader, "");
    if (!t) continue;
    if (!c.nationality) c.nationality.emplace();
    c.nationality->push_back(*t);
  }
}

void read_native(ElementReader& person, Candidate& c) {
  for (const Element* code : person.children("PrimaryLanguageCode")) {
    c.stated.languages = true;
    ElementReader reader(*code, person.errors());
    auto t = text_at(reader, "");
    if (!t) continue;
    LanguageEntry l;
    l.where = code->where;
    l.language = *t;
    l.level = Text{"native", t->where};
    c.languages.push_back(std::move(l));
  }
}

void read_person(const Element& element, Candidate& c, Diagnostics& errors) {
  ElementReader person(element, errors);
  c.name = read_name(person.child("PersonName"), errors);
  read_born(person.child("BirthDate"), c, errors);
  read_nationalities(person, c);
  read_native(person, c);
}

// ---- languages ---------------------------------------------------------

// The CEFR dimensions of the EURES code list, as the skills of the grid.
// The list has two writing dimensions; where both are given, the lower
// is kept, as the level is the lowest.
struct Dimension {
  std::string_view code;
  size_t skill;
};
constexpr std::array<std::string_view, 5> kSkills = {
    "listening", "reading", "spoken interaction", "spoken production", "writing"};
constexpr std::array<Dimension, 6> kDimensions = {{{"CEF-Understanding-Listening", 0},
                                                   {"CEF-Understanding-Reading", 1},
                                                   {"CEF-Speaking-Interaction", 2},
                                                   {"CEF-Speaking-Production", 3},
                                                   {"CEF-Writing-Production", 4},
                                                   {"CEF-Writing-Interaction", 4}}};

std::optional<size_t> skill_of(const std::string& code) {
  for (const Dimension& d : kDimensions)
    if (fold(d.code) == fold(code)) return d.skill;
  return std::nullopt;
}

std::string dimension_codes() {
  std::vector<std::string> codes;
  for (const Dimension& d : kDimensions) codes.emplace_back(d.code);
  return join_words(codes, "or");
}

// The scores of the EURES code list cefrLevels.
constexpr std::array<std::string_view, 6> kLevels = {"A1", "A2", "B1", "B2", "C1", "C2"};

// A score of the code list, any case, as its step of the level scale; else
// nullopt and an error (the level vocabulary is closed).
std::optional<Text> read_score(const Text& score, const Element& at,
                               const RuleTables& rules, Diagnostics& errors) {
  for (std::string_view level : kLevels)
    if (fold(level) == fold(score.value) && rules.levels.rank_of(std::string(level)))
      return Text{std::string(level), score.where};
  errors.error(score.where, at.path + ": '" + score.value +
                                "' is not a CEFR level: write A1, A2, B1, B2, C1 or C2");
  return std::nullopt;
}

void read_dimension(const Element& dimension, const RuleTables& rules,
                    std::vector<CefrSkill>& grid, Diagnostics& errors) {
  ElementReader reader(dimension, errors);
  const auto code = xml::read_text(reader.require("CompetencyDimensionTypeCode"), errors);
  if (!code) return;
  const auto skill = skill_of(code->text);
  if (!skill) {
    errors.error(code->where, code->path + ": '" + code->text +
                                  "' is not a CEFR dimension: " + dimension_codes());
    return;
  }
  const auto score = text_at(reader, "Score/ScoreText");
  if (!score) return;  // left empty: not given
  const auto level = read_score(*score, *reader.find("Score/ScoreText"), rules, errors);
  std::optional<Text>& slot = grid[*skill].level;
  // The codes sort as the levels do ("B1" < "B2" < "C1").
  if (level && (!slot || level->value < slot->value)) slot = level;
}

// The level of a grid, by the rule of the 2012-2020 readers: one level given
// for every skill is that level; skills that differ or are not all given stay
// a grid (the lowest, or a range: normalise.cpp); a grid with no skill given
// leaves the language without a level.
void set_level(LanguageEntry& l, std::vector<CefrSkill> grid) {
  const auto given = [](const CefrSkill& s) { return s.level.has_value(); };
  if (std::none_of(grid.begin(), grid.end(), given)) return;
  const bool alike = std::all_of(grid.begin(), grid.end(), [&](const CefrSkill& s) {
    return s.level && s.level->value == grid.front().level->value;
  });
  if (alike)
    l.level = grid.front().level;
  else
    l.grid = std::move(grid);
}

LanguageEntry read_competency(const Element& competency, const RuleTables& rules,
                              Diagnostics& errors) {
  ElementReader reader(competency, errors);
  LanguageEntry l;
  l.where = competency.where;
  const Element* id = reader.require("CompetencyID");
  if (id) {
    if (auto language = text_at(reader, "CompetencyID"))
      l.language = *language;
    else
      fail(errors, *id, "names no language");
  }
  std::vector<CefrSkill> grid;
  for (std::string_view skill : kSkills)
    grid.push_back({std::string(skill), std::nullopt});
  for (const Element* d : reader.children("CompetencyDimension"))
    read_dimension(*d, rules, grid, errors);
  set_level(l, std::move(grid));
  return l;
}

bool is_language(const Element& competency, Diagnostics& errors) {
  ElementReader reader(competency, errors);
  const auto taxonomy = text_at(reader, "TaxonomyID");
  return taxonomy && fold(taxonomy->value) == "language";
}

void read_languages(const Element& qualifications, const RuleTables& rules, Candidate& c,
                    Diagnostics& errors) {
  c.stated.languages = true;
  ElementReader reader(qualifications, errors);
  for (const Element* competency : reader.children("PersonCompetency"))
    if (is_language(*competency, errors))
      c.languages.push_back(read_competency(*competency, rules, errors));
}

// ---- the profile -------------------------------------------------------

void read_profile(const Element& element, const RuleTables& rules, Candidate& c,
                  Diagnostics& errors) {
  ElementReader profile(element, errors);
  if (const Element* work = profile.child("EmploymentHistory")) {
    c.stated.experience = true;
    read_employment(*work, rules, c.experience, errors);
  }
  if (const Element* education = profile.child("EducationHistory")) {
    c.stated.education = true;
    read_education(*education, c.education, errors);
  }
  if (const Element* qualifications = profile.child("PersonQualifications"))
    read_languages(*qualifications, rules, c, errors);
}

}  // namespace
}  // namespace europass

Candidate read_europass_current(const xml::Element& root, const RuleTables& rules,
                                Diagnostics& errors) {
  Candidate c;
  c.where = root.where;
  xml::ElementReader candidate(root, errors);
  if (const xml::Element* person = candidate.child("CandidatePerson"))
    europass::read_person(*person, c, errors);
  if (const xml::Element* profile = candidate.child("CandidateProfile"))
    europass::read_profile(*profile, rules, c, errors);
  return c;
}

}  // namespace shortlist
