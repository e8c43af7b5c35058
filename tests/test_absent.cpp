// formats.md, "Absent is not none": a section a profile leaves out is a
// question it did not answer (the criterion that needs it is unknown, the
// candidate needs review); a section given empty is judged as stated.
#include <catch2/catch.hpp>

#include "support.h"

using namespace shortlist;
using test::compile_vacancy;
using test::facts_of;

namespace {

Judgement judged(const CompiledVacancy& v, const std::string& candidate) {
  return test::explain(v, facts_of("id: a\n" + candidate));
}

Verdict verdict(const CompiledVacancy& v, const std::string& candidate) {
  return judged(v, candidate).criteria.at(0).verdict;
}

}  // namespace

TEST_CASE("degree: no education section is unknown, an empty one is not met") {
  const auto v = test::one_minimum("degree: master");
  const Judgement absent = judged(v, "");
  CHECK(absent.eligibility == Eligibility::needs_review);
  const Explanation& why = *absent.criteria[0].why;
  CHECK(why.verdict == Verdict::unknown);
  CHECK(test::texts(why.evidence) ==
        std::vector<std::string>{
            "the profile states no education (the section is left out)"});
  CHECK(why.unknown ==
        "the profile states no education (the section is left out): a person must check "
        "the degree");
  CHECK(verdict(v, "education: []\n") == Verdict::not_met);
}

TEST_CASE("experience: no experience section is unknown, an empty one is not met") {
  const auto v = test::one_minimum("experience: 2");
  const Explanation why = *judged(v, "").criteria[0].why;
  CHECK(why.verdict == Verdict::unknown);
  CHECK(why.unknown ==
        "the profile states no experience (the section is left out): a person must check "
        "it");
  CHECK(verdict(v, "experience: []\n") == Verdict::not_met);
}

TEST_CASE("experience after the first degree: no education section leaves the cut open") {
  const auto v = test::one_minimum("experience: {years: 2, after: first_degree}");
  const std::string three_years = "experience:\n  - {from: 2022-01, to: 2024-12}\n";
  // Every period may be after the first degree, none is for certain.
  const Explanation why = *judged(v, three_years).criteria[0].why;
  CHECK(why.verdict == Verdict::unknown);
  CHECK(test::texts(why.evidence) ==
        std::vector<std::string>{
            "the profile states no education (the section is left out): when the first "
            "degree was completed is unknown, so every period may count",
            "a period, 2022-01 to 2024-12: to judge, it may be after the first degree"});
  // Even counting all of it, one year falls short.
  CHECK(verdict(v, "experience:\n  - {from: 2024-01, to: 2024-12}\n") ==
        Verdict::not_met);
  // Stated with no degree: nothing is after a first degree.
  CHECK(verdict(v, "education: []\n" + three_years) == Verdict::not_met);
}

TEST_CASE("language: no languages section is unknown, an empty one is not met") {
  const auto v = test::one_minimum("language: {any_of: [en], level: C1}");
  const Explanation why = *judged(v, "").criteria[0].why;
  CHECK(why.verdict == Verdict::unknown);
  CHECK(why.summary == "needs C1 or better in English; states no languages");
  CHECK(verdict(v, "languages: []\n") == Verdict::not_met);
  const auto all = test::one_minimum("language: {all_of: [en, fr], level: B2}");
  CHECK(verdict(all, "") == Verdict::unknown);
  CHECK(verdict(all, "languages:\n  - {language: en, level: C1}\n") == Verdict::not_met);
}

TEST_CASE(
    "skills: a concept not found is unknown while a section it may be in is left out") {
  const auto v = test::one_minimum("skills: {any_of: [drafting]}");
  CHECK(verdict(v, "skills: [drafting]\n") == Verdict::met);  // found: nothing to ask
  CHECK(verdict(v, "skills: [research]\n") == Verdict::unknown);
  const Explanation why =
      *judged(v, "skills: [research]\nexperience: []\n").criteria[0].why;
  CHECK(test::texts(why.evidence).back() ==
        "the profile states no education (the section is left out): a concept not found "
        "may be there");
  CHECK(verdict(v, "skills: [research]\nexperience: []\neducation: []\n") ==
        Verdict::not_met);
}

TEST_CASE(
    "age and nationality: absent is unknown, an empty nationality list is not met") {
  CHECK(verdict(test::one_minimum("age: {max: 32}"), "") == Verdict::unknown);
  const auto v = test::one_minimum("nationality: {any_of: [DE]}");
  CHECK(verdict(v, "") == Verdict::unknown);
  CHECK(verdict(v, "nationality: []\n") == Verdict::not_met);
  CHECK(test::texts(judged(v, "nationality: []\n").criteria[0].why->evidence) ==
        std::vector<std::string>{"the profile lists no nationality"});
}

TEST_CASE("an absent section earns no credit and a given one is scored as stated") {
  const auto v = compile_vacancy(
      "id: v\ndeadline: 2025-03-31\ndesirable:\n"
      "  - {id: l, text: t, language: {any_of: [fr], level: B2}}\n");
  CHECK(judged(v, "").criteria[0].verdict == Verdict::unknown);
  CHECK(judged(v, "").criteria[0].credit == 0.0);
  CHECK(judged(v, "languages:\n  - {language: fr, level: B1}\n").criteria[0].credit ==
        Approx(0.5));
}
