#include <catch2/catch.hpp>

#include "load/candidate_format.h"
#include "shortlist/load.h"
#include "support.h"

using namespace shortlist;
using test::fixture_rules;
using test::messages;
using test::write_temp;
using Lines = std::vector<std::string>;

namespace {

// The typed profiles of a YAML text, as its format reads them.
std::vector<LoadedCandidate> load(const std::string& yaml) {
  const std::vector<InputText> inputs = {
      {"c.yaml", std::make_shared<const std::string>(yaml)}};
  const int32_t first = 0;
  Diagnostics errors;
  const CandidateFormat& format = yaml_candidates();
  const Pieces pieces =
      format.cut(inputs, std::span<const int32_t>(&first, 1), {}, errors);
  std::vector<LoadedCandidate> out;
  for (size_t i = 0; i < pieces.size(); ++i)
    for (auto& c : format.read(pieces.piece(i), inputs, fixture_rules(), {}))
      out.push_back(std::move(c));
  return out;
}

Lines vacancy_errors(const std::string& yaml) {
  auto loaded = load_vacancy(write_temp("v.yaml", yaml), fixture_rules());
  CHECK_FALSE(loaded.vacancy);
  return messages(loaded.errors);
}

}  // namespace

TEST_CASE("a valid candidate loads with every field") {
  auto loaded = load(
      "id: c-1\nborn: 1996-04-12\nnationality: [SN, France]\n"
      "education:\n  - {degree: Licence, country: FR, field: economics, completed: "
      "2018-07}\n"
      "experience:\n  - {from: 2020-10, to: present, fte: 0.5, type: consultancy, areas: "
      "[AI]}\n"
      "languages:\n  - {language: French, level: native}\n"
      "  - {language: es, read: confident, write: not fluent, speak: confident, "
      "understand: fluent}\n"
      "skills: [drafting]\nproposal: {fee: 42000, currency: USD}\n");
  REQUIRE(loaded.size() == 1);
  INFO(messages(loaded[0].errors).size());
  REQUIRE(loaded[0].valid());
  const Candidate& c = *loaded[0].candidate;
  CHECK(c.id == "c-1");
  CHECK(c.education[0].completed->iso() == "2018-07-31");
  CHECK_FALSE(c.experience[0].to);
  CHECK(c.experience[0].fte == 0.5);
  CHECK(c.languages[1].skills.size() == 4);
  CHECK(c.proposal->fee == 42000);
}

TEST_CASE("a misspelt key is an error with a suggestion") {
  CHECK(test::candidate_errors("id: c-1\nlangauges: []\n") ==
        Lines{"c.yaml:2:1: unknown key 'langauges' in candidate (did you mean "
              "'languages'?)"});
}

TEST_CASE("impossible values are errors naming line and column") {
  CHECK(test::candidate_errors(
            "id: c-1\nexperience:\n  - {from: 2020-01, to: 2019-12, fte: 1.5}\n"
            "education:\n  - {degree: master, completed: 2020-13}\n") ==
        Lines{"c.yaml:3:25: to (2019-12) is before from (2020-01)",
              "c.yaml:3:39: fte must be between 0 and 1 (full time), found 1.5",
              "c.yaml:5:33: completed: month 13 does not exist"});
}

TEST_CASE("closed vocabularies: levels, languages, countries, types") {
  CHECK(
      test::candidate_errors("id: c-1\nlanguages:\n  - {language: en, level: C3}\n") ==
      Lines{"c.yaml:3:27: unknown language level 'C3' (did you mean 'C1'?); levels are "
            "A1, A2, "
            "B1, B2, C1, C2, native, basic, command, excellent, fluent, good, knowledge, "
            "mother tongue and working knowledge"});
  CHECK(test::candidate_errors(
            "id: c-1\nlanguages:\n  - {language: Frnech, level: B2}\n") ==
        Lines{"c.yaml:3:16: unknown language 'Frnech' (did you mean 'French'?)"});
  CHECK(test::candidate_errors("id: c-1\nnationality: [Germny]\n") ==
        Lines{"c.yaml:2:15: unknown country 'Germny' (did you mean 'Germany'?)"});
  CHECK(test::candidate_errors(
            "id: c-1\nexperience:\n  - {from: 2020-01, type: internshp}\n") ==
        Lines{"c.yaml:3:27: unknown experience type 'internshp' (did you mean "
              "'internship'?); "
              "types are employment, consultancy, fellowship, internship and volunteer"});
}

TEST_CASE("a value where a list is expected, and the reverse") {
  CHECK(test::candidate_errors("id: c-1\nnationality: DE\n") ==
        Lines{"c.yaml:2:14: nationality must be a list, found a value: write [DE]"});
  CHECK(test::candidate_errors("id: [c-1]\n") ==
        Lines{"c.yaml:1:5: id must be a value, found a list"});
}

TEST_CASE("duplicate keys are errors naming the first") {
  CHECK(test::candidate_errors("id: c-1\nskills: [a]\nskills: [b]\n") ==
        Lines{"c.yaml:3:1: duplicate key 'skills' (first at line 2)"});
}

TEST_CASE("values are read as written: NO is Norway, not false") {
  auto loaded = load("id: c-1\nnationality: [NO]\n");
  REQUIRE(loaded[0].valid());
  CHECK(loaded[0].candidate->nationality->at(0).value == "NO");
}

TEST_CASE("an empty file and a file that is not YAML") {
  CHECK(test::candidate_errors("") == Lines{"c.yaml: the file holds no profile"});
  CHECK(test::candidate_errors("id: [unclosed\n") ==
        Lines{"c.yaml:2:1: YAML syntax: did not find expected ',' or ']' while parsing a "
              "flow "
              "sequence (started at line 1, column 5)"});
}

TEST_CASE("a broken document in the middle: the others load, lines are the file's") {
  const Roster roster = test::roster_of(
      {{"c.yaml", "id: c-1\n---\nid: c-2\nborn: 1990-02-30\n---\nid: c-3\n"}});
  const auto& loaded = roster.profiles();
  REQUIRE(loaded.size() == 3);
  CHECK(loaded[0].valid);
  CHECK_FALSE(loaded[1].valid);
  CHECK(loaded[1].id == "c-2");
  CHECK(loaded[1].line == 2);
  CHECK(messages(loaded[1].errors) ==
        Lines{"c.yaml:4:7: born: day 30 does not exist in 1990-02"});
  CHECK(loaded[2].valid);
}

TEST_CASE("invalid UTF-8 and NUL bytes are located") {
  CHECK(test::candidate_errors("id: c-1\nname: \xff\xfe\n") ==
        Lines{"c.yaml:2:7: invalid UTF-8 byte 0xFF: save the file as UTF-8"});
  CHECK(test::candidate_errors(std::string("id: c-1\nname: a\0b\n", 17)) ==
        Lines{"c.yaml:2:8: NUL byte: the file is binary or not UTF-8 text"});
}

TEST_CASE(
    "vacancy errors: unknown level, field, language, negative years, duplicate ids") {
  CHECK(vacancy_errors("id: v\ndeadline: 2025-03-31\nminimum:\n"
                       "  - {id: d, text: t, degree: mastr, fields: [astrology]}\n"
                       "  - {id: d, text: t, experience: -2}\n"
                       "  - {id: l, text: t, language: {any_of: [en], level: C3}}\n") ==
        Lines{"v.yaml:4:30: unknown degree level 'mastr' (did you mean 'master'?); "
              "levels are "
              "secondary, bachelor, first-level, master, advanced and doctorate",
              "v.yaml:4:46: field of study 'astrology' is not in rules/fields.yaml",
              "v.yaml:5:5: criterion id 'd' is already used at line 4",
              "v.yaml:5:34: experience must not be negative, found -2",
              "v.yaml:6:54: unknown language level 'C3' (did you mean 'C1'?)"});
}

TEST_CASE("a criterion needs exactly one kind") {
  CHECK(
      vacancy_errors("id: v\ndeadline: 2025-03-31\nminimum:\n  - {id: a, text: t}\n") ==
      Lines{
          "v.yaml:4:5: a criterion needs exactly one kind (degree, experience, language, "
          "skills, age, nationality, manual, enrolled, residence, work_permit, any_of "
          "or all_of); found none"});
}

TEST_CASE(
    "a criterion kind without a value is an error, not a crash (found by fuzzing)") {
  CHECK(vacancy_errors("id: v\ndeadline: 2025-03-31\nminimum:\n  - id: d\n    text: t\n  "
                       "  degree:\n") == Lines{"v.yaml:4:5: degree has no value"});
  CHECK(vacancy_errors(
            "id: v\ndeadline: 2025-03-31\nminimum:\n  - {id: c, text: t, any_of: }\n") ==
        Lines{"v.yaml:4:5: any_of has no value"});
}

TEST_CASE(
    "skills at_least empty or out of range is an error, not a crash (found by fuzzing)") {
  CHECK(vacancy_errors("id: v\ndeadline: 2025-03-31\nminimum:\n"
                       "  - {id: s, text: t, skills: {at_least: , of: [a]}}\n") ==
        Lines{"v.yaml:4:30: skills at_least has no value"});
  CHECK(
      vacancy_errors("id: v\ndeadline: 2025-03-31\nminimum:\n"
                     "  - {id: s, text: t, skills: {at_least: 1e300, of: [a]}}\n") ==
      Lines{"v.yaml:4:41: at_least must be a whole number from 1 to 10000, found 1e300"});
  CHECK(vacancy_errors("id: v\ndeadline: 2025-03-31\nminimum:\n"
                       "  - {id: a, text: t, age: {max: 32.5}}\n") ==
        Lines{"v.yaml:4:33: max must be a whole number from 0 to 150, found 32.5"});
}
