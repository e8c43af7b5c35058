// The 2012-2020 Europass CV in XML and JSON (formats.md, "Europass CV"):
// every mapping rule, the errors, the same person as in YAML, and the real
// Europass files of ../shared/samples/europass-2012-2020.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "json/document.h"
#include "load/europass.h"
#include "roster/roster_data.h"
#include "support.h"
#include "xml/document.h"

using namespace shortlist;
using Lines = std::vector<std::string>;

namespace {

const std::string kSamples =
    std::string(SHORTLIST_SOURCE_DIR) + "/../shared/samples/europass-2012-2020/";

struct Read {
  Candidate candidate;
  Lines errors;
};

Read read_xml(const std::string& text, const RuleTables& rules = test::fixture_rules(),
              const std::string& file = "cv.xml") {
  xml::Document doc = xml::parse_document(text, file, ReadLimits{});
  Diagnostics errors = doc.errors;
  Read out;
  if (doc.parsed()) out.candidate = read_europass_2012_xml(doc.root, rules, errors);
  out.errors = test::messages(errors.sorted());
  return out;
}

Read read_json(const std::string& text, const RuleTables& rules = test::fixture_rules(),
               const std::string& file = "cv.json") {
  json::Document doc = json::parse_document(text, file, ReadLimits{});
  Diagnostics errors = doc.errors;
  Read out;
  if (doc.parsed) out.candidate = read_europass_2012_json(*doc.root, rules, errors);
  out.errors = test::messages(errors.sorted());
  return out;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// A <SkillsPassport> whose <LearnerInfo> holds `inner`.
std::string xml_cv(const std::string& inner) {
  return "<SkillsPassport xmlns=\"http://europass.cedefop.europa.eu/Europass\">\n"
         "<LearnerInfo>\n" +
         inner + "\n</LearnerInfo>\n</SkillsPassport>\n";
}

// {"SkillsPassport": {"LearnerInfo": {inner}}}.
std::string json_cv(const std::string& inner) {
  return "{\"SkillsPassport\": {\"LearnerInfo\": {\n" + inner + "\n}}}\n";
}

std::string grid_xml(const std::string& levels) {
  return xml_cv(
      "<Skills><Linguistic><ForeignLanguageList><ForeignLanguage>"
      "<Description><Code>en</Code></Description><ProficiencyLevel>" +
      levels +
      "</ProficiencyLevel></ForeignLanguage></ForeignLanguageList></Linguistic></"
      "Skills>");
}

LanguageFact only_language(const Read& r) {
  REQUIRE(r.errors.empty());
  const CandidateFacts f = normalise(r.candidate, test::fixture_rules());
  REQUIRE(f.languages.size() == 1);
  return f.languages[0];
}

std::string rank_name(int rank) { return test::fixture_rules().levels.step(rank); }

}  // namespace

// ---- languages ------------------------------------------------------------

TEST_CASE("a foreign language's level is the lowest of its five skills", "[europass]") {
  const LanguageFact f = only_language(read_xml(grid_xml(
      "<Listening>C1</Listening><Reading>C2</Reading><SpokenInteraction>B2</"
      "SpokenInteraction><SpokenProduction>C1</SpokenProduction><Writing>C2</Writing>")));
  CHECK(f.code == "en");
  CHECK(rank_name(f.low) == "B2");
  CHECK(rank_name(f.high) == "B2");
  CHECK(f.how ==
        "B2, the lowest of listening C1, reading C2, spoken interaction B2, spoken "
        "production C1 and writing C2");
}

TEST_CASE("five skills at one level are that level, as YAML's level", "[europass]") {
  const Read r = read_xml(grid_xml(
      "<Listening>C1</Listening><Reading>C1</Reading><SpokenInteraction>C1</"
      "SpokenInteraction><SpokenProduction>C1</SpokenProduction><Writing>C1</Writing>"));
  REQUIRE(r.errors.empty());
  REQUIRE(r.candidate.languages.size() == 1);
  CHECK(r.candidate.languages[0].level->value == "C1");
  CHECK(r.candidate.languages[0].grid.empty());
  const LanguageFact f = only_language(r);
  CHECK(rank_name(f.low) == "C1");
  CHECK(f.how == "C1 from 'C1'");
}

TEST_CASE("a skill left out or empty makes the level a range from A1", "[europass]") {
  const LanguageFact f = only_language(read_xml(
      grid_xml("<Listening>C1</Listening><Reading>B2</Reading><SpokenInteraction/>"
               "<Writing>C1</Writing>")));
  CHECK(rank_name(f.low) == "A1");
  CHECK(rank_name(f.high) == "B2");
  CHECK(f.how ==
        "A1 to B2, the lowest of listening C1, reading B2 and writing C1; spoken "
        "interaction and spoken production not given");
  // B2 asked: the missing skills could be lower, so a person judges it.
  const CompiledVacancy v = test::one_minimum("language: {any_of: [en], level: B2}");
  Read r = read_xml(grid_xml("<Listening>C1</Listening><Reading>B2</Reading>"));
  CHECK(test::explain(v, normalise(r.candidate, test::fixture_rules()))
            .criteria[0]
            .verdict == Verdict::unknown);
  // C1 asked: even the best reading (B2) falls short.
  const CompiledVacancy c1 = test::one_minimum("language: {any_of: [en], level: C1}");
  CHECK(test::judge(c1, normalise(r.candidate, test::fixture_rules()))
            .criteria[0]
            .verdict == Verdict::not_met);
}

TEST_CASE("a ProficiencyLevel with no skill, or none, leaves no level", "[europass]") {
  for (const std::string& levels : {std::string("<Listening/>"), std::string()}) {
    const LanguageFact f = only_language(read_xml(grid_xml(levels)));
    CHECK(f.low == 0);
    CHECK(f.high == 0);
    CHECK(f.how == "no level given");
  }
}

TEST_CASE("mother tongues are native, a Label alone names the language", "[europass]") {
  const Read r = read_xml(xml_cv(
      "<Skills><Linguistic><MotherTongueList>"
      "<MotherTongue><Description><Code>FR</Code><Label>French</Label></Description></"
      "MotherTongue>"
      "<MotherTongue><Description><Label>German</Label></Description></MotherTongue>"
      "<MotherTongue><Description><Label>Elvish</Label></Description></MotherTongue>"
      "</MotherTongueList></Linguistic></Skills>"));
  REQUIRE(r.errors.empty());
  const CandidateFacts f = normalise(r.candidate, test::fixture_rules());
  REQUIRE(f.languages.size() == 3);
  CHECK(f.languages[0].code == "fr");
  CHECK(f.languages[1].code == "de");
  CHECK(f.languages[2].code == "Elvish");  // kept as written: no table knows it
  for (const auto& l : f.languages) CHECK(rank_name(l.low) == "native");
  CHECK(r.candidate.stated.languages);
}

TEST_CASE("a level outside A1..C2 and a language with no name are errors", "[europass]") {
  CHECK(read_xml(grid_xml("<Listening>C3</Listening>")).errors ==
        Lines{"cv.xml:3:119: "
              "/SkillsPassport/LearnerInfo/Skills/Linguistic/ForeignLanguageList/"
              "ForeignLanguage/ProficiencyLevel/Listening: must be A1, A2, B1, B2, C1 or "
              "C2, found 'C3'"});
  CHECK(read_xml(xml_cv("<Skills><Linguistic><MotherTongueList><MotherTongue/>"
                        "</MotherTongueList></Linguistic></Skills>"))
            .errors ==
        Lines{"cv.xml:3:39: "
              "/SkillsPassport/LearnerInfo/Skills/Linguistic/MotherTongueList/"
              "MotherTongue: no language: give Description/Code or Description/Label"});
}

// ---- identification -------------------------------------------------------

TEST_CASE("name, birth date and nationalities, UK and EL are GB and GR", "[europass]") {
  const Read r = read_xml(xml_cv(
      "<Identification><PersonName><FirstName>Eleni</FirstName><Surname>Papadopoulou</"
      "Surname></PersonName><Demographics><Birthdate year=\"1990\" month=\"--02\" "
      "day=\"---28\"/><NationalityList><Nationality><Code>EL</Code></Nationality>"
      "<Nationality><Code>uk</Code><Label>British</Label></Nationality>"
      "</NationalityList></Demographics></Identification>"));
  REQUIRE(r.errors.empty());
  CHECK(r.candidate.name == "Eleni Papadopoulou");
  CHECK(r.candidate.born->iso() == "1990-02-28");
  CHECK(r.candidate.born_precision == DatePrecision::day);
  const CandidateFacts f = normalise(r.candidate, test::fixture_rules());
  CHECK(*f.nationalities == Lines{"GR", "GB"});
  const CompiledVacancy v = test::one_minimum("nationality: {any_of: [GB]}");
  CHECK(test::judge(v, f).criteria[0].verdict == Verdict::met);
}

TEST_CASE("a year of birth alone is a range", "[europass]") {
  const Read r = read_xml(
      xml_cv("<Identification><Demographics><Birthdate year=\"1990\"/></Demographics>"
             "</Identification>"));
  REQUIRE(r.errors.empty());
  CHECK(r.candidate.born->iso() == "1990-01-01");
  CHECK(r.candidate.born_precision == DatePrecision::year);
  const CandidateFacts f = normalise(r.candidate, test::fixture_rules());
  CHECK(f.born_year_only);
  // 34 or 35 on 2025-03-31: at most 34 is to judge.
  CHECK(test::judge(test::one_minimum("age: {max: 34}"), f).criteria[0].verdict ==
        Verdict::unknown);
  CHECK(test::judge(test::one_minimum("age: {max: 35}"), f).criteria[0].verdict ==
        Verdict::met);
}

TEST_CASE("a birth month without its day is any day of that month", "[europass]") {
  const Read r = read_xml(
      xml_cv("<Identification><Demographics><Birthdate year=\"1990\" month=\"--04\"/>"
             "</Demographics></Identification>"));
  REQUIRE(r.errors.empty());
  CHECK(r.candidate.born->iso() == "1990-04-01");
  CHECK(r.candidate.born_precision == DatePrecision::month);
  const CandidateFacts f = normalise(r.candidate, test::fixture_rules());
  CHECK(f.born_month_only);
  const Judgement j =
      test::explain(test::one_minimum("age: {max: 34, on: 2025-04-15}"), f);
  CHECK(j.criteria[0].verdict == Verdict::unknown);
  CHECK(test::texts(j.criteria[0].why->evidence) ==
        Lines{"born 1990-04 (the month only): 34 or 35 full years on 2025-04-15, by the "
              "day of birth"});
  CHECK(j.criteria[0].why->unknown ==
        "the date of birth, given without its day, gives 34 or 35: a person must check "
        "the date of birth");
  CHECK(test::judge(test::one_minimum("age: {max: 34}"), f).criteria[0].verdict ==
        Verdict::met);  // on 2025-03-31, 34 whatever the day
}

TEST_CASE("a Nationality with a Label alone is unknown, never guessed", "[europass]") {
  const Read r =
      read_xml(xml_cv("<Identification><Demographics><NationalityList>"
                      "<Nationality><Code>DE</Code></Nationality>"
                      "<Nationality><Label>France</Label></Nationality>"
                      "</NationalityList></Demographics></Identification>"));
  REQUIRE(r.errors.empty());
  REQUIRE(r.candidate.nationality->size() == 1);
  REQUIRE(r.candidate.unread_nationalities.size() == 1);
  CHECK(r.candidate.unread_nationalities[0].value == "France");
  const CandidateFacts f = normalise(r.candidate, test::fixture_rules());
  CHECK(*f.nationalities == Lines{"DE", "France"});
  // France asked: the Label is not read as France (a Label alone is unknown).
  const Judgement fr = test::explain(test::one_minimum("nationality: {any_of: [FR]}"), f);
  CHECK(fr.criteria[0].verdict == Verdict::unknown);
  CHECK(
      test::texts(fr.criteria[0].why->evidence) ==
      Lines{"nationality Germany (DE): not among those accepted",
            "nationality 'France': not a country rules/countries.yaml reads, to judge"});
  CHECK(fr.criteria[0].why->unknown ==
        "a nationality is written in words no table reads: a person must check it");
  // Germany asked: the code meets it whatever the Label is.
  CHECK(test::judge(test::one_minimum("nationality: {any_of: [DE]}"), f)
            .criteria[0]
            .verdict == Verdict::met);
}

TEST_CASE("an empty NationalityList states none, none at all states nothing",
          "[europass]") {
  const Read none =
      read_xml(xml_cv("<Identification><Demographics><NationalityList/></Demographics>"
                      "</Identification>"));
  REQUIRE(none.candidate.nationality);
  CHECK(none.candidate.nationality->empty());
  const CompiledVacancy v = test::one_minimum("nationality: {any_of: [DE]}");
  CHECK(test::judge(v, normalise(none.candidate, test::fixture_rules()))
            .criteria[0]
            .verdict == Verdict::not_met);
  const Read absent = read_xml(xml_cv(""));
  CHECK_FALSE(absent.candidate.nationality);
  CHECK(test::judge(v, normalise(absent.candidate, test::fixture_rules()))
            .criteria[0]
            .verdict == Verdict::unknown);
}

// ---- work experience ------------------------------------------------------

TEST_CASE("work periods: From, To, Current, title, employer, areas, type", "[europass]") {
  const Read r = read_xml(xml_cv(
      "<WorkExperienceList>"
      "<WorkExperience><Period><From year=\"2020\" month=\"--10\"/><To year=\"2022\" "
      "month=\"--12\"/><Current>false</Current></Period>"
      "<Position><Label>Research assistant</Label></Position>"
      "<Activities>&lt;p&gt;Labour market&lt;/p&gt;&lt;ul&gt;&lt;li&gt;"
      "research&lt;/li&gt;&lt;/ul&gt;</Activities>"
      "<Employer><Name>Institute for Labour Studies</Name></Employer></WorkExperience>"
      "<WorkExperience><Period><From year=\"2023\"/><To year=\"2024\"/>"
      "<Current>true</Current></Period>"
      "<Position><Label>Programme intern</Label></Position></WorkExperience>"
      "</WorkExperienceList>"));
  REQUIRE(r.errors.empty());
  REQUIRE(r.candidate.experience.size() == 2);
  const Period& a = r.candidate.experience[0];
  CHECK(a.title->value == "Research assistant");
  CHECK(a.employer->value == "Institute for Labour Studies");
  CHECK(a.from.iso() == "2020-10-01");
  CHECK(a.from_precision == DatePrecision::month);
  CHECK(a.to->iso() == "2022-12-31");
  CHECK_FALSE(a.type);
  std::vector<std::string> areas;
  for (const Text& t : a.areas) areas.push_back(t.value);
  CHECK(areas == Lines{"labour market", "research"});
  const Period& b = r.candidate.experience[1];
  CHECK(b.from.iso() == "2023-01-01");
  CHECK(b.from_precision == DatePrecision::year);
  CHECK_FALSE(b.to);  // Current: ongoing, whatever To says
  CHECK(b.type->value == "internship");
  CHECK(b.type_reason == "title word 'intern'");
  CHECK(r.candidate.stated.experience);
}

TEST_CASE("an empty WorkExperienceList states no experience", "[europass]") {
  const Read r = read_xml(xml_cv("<WorkExperienceList/><EducationList/>"));
  REQUIRE(r.errors.empty());
  CHECK(r.candidate.stated.experience);
  CHECK(r.candidate.stated.education);
  CHECK_FALSE(r.candidate.stated.languages);
  CHECK_FALSE(r.candidate.stated.skills);
  const CompiledVacancy v = test::one_minimum("experience: {years: 2}");
  CHECK(
      test::judge(v, normalise(r.candidate, test::fixture_rules())).criteria[0].verdict ==
      Verdict::not_met);
}

TEST_CASE("a work period without its start, or ending before it, is an error",
          "[europass]") {
  CHECK(read_xml(xml_cv("<WorkExperienceList><WorkExperience/></WorkExperienceList>"))
            .errors ==
        Lines{"cv.xml:3:21: /SkillsPassport/LearnerInfo/WorkExperienceList/"
              "WorkExperience: no <Period>"});
  CHECK(read_xml(xml_cv("<WorkExperienceList><WorkExperience><Period><From "
                        "year=\"2021\"/><To year=\"2020\"/></Period></WorkExperience>"
                        "</WorkExperienceList>"))
            .errors ==
        Lines{"cv.xml:3:64: /SkillsPassport/LearnerInfo/WorkExperienceList/"
              "WorkExperience/Period/To: 2020 is before From (2021)"});
}

TEST_CASE("bad dates are located at their attribute", "[europass]") {
  const Read r = read_xml(
      xml_cv("<Identification><Demographics><Birthdate year=\"1990\" month=\"--13\"/>"
             "</Demographics></Identification>"
             "<WorkExperienceList><WorkExperience><Period><From year=\"20x1\"/>"
             "<Current>yes</Current></Period></WorkExperience></WorkExperienceList>"
             "<EducationList><Education><Period><To year=\"2021\" month=\"--02\" "
             "day=\"---30\"/></Period></Education></EducationList>"));
  CHECK(r.errors ==
        Lines{"cv.xml:3:54: /SkillsPassport/LearnerInfo/Identification/Demographics/"
              "Birthdate: month '--13' is not a month",
              "cv.xml:3:150: /SkillsPassport/LearnerInfo/WorkExperienceList/"
              "WorkExperience/Period/From: year '20x1' is not a year",
              "cv.xml:3:163: /SkillsPassport/LearnerInfo/WorkExperienceList/"
              "WorkExperience/Period/Current: must be true or false, found 'yes'",
              "cv.xml:3:295: /SkillsPassport/LearnerInfo/EducationList/Education/"
              "Period/To: day '---30' is not a day of 2021-02"});
}

// ---- education ------------------------------------------------------------

TEST_CASE("education: Title, Level/Code, Field, Organisation, Period", "[europass]") {
  const Read r = read_xml(xml_cv(
      "<EducationList>"
      "<Education><Period><From year=\"2016\"/><To year=\"2018\" "
      "month=\"--07\"/></Period>"
      "<Title>MSc</Title><Organisation><Name>Université Paris 1</Name><ContactInfo>"
      "<Address><Contact><Country><Code>FR</Code></Country></Contact></Address>"
      "</ContactInfo></Organisation><Level><Code>7</Code><Label>EQF 7</Label></Level>"
      "<Field><Code>31</Code><Label>Social sciences</Label></Field></Education>"
      "<Education><Period><From year=\"2019\"/><Current>true</Current></Period>"
      "<Title>PhD</Title></Education>"
      "</EducationList>"));
  REQUIRE(r.errors.empty());
  REQUIRE(r.candidate.education.size() == 2);
  const EducationEntry& e = r.candidate.education[0];
  CHECK(e.degree.value == "MSc");
  CHECK(e.eqf_level->value == "7");
  CHECK(e.isced97_field->value == "31");
  CHECK(e.field->value == "Social sciences");
  CHECK(e.institution->value == "Université Paris 1");
  CHECK(e.country->value == "FR");
  CHECK(e.completed->iso() == "2018-07-31");
  CHECK(e.completed_precision == DatePrecision::month);
  CHECK_FALSE(r.candidate.education[1].completed);  // Current: still studying
  const CandidateFacts f = normalise(r.candidate, test::fixture_rules());
  CHECK(f.degrees[0].level->low == 7);
  CHECK(f.degrees[0].field->code == "031");
}

TEST_CASE("an ISCED-1997 field code alone gives the field", "[europass]") {
  const Read r = read_xml(
      xml_cv("<EducationList><Education><Period><To year=\"2018\"/></Period>"
             "<Level><Code>6</Code></Level><Field><Code>31</Code></Field></Education>"
             "</EducationList>"));
  REQUIRE(r.errors.empty());
  const CandidateFacts f = normalise(r.candidate, test::fixture_rules());
  CHECK(f.degrees[0].written == "EQF 6");
  CHECK(f.degrees[0].level->low == 6);
  CHECK(f.degrees[0].field_text == "ISCED-1997 31");
  CHECK(f.degrees[0].field->code == "031");
  CHECK(f.degrees[0].completed_year_only);
}

TEST_CASE("a title and an EQF level that disagree make the degree unknown",
          "[europass]") {
  // The Europass JSON example's PhD at EQF level 7.
  const Read r = read_xml(xml_cv(
      "<EducationList><Education><Period><To year=\"2001\" month=\"--06\"/></Period>"
      "<Title>PhD</Title><Level><Code>7</Code></Level></Education></EducationList>"));
  REQUIRE(r.errors.empty());
  const CandidateFacts f = normalise(r.candidate, test::fixture_rules());
  CHECK(f.degrees[0].level->low == 7);
  CHECK(f.degrees[0].level->high == 8);
  CHECK(f.degrees[0].level->note ==
        "the name and the EQF level disagree: uncertain between them");
  CHECK(test::judge(test::one_minimum("degree: doctorate"), f).criteria[0].verdict ==
        Verdict::unknown);
  CHECK(test::judge(test::one_minimum("degree: master"), f).criteria[0].verdict ==
        Verdict::met);
}

// ---- shapes -----------------------------------------------------------------

TEST_CASE("wrong shapes and documents are located errors", "[europass]") {
  CHECK(read_xml("<SkillsPassport/>").errors ==
        Lines{"cv.xml:1:1: /SkillsPassport: no <LearnerInfo>"});
  CHECK(read_xml(xml_cv("<Identification><PersonName><FirstName><b>A</b></FirstName>"
                        "</PersonName></Identification>"))
            .errors ==
        Lines{"cv.xml:3:29: /SkillsPassport/LearnerInfo/Identification/PersonName/"
              "FirstName: must be a text, found the element <b>"});
  CHECK(read_xml("<SkillsPassport><LearnerInfo>").errors.size() == 1);
  CHECK(read_xml(std::string("\x89PNG\r\n\x1a\n\0\0", 10)).errors.size() == 1);
  std::string deep = "<SkillsPassport><LearnerInfo>";
  for (int i = 0; i < 5000; ++i) deep += "<a>";
  CHECK(read_xml(deep).errors.size() == 1);
}

// ---- JSON ---------------------------------------------------------------------

TEST_CASE("the JSON generation reads the same facts", "[europass]") {
  const Read r = read_json(json_cv(R"(
  "Identification": {"PersonName": {"FirstName": "Eleni", "Surname": "P"},
    "Demographics": {"Birthdate": {"Year": 1990, "Month": 2},
      "Nationality": [{"Code": "EL"}, {"Label": "Citizen of the world"}]}},
  "WorkExperience": [{"Period": {"From": {"Year": 2002, "Month": 3},
      "To": {"Year": 2002, "Month": 7}, "Current": false},
    "Position": {"Label": "Internship"}, "Employer": {"Name": "European Commission"}}],
  "Education": [{"Period": {"From": {"Year": 1997}, "To": {"Year": 2001}},
    "Title": "PhD", "Level": {"Code": "8"}, "Field": {"Code": "31"}}],
  "Skills": {"Linguistic": {"MotherTongue": [{"Description": {"Code": "el"}}],
    "ForeignLanguage": [{"Description": {"Label": "French"},
      "ProficiencyLevel": {"Listening": "C1", "Reading": "C2", "Writing": "B2"}}]}})"));
  REQUIRE(r.errors.empty());
  const Candidate& c = r.candidate;
  CHECK(c.name == "Eleni P");
  CHECK(c.born->iso() == "1990-02-01");
  CHECK(c.born_precision == DatePrecision::month);
  REQUIRE(c.nationality->size() == 1);
  CHECK(c.unread_nationalities[0].value == "Citizen of the world");
  REQUIRE(c.experience.size() == 1);
  CHECK(c.experience[0].from.iso() == "2002-03-01");
  CHECK(c.experience[0].to->iso() == "2002-07-31");
  CHECK(c.experience[0].type->value == "internship");
  CHECK(c.experience[0].employer->value == "European Commission");
  CHECK(c.education[0].completed->iso() == "2001-01-01");
  CHECK(c.education[0].completed_precision == DatePrecision::year);
  const CandidateFacts f = normalise(c, test::fixture_rules());
  CHECK(*f.nationalities == Lines{"GR", "Citizen of the world"});
  CHECK(f.degrees[0].level->low == 8);
  CHECK(f.degrees[0].field->code == "031");
  REQUIRE(f.languages.size() == 2);
  CHECK(f.languages[0].code == "el");
  CHECK(rank_name(f.languages[0].low) == "native");
  CHECK(f.languages[1].code == "fr");
  CHECK(rank_name(f.languages[1].low) == "A1");
  CHECK(rank_name(f.languages[1].high) == "B2");
  CHECK(c.stated.languages);
  CHECK(c.stated.education);
  CHECK(c.stated.experience);
  CHECK_FALSE(c.stated.skills);
}

TEST_CASE("JSON errors name the line, column and pointer", "[europass]") {
  const Read r = read_json(json_cv(R"(
  "Identification": {"Demographics": {"Birthdate": {"Year": 1990, "Month": 13},
    "Nationality": {"Code": "DE"}}},
  "WorkExperience": [{"Position": {"Label": "x"}},
    {"Period": {"From": {"Year": "2001"}, "Current": "yes"}}],
  "Education": [{"Period": {"To": {"Year": 2021, "Month": 2, "Day": 30}}}],
  "Skills": {"Linguistic": {"ForeignLanguage": [{"Description": {},
    "ProficiencyLevel": {"Listening": "C3"}}]}})"));
  CHECK(r.errors ==
        Lines{"cv.json:3:76: /SkillsPassport/LearnerInfo/Identification/Demographics/"
              "Birthdate/Month: must be a month 1 to 12, found 13",
              "cv.json:4:20: /SkillsPassport/LearnerInfo/Identification/Demographics/"
              "Nationality: must be an array, found an object",
              "cv.json:5:22: /SkillsPassport/LearnerInfo/WorkExperience/0: "
              "WorkExperience has no 'Period'",
              "cv.json:6:34: /SkillsPassport/LearnerInfo/WorkExperience/1/Period/From/"
              "Year: must be a year 1900 to 2199, found '2001'",
              "cv.json:6:54: /SkillsPassport/LearnerInfo/WorkExperience/1/Period/"
              "Current: must be true or false, found 'yes'",
              "cv.json:7:69: /SkillsPassport/LearnerInfo/Education/0/Period/To/Day: must "
              "be a day of 2021-02, found 30",
              "cv.json:8:49: /SkillsPassport/LearnerInfo/Skills/Linguistic/"
              "ForeignLanguage/0: no language: give Description/Code or "
              "Description/Label",
              "cv.json:9:39: /SkillsPassport/LearnerInfo/Skills/Linguistic/"
              "ForeignLanguage/0/ProficiencyLevel/Listening: must be A1, A2, B1, B2, C1 "
              "or C2, found 'C3'"});
  CHECK(read_json(json_cv(R"("Identification": {"Demographics": {"Birthdate":
    {"Year": 1990.5, "Day": 3}}})"))
            .errors ==
        Lines{"cv.json:3:14: /SkillsPassport/LearnerInfo/Identification/Demographics/"
              "Birthdate/Year: must be a year 1900 to 2199, found 1990.5",
              "cv.json:3:29: /SkillsPassport/LearnerInfo/Identification/Demographics/"
              "Birthdate/Day: a day without a month"});
  CHECK(read_json(R"({"SkillsPassport": {"Locale": "en"}})").errors ==
        Lines{"cv.json:1:20: /SkillsPassport: SkillsPassport has no 'LearnerInfo'"});
  CHECK(read_json(R"({"SkillsPassport": []})").errors ==
        Lines{"cv.json:1:20: /SkillsPassport: SkillsPassport must be an object, found "
              "an array"});
}

// ---- the same person in YAML -------------------------------------------------

namespace {

const char* kVacancy =
    "id: v\ndeadline: 2025-03-31\nminimum:\n"
    "  - {id: degree, text: t, degree: master, fields: [economics]}\n"
    "  - {id: experience, text: t, experience: {years: 2, areas: [labour market]}}\n"
    "  - {id: english, text: t, language: {any_of: [en], level: B2}}\n"
    "  - {id: nationality, text: t, nationality: {any_of: [SN, GB]}}\n"
    "  - {id: age, text: t, age: {max: 32}}\n"
    "desirable:\n  - {id: french, text: t, language: {any_of: [fr], level: C1}}\n";

const char* kYaml =
    "id: amina\nname: Amina Diallo\nborn: 1993-04-12\nnationality: [SN, GB]\n"
    "education:\n"
    "  - {degree: BSc, field: economics, institution: UCAD, country: SN, completed: "
    "2018-07}\n"
    "  - {degree: MSc, field: development economics, completed: 2020}\n"
    "experience:\n"
    "  - {title: Research assistant, employer: Institute for Labour Studies, from: "
    "2020-10, areas: [labour market, research]}\n"
    "languages:\n  - {language: fr, level: native}\n  - {language: en, level: B2}\n";

const char* kXml = R"(<?xml version="1.0" encoding="UTF-8"?>
<SkillsPassport xmlns="http://europass.cedefop.europa.eu/Europass" locale="en">
  <LearnerInfo>
    <Identification>
      <PersonName><FirstName>Amina</FirstName><Surname>Diallo</Surname></PersonName>
      <Demographics>
        <Birthdate year="1993" month="--04" day="---12"/>
        <NationalityList>
          <Nationality><Code>SN</Code><Label>Senegalese</Label></Nationality>
          <Nationality><Code>UK</Code><Label>British</Label></Nationality>
        </NationalityList>
      </Demographics>
    </Identification>
    <WorkExperienceList>
      <WorkExperience>
        <Period><From year="2020" month="--10"/><Current>true</Current></Period>
        <Position><Label>Research assistant</Label></Position>
        <Activities>&lt;p&gt;Labour market research&lt;/p&gt;</Activities>
        <Employer><Name>Institute for Labour Studies</Name></Employer>
      </WorkExperience>
    </WorkExperienceList>
    <EducationList>
      <Education>
        <Period><From year="2015"/><To year="2018" month="--07"/></Period>
        <Title>BSc</Title>
        <Organisation><Name>UCAD</Name><ContactInfo><Address><Contact>
          <Country><Code>SN</Code></Country></Contact></Address></ContactInfo></Organisation>
        <Level><Code>6</Code></Level>
        <Field><Label>economics</Label></Field>
      </Education>
      <Education>
        <Period><To year="2020"/><Current>false</Current></Period>
        <Title>MSc</Title>
        <Level><Code>7</Code></Level>
        <Field><Label>development economics</Label></Field>
      </Education>
    </EducationList>
    <Skills><Linguistic>
      <MotherTongueList><MotherTongue><Description><Code>fr</Code></Description></MotherTongue></MotherTongueList>
      <ForeignLanguageList><ForeignLanguage>
        <Description><Code>en</Code><Label>English</Label></Description>
        <ProficiencyLevel><Listening>B2</Listening><Reading>B2</Reading>
          <SpokenInteraction>B2</SpokenInteraction><SpokenProduction>B2</SpokenProduction>
          <Writing>B2</Writing></ProficiencyLevel>
      </ForeignLanguage></ForeignLanguageList>
    </Linguistic></Skills>
  </LearnerInfo>
</SkillsPassport>
)";

const char* kJson = R"({"SkillsPassport": {"Locale": "en", "LearnerInfo": {
  "Identification": {
    "PersonName": {"FirstName": "Amina", "Surname": "Diallo"},
    "Demographics": {"Birthdate": {"Year": 1993, "Month": 4, "Day": 12},
      "Nationality": [{"Code": "SN"}, {"Code": "UK", "Label": "British"}]}},
  "WorkExperience": [
    {"Period": {"From": {"Year": 2020, "Month": 10}, "Current": true},
     "Position": {"Label": "Research assistant"},
     "Activities": "Labour market research<br/>",
     "Employer": {"Name": "Institute for Labour Studies"}}],
  "Education": [
    {"Period": {"From": {"Year": 2015}, "To": {"Year": 2018, "Month": 7}},
     "Title": "BSc", "Level": {"Code": "6"}, "Field": {"Label": "economics"},
     "Organisation": {"Name": "UCAD", "ContactInfo": {"Address": {"Contact":
       {"Country": {"Code": "SN"}}}}}},
    {"Period": {"To": {"Year": 2020}, "Current": false}, "Title": "MSc",
     "Level": {"Code": "7"}, "Field": {"Label": "development economics"}}],
  "Skills": {"Linguistic": {
    "MotherTongue": [{"Description": {"Code": "fr"}}],
    "ForeignLanguage": [{"Description": {"Code": "en"}, "ProficiencyLevel":
      {"Listening": "B2", "Reading": "B2", "SpokenInteraction": "B2",
       "SpokenProduction": "B2", "Writing": "B2"}}]}}}}}
)";

Roster roster_of(const std::string& name, const std::string& text) {
  return test::fixture_engine().roster({CandidateInput::bytes(name, text)}, {});
}

std::string check_json(const Roster& roster) {
  return test::check_json(test::compile_vacancy(kVacancy), roster);
}

}  // namespace

TEST_CASE("a Europass CV in XML and in JSON is judged as the same person in YAML",
          "[europass]") {
  const Roster yaml = roster_of("amina.yaml", kYaml);
  const Roster xml = roster_of("amina.xml", kXml);
  const Roster json = roster_of("amina.json", kJson);
  for (const Roster* r : {&yaml, &xml, &json}) {
    REQUIRE(r->profiles().size() == 1);
    for (const auto& e : r->profiles()[0].errors) UNSCOPED_INFO(e.to_string());
    REQUIRE(r->profiles()[0].valid);
    CHECK(r->profiles()[0].id == "amina");
  }
  const std::string expected = check_json(yaml);
  CHECK(expected.find("\"verdict\": \"eligible\"") != std::string::npos);
  CHECK(check_json(xml) == expected);
  CHECK(check_json(json) == expected);
}

// ---- the real samples ---------------------------------------------------------

namespace {

Read read_sample(const std::string& name) {
  const std::string text = slurp(kSamples + name);
  REQUIRE_FALSE(text.empty());
  return name.ends_with(".json") ? read_json(text, test::bundled_rules(), name)
                                 : read_xml(text, test::bundled_rules(), name);
}

// One line per fact a careful reader would write down by hand.
Lines facts_of(const Read& r) {
  const RuleTables& rules = test::bundled_rules();
  const Candidate& c = r.candidate;
  const CandidateFacts f = normalise(c, rules);
  Lines out;
  out.push_back("name " + c.name.value_or("-"));
  out.push_back("born " + (c.born ? written(*c.born, c.born_precision) : "-"));
  std::string n = "nationality";
  if (f.nationalities)
    for (const auto& code : *f.nationalities) n += " [" + code + "]";
  out.push_back(f.nationalities ? n : "nationality not stated");
  for (const DegreeFact& d : f.degrees) {
    std::string line = "degree '" + d.written + "' ";
    line += d.level ? "isced " + std::to_string(d.level->low) + "-" +
                          std::to_string(d.level->high)
                    : "level unknown";
    line += d.field ? " field " + d.field->code : " field -";
    if (!d.field_note.empty()) line += " (" + d.field_note + ")";
    line += d.completed ? " completed " + d.completed->iso() +
                              (d.completed_year_only ? " (year)" : "")
                        : " not completed";
    out.push_back(line);
  }
  for (const PeriodFact& p : f.periods) {
    std::string line = "period " + p.label + ", " + p.span + ", " + p.type;
    if (!p.type_reason.empty()) line += " (" + p.type_reason + ")";
    for (int a : p.areas) line += " [" + rules.skills.name(a) + "]";
    out.push_back(line);
  }
  for (const LanguageFact& l : f.languages)
    out.push_back("language " + l.code + ": " + l.how);
  out.push_back(std::string("stated") + (c.stated.education ? " education" : "") +
                (c.stated.experience ? " experience" : "") +
                (c.stated.languages ? " languages" : "") +
                (c.stated.skills ? " skills" : ""));
  return out;
}

// What each sample states, read by hand from the file: Chuck Norris's CVs
// hold a year-only current period, a current education (not completed), a
// third nationality given by a Label alone, a mother tongue given by a Label
// alone (Elvish, no language of rules/), and Ancient Greek (grc) with no
// level, or with five skills that differ; Betty Smith's JSON holds the EU's
// UK, an internship and consultancies by their titles, and French whose
// skills differ. Her "PhD - Thesis Title: ..." at EQF 7 is read by its code
// alone (master): the tables do not know the title as a degree name.
const std::map<std::string, Lines>& expected_samples() {
  const Lines chuck = {
      "name Chuck NORRIS",
      "born 1940-03-10",
      "nationality [US] [AU] [Citizen of the world]",
      "degree 'Martial Arts' isced 6-6 field 021 not completed",
      "period 'Martial Arts Instructor', School of Ninjutsu, 2001 to present, "
      "employment [teaching] [training] [monitoring]",
      "language en: native from 'native'",
      "language Elvish: native from 'native'",
      "language ja: C1 from 'C1'"};
  auto with = [](Lines lines, const Lines& more) {
    lines.insert(lines.end(), more.begin(), more.end());
    return lines;
  };
  const std::string stated = "stated education experience languages";
  Lines greek = chuck;
  greek[2] = "nationality [GR] [US] [AU] [Citizen of the world]";
  static const std::map<std::string, Lines> samples = {
      {"Europass_CV_V3.4.0_Example.xml",
       with(chuck, {"language grc: no level given", stated})},
      {"Europass_CV_V3.0.3_Example.xml",
       with(greek, {"language grc: no level given", stated})},
      {"Europass_CV_ESP_CL_LP_V3.4.0_Example.xml",
       with(chuck, {"language grc: A1, the lowest of listening A1, reading A2, spoken "
                    "interaction A1, spoken production B1 and writing B1",
                    stated})},
      {"model-test__CV-Example-v3.0-TEST-SIMPLE.xml", with(chuck, {stated})},
      {"model-test__Education.xml",
       {"name Eleni Kargioti", "born -", "nationality not stated",
        "degree 'Computer Science' level unknown field 021 not completed",
        "stated education"}},
      {"model-test__EducationalPeriod.xml",
       {"name -", "born -", "nationality not stated",
        "degree '' level unknown field - completed 2005-01-01 (year)",
        "stated education"}},
      {"Europass_JSON_V3.4.0_ECV_Example.json",
       {"name Betty Smith", "born 1975-03-01", "nationality [GB]",
        "degree 'PhD - Thesis Title: 'Young People in the Construction of the Virtual "
        "University, Empirical research on e-learning' isced 7-7 field 02 completed "
        "2001-01-01 (year)",
        "degree 'Bachelor of Science in Sociology and Psychology' isced 6-6 field 02 "
        "completed 1997-01-01 (year)",
        "period 'Independent consultant', British Council, 2002-08 to present, "
        "consultancy (title word 'independent consultant') [evaluation] [youth] "
        "[training]",
        "period 'Internship', European Commission, Youth Unit, DG Education and "
        "Culture, 2002-03 to 2002-07, internship (title word 'internship') [youth] "
        "[training] [planning and organizing] [lifelong learning] [education]",
        "period 'Researcher / Independent Consultant', Council of Europe, 2001-10 to "
        "2002-02, consultancy (title word 'independent consultant') [research] "
        "[evaluation] [training]",
        "language en: native from 'native'", "language zh: native from 'native'",
        "language fr: B2, the lowest of listening C1, reading C2, spoken interaction "
        "B2, spoken production C1 and writing C2",
        "language de: A2 from 'A2'", stated}}};
  return samples;
}

}  // namespace

TEST_CASE("every real 2012-2020 Europass sample reads, each as a careful reader would",
          "[europass]") {
  namespace fs = std::filesystem;
  REQUIRE(fs::is_directory(kSamples));
  int read = 0;
  for (const auto& entry : fs::directory_iterator(kSamples)) {
    const std::string name = entry.path().filename().string();
    if (!name.ends_with(".xml") && !name.ends_with(".json")) continue;
    INFO(name);
    REQUIRE(expected_samples().count(name) == 1);
    const Read r = read_sample(name);
    ++read;
    CHECK(r.errors == Lines{});
    CHECK(facts_of(r) == expected_samples().at(name));
  }
  CHECK(read == 7);
}

TEST_CASE("a sample's Label-only nationality is to judge, as the engine reads it",
          "[europass]") {
  static const Engine engine(test::bundled_rules());
  const Roster r = engine.roster(
      {CandidateInput::file(kSamples + "Europass_CV_V3.4.0_Example.xml"),
       CandidateInput::file(kSamples + "Europass_JSON_V3.4.0_ECV_Example.json")},
      {});
  REQUIRE(r.profiles().size() == 2);
  REQUIRE(r.profiles()[0].valid);  // a sample missing is invalid, never judged
  REQUIRE(r.profiles()[1].valid);
  CHECK(r.profiles()[0].id == "Europass_CV_V3.4.0_Example");
  CHECK(r.profiles()[1].id == "Europass_JSON_V3.4.0_ECV_Example");
  auto loaded = load_vacancy(
      test::write_temp("v.yaml",
                       "id: v\ndeadline: 2025-03-31\nminimum:\n"
                       "  - {id: nationality, text: t, nationality: {any_of: [FR]}}\n"),
      test::bundled_rules());
  REQUIRE(loaded.vacancy);
  const CompiledVacancy v(*loaded.vacancy, test::bundled_rules());
  const std::vector<Assessment> a = engine.assess(v, r, Detail::explained);
  // Chuck Norris: US, AU and "Citizen of the world", which could be anything.
  CHECK(a[0].eligibility == Eligibility::needs_review);
  CHECK(test::texts(a[0].judgement->criteria[0].why->evidence) ==
        Lines{"nationality United States (US): not among those accepted",
              "nationality Australia (AU): not among those accepted",
              "nationality 'Citizen of the world': not a country rules/countries.yaml "
              "reads, to judge"});
  // Betty Smith: the EU's UK, read as GB.
  CHECK(a[1].eligibility == Eligibility::not_eligible);
  CHECK(test::texts(a[1].judgement->criteria[0].why->evidence) ==
        Lines{"nationality United Kingdom (GB): not among those accepted"});
}
