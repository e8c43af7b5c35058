// One person in every candidate format (formats.md, "Candidates in other
// formats"): YAML, JSON Resume, the Europass 2012-2020 XML and JSON, the
// current Europass XML and CSV exports give the same `check --format json`
// but for file and line, and each, converted to YAML and read back, gives
// it again.
#include <catch2/catch.hpp>

#include "shortlist/convert.h"
#include "support.h"

using namespace shortlist;

namespace {

// Asks what every format can state: a degree with its field, months of
// experience in an area, two languages at CEFR levels.
const char* kVacancy =
    "id: v\ndeadline: 2025-03-31\nminimum:\n"
    "  - {id: degree, text: t, degree: master, fields: [economics]}\n"
    "  - {id: experience, text: t, experience: {years: 2, areas: [labour market]}}\n"
    "  - {id: english, text: t, language: {any_of: [en], level: B2}}\n"
    "desirable:\n  - {id: french, text: t, language: {any_of: [fr], level: C2}}\n"
    "  - {id: english-c2, text: t, language: {any_of: [en], level: C2}}\n";

using Files = std::vector<std::pair<std::string, std::string>>;

const Files kYaml = {
    {"amina.yaml",
     "id: amina\nname: Amina Diallo\neducation:\n"
     "  - {degree: BSc, field: economics, institution: UCAD, completed: 2018-07}\n"
     "  - {degree: MSc, field: development economics, completed: 2020-09}\n"
     "experience:\n"
     "  - {title: Research assistant, employer: Institute for Labour Studies, from: "
     "2020-10, areas: [labour market, research]}\n"
     "languages:\n  - {language: fr, level: native}\n  - {language: en, level: C1}\n"}};

const Files kJsonResume = {{"amina.json", R"({
  "basics": {"name": "Amina Diallo"},
  "education": [
    {"institution": "UCAD", "area": "economics", "studyType": "BSc", "endDate": "2018-07"},
    {"area": "development economics", "studyType": "MSc", "endDate": "2020-09"}],
  "work": [{"name": "Institute for Labour Studies", "position": "Research assistant",
            "startDate": "2020-10", "summary": "Labour market research"}],
  "languages": [{"language": "French", "fluency": "native"},
                {"language": "English", "fluency": "C1"}]
})"}};

const char* kGridXml =
    "<Listening>C1</Listening><Reading>C1</Reading>"
    "<SpokenInteraction>C1</SpokenInteraction><SpokenProduction>C1</SpokenProduction>"
    "<Writing>C1</Writing>";

const Files kEuropassXml = {
    {"amina.xml", std::string(R"(<?xml version="1.0" encoding="UTF-8"?>
<SkillsPassport xmlns="http://europass.cedefop.europa.eu/Europass" locale="en">
  <LearnerInfo>
    <Identification>
      <PersonName><FirstName>Amina</FirstName><Surname>Diallo</Surname></PersonName>
    </Identification>
    <WorkExperienceList><WorkExperience>
      <Period><From year="2020" month="--10"/><Current>true</Current></Period>
      <Position><Label>Research assistant</Label></Position>
      <Activities>Labour market research</Activities>
      <Employer><Name>Institute for Labour Studies</Name></Employer>
    </WorkExperience></WorkExperienceList>
    <EducationList>
      <Education><Period><To year="2018" month="--07"/></Period><Title>BSc</Title>
        <Organisation><Name>UCAD</Name></Organisation>
        <Field><Label>economics</Label></Field></Education>
      <Education><Period><To year="2020" month="--09"/></Period><Title>MSc</Title>
        <Field><Label>development economics</Label></Field></Education>
    </EducationList>
    <Skills><Linguistic>
      <MotherTongueList><MotherTongue><Description><Code>fr</Code></Description>
        </MotherTongue></MotherTongueList>
      <ForeignLanguageList><ForeignLanguage><Description><Code>en</Code></Description>
        <ProficiencyLevel>)") +
                      kGridXml +
                      R"(</ProficiencyLevel></ForeignLanguage></ForeignLanguageList>
    </Linguistic></Skills>
  </LearnerInfo>
</SkillsPassport>
)"}};

const Files kEuropassJson = {{"amina.json", R"({"SkillsPassport": {"LearnerInfo": {
  "Identification": {"PersonName": {"FirstName": "Amina", "Surname": "Diallo"}},
  "WorkExperience": [{"Period": {"From": {"Year": 2020, "Month": 10}, "Current": true},
    "Position": {"Label": "Research assistant"}, "Activities": "Labour market research",
    "Employer": {"Name": "Institute for Labour Studies"}}],
  "Education": [
    {"Period": {"To": {"Year": 2018, "Month": 7}}, "Title": "BSc",
     "Organisation": {"Name": "UCAD"}, "Field": {"Label": "economics"}},
    {"Period": {"To": {"Year": 2020, "Month": 9}}, "Title": "MSc",
     "Field": {"Label": "development economics"}}],
  "Skills": {"Linguistic": {"MotherTongue": [{"Description": {"Code": "fr"}}],
    "ForeignLanguage": [{"Description": {"Code": "en"}, "ProficiencyLevel":
      {"Listening": "C1", "Reading": "C1", "SpokenInteraction": "C1",
       "SpokenProduction": "C1", "Writing": "C1"}}]}}}}}
)"}};

std::string dimension(const std::string& code) {
  return "<eures:CompetencyDimension><hr:CompetencyDimensionTypeCode>" + code +
         "</hr:CompetencyDimensionTypeCode><eures:Score><hr:ScoreText>C1</"
         "hr:ScoreText></eures:Score></eures:CompetencyDimension>\n";
}

std::string attendance(const std::string& end, const std::string& degree,
                       const std::string& field, const std::string& school) {
  return "<EducationOrganizationAttendance>" +
         (school.empty() ? ""
                         : "<hr:OrganizationName>" + school + "</hr:OrganizationName>") +
         "<AttendancePeriod><EndDate><hr:FormattedDateTime>" + end +
         "</hr:FormattedDateTime></EndDate></AttendancePeriod>"
         "<EducationDegree><hr:DegreeName>" +
         degree +
         "</hr:DegreeName><FieldOfStudy><MainFieldOfStudy><ProgramConcentration>" +
         field +
         "</ProgramConcentration></MainFieldOfStudy></FieldOfStudy></EducationDegree>"
         "</EducationOrganizationAttendance>\n";
}

const Files kEuropassCurrent = {
    {"amina.xml",
     "<Candidate xmlns=\"http://www.europass.eu/1.0\" "
     "xmlns:oa=\"http://www.openapplications.org/oagis/9\" "
     "xmlns:eures=\"http://www.europass_eures.eu/1.0\" "
     "xmlns:hr=\"http://www.hr-xml.org/3\">\n<CandidatePerson>\n"
     "<PersonName><oa:GivenName>Amina</oa:GivenName><hr:FamilyName>Diallo</"
     "hr:FamilyName></PersonName>\n<PrimaryLanguageCode>fra</PrimaryLanguageCode>\n"
     "</CandidatePerson>\n<CandidateProfile>\n"
     "<EmploymentHistory><EmployerHistory>\n"
     "<hr:OrganizationName>Institute for Labour Studies</hr:OrganizationName>\n"
     "<PositionHistory><PositionTitle>Research assistant</PositionTitle>\n"
     "<eures:EmploymentPeriod><eures:StartDate><hr:FormattedDateTime>2020-10</"
     "hr:FormattedDateTime></eures:StartDate><hr:CurrentIndicator>true</"
     "hr:CurrentIndicator></eures:EmploymentPeriod>\n"
     "<oa:Description>Labour market research</oa:Description></PositionHistory>\n"
     "</EmployerHistory></EmploymentHistory>\n<EducationHistory>\n" +
         attendance("2018-07", "BSc", "economics", "UCAD") +
         attendance("2020-09", "MSc", "development economics", "") +
         "</EducationHistory>\n"
         "<PersonQualifications><PersonCompetency><CompetencyID>eng</CompetencyID>"
         "<hr:TaxonomyID>language</hr:TaxonomyID>\n" +
         dimension("CEF-Understanding-Listening") +
         dimension("CEF-Understanding-Reading") + dimension("CEF-Speaking-Interaction") +
         dimension("CEF-Speaking-Production") + dimension("CEF-Writing-Production") +
         "</PersonCompetency></PersonQualifications>\n</CandidateProfile>\n</"
         "Candidate>\n"}};

const Files kCsv = {
    {"candidates.csv", "id,name\namina,Amina Diallo\n"},
    {"education.csv",
     "id;degree;field;institution;completed\n"
     "amina;BSc;economics;UCAD;2018-07\namina;MSc;development economics;;2020-09\n"},
    {"experience.csv",
     "id,title,employer,from,areas\n"
     "amina,Research assistant,Institute for Labour Studies,2020-10,labour market;"
     "research\n"},
    {"languages.csv", "id,language,level\namina,fr,native\namina,en,C1\n"}};

std::vector<CandidateInput> inputs_of(const Files& files) {
  std::vector<CandidateInput> out;
  for (const auto& [name, text] : files) out.push_back(CandidateInput::bytes(name, text));
  return out;
}

// The check of `files`, which must hold one valid profile, id "amina".
std::string check_of(const Files& files) {
  const Roster roster = test::fixture_engine().roster(inputs_of(files), {});
  REQUIRE(roster.profiles().size() == 1);
  for (const auto& e : roster.profiles()[0].errors) UNSCOPED_INFO(e.to_string());
  REQUIRE(roster.profiles()[0].valid);
  CHECK(roster.profiles()[0].id == "amina");
  return test::check_json(test::compile_vacancy(kVacancy), roster);
}

// The YAML `convert` writes for the one profile of `files`.
std::string converted(const Files& files) {
  std::vector<ReadCandidate> read;
  read_candidates(test::fixture_engine(), inputs_of(files), {},
                  [&](ReadCandidate&& c) { read.push_back(std::move(c)); });
  REQUIRE(read.size() == 1);
  REQUIRE(read[0].candidate);
  return candidate_yaml(*read[0].candidate, test::fixture_rules());
}

}  // namespace

TEST_CASE("one person in every format gives the same check, converted, the same again",
          "[equivalence]") {
  const std::string expected = check_of(kYaml);
  CHECK(expected.find("\"verdict\": \"eligible\"") != std::string::npos);
  CHECK(expected.find("\"score\": 75.0,") !=
        std::string::npos);  // French 50, English C1 of C2 25
  const std::vector<std::pair<const char*, const Files*>> formats = {
      {"JSON Resume", &kJsonResume},
      {"Europass 2012 XML", &kEuropassXml},
      {"Europass 2012 JSON", &kEuropassJson},
      {"current Europass", &kEuropassCurrent},
      {"CSV", &kCsv},
  };
  for (const auto& [name, files] : formats) {
    INFO(name);
    CHECK(check_of(*files) == expected);
    const std::string yaml = converted(*files);
    INFO(yaml);
    CHECK(check_of({{"back.yaml", yaml}}) == expected);
  }
}
