// `convert` (convert.h): a profile of any format written as a YAML
// candidate file, with a comment on every mapped or left-out value, that
// reads back into the same verdicts; the YAML keys it adds (fluency, eqf,
// field_code, isced97_field); quoting; file names.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>

#include "roster/roster_data.h"
#include "shortlist/convert.h"
#include "shortlist/ranking.h"
#include "shortlist/report.h"
#include "support.h"

using namespace shortlist;
using Lines = std::vector<std::string>;

namespace {

const std::string kSamples =
    std::string(SHORTLIST_SOURCE_DIR) + "/../shared/samples/jsonresume/";

const char* kResume = R"({
  "basics": {"name": "Amina Diallo", "email": "a@example.org",
             "location": {"countryCode": "SN"}},
  "meta": {"id": "c-0042"},
  "education": [
    {"institution": "UCAD", "area": "economics", "studyType": "Licence", "endDate": "2018-07"},
    {"area": "development economics", "studyType": "MSc", "endDate": "2020"},
    {"area": "oceanography", "studyType": "Magister Artium", "startDate": "2015"}
  ],
  "work": [
    {"name": "Institute for Labour Studies", "position": "Research assistant",
     "startDate": "2020-10", "endDate": "Present",
     "summary": "Labour market research for the ministry."},
    {"name": "UNDP", "position": "Programme intern", "startDate": "2019-01-15",
     "endDate": "2019-06-30"}
  ],
  "volunteer": [{"organization": "Red Cross", "position": "First aid",
                 "startDate": "2017", "endDate": "2018"}],
  "languages": [
    {"language": "French", "fluency": "Native speaker"},
    {"language": "eng", "fluency": "Professional working proficiency"},
    {"language": "es", "fluency": "Fluent"},
    {"language": "de", "fluency": "Moderate"},
    {"language": "Klingon", "fluency": "Beginner"}
  ],
  "skills": [{"name": "policy analysis", "keywords": ["drafting"]}],
  "awards": [{"title": "Prize"}]
})";

const char* kVacancy =
    "id: v\ndeadline: 2025-03-31\nminimum:\n"
    "  - {id: degree, text: t, degree: master, fields: [economics]}\n"
    "  - {id: experience, text: t, experience: {years: 2, areas: [labour market]}}\n"
    "  - {id: english, text: t, language: {any_of: [en], level: B2}}\n"
    "desirable:\n  - {id: english-c1, text: t, language: {any_of: [en], level: C1}}\n"
    "  - {id: french, text: t, language: {any_of: [fr], level: C2}}\n"
    "  - {id: german, text: t, language: {any_of: [de], level: B1}}\n"
    "  - {id: drafting, text: t, skills: {any_of: [drafting]}}\n"
    "  - {id: all, text: t, experience: 1}\n"
    "  - {id: age, text: t, age: {max: 32}}\n"
    "  - {id: nationality, text: t, nationality: {any_of: [SN]}}\n";

// Every profile of the inputs, typed, in order.
std::vector<ReadCandidate> typed(const Engine& engine,
                                 const std::vector<CandidateInput>& inputs) {
  std::vector<ReadCandidate> out;
  read_candidates(engine, inputs, {},
                  [&](ReadCandidate&& c) { out.push_back(std::move(c)); });
  return out;
}

// The YAML of the one profile of `text`, read as file `name`.
std::string converted(const std::string& name, const std::string& text,
                      const Engine& engine = test::fixture_engine()) {
  auto read = typed(engine, {CandidateInput::bytes(name, text)});
  REQUIRE(read.size() == 1);
  for (const auto& e : read[0].errors) UNSCOPED_INFO(e.to_string());
  REQUIRE(read[0].candidate);
  return candidate_yaml(*read[0].candidate, engine.rules());
}

// The JSON check of a file and of its conversion read back, which must be valid.
std::pair<std::string, std::string> both_checks(const Engine& engine,
                                                const CompiledVacancy& v,
                                                const std::string& name,
                                                const std::string& text) {
  const std::string yaml = converted(name, text, engine);
  const Roster back = engine.roster({CandidateInput::bytes("back.yaml", yaml)}, {});
  REQUIRE(back.profiles().size() == 1);
  for (const auto& e : back.profiles()[0].errors) UNSCOPED_INFO(e.to_string());
  INFO(yaml);
  REQUIRE(back.profiles()[0].valid);
  const Roster original = engine.roster({CandidateInput::bytes(name, text)}, {});
  return {test::check_json(v, original, engine), test::check_json(v, back, engine)};
}

// What a written `type:` cannot carry: why a format gave the type.
std::string without_type_reasons(const std::string& json) {
  return std::regex_replace(
      json, std::regex(" \\((title word '[^']*'|a volunteer entry)\\)"), "");
}

std::vector<std::string> verdicts(const std::string& json) {
  std::vector<std::string> out;
  const std::regex verdict("\"verdict\": \"[a-z_]+\"");
  for (auto it = std::sregex_iterator(json.begin(), json.end(), verdict);
       it != std::sregex_iterator(); ++it)
    out.push_back(it->str());
  return out;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

TEST_CASE("convert writes a JSON Resume as YAML with every mapping commented",
          "[convert]") {
  CHECK(
      converted("amina.json", kResume) ==
      "id: c-0042\n"
      "name: Amina Diallo\n"
      "education:\n"
      "  - degree: Licence  # 'Licence' -> bachelor (its level depends on the country, "
      "not given: FR bachelor)\n"
      "    field: economics\n"
      "    institution: UCAD\n"
      "    completed: 2018-07\n"
      "  - degree: MSc  # 'MSc' -> master\n"
      "    field: development economics  # 'development economics' -> ISCED-F 0311 "
      "Economics\n"
      "    completed: 2020\n"
      "  - degree: Magister Artium  # 'Magister Artium' is not in rules/degrees.yaml: "
      "kept, to judge\n"
      "    field: oceanography  # 'oceanography' is not in rules/fields.yaml: kept, to "
      "judge\n"
      "experience:\n"
      "  - title: Research assistant\n"
      "    employer: Institute for Labour Studies\n"
      "    from: 2020-10\n"
      "    # to: 'Present' -> ongoing\n"
      "    areas:  # concepts of rules/skills.yaml the entry's texts name\n"
      "      - labour market\n"
      "      - research\n"
      "  - title: Programme intern\n"
      "    employer: UNDP\n"
      "    from: 2019-01-15\n"
      "    to: 2019-06-30\n"
      "    type: internship  # title word 'intern' -> internship\n"
      "  - title: First aid\n"
      "    employer: Red Cross\n"
      "    from: 2017\n"
      "    to: 2018\n"
      "    type: volunteer  # a volunteer entry -> volunteer\n"
      "languages:\n"
      "  - language: French  # 'French' -> fr\n"
      "    fluency: Native speaker  # 'Native speaker' -> native\n"
      "  - language: eng  # 'eng' -> en\n"
      "    fluency: Professional working proficiency  # 'Professional working "
      "proficiency' -> B2 to C1 (ILR 3: a range)\n"
      "  - language: es\n"
      "    level: Fluent  # 'Fluent' -> C1\n"
      "  - language: de\n"
      "    fluency: Moderate  # 'Moderate' is not in rules/fluency.yaml: kept, unknown\n"
      "  # left out: language 'Klingon' is not in rules/languages.yaml (fluency "
      "'Beginner')\n"
      "skills:\n"
      "  - policy analysis\n"
      "  - drafting\n"
      "# left out:\n"
      "#   basics.email: contact details, not judged\n"
      "#   basics.location: where the person lives, not a nationality\n"
      "#   awards: no criterion reads it\n");
}

TEST_CASE("a converted JSON Resume reads back into the same verdicts", "[convert]") {
  const CompiledVacancy v = test::compile_vacancy(kVacancy);
  const auto [original, back] =
      both_checks(test::fixture_engine(), v, "amina.json", kResume);
  CHECK(verdicts(back) == verdicts(original));
  // The one difference: a written type no longer says which word gave it.
  CHECK(back != original);
  CHECK(back == without_type_reasons(original));
}

TEST_CASE("every real JSON Resume sample converts and reads back into the same verdicts",
          "[convert]") {
  namespace fs = std::filesystem;
  REQUIRE(fs::is_directory(kSamples));
  static const Engine engine(test::bundled_rules());
  const std::string vacancy = test::write_temp("v.yaml", kVacancy);
  Diagnostics errors;
  const auto v = engine.vacancy(vacancy, std::nullopt, {}, errors);
  REQUIRE(v);
  std::vector<std::string> paths;
  for (const auto& entry : fs::directory_iterator(kSamples))
    paths.push_back(entry.path().string());
  std::sort(paths.begin(), paths.end());
  int converted_files = 0;
  for (const auto& path : paths) {
    if (!path.ends_with(".json") || path.ends_with("schema.json") ||
        path.ends_with("jrs-empty.json"))  // invalid: no start dates (test_json_resume)
      continue;
    INFO(path);
    const std::string name = fs::path(path).filename().string();
    const auto [original, back] = both_checks(engine, *v, name, read_file(path));
    CHECK(verdicts(back) == verdicts(original));
    CHECK(back == without_type_reasons(original));
    ++converted_files;
  }
  CHECK(converted_files == 10);
}

TEST_CASE("an invalid profile is not converted, its errors are located", "[convert]") {
  auto read = typed(test::fixture_engine(),
                    {CandidateInput::bytes("pool.jsonl",
                                           "{\"meta\": {\"id\": \"a\"}}\n"
                                           "{\"work\": 3}\n"
                                           "{\"meta\": {\"id\": \"a\"}}\n")});
  REQUIRE(read.size() == 3);
  CHECK(read[0].candidate);
  CHECK_FALSE(read[1].candidate);
  CHECK(test::messages(read[1].errors) ==
        Lines{"pool.jsonl:2:10: /work: must be an array, found 3"});
  CHECK_FALSE(read[2].candidate);  // the id was seen, as in a roster
  CHECK(
      test::messages(read[2].errors) ==
      Lines{
          "pool.jsonl:3:1: duplicate candidate id 'a' (first in pool.jsonl at line 1)"});
}

TEST_CASE("YAML candidates convert to themselves, sections stated empty kept",
          "[convert]") {
  const std::string yaml =
      "id: c-1\nname: A\nborn: 1995\nnationality:\n  - SN\n  - Senegal\ngender: female\n"
      "education: []\nexperience:\n  - from: 2020-01\n    fte: 0.5\n    type: "
      "consultancy\n"
      "languages:\n  - language: fr\n    level: native\n  - language: en\n"
      "    read: fluent\n    speak: confident\nskills: []\n"
      "proposal:\n  fee: 42000.5\n  currency: USD\n";
  CHECK(converted("c.yaml", yaml) ==
        "id: c-1\nname: A\nborn: 1995\nnationality:\n  - SN\n  - Senegal  # 'Senegal' -> "
        "SN\n"
        "gender: female\neducation: []\nexperience:\n  - from: 2020-01\n    fte: 0.5\n"
        "    type: consultancy\nlanguages:\n  - language: fr\n    level: native\n"
        "  - language: en\n    read: fluent\n    speak: confident\nskills: []\n"
        "proposal:\n  fee: 42000.5\n  currency: USD\n");
}

TEST_CASE("YAML scalars: quoted when a reader would misread them", "[convert]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Amina", "Amina"},
      {"Côte d'Ivoire", "Côte d'Ivoire"},
      {"NO", "\"NO\""},
      {"on", "\"on\""},
      {"Yes", "\"Yes\""},
      {"null", "\"null\""},
      {"~", "\"~\""},
      {"", "\"\""},
      {"2019-07", "\"2019-07\""},
      {"0311", "\"0311\""},
      {" lead", "\" lead\""},
      {"trail ", "\"trail \""},
      {"a: b", "\"a: b\""},
      {"a #b", "\"a #b\""},
      {"#x", "\"#x\""},
      {"- x", "\"- x\""},
      {"---", "\"---\""},
      {"key:", "\"key:\""},
      {"*alias", "\"*alias\""},
      {"two\nlines", "\"two\\nlines\""},
      {"tab\there", "\"tab\\there\""},
      {"say \"hi\" \\o/", "say \"hi\" \\o/"},
      {"[x] \"q\"", "\"[x] \\\"q\\\"\""},
      {"next\xc2\x85line", "\"next\\u0085line\""},
      {"sep\xe2\x80\xa8", "\"sep\\L\""},
      {"中文 Ελληνικά", "中文 Ελληνικά"}};
  std::string skills;
  for (const auto& [text, scalar] : cases) {
    INFO(text);
    CHECK(yaml_scalar(text) == scalar);
    skills += "  - " + yaml_scalar(text) + "\n";
  }
  // Each reads back as the very text.
  const Roster r = test::roster_of({{"q.yaml", "id: q\nskills:\n" + skills}});
  for (const auto& e : r.profiles()[0].errors) UNSCOPED_INFO(e.to_string());
  REQUIRE(r.profiles()[0].valid);
  auto read = typed(test::fixture_engine(),
                    {CandidateInput::bytes("q.yaml", "id: q\nskills:\n" + skills)});
  REQUIRE(read[0].candidate);
  std::vector<std::string> back;
  for (const Text& s : read[0].candidate->skills) back.push_back(s.value);
  std::vector<std::string> texts;
  for (const auto& c : cases) texts.push_back(c.first);
  CHECK(back == texts);
  // And a profile whose values need quoting converts to a file that reads back.
  const std::string tricky =
      converted("t.json",
                R"({"meta": {"id": "NO"}, "basics": {"name": " Dr. No: #1 "},
          "work": [{"position": "2019-07", "name": "on", "startDate": "2019"}]})");
  CHECK(tricky ==
        "id: \"NO\"\nname: \" Dr. No: #1 \"\nexperience:\n  - title: \"2019-07\"\n"
        "    employer: \"on\"\n    from: 2019\n");
  auto again = typed(test::fixture_engine(), {CandidateInput::bytes("t.yaml", tricky)});
  REQUIRE(again[0].candidate);
  CHECK(again[0].candidate->id == "NO");
  CHECK(*again[0].candidate->name == " Dr. No: #1 ");
  CHECK(again[0].candidate->experience[0].employer->value == "on");
}

TEST_CASE("YAML fluency: free words read through rules/fluency.yaml", "[convert]") {
  const CandidateFacts f = test::facts_of(
      "id: c\nlanguages:\n  - {language: en, fluency: Professional working proficiency}\n"
      "  - {language: de, fluency: Moderate}\n  - {language: fr, fluency: Fluent}\n");
  REQUIRE(f.languages.size() == 3);
  CHECK(f.languages[0].low == 4);   // B2
  CHECK(f.languages[0].high == 5);  // C1
  CHECK(f.languages[0].how ==
        "'Professional working proficiency' -> B2 to C1 (ILR 3: a range)");
  CHECK(f.languages[1].low == 0);
  CHECK(f.languages[1].how == "'Moderate' is not in rules/fluency.yaml");
  CHECK(f.languages[2].how == "C1 from 'Fluent'");
  CHECK(test::candidate_errors("id: c\nlanguages:\n  - {language: en, level: C1, "
                               "fluency: Fluent}\n") ==
        Lines{"c.yaml:3:40: give either fluency or a level (level or the four "
              "skills), not both"});
}

TEST_CASE("YAML eqf, field_code, isced97_field: the codes beside a degree", "[convert]") {
  const CandidateFacts f = test::facts_of(
      "id: c\neducation:\n  - {eqf: 7, field_code: '0311', completed: 2019}\n"
      "  - {degree: PhD, eqf: 7, isced97_field: '31', completed: 2020}\n");
  REQUIRE(f.degrees.size() == 2);
  REQUIRE(f.degrees[0].level);
  CHECK(f.degrees[0].level->low == 7);
  CHECK(f.degrees[0].level->high == 7);
  CHECK(f.degrees[0].field->code == "0311");
  CHECK(f.degrees[1].level->low == 7);  // the name and the code disagree: uncertain
  CHECK(f.degrees[1].level->high == 8);
  CHECK(test::candidate_errors("id: c\neducation:\n  - {eqf: 9}\n  - {title: x}\n") ==
        Lines{"c.yaml:3:5: education entry has no 'degree'",
              "c.yaml:3:11: eqf must be an EQF level from 1 to 8, found '9'",
              "c.yaml:4:5: education entry has no 'degree'"});
  // Written by convert with their mappings.
  Candidate c;
  c.id = "c";
  c.stated.education = true;
  EducationEntry e;
  e.eqf_level = Text{"7", {}};
  e.isced97_field = Text{"31", {}};
  e.field_code = Text{"0311", {}};
  c.education.push_back(e);
  CHECK(candidate_yaml(c, test::fixture_rules()) ==
        "id: c\neducation:\n  - eqf: 7  # EQF level 7 -> master\n"
        "    field_code: \"0311\"  # ISCED-F 0311 Economics\n"
        "    isced97_field: \"31\"  # ISCED-1997 31 -> ISCED-F 031\n");
}

TEST_CASE("file names from ids: safe, and collisions numbered in order", "[convert]") {
  YamlFileNames names;
  CHECK(names.next("c-0042") == "c-0042.yaml");
  CHECK(names.next("x/pool.jsonl#3") == "x_pool.jsonl_3.yaml");
  CHECK(names.next("x/pool.jsonl?3") == "x_pool.jsonl_3-2.yaml");
  CHECK(names.next("C-0042") == "C-0042-2.yaml");  // case-insensitive file systems
  CHECK(names.next("..") == "_..yaml");
  CHECK(names.next("") == "candidate.yaml");
  CHECK(names.next("José Núñez") == "José_Núñez.yaml");
  CHECK(names.next(std::string(200, 'a')) == std::string(120, 'a') + ".yaml");
}

TEST_CASE("conversion is deterministic", "[convert]") {
  CHECK(converted("amina.json", kResume) == converted("amina.json", kResume));
}

TEST_CASE(
    "every bundled YAML candidate converts to a file judged the same on every "
    "bundled vacancy",
    "[convert]") {
  namespace fs = std::filesystem;
  static const Engine engine(test::bundled_rules());
  const std::string root = std::string(SHORTLIST_SOURCE_DIR) + "/profiles/";
  std::vector<CandidateInput> originals, back;
  read_candidates(engine, candidate_files({root + "candidates"}), {},
                  [&](ReadCandidate&& c) {
                    REQUIRE(c.candidate);
                    back.push_back(CandidateInput::bytes(
                        c.id + ".yaml", candidate_yaml(*c.candidate, engine.rules())));
                  });
  CHECK(back.size() == 27);
  const Roster a = engine.roster(candidate_files({root + "candidates"}), {});
  const Roster b = engine.roster(back, {});
  for (const auto& p : b.profiles()) CHECK(p.errors.empty());
  int vacancies = 0;
  for (const auto& path : expand_paths({root + "vacancies"})) {
    Diagnostics errors;
    const auto v = engine.vacancy(path, std::nullopt, {}, errors);
    REQUIRE(v);
    CHECK(test::check_json(*v, b, engine) == test::check_json(*v, a, engine));
    ++vacancies;
  }
  CHECK(vacancies == 5);
}

TEST_CASE("values YAML cannot hold are left out as comments, the file still reads",
          "[convert]") {
  Candidate c;
  c.id = "x";
  c.born = Date(1995, 1, 1);
  c.born_precision = DatePrecision::year;
  c.nationality = std::vector<Text>{{"Narnia", {}}, {"SN", {}}};
  EducationEntry e;
  e.eqf_level = Text{"9", {}};
  e.country = Text{"Atlantis", {}};
  e.completed = Date(2019, 12, 31);
  e.completed_precision = DatePrecision::year;
  c.education.push_back(e);
  Period p;
  p.from = Date(2020, 1, 1);
  p.open_end = Text{"aujourd'hui", {}};
  p.fte = 0.25;
  p.areas = {{"research", {{"f.yaml"}, 3, 5}}};
  c.experience.push_back(p);
  c.stated = {true, true, false, false};
  c.left_out = {{"awards", "no criterion reads it"}};
  const std::string yaml = candidate_yaml(c, test::fixture_rules());
  CHECK(yaml ==
        "id: x\nborn: 1995\nnationality:\n  # left out: 'Narnia' is not in "
        "rules/countries.yaml\n  - SN\n"
        "education:\n  - degree: \"\"  # no degree name given: to judge\n"
        "    # left out: EQF level '9' is not a level 1 to 8\n"
        "    # left out: country 'Atlantis' is not in rules/countries.yaml\n"
        "    completed: 2019\n"
        "experience:\n  - from: 2020-01-01\n    # to: 'aujourd'hui' -> ongoing\n"
        "    fte: 0.25\n    areas:\n      - research\n"
        "# left out:\n#   awards: no criterion reads it\n");
  auto back = typed(test::fixture_engine(), {CandidateInput::bytes("x.yaml", yaml)});
  for (const auto& err : back[0].errors) UNSCOPED_INFO(err.to_string());
  REQUIRE(back[0].candidate);
  CHECK(back[0].candidate->born_precision == DatePrecision::year);
  CHECK(back[0].candidate->experience[0].fte == 0.25);
  CHECK_FALSE(back[0].candidate->experience[0].to);
}

TEST_CASE("random texts read back as themselves through yaml_scalar", "[convert]") {
  const std::vector<std::string> parts = {"a",
                                          "Z",
                                          "0",
                                          "7",
                                          " ",
                                          "  ",
                                          ":",
                                          ": ",
                                          "#",
                                          " #",
                                          "-",
                                          "--- ",
                                          "...",
                                          "?",
                                          ",",
                                          "[",
                                          "]",
                                          "{",
                                          "}",
                                          "&",
                                          "*",
                                          "!",
                                          "|",
                                          ">",
                                          "'",
                                          "\"",
                                          "%",
                                          "@",
                                          "`",
                                          "\\",
                                          "\t",
                                          "\n",
                                          "\r",
                                          "é",
                                          "中",
                                          "\xc2\x85",
                                          "\xe2\x80\xa8",
                                          "\xef\xbb\xbf",
                                          "\x01",
                                          "\x7f",
                                          "no",
                                          "on",
                                          "null",
                                          "~",
                                          "2019-07",
                                          "1.5",
                                          "+1",
                                          ".5"};
  std::uint32_t seed = 12345;
  auto next = [&] { return seed = seed * 1664525u + 1013904223u; };
  std::string skills;
  std::vector<std::string> texts;
  for (int i = 0; i < 500; ++i) {
    std::string t;
    for (int k = 0, n = 1 + next() % 6; k < n; ++k)
      t += parts[(next() >> 8) % parts.size()];
    texts.push_back(t);
    skills += "  - " + yaml_scalar(t) + "\n";
  }
  auto read = typed(test::fixture_engine(),
                    {CandidateInput::bytes("r.yaml", "id: r\nskills:\n" + skills)});
  for (const auto& e : read[0].errors) UNSCOPED_INFO(e.to_string());
  REQUIRE(read[0].candidate);
  std::vector<std::string> back;
  for (const Text& s : read[0].candidate->skills) back.push_back(s.value);
  CHECK(back == texts);
}

TEST_CASE("a profile with an empty id is written with the id the roster gave it",
          "[convert]") {
  CHECK(converted("dir/pool.yaml", "id: \"\"\nname: A\n") ==
        "id: dir/pool.yaml#1\nname: A\n");
}

TEST_CASE("convert keeps every fact of the rule language, and judges the same",
          "[convert]") {
  const CompiledVacancy v = test::compile_vacancy(
      "id: v\ndeadline: 2025-03-31\nminimum:\n"
      "  - {id: a, text: t, experience: {years: 1, scope: international, paid: true, "
      "setting: [field], programmes: [jpo]}}\n"
      "  - {id: b, text: t, enrolled: {level: master, final_year: true}}\n"
      "  - {id: c, text: t, language: {any_of: [fr], un_levels: {read: IV, write: "
      "III}}}\n"
      "  - {id: d, text: t, degree: bachelor, accredited: true}\n"
      "  - {id: e, text: t, residence: {countries: [SN]}}\n"
      "  - {id: f, text: t, work_permit: {country: SN, kinds: [long_term]}}\n");
  const std::string text =
      "id: c-rl\nnationality: [FR]\nresidence: {country: SN, since: 2019-01}\n"
      "work_permits:\n  - {country: SN, kind: long_term, until: 2027-12-31}\n"
      "education:\n  - {degree: MSc, enrolled: true, expected: 2025-09, final_year: "
      "true}\n"
      "  - {degree: BSc, completed: 2020-06, accredited: true}\n"
      "experience:\n  - {title: JPO, from: 2021-01, to: 2023-12, country: SN, scope: "
      "international, setting: field, paid: true, programme: jpo}\n"
      "languages:\n  - {language: fr, read: UN IV, write: UN III}\n";
  const auto [original, back] = both_checks(test::fixture_engine(), v, "c.yaml", text);
  CHECK(back == original);
  CHECK(original.find("\"verdict\": \"eligible\"") != std::string::npos);
}
