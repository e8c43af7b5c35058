// Hostile and broken input: every file becomes judged profiles or invalid
// entries with a located message; nothing crashes, hangs or grows without bound.
#include <catch2/catch.hpp>
#include <random>
#include <set>

#include "shortlist/engine.h"
#include "support.h"

using namespace shortlist;
using test::fixture_rules;
using test::messages;
using test::write_temp;
using Lines = std::vector<std::string>;

namespace {

// Ten levels of ten aliases each: 10^10 nodes if expanded.
std::string alias_bomb(const std::string& indent, const std::string& item) {
  std::string out = indent + item + "&a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i < 10; ++i) {
    out += indent + item + "&a" + std::to_string(i) + " [";
    for (int k = 0; k < 10; ++k) out += (k ? ", *a" : "*a") + std::to_string(i - 1);
    out += "]\n";
  }
  return out;
}

}  // namespace

TEST_CASE("an alias bomb at the top level stops at the node limit") {
  std::string bomb;
  for (int i = 0; i < 10; ++i) {
    bomb += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
    for (int k = 0; k < 10; ++k)
      bomb +=
          (k ? ", " : "") + (i == 0 ? std::string("x") : "*a" + std::to_string(i - 1));
    bomb += "]\n";
  }
  CHECK(
      test::candidate_errors(bomb) ==
      Lines{"c.yaml:5:45: document too large: aliases expand to more than 100000 nodes"});
}

TEST_CASE("an alias bomb inside a list field stops at the node limit") {
  CHECK(
      test::candidate_errors("id: c-1\nskills:\n" + alias_bomb("  ", "- ")) ==
      Lines{"c.yaml:7:45: document too large: aliases expand to more than 100000 nodes"});
}

TEST_CASE("nesting 100,000 levels deep stops at the depth limit") {
  CHECK(test::candidate_errors("id: c-1\nskills: " + std::string(100000, '[') +
                               std::string(100000, ']') + "\n") ==
        Lines{"c.yaml:2:72: nesting deeper than 64 levels"});
  std::string maps = "id: c-1\nskills: ";
  for (int i = 0; i < 100000; ++i) maps += "{a: ";
  maps += "1" + std::string(100000, '}') + "\n";
  CHECK(test::candidate_errors(maps) ==
        Lines{"c.yaml:2:261: nesting deeper than 64 levels"});
}

TEST_CASE("a 50 MB value is refused by the document size limit, and by the value limit") {
  const std::string big = "id: c-1\nname: " + std::string(50u << 20, 'x') + "\n";
  CHECK(test::candidate_errors(big) ==
        Lines{"c.yaml:1:1: document is 52428815 bytes; the limit is 4194304"});
  ReadLimits roomy;
  roomy.max_document_bytes = 64u << 20;
  CHECK(test::candidate_errors(big, roomy) ==
        Lines{"c.yaml:2:7: value is 52428800 bytes long; the limit is 65536"});
}

TEST_CASE("a file larger than the file limit is one file-level error") {
  ReadLimits small;
  small.max_file_bytes = 10;
  CHECK(test::candidate_errors("id: c-1\nname: someone\n", small) ==
        Lines{"c.yaml: file is 22 bytes; the limit is 10 (see --max-file-bytes)"});
}

TEST_CASE("a list longer than the list limit") {
  ReadLimits small;
  small.max_list_items = 3;
  CHECK(test::candidate_errors("id: c-1\nskills: [a, b, c, d]\n", small) ==
        Lines{"c.yaml:2:19: list longer than 3 items"});
}

TEST_CASE("every impossible value of formats.md is located") {
  CHECK(
      test::candidate_errors(
          "id: c-1\nborn: 1990-02-30\nexperience:\n  - {from: 2021-00}\n"
          "  - {from: 2020-05, to: 2020-04}\n  - {from: 2020-05, fte: -0.1}\n"
          "  - {from: 2020-05, fte: full}\n"
          "languages:\n  - {language: en, level: C3}\n  - {language: xx, level: B1}\n"
          "  - {language: fr, level: B2, read: fluent}\n"
          "  - {language: es, read: perfect}\n"
          "proposal: {fee: -5, currency: dollars}\n") ==
      Lines{
          "c.yaml:2:7: born: day 30 does not exist in 1990-02",
          "c.yaml:4:12: from: month 0 does not exist",
          "c.yaml:5:25: to (2020-04) is before from (2020-05)",
          "c.yaml:6:26: fte must be between 0 and 1 (full time), found -0.1",
          "c.yaml:7:26: fte must be a number, found 'full'",
          "c.yaml:9:27: unknown language level 'C3' (did you mean 'C1'?); levels are A1, "
          "A2, B1, B2, C1, C2, native, basic, command, excellent, fluent, good, "
          "knowledge, "
          "mother tongue and working knowledge",
          "c.yaml:10:16: unknown language 'xx'",
          "c.yaml:11:37: give either level or the four skills (read, write, speak and "
          "understand), not both",
          "c.yaml:12:26: read must be not fluent, confident or fluent (or a UN level "
          "such as UN III), found 'perfect'",
          "c.yaml:13:17: fee must be greater than 0, found -5",
          "c.yaml:13:31: currency must be an ISO 4217 code such as USD, found "
          "'dollars'"});
}

TEST_CASE("10,000 profiles with 1% corrupted: 9,900 judged, 100 invalid, none lost") {
  // Ten kinds of damage, each put into ten profiles spread over the file.
  const std::vector<std::string> damage = {
      "born: 1990-13-01\n",
      "langauges: []\n",
      "skills: [unclosed\n",
      "name: \xff\n",
      "skills: a\n",
      "skills: [a]\nskills: [b]\n",
      "experience:\n  - {from: 2020-01, fte: 2}\n",
      "languages:\n  - {language: en, level: C9}\n",
      "skills: " + std::string(200, '[') + std::string(200, ']') + "\n",
      "skills:\n" + alias_bomb("  ", "- ")};
  std::mt19937 rng(42);
  std::set<int> broken;
  while (broken.size() < 100)
    broken.insert(std::uniform_int_distribution<int>(0, 9999)(rng));
  std::string file;
  int kind = 0;
  for (int i = 0; i < 10000; ++i) {
    file += (i ? "---\n" : "") + std::string("id: p-") + std::to_string(i) +
            "\neducation:\n  - {degree: MSc, field: economics, completed: 2015-06}\n"
            "experience:\n  - {from: 2016-01, to: 2019-12, areas: [employment]}\n"
            "languages:\n  - {language: en, level: C1}\n";
    if (broken.count(i)) file += damage[kind++ % damage.size()];
  }
  Engine engine(fixture_rules());
  const Roster loaded = test::roster_of({{"roster.yaml", file}});
  REQUIRE(loaded.profiles().size() == 10000);
  auto vacancy = test::compile_vacancy(
      "id: v\ndeadline: 2025-03-31\nminimum:\n  - {id: d, text: t, degree: master}\n"
      "  - {id: e, text: t, experience: {years: 2, areas: [employment]}}\n");
  auto assessments = engine.assess(vacancy, loaded, Detail::criteria);
  std::set<int> invalid;
  int eligible = 0;
  for (size_t i = 0; i < assessments.size(); ++i) {
    if (assessments[i].eligibility == Eligibility::invalid) {
      invalid.insert(static_cast<int>(i));
      CHECK_FALSE(assessments[i].errors.empty());
    }
    eligible += assessments[i].eligibility == Eligibility::eligible;
  }
  CHECK(invalid == broken);
  CHECK(eligible == 9900);
}

TEST_CASE(
    "a run where no profile is valid judges nothing and reports every one (found by "
    "fuzzing)") {
  Engine engine(fixture_rules());
  const Roster loaded = test::roster_of({{"bad.yaml", "id: [a]\n---\nname: x\n"}});
  auto vacancy = test::compile_vacancy(
      "id: v\ndeadline: 2025-03-31\nminimum:\n  - {id: d, text: t, degree: master}\n");
  auto assessments = engine.assess(vacancy, loaded, Detail::explained);
  REQUIRE(assessments.size() == 2);
  CHECK(assessments[0].eligibility == Eligibility::invalid);
  CHECK(messages(assessments[1].errors) == Lines{"bad.yaml:3:1: candidate has no 'id'"});
}

TEST_CASE(
    "a malformed tag after a directive ends in a located error, not a hang (found by "
    "fuzzing)") {
  // yaml-cpp 0.7 read this as endless empty documents; libyaml reports the tag.
  CHECK(
      test::candidate_errors("%YAML 1.2\n--- !candeatdiid,: !!str 1 !!seq [a]\n...\n") ==
      Lines{"c.yaml:2:17: YAML syntax: did not find expected whitespace or line break "
            "while "
            "scanning a tag (started at line 2, column 5)"});
  // A directive belongs to the document after it.
  const Roster loaded = test::roster_of({{"d.yaml", "%YAML 1.1\n---\nid: c-1\n"}});
  REQUIRE(loaded.profiles().size() == 1);
  CHECK(loaded.profiles()[0].valid);
}

TEST_CASE("a period with more areas than can be judged is invalid, and the others load") {
  std::string areas;
  for (int i = 0; i < 65536; ++i) areas += (i ? ", a" : "a") + std::to_string(i);
  const std::string path =
      write_temp("wide.yaml", "id: wide\nexperience:\n  - {from: 2020-01, areas: [" +
                                  areas + "]}\n---\nid: next\n");
  ReadLimits limits;
  limits.max_list_items = 70000;
  limits.max_nodes = 200000;
  limits.max_scalar_bytes = 1 << 20;
  const Engine engine(fixture_rules());
  const Roster roster = engine.roster({CandidateInput::file(path)}, limits);
  REQUIRE(roster.profiles().size() == 2);
  CHECK_FALSE(roster.profiles()[0].valid);
  CHECK(messages(roster.profiles()[0].errors) ==
        Lines{"wide.yaml:1:1: a period lists 65536 areas; at most 65535 can be judged"});
  CHECK(roster.profiles()[1].valid);
}
