// The current Europass CV (root <Candidate>, formats.md "Europass CV"): the
// fixtures of tests/data/europass, written after the Europass XML schema
// documentation (europass-unofficial/europass-schema-docs: docs/3.5_
// CandidatePerson(level1).md, docs/03.11_CandidateProfile_EducationHistory_
// level_2.md, docs/03.14_CandidateProfile_EmploymentHistory_level_2.md,
// docs/03.12_CandidateProfile_PersonQualifications_level_2.md), read into
// exact facts; each mapping; exact errors; and the same person as in YAML.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "load/europass.h"
#include "roster/roster_data.h"
#include "support.h"
#include "xml/document.h"

using namespace shortlist;
using Lines = std::vector<std::string>;

namespace {

const std::string kData = SHORTLIST_SOURCE_DIR "/tests/data/europass/";

std::string fixture(const std::string& name) {
  std::ifstream in(kData + name, std::ios::binary);
  REQUIRE(in);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

Roster roster_of(const std::string& name, const std::string& text) {
  return test::fixture_engine().roster({CandidateInput::bytes(name, text)}, {});
}

// The typed candidate of a document that must read without errors.
Candidate typed(const std::string& text) {
  const xml::Document doc = xml::parse_document(text, "c.xml", {});
  REQUIRE(doc.parsed());
  Diagnostics errors;
  Candidate c = read_europass_current(doc.root, test::fixture_rules(), errors);
  for (const auto& e : errors.all()) UNSCOPED_INFO(e.to_string());
  REQUIRE(errors.empty());
  return c;
}

// The facts of a valid candidate file.
CandidateFacts facts(const std::string& name, const std::string& text) {
  const Roster r = roster_of(name, text);
  REQUIRE(r.profiles().size() == 1);
  for (const auto& e : r.profiles()[0].errors) UNSCOPED_INFO(e.to_string());
  REQUIRE(r.profiles()[0].valid);
  return read_again(r, 0, test::fixture_rules());
}

// The errors of an invalid candidate file.
Lines errors(const std::string& name, const std::string& text) {
  const Roster r = roster_of(name, text);
  REQUIRE(r.profiles().size() == 1);
  CHECK_FALSE(r.profiles()[0].valid);
  return test::messages(r.profiles()[0].errors);
}

const char* kNamespaces =
    "xmlns=\"http://www.europass.eu/1.0\" "
    "xmlns:oa=\"http://www.openapplications.org/oagis/9\" "
    "xmlns:eures=\"http://www.europass_eures.eu/1.0\" "
    "xmlns:hr=\"http://www.hr-xml.org/3\"";

// A Candidate of `person` (inside CandidatePerson) and `profile` (inside
// CandidateProfile), one element a line.
std::string candidate(const std::string& person, const std::string& profile) {
  return std::string("<Candidate ") + kNamespaces + ">\n<CandidatePerson>\n" + person +
         "</CandidatePerson>\n<CandidateProfile>\n" + profile +
         "</CandidateProfile>\n</Candidate>\n";
}

std::string dimension(const std::string& code, const std::string& score) {
  return "<eures:CompetencyDimension><hr:CompetencyDimensionTypeCode>" + code +
         "</hr:CompetencyDimensionTypeCode><eures:Score><hr:ScoreText>" + score +
         "</hr:ScoreText></eures:Score></eures:CompetencyDimension>\n";
}

std::string language(const std::string& id, const std::string& dimensions) {
  return "<PersonQualifications><PersonCompetency><CompetencyID>" + id +
         "</CompetencyID><hr:TaxonomyID>language</hr:TaxonomyID>\n" + dimensions +
         "</PersonCompetency></PersonQualifications>\n";
}

std::string five(const std::string& l, const std::string& r, const std::string& si,
                 const std::string& sp, const std::string& w) {
  return dimension("CEF-Understanding-Listening", l) +
         dimension("CEF-Understanding-Reading", r) +
         dimension("CEF-Speaking-Interaction", si) +
         dimension("CEF-Speaking-Production", sp) +
         dimension("CEF-Writing-Production", w);
}

std::string when(const std::string& tag, const std::string& date) {
  return "<" + tag + "><hr:FormattedDateTime>" + date + "</hr:FormattedDateTime></" +
         tag + ">";
}

std::string education(const std::string& inside) {
  return "<EducationHistory><EducationOrganizationAttendance>\n" + inside +
         "</EducationOrganizationAttendance></EducationHistory>\n";
}

const char* kVacancy =
    "id: v\ndeadline: 2025-03-31\nminimum:\n"
    "  - {id: degree, text: t, degree: bachelor, fields: [economics]}\n"
    "  - {id: experience, text: t, experience: {years: 2, areas: [labour market]}}\n"
    "  - {id: english, text: t, language: {any_of: [en], level: B2}}\n"
    "desirable:\n  - {id: french, text: t, language: {any_of: [fr], level: C1}}\n"
    "  - {id: age, text: t, age: {max: 40}}\n";

Judgement explained(const std::string& vacancy, const CandidateFacts& f) {
  return test::explain(test::compile_vacancy(vacancy), f);
}

std::string check_json(const Roster& roster) {
  return test::check_json(test::compile_vacancy(kVacancy), roster);
}

}  // namespace

TEST_CASE("the full fixture reads into the candidate a careful reader writes",
          "[europass-current]") {
  const Candidate c = typed(fixture("current-full.xml"));
  CHECK(c.name == "Eleni Marou Okafor");
  CHECK(c.born == Date(1990, 3, 21));
  CHECK(c.born_precision == DatePrecision::day);
  REQUIRE(c.nationality);
  REQUIRE(c.nationality->size() == 2);
  CHECK((*c.nationality)[0].value == "EL");
  CHECK((*c.nationality)[1].value == "uk");
  CHECK(c.stated.experience);
  CHECK(c.stated.education);
  CHECK(c.stated.languages);
  CHECK_FALSE(c.stated.skills);

  REQUIRE(c.experience.size() == 3);
  const Period& assistant = c.experience[0];
  CHECK(assistant.title->value == "Research assistant");
  CHECK(assistant.employer->value == "Institute for Labour Studies");
  CHECK(assistant.from == Date(2020, 10, 1));
  CHECK(assistant.from_precision == DatePrecision::month);
  CHECK_FALSE(assistant.to);  // CurrentIndicator true: ongoing
  CHECK_FALSE(assistant.type);
  REQUIRE(assistant.areas.size() == 1);
  CHECK(assistant.areas[0].value == "labour market");
  const Period& intern = c.experience[1];
  CHECK(intern.from == Date(2019, 1, 7));
  CHECK(intern.to == Date(2019, 6, 28));  // the time of a date-time dropped
  CHECK(intern.type->value == "internship");
  CHECK(intern.type_reason == "title word 'intern'");
  const Period& clerk = c.experience[2];  // dated by its employer's period
  CHECK(clerk.title->value == "Data clerk");
  CHECK(clerk.employer->value == "Statistics Office");
  CHECK(clerk.from == Date(2016, 1, 1));
  CHECK(clerk.from_precision == DatePrecision::year);
  CHECK(clerk.to == Date(2018, 1, 1));
  CHECK(clerk.to_precision == DatePrecision::year);

  REQUIRE(c.education.size() == 2);
  const EducationEntry& licence = c.education[0];
  CHECK(licence.degree.value == "Licence");
  CHECK(licence.title->value == "Licence en sciences économiques");
  CHECK(licence.institution->value == "Université de Lyon");
  CHECK(licence.country->value == "fr");
  CHECK(licence.eqf_level->value == "6");
  CHECK(licence.field_code->value == "0311");
  CHECK_FALSE(licence.field);
  CHECK(licence.completed == Date(2015, 7, 31));
  CHECK(licence.completed_precision == DatePrecision::month);
  const EducationEntry& phd = c.education[1];
  CHECK(phd.degree.value == "PhD");
  CHECK(phd.eqf_level->value == "8");
  CHECK(phd.field->value == "sociology");
  CHECK_FALSE(phd.completed);  // Ongoing

  REQUIRE(c.languages.size() == 3);
  CHECK(c.languages[0].language.value == "fra");
  CHECK(c.languages[0].level->value == "native");
  CHECK(c.languages[1].language.value == "eng");
  CHECK(c.languages[2].language.value == "Spanish");
  REQUIRE(c.languages[2].grid.size() == 5);
  CHECK(c.languages[2].grid[2].skill == "spoken interaction");
  CHECK(c.languages[2].grid[2].level->value == "B1");
  CHECK_FALSE(c.languages[2].grid[3].level);  // left out
  CHECK_FALSE(c.languages[2].grid[4].level);  // left empty
  CHECK_FALSE(c.languages[2].level);
}

TEST_CASE("the full fixture's facts: codes mapped, levels the lowest of the grid",
          "[europass-current]") {
  const CandidateFacts f = facts("eleni.xml", fixture("current-full.xml"));
  CHECK(f.id == "eleni");
  CHECK(f.nationalities == std::vector<std::string>{"GR", "GB"});  // EL and UK
  REQUIRE(f.languages.size() == 3);
  CHECK(f.languages[0].code == "fr");
  CHECK(f.languages[0].low == 7);  // native
  CHECK(f.languages[1].code == "en");
  CHECK(f.languages[1].low == 4);  // B2, the lowest of C2 C1 B2 C1 C1
  CHECK(f.languages[1].high == 4);
  CHECK(f.languages[1].how ==
        "B2, the lowest of listening C2, reading C1, spoken "
        "interaction B2, spoken production C1 and writing C1");
  CHECK(f.languages[2].code == "es");
  CHECK(f.languages[2].low == 1);   // A1: two skills not given
  CHECK(f.languages[2].high == 3);  // up to B1
  CHECK(f.languages[2].how ==
        "A1 to B1, the lowest of listening B2, reading B2 and "
        "spoken interaction B1; spoken production and writing not given");
  REQUIRE(f.degrees.size() == 2);
  CHECK(f.degrees[0].field->code == "0311");
  CHECK(f.degrees[0].field_text == "ISCED-F 0311");
  CHECK(f.degrees[0].level->low == 6);
  CHECK(f.degrees[1].field->code == "0314");
  CHECK_FALSE(f.degrees[1].completed);
}

TEST_CASE("the minimal fixture states a name and a year of birth, nothing else",
          "[europass-current]") {
  const Candidate c = typed(fixture("current-minimal.xml"));
  CHECK(c.name == "Sam Ortiz");
  CHECK(c.born == Date(1994, 1, 1));
  CHECK(c.born_precision == DatePrecision::year);
  CHECK_FALSE(c.nationality);
  CHECK_FALSE(c.stated.experience);
  CHECK_FALSE(c.stated.education);
  CHECK_FALSE(c.stated.languages);
  const Judgement j =
      explained(kVacancy, facts("sam.xml", fixture("current-minimal.xml")));
  CHECK(j.eligibility == Eligibility::needs_review);
  REQUIRE(j.criteria.size() == 5);
  for (int i : {0, 1, 2, 3}) CHECK(j.criteria.at(i).verdict == Verdict::unknown);
  CHECK(j.criteria.at(4).verdict == Verdict::met);  // 30 or 31 on the deadline: under 40
}

TEST_CASE("sections given empty say none", "[europass-current]") {
  const Candidate c = typed(candidate(
      "", "<EmploymentHistory/>\n<EducationHistory/>\n<PersonQualifications/>\n"));
  CHECK(c.stated.experience);
  CHECK(c.stated.education);
  CHECK(c.stated.languages);
  CHECK(c.experience.empty());
  const Judgement j = explained(
      kVacancy,
      facts("none.xml",
            candidate(
                "",
                "<EmploymentHistory/>\n<EducationHistory/>\n<PersonQualifications/>\n")));
  CHECK(j.eligibility == Eligibility::not_eligible);
  CHECK(j.criteria.at(0).verdict == Verdict::not_met);
  CHECK(j.criteria.at(2).verdict == Verdict::not_met);
}

TEST_CASE("golden: a language's level is the lowest of its five CEFR dimensions",
          "[europass-current]") {
  const auto level = [](const std::string& dims) {
    const CandidateFacts f = facts("g.xml", candidate("", language("eng", dims)));
    REQUIRE(f.languages.size() == 1);
    return std::pair{f.languages[0].low, f.languages[0].high};
  };
  CHECK(level(five("C2", "C2", "C2", "C2", "C2")) == std::pair{6, 6});
  CHECK(level(five("C2", "C1", "B1", "C2", "C2")) == std::pair{3, 3});
  CHECK(level(five("a2", "C2", "C2", "C2", "C2")) == std::pair{2, 2});  // any case
  // A dimension left out or left empty: from A1 up to the lowest given.
  CHECK(level(five("C1", "C1", "C1", "C1", "")) == std::pair{1, 5});
  CHECK(level(dimension("CEF-Understanding-Reading", "B2")) == std::pair{1, 4});
  // Of the two writing dimensions, the lower.
  CHECK(level(five("C1", "C1", "C1", "C1", "C1") +
              dimension("CEF-Writing-Interaction", "B1")) == std::pair{3, 3});
  CHECK(
      errors("g.xml", candidate("", language("eng", dimension("CEF-Speaking-Production",
                                                              "native")))) ==
      Lines{
          "g.xml:6:129: "
          "/Candidate/CandidateProfile/PersonQualifications/PersonCompetency/"
          "CompetencyDimension/Score/ScoreText: 'native' is not a CEFR level: write A1, "
          "A2, B1, B2, C1 or C2"});
  // One level for every skill is that level, as YAML's `level: C1`.
  const Candidate alike =
      typed(candidate("", language("eng", five("c1", "C1", "C1", "C1", "C1"))));
  CHECK(alike.languages.at(0).level->value == "C1");
  CHECK(alike.languages.at(0).grid.empty());
  // No dimension given: no level, to judge.
  CHECK(level("") == std::pair{0, 0});
  CHECK(facts("g.xml", candidate("", language("eng", ""))).languages.at(0).how ==
        "no level given");
  const Judgement j = explained(
      kVacancy,
      facts("g.xml", candidate("", language("eng", five("C1", "C1", "C1", "C1", "")))));
  CHECK(j.criteria.at(2).verdict == Verdict::unknown);  // B2 asked, A1 to C1 stated
  CHECK(test::texts(j.criteria.at(2).why->evidence) ==
        Lines{"English: A1 to C1, the lowest of listening C1, "
              "reading C1, spoken interaction C1 and spoken production C1; writing not "
              "given"});
}

TEST_CASE("golden: CurrentIndicator, an absent end, and Ongoing", "[europass-current]") {
  const auto period = [](const std::string& span) {
    return typed(candidate("",
                           "<EmploymentHistory><EmployerHistory><PositionHistory>"
                           "<eures:EmploymentPeriod>" +
                               span +
                               "</eures:EmploymentPeriod></PositionHistory>"
                               "</EmployerHistory></EmploymentHistory>\n"))
        .experience.at(0);
  };
  CHECK_FALSE(period(when("eures:StartDate", "2020-01") +
                     "<hr:CurrentIndicator>true</hr:CurrentIndicator>")
                  .to);
  CHECK_FALSE(period(when("eures:StartDate", "2020-01")).to);
  CHECK(period(when("eures:StartDate", "2020-01") + when("eures:EndDate", "2021-02") +
               "<hr:CurrentIndicator>0</hr:CurrentIndicator>")
            .to == Date(2021, 2, 28));
  const auto completed = [](const std::string& period) {
    return typed(candidate("",
                           education("<AttendancePeriod>" + period +
                                     "</AttendancePeriod><EducationDegree><hr:"
                                     "DegreeName>MSc</hr:DegreeName></EducationDegree>")))
        .education.at(0)
        .completed;
  };
  CHECK(completed(when("EndDate", "2019-06-30")) == Date(2019, 6, 30));
  CHECK_FALSE(completed(when("EndDate", "2026-06") + "<Ongoing>true</Ongoing>"));
  CHECK_FALSE(completed("<Ongoing>true</Ongoing>"));
  CHECK(completed(when("EndDate", "2019") + "<Ongoing>false</Ongoing>") ==
        Date(2019, 1, 1));
}

TEST_CASE("golden: the EU's UK and EL are GB and GR, any case", "[europass-current]") {
  const CandidateFacts f =
      facts("n.xml", candidate("<NationalityCode>el</NationalityCode>\n"
                               "<NationalityCode>UK</NationalityCode>\n"
                               "<NationalityCode>fr</NationalityCode>\n"
                               "<NationalityCode>Atlantis</NationalityCode>\n",
                               ""));
  CHECK(f.nationalities == std::vector<std::string>{"GR", "GB", "FR", "Atlantis"});
  const Judgement j = explained(
      "id: v\ndeadline: 2025-03-31\nminimum:\n"
      "  - {id: c, text: t, nationality: {any_of: [GR]}}\n",
      f);
  CHECK(j.criteria.at(0).verdict == Verdict::met);
}

TEST_CASE("golden: a degree name and an EQF level that disagree are uncertain",
          "[europass-current]") {
  const auto verdict = [](const std::string& name, const std::string& eqf) {
    const std::string degree = (name.empty() ? ""
                                             : "<EducationDegree><hr:DegreeName>" + name +
                                                   "</hr:DegreeName></EducationDegree>") +
                               "<EducationLevelCode>" + eqf + "</EducationLevelCode>" +
                               "<AttendancePeriod>" + when("EndDate", "2019-06") +
                               "</AttendancePeriod>";
    return explained(
               "id: v\ndeadline: 2025-03-31\nminimum:\n"
               "  - {id: c, text: t, degree: master}\n",
               facts("d.xml", candidate("", education(degree))))
        .criteria.at(0)
        .verdict;
  };
  CHECK(verdict("BSc", "7") == Verdict::unknown);  // bachelor by name, master by level
  CHECK(verdict("MSc", "7") == Verdict::met);
  CHECK(verdict("BSc", "6") == Verdict::not_met);
  CHECK(verdict("", "7") == Verdict::met);                 // the level alone
  CHECK(verdict("Magister Artium", "7") == Verdict::met);  // an unknown name: the level
  CHECK(verdict("Magister Artium", "EQF7") == Verdict::unknown);  // neither read
}

TEST_CASE("golden: an ISCED-F code, or its URI, is the field, a name is a name",
          "[europass-current]") {
  const auto field = [](const std::string& concentration) {
    const CandidateFacts f = facts(
        "f.xml",
        candidate("",
                  education("<EducationDegree><hr:DegreeName>MSc</hr:DegreeName>"
                            "<FieldOfStudy><MainFieldOfStudy><ProgramConcentration>" +
                            concentration +
                            "</ProgramConcentration></MainFieldOfStudy></FieldOfStudy>"
                            "</EducationDegree>")));
    const DegreeFact& d = f.degrees.at(0);
    return d.field_text + " -> " + (d.field ? d.field->code : "unplaced");
  };
  CHECK(field("0311") == "ISCED-F 0311 -> 0311");
  CHECK(field("http://data.europa.eu/snb/isced-f/0312") == "ISCED-F 0312 -> 0312");
  CHECK(field("international relations") == "international relations -> 0312");
  CHECK(field("9999") == "ISCED-F 9999 -> unplaced");
  CHECK(field("underwater basketry") == "underwater basketry -> unplaced");
}

TEST_CASE("golden: a year of birth alone makes the age a range", "[europass-current]") {
  const std::string vacancy =
      "id: v\ndeadline: 2025-03-31\nminimum:\n  - {id: c, text: t, age: {max: 32}}\n";
  const auto verdict = [&](const std::string& born) {
    return explained(vacancy,
                     facts("b.xml",
                           candidate("<hr:BirthDate>" + born + "</hr:BirthDate>\n", "")))
        .criteria.at(0)
        .verdict;
  };
  CHECK(verdict("1992") == Verdict::unknown);  // 32 or 33 on the deadline
  CHECK(verdict("1992-01-15") == Verdict::not_met);
  CHECK(verdict("1992-12-15") == Verdict::met);
  CHECK(verdict("1992-12") == Verdict::unknown);  // a month: read as its year
  CHECK(verdict("1995") == Verdict::met);
  CHECK(verdict("1992-12-15T08:30:00") == Verdict::met);
}

TEST_CASE("values of the wrong shape are located errors", "[europass-current]") {
  const std::string path = "/Candidate/CandidateProfile/";
  const std::string position = path + "EmploymentHistory/EmployerHistory/PositionHistory";
  const std::string competency = path + "PersonQualifications/PersonCompetency/";
  CHECK(
      errors("kim.xml", fixture("current-bad-values.xml")) ==
      Lines{"kim.xml:7:5: /Candidate/CandidatePerson/BirthDate: '21/03/1990' is not a "
            "date: write YYYY, YYYY-MM or YYYY-MM-DD",
            "kim.xml:17:28: " + position +
                "[1]/EmploymentPeriod/EndDate/FormattedDateTime: month 13 does not exist",
            "kim.xml:18:13: " + position +
                "[1]/EmploymentPeriod/CurrentIndicator: 'yes' is not true or false",
            "kim.xml:21:9: " + position +
                "[2]: no <EmploymentPeriod>, here or in its EmployerHistory: a period "
                "needs its start",
            "kim.xml:28:27: " + path +
                "EducationHistory/EducationOrganizationAttendance/AttendancePeriod/"
                "EndDate: no <FormattedDateTime>",
            "kim.xml:33:9: " + competency + "CompetencyID: names no language",
            "kim.xml:35:36: " + competency +
                "CompetencyDimension[1]/CompetencyDimensionTypeCode: 'CEF-Dreaming' is "
                "not a CEFR dimension: CEF-Understanding-Listening, "
                "CEF-Understanding-Reading, CEF-Speaking-Interaction, "
                "CEF-Speaking-Production, CEF-Writing-Production or "
                "CEF-Writing-Interaction",
            "kim.xml:36:139: " + competency +
                "CompetencyDimension[2]/Score/ScoreText: 'B3' is not a CEFR level: write "
                "A1, A2, B1, B2, C1 or C2"});
}

TEST_CASE("periods that contradict themselves are located errors", "[europass-current]") {
  const auto period_errors = [](const std::string& span) {
    return errors("p.xml",
                  candidate("",
                            "<EmploymentHistory><EmployerHistory><PositionHistory>\n"
                            "<eures:EmploymentPeriod>\n" +
                                span +
                                "</eures:EmploymentPeriod>\n</PositionHistory>"
                                "</EmployerHistory></EmploymentHistory>\n"));
  };
  const std::string at =
      "/Candidate/CandidateProfile/EmploymentHistory/EmployerHistory/PositionHistory/"
      "EmploymentPeriod";
  CHECK(period_errors(when("eures:StartDate", "2021-03") + "\n" +
                      when("eures:EndDate", "2020") + "\n") ==
        Lines{"p.xml:8:1: " + at +
              "/EndDate: the end (2020) is before the start (2021-03)"});
  CHECK(period_errors(when("eures:StartDate", "2021-03") + "\n" +
                      when("eures:EndDate", "2022") +
                      "\n<hr:CurrentIndicator>true</hr:CurrentIndicator>\n") ==
        Lines{"p.xml:8:1: " + at +
              "/EndDate: an EndDate beside CurrentIndicator true: which "
              "holds?"});
  CHECK(period_errors(when("eures:StartDate", "2021-03") +
                      "\n<hr:CurrentIndicator>false</hr:CurrentIndicator>\n") ==
        Lines{"p.xml:6:1: " + at + ": CurrentIndicator is false and no <EndDate>"});
  CHECK(period_errors(when("eures:EndDate", "2022") + "\n") ==
        Lines{"p.xml:6:1: " + at + ": no <StartDate>"});
  CHECK(period_errors("<eures:StartDate>2021</eures:StartDate>\n") ==
        Lines{"p.xml:7:1: " + at + "/StartDate: no <FormattedDateTime>"});
}

TEST_CASE("malformed files are located errors", "[europass-current]") {
  CHECK(
      errors("ns.xml", fixture("current-bad-namespace.xml")) ==
      Lines{
          "ns.xml:2:1: /Candidate: the root is <Candidate> of namespace "
          "http://www.hr-xml.org/3: a candidate in XML is a Europass CV, <Candidate> of "
          "namespace http://www.europass.eu/1.0 or the 2012-2020 <SkillsPassport>"});
  CHECK(
      errors("e.xml", fixture("current-bad-entities.xml")) ==
      Lines{
          "e.xml:2:22: entity declarations are not read: remove them from the DOCTYPE"});
  CHECK(errors("t.xml", fixture("current-bad-truncated.xml")) ==
        Lines{"t.xml:2:75: XML syntax: the text ends before every element is closed"});
  CHECK(errors("b.xml", std::string("\x89PNG\r\n\x1a\n\0\0\0", 11)) ==
        Lines{"b.xml:1:1: invalid UTF-8 byte 0x89: save the file as UTF-8"});
  std::string deep = std::string("<Candidate ") + kNamespaces + ">";
  for (int i = 0; i < 500; ++i) deep += "<CandidatePerson>";
  for (int i = 0; i < 500; ++i) deep += "</CandidatePerson>";
  deep += "</Candidate>";
  CHECK(errors("d.xml", deep) == Lines{"d.xml:1:1251: nesting deeper than 64 levels"});
}

TEST_CASE("the same person in YAML and in the current Europass is judged the same",
          "[europass-current]") {
  const std::string europass = candidate(
      "<PersonName><oa:GivenName>Amina</oa:GivenName><hr:FamilyName>Diallo</"
      "hr:FamilyName>"
      "</PersonName>\n<NationalityCode>sn</NationalityCode>\n"
      "<hr:BirthDate>1990-04-12</hr:BirthDate>\n"
      "<PrimaryLanguageCode>fra</PrimaryLanguageCode>\n",
      "<EmploymentHistory><EmployerHistory>\n"
      "<hr:OrganizationName>Institute for Labour Studies</hr:OrganizationName>\n"
      "<PositionHistory><PositionTitle>Research assistant</PositionTitle>\n"
      "<eures:EmploymentPeriod>" +
          when("eures:StartDate", "2020-10") +
          "<hr:CurrentIndicator>true</hr:CurrentIndicator></eures:EmploymentPeriod>\n"
          "<oa:Description>Labour market research.</oa:Description></PositionHistory>\n"
          "</EmployerHistory></EmploymentHistory>\n"
          "<EducationHistory><EducationOrganizationAttendance>\n"
          "<hr:OrganizationName>UCAD</hr:OrganizationName>\n"
          "<AttendancePeriod>" +
          when("EndDate", "2018-07") +
          "</AttendancePeriod>\n"
          "<EducationDegree><hr:DegreeName>Licence</hr:DegreeName><FieldOfStudy>"
          "<MainFieldOfStudy><ProgramConcentration>economics</ProgramConcentration>"
          "</MainFieldOfStudy></FieldOfStudy></EducationDegree>\n"
          "</EducationOrganizationAttendance></EducationHistory>\n" +
          language("eng", five("C1", "C1", "C1", "C1", "C1")));
  const Roster xml = roster_of("amina.xml", europass);
  REQUIRE(xml.profiles().size() == 1);
  for (const auto& e : xml.profiles()[0].errors) UNSCOPED_INFO(e.to_string());
  REQUIRE(xml.profiles()[0].valid);
  const Roster yaml = roster_of(
      "amina.yaml",
      "id: amina\nname: Amina Diallo\nnationality: [SN]\nborn: 1990-04-12\n"
      "education:\n"
      "  - {degree: Licence, field: economics, institution: UCAD, completed: 2018-07}\n"
      "experience:\n"
      "  - {title: Research assistant, employer: Institute for Labour Studies, from: "
      "2020-10, areas: [labour market, research]}\n"
      "languages:\n  - {language: fr, level: native}\n  - {language: en, level: C1}\n");
  const std::string from_xml = check_json(xml);
  CHECK(from_xml.find("\"id\": \"amina\"") != std::string::npos);
  CHECK(from_xml == check_json(yaml));
}
