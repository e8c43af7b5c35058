// Normalising what other formats state (formats.md, "Candidates in other
// formats"): free-text fluency, EQF levels and field codes beside names,
// and the reason a format gave a period its type, on typed profiles built
// here as a reader would build them.
#include <catch2/catch.hpp>

#include "support.h"

using namespace shortlist;
using test::fixture_rules;

namespace {

Text text(std::string value) { return {std::move(value), {}}; }

LanguageFact fluency(const std::string& words) {
  Candidate c;
  c.id = "a";
  c.stated.languages = true;
  c.languages.push_back({text("en"), std::nullopt, text(words), {}, {}});
  return normalise(c, fixture_rules()).languages.at(0);
}

DegreeFact degree(const std::string& name, std::optional<std::string> eqf,
                  std::optional<std::string> field = std::nullopt,
                  std::optional<std::string> field_code = std::nullopt,
                  std::optional<std::string> isced97 = std::nullopt) {
  EducationEntry e;
  e.degree = text(name);
  if (eqf) e.eqf_level = text(*eqf);
  if (field) e.field = text(*field);
  if (field_code) e.field_code = text(*field_code);
  if (isced97) e.isced97_field = text(*isced97);
  e.completed = Date(2015, 6, 30);
  Candidate c;
  c.id = "a";
  c.stated.education = true;
  c.education.push_back(e);
  return normalise(c, fixture_rules()).degrees.at(0);
}

}  // namespace

TEST_CASE("fluency text: the scale's words, the fluency table's spans, or unread") {
  const LanguageFact ilr3 = fluency("Professional working proficiency");
  CHECK(ilr3.low == 4);   // B2
  CHECK(ilr3.high == 5);  // C1
  CHECK(ilr3.how == "'Professional working proficiency' -> B2 to C1 (ILR 3: a range)");
  const LanguageFact fluent = fluency("Fluent");
  CHECK((fluent.low == 5 && fluent.high == 5));
  CHECK(fluent.how == "C1 from 'Fluent'");
  const LanguageFact moderate = fluency("Moderate");
  CHECK((moderate.low == 0 && moderate.high == 0));
  CHECK(moderate.how == "'Moderate' is not in rules/fluency.yaml");
}

TEST_CASE("a span of levels is judged like any range") {
  const auto v = test::compile_vacancy(
      "id: v\ndeadline: 2025-03-31\nminimum:\n"
      "  - {id: b2, text: t, language: {any_of: [en], level: B2}}\n"
      "  - {id: c1, text: t, language: {any_of: [en], level: C1}}\n"
      "  - {id: c2, text: t, language: {any_of: [en], level: C2}}\n");
  Candidate c;
  c.id = "a";
  c.stated.languages = true;
  c.languages.push_back(
      {text("en"), std::nullopt, text("Professional working proficiency"), {}, {}});
  const Judgement j = test::explain(v, normalise(c, fixture_rules()));
  CHECK(j.criteria[0].verdict == Verdict::met);
  CHECK(j.criteria[1].verdict == Verdict::unknown);
  CHECK(j.criteria[2].verdict == Verdict::not_met);
}

TEST_CASE("an EQF level beside a degree name: used alone, or spanning a disagreement") {
  const DegreeFact phd = degree("PhD - Thesis title: water policy", "7");
  REQUIRE(phd.level);
  CHECK((phd.level->low == 7 && phd.level->high == 7));
  CHECK(phd.level->matched == "EQF 7");
  const DegreeFact both = degree("master", "6");
  REQUIRE(both.level);
  CHECK((both.level->low == 6 && both.level->high == 7));
  CHECK(both.level->note ==
        "the name and the EQF level disagree: uncertain between them");
  const DegreeFact agree = degree("master", "7");
  CHECK((agree.level->low == 7 && agree.level->high == 7));
  CHECK_FALSE(degree("", "2").level);  // EQF 2 has no ladder level
  const DegreeFact code_only = degree("", "8");
  CHECK(code_only.written == "EQF 8");
  CHECK(code_only.level->low == 8);
}

TEST_CASE("a field code beside or instead of a field name") {
  CHECK(degree("master", std::nullopt, std::nullopt, "0312").field->code == "0312");
  CHECK(degree("master", std::nullopt, std::nullopt, "0312").field_text ==
        "ISCED-F 0312");
  CHECK(degree("master", std::nullopt, std::nullopt, std::nullopt, "31").field->code ==
        "031");
  CHECK(degree("master", std::nullopt, "economics", "0311").field->code == "0311");
  const DegreeFact disagree = degree("master", std::nullopt, "economics", "0312");
  CHECK_FALSE(disagree.field);
  CHECK(disagree.field_note == "its name places it in 0311, its code in 0312");
  CHECK_FALSE(degree("master", std::nullopt, std::nullopt, std::nullopt, "3").field);
}

TEST_CASE("the reason a format gave a period its type is in the explanation") {
  const auto v = test::compile_vacancy(
      "id: v\ndeadline: 2025-03-31\nminimum:\n  - {id: e, text: t, experience: 1}\n");
  Period p;
  p.title = text("Summer intern");
  p.from = Date(2020, 1, 1);
  p.to = Date(2020, 12, 31);
  p.type = text("internship");
  p.type_reason = "title word 'intern'";
  Candidate c;
  c.id = "a";
  c.stated.experience = true;
  c.experience.push_back(p);
  const Judgement j = test::explain(v, normalise(c, fixture_rules()));
  CHECK(
      test::texts(j.criteria[0].why->evidence) ==
      std::vector<std::string>{"'Summer intern', 2020-01-01 to 2020-12-31: not counted, "
                               "internship (title word 'intern') does not count: "
                               "internships are training"});
}
