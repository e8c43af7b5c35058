// JSON Resume candidates (formats.md, "Candidates in other formats"): the
// same person as in YAML, ids, open ends, title words, fluency words, and
// the real JSON Resume files of ../shared/samples/jsonresume.
#include <catch2/catch.hpp>
#include <filesystem>

#include "roster/roster_data.h"
#include "support.h"

using namespace shortlist;
using Lines = std::vector<std::string>;

namespace {

const std::string kSamples =
    std::string(SHORTLIST_SOURCE_DIR) + "/../shared/samples/jsonresume/";

const char* kResume = R"({
  "basics": {"name": "Amina Diallo", "location": {"countryCode": "SN"}},
  "education": [
    {"institution": "UCAD", "area": "economics", "studyType": "Licence", "endDate": "2018-07"},
    {"area": "development economics", "studyType": "Master of Science", "endDate": "2020-09"}
  ],
  "work": [
    {"name": "Institute for Labour Studies", "position": "Research assistant",
     "startDate": "2020-10", "endDate": "Present",
     "summary": "Labour market research for the ministry."},
    {"name": "UNDP", "position": "Programme intern", "startDate": "2019-01", "endDate": "2019-06"}
  ],
  "languages": [
    {"language": "French", "fluency": "Native speaker"},
    {"language": "English", "fluency": "Professional working proficiency"}
  ],
  "skills": [{"name": "policy analysis", "keywords": ["drafting"]}]
})";

const char* kVacancy =
    "id: v\ndeadline: 2025-03-31\nminimum:\n"
    "  - {id: degree, text: t, degree: master, fields: [economics]}\n"
    "  - {id: experience, text: t, experience: {years: 2, areas: [labour market]}}\n"
    "  - {id: english, text: t, language: {any_of: [en], level: B2}}\n"
    "desirable:\n  - {id: english-c1, text: t, language: {any_of: [en], level: C1}}\n"
    "  - {id: drafting, text: t, skills: {any_of: [drafting]}}\n";

Roster roster_of(const std::string& name, const std::string& text) {
  return test::fixture_engine().roster({CandidateInput::bytes(name, text)}, {});
}

std::string check_json(const Roster& roster) {
  return test::check_json(test::compile_vacancy(kVacancy), roster);
}

}  // namespace

TEST_CASE("a JSON Resume is judged as the same person written in YAML") {
  const Roster json = roster_of("amina.json", kResume);
  REQUIRE(json.profiles().size() == 1);
  for (const auto& e : json.profiles()[0].errors) UNSCOPED_INFO(e.to_string());
  REQUIRE(json.profiles()[0].valid);
  const Roster yaml = roster_of(
      "amina.yaml",
      "id: amina\nname: Amina Diallo\neducation:\n"
      "  - {degree: Licence, field: economics, institution: UCAD, completed: 2018-07}\n"
      "  - {degree: Master of Science, field: development economics, completed: "
      "2020-09}\n"
      "experience:\n"
      "  - {title: Research assistant, employer: Institute for Labour Studies, from: "
      "2020-10, areas: [labour market]}\n"

      "languages:\n  - {language: fr, level: native}\n  - {language: en, level: fluent}\n"
      "skills: [policy analysis, drafting]\n");
  // The English fluency span [B2, C1] has no YAML level; compare the rest.
  const std::string from_json = check_json(json);
  CHECK(from_json.find("\"id\": \"amina\"") != std::string::npos);
  const Explanation why = *test::explain(test::compile_vacancy(kVacancy),
                                         read_again(json, 0, test::fixture_rules()))
                               .criteria.at(3)
                               .why;
  CHECK(why.verdict == Verdict::unknown);  // C1 asked, B2 to C1 stated
  CHECK(
      test::texts(why.evidence) ==
      Lines{"English: 'Professional working proficiency' -> B2 to C1 (ILR 3: a range)"});
  const Explanation experience =
      *test::explain(test::compile_vacancy(kVacancy),
                     read_again(json, 0, test::fixture_rules()))
           .criteria.at(1)
           .why;
  CHECK(
      test::texts(experience.evidence) ==
      Lines{
          "'Research assistant', Institute for Labour Studies, 2020-10 to present: 54 "
          "months, counted to the deadline 2025-03-31",
          "'Programme intern', UNDP, 2019-01 to 2019-06: not counted, internship (title "
          "word 'intern') does not count: internships are training"});
  CHECK(experience.verdict == Verdict::met);
  // With English at a level YAML can write and without the period whose
  // type a title word gave (its explanation says so), the two give the same
  // JSON report but for file and line.
  std::string resume = kResume;
  resume.replace(resume.find("Professional working proficiency"), 32, "fluent");
  const std::string intern =
      ",\n    {\"name\": \"UNDP\", \"position\": \"Programme intern\", \"startDate\": "
      "\"2019-01\", \"endDate\": \"2019-06\"}";
  resume.erase(resume.find(intern), intern.size());
  const std::string both = check_json(roster_of("amina.json", resume));
  CHECK(both == check_json(yaml));
}

TEST_CASE(
    "JSON Resume ids: meta.id, the file's name, the folder of resume.json, FILE#LINE") {
  CHECK(roster_of("a/b/alice.json", R"({"meta": {"id": "c-7"}})").profiles()[0].id ==
        "c-7");
  CHECK(roster_of("a/b/alice.json", "{}").profiles()[0].id == "alice");
  CHECK(roster_of("a/bob/resume.json", "{}").profiles()[0].id == "bob");
  const Roster lines =
      roster_of("x/pool.jsonl", "{\"meta\": {\"id\": \"one\"}}\n\n{}\n{\"work\": 3}\n");
  REQUIRE(lines.profiles().size() == 3);
  CHECK(lines.profiles()[0].id == "one");
  CHECK(lines.profiles()[1].id == "x/pool.jsonl#3");
  CHECK_FALSE(lines.profiles()[2].valid);
  CHECK(test::messages(lines.profiles()[2].errors) ==
        Lines{"pool.jsonl:4:10: /work: must be an array, found 3"});
}

TEST_CASE("a JSON Resume leaves out what it does not state: unknown, never failed") {
  const Roster r = roster_of("a.json", R"({"basics": {"name": "A"}})");
  const Judgement j = test::explain(test::compile_vacancy(kVacancy),
                                    read_again(r, 0, test::fixture_rules()));
  CHECK(j.eligibility == Eligibility::needs_review);
  for (const auto& c : j.criteria) CHECK(c.verdict == Verdict::unknown);
}

TEST_CASE("every real JSON Resume sample reads, and every problem is located") {
  namespace fs = std::filesystem;
  REQUIRE(fs::is_directory(kSamples));
  static const Engine engine(test::bundled_rules());
  int read = 0;
  for (const auto& entry : fs::directory_iterator(kSamples)) {
    const std::string path = entry.path().string();
    if (entry.path().extension() != ".json" || path.ends_with("schema.json")) continue;
    const Roster r = engine.roster({CandidateInput::file(path)}, {});
    REQUIRE(r.profiles().size() == 1);
    ++read;
    if (path.ends_with("jrs-empty.json")) {
      CHECK(
          test::messages(r.profiles()[0].errors) ==
          Lines{"fresh-test-resumes-0.9.2__jrs-empty.json:25:12: /work/0: work entry has "
                "no startDate: a period needs its start (YYYY-MM-DD, YYYY-MM or YYYY)",
                "fresh-test-resumes-0.9.2__jrs-empty.json:62:17: /volunteer/0: volunteer "
                "entry has no startDate: a period needs its start (YYYY-MM-DD, YYYY-MM "
                "or YYYY)"});
      continue;
    }
    INFO(path);
    CHECK(r.profiles()[0].valid);
  }
  CHECK(read == 11);
  // A careful reader's profile of the JSON Resume 1.3.1 senior engineer.
  const Roster senior = engine.roster(
      {CandidateInput::file(kSamples +
                            "jsonresume-schema-1.3.1__senior-engineer.resume.json")},
      {});
  const CandidateFacts f = read_again(senior, 0, engine.rules());
  REQUIRE(f.degrees.size() == 2);
  CHECK(f.degrees[0].level->low == 8);  // "Ph.D."
  CHECK(f.degrees[1].level->low == 6);  // "Bachelor of Science"
  REQUIRE(f.languages.size() == 3);
  CHECK(
      f.languages[2].how ==
      "'Professional working proficiency' -> B2 to C1 (ILR 3 (LinkedIn 'Professional "
      "working proficiency'): B2 in the lower ILR-CEFR reading, C1 in the higher (ACTFL "
      "Superior / Advanced High))");
  REQUIRE(f.periods.size() == 3);
  CHECK_FALSE(f.periods[0].to);  // no endDate: ongoing
}

TEST_CASE("an education entry with no studyType is to judge, and says so") {
  const Roster r = roster_of(
      "a.json", R"({"education": [{"area": "economics", "endDate": "2019-06"}]})");
  REQUIRE(r.profiles()[0].valid);
  const Explanation why = *test::explain(test::one_minimum("degree: master"),
                                         read_again(r, 0, test::fixture_rules()))
                               .criteria.at(0)
                               .why;
  CHECK(why.verdict == Verdict::unknown);
  CHECK(test::texts(why.evidence) ==
        Lines{"an education entry: no degree name given, to judge"});
}

TEST_CASE("a language entry with no language is a located error, other profiles go on") {
  const Roster r = roster_of(
      "pool.jsonl",
      "{\"languages\": [{\"fluency\": \"Fluent\"}]}\n{\"meta\": {\"id\": \"b\"}}\n");
  REQUIRE(r.profiles().size() == 2);
  CHECK_FALSE(r.profiles()[0].valid);
  CHECK(test::messages(r.profiles()[0].errors) ==
        Lines{"pool.jsonl:1:16: /languages/0: language entry has no 'language'"});
  CHECK(r.profiles()[1].valid);
}

TEST_CASE("a work location's last part is the period's country when it names one") {
  const auto countries = [](const std::string& location) {
    const Roster r = roster_of(
        "a.json", R"({"work": [{"name": "X", "startDate": "2020-01", "location": ")" +
                      location + R"("}]})");
    REQUIRE(r.profiles().size() == 1);
    REQUIRE(r.profiles()[0].valid);
    return read_again(r, 0, test::fixture_rules()).periods.at(0).countries;
  };
  const int senegal = *test::fixture_rules().countries.index_of("SN");
  CHECK(countries("Dakar, Senegal") == std::vector<int>{senegal});
  CHECK(countries("Dakar, Senegal ") == std::vector<int>{senegal});
  CHECK(countries("Senegal") == std::vector<int>{senegal});
  CHECK(countries("Menlo Park, DE").empty());  // two letters: a state, not Germany
  CHECK(countries("Remote").empty());
}
