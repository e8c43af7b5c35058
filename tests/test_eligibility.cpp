#include <catch2/catch.hpp>

#include "shortlist/eligibility.h"
#include "shortlist/report.h"
#include "support.h"

using namespace shortlist;
using test::compile_vacancy;
using test::facts_of;
using test::proven;

namespace {

std::string vacancy_with(const std::string& criterion) {
  return "id: v\ndeadline: 2025-03-31\nminimum:\n  - id: c\n    text: the posting's "
         "words\n" +
         criterion;
}

Verdict verdict_of(const CompiledVacancy& v, const std::string& candidate) {
  return test::judge(v, facts_of(candidate)).criteria.at(0).verdict;
}

const char* kMaster =
    "education:\n  - {degree: master, field: economics, completed: 2019-06}\n";

}  // namespace

TEST_CASE("experience: 2020-03-01 to 2022-02-28 is exactly 24 months") {
  auto v = compile_vacancy(vacancy_with("    experience: 2\n"));
  auto f = facts_of("id: a\nexperience:\n  - {from: 2020-03-01, to: 2022-02-28}\n");
  CHECK(proven(v, f) == Approx(24).margin(1e-9));
  CHECK(test::judge(v, f).criteria[0].verdict == Verdict::met);
  auto g = facts_of("id: a\nexperience:\n  - {from: 2020-03-02, to: 2022-02-28}\n");
  CHECK(proven(v, g) == Approx(24 - 1.0 / 31).margin(1e-9));
  CHECK(test::judge(v, g).criteria[0].verdict == Verdict::not_met);
}

TEST_CASE("experience: overlaps once, part-time pro rata, at most full time a day") {
  auto v = compile_vacancy(vacancy_with("    experience: 2\n"));
  auto f = facts_of(
      "id: a\nexperience:\n"
      "  - {from: 2020-01, to: 2020-12}\n"
      "  - {from: 2020-07, to: 2021-06}\n"  // overlaps six months
      "  - {from: 2022-01, to: 2022-12, fte: 0.5}\n"
      "  - {from: 2022-07, to: 2022-12, fte: 0.75}\n");  // 0.5 + 0.75 capped at 1
  // 18 months + 6 * 0.5 + 6 * 1.0 = 27
  CHECK(proven(v, f) == Approx(27).margin(1e-9));
}

TEST_CASE(
    "experience: ongoing periods end at the deadline, and nothing after it counts") {
  auto v = compile_vacancy(vacancy_with("    experience: 2\n"));
  auto f = facts_of(
      "id: a\nexperience:\n  - {from: 2023-04, to: present}\n"
      "  - {from: 2025-04, to: 2025-12}\n");
  CHECK(proven(v, f) == Approx(24).margin(1e-9));
}

TEST_CASE(
    "experience: internships and volunteering do not count by default, and types "
    "overrides") {
  const char* candidate =
      "id: a\nexperience:\n  - {from: 2020-01, to: 2020-12, type: internship}\n"
      "  - {from: 2021-01, to: 2021-12, type: volunteer}\n  - {from: 2022-01, to: "
      "2022-06}\n";
  auto v = compile_vacancy(vacancy_with("    experience: 1\n"));
  CHECK(proven(v, facts_of(candidate)) == Approx(6).margin(1e-9));
  auto w =
      compile_vacancy(vacancy_with("    experience: {years: 1, types: [internship]}\n"));
  CHECK(proven(w, facts_of(candidate)) == Approx(12).margin(1e-9));
}

TEST_CASE("experience after the first degree: time before it is left out") {
  auto v =
      compile_vacancy(vacancy_with("    experience: {years: 2, after: first_degree}\n"));
  auto f = facts_of(
      "id: a\neducation:\n  - {degree: BSc, completed: 2019-09}\n"
      "experience:\n  - {title: Shop manager, from: 2014-05, to: 2019-08}\n"
      "  - {title: Analyst, from: 2019-06, to: 2020-09}\n");
  // Analyst counts from 2019-10-01: 12 months.
  CHECK(proven(v, f) == Approx(12).margin(1e-9));
  auto j = test::explain(v, f);
  CHECK(j.criteria[0].verdict == Verdict::not_met);
  const Explanation& why = *j.criteria[0].why;
  CHECK(why.summary ==
        "needs 24 months of experience after the first degree; counted 12 months");
  CHECK(why.missing == "12 months short");
  CHECK(test::texts(why.evidence) ==
        std::vector<std::string>{
            "first degree completed 2019-09",
            "'Shop manager', 2014-05 to 2019-08: not counted, was before the "
            "first degree (2019-09)",
            "'Analyst', 2019-06 to 2020-09: 12 months, counted from 2019-10-01, "
            "after the first degree"});
}

TEST_CASE(
    "experience areas: narrower terms and titles count, untagged or similar periods are "
    "unknown") {
  auto v =
      compile_vacancy(vacancy_with("    experience: {years: 1, areas: [employment]}\n"));
  CHECK(verdict_of(v,
                   "id: a\nexperience:\n  - {from: 2020-01, to: 2020-12, areas: [labor "
                   "market]}\n") == Verdict::met);
  CHECK(
      verdict_of(
          v,
          "id: a\nexperience:\n  - {from: 2020-01, to: 2020-12, areas: [research]}\n") ==
      Verdict::not_met);
  CHECK(verdict_of(v, "id: a\nexperience:\n  - {from: 2020-01, to: 2020-12}\n") ==
        Verdict::unknown);
  CHECK(verdict_of(v,
                   "id: a\nexperience:\n  - {from: 2020-01, to: 2020-12, areas: "
                   "[employment services]}\n") ==
        Verdict::unknown);  // not in the taxonomy, shares the word 'employment'
  CHECK(verdict_of(v,
                   "id: a\nexperience:\n  - {from: 2020-01, to: 2020-12, areas: [basket "
                   "weaving]}\n") ==
        Verdict::not_met);  // not in the taxonomy, nothing in common
  CHECK(verdict_of(v,
                   "id: a\nexperience:\n  - {title: Labour market analyst, from: "
                   "2020-01, to: 2020-12}\n") ==
        Verdict::met);  // untagged, the title names a narrower area
}

TEST_CASE("experience max_years caps") {
  auto v = compile_vacancy(vacancy_with("    experience: {years: 2, max_years: 4}\n"));
  CHECK(verdict_of(v, "id: a\nexperience:\n  - {from: 2020-01, to: 2023-12}\n") ==
        Verdict::met);
  CHECK(verdict_of(v, "id: a\nexperience:\n  - {from: 2020-01, to: 2024-01}\n") ==
        Verdict::not_met);
}

TEST_CASE("degree: level, fields, related fields, unknown names") {
  auto v = compile_vacancy(vacancy_with(
      "    degree: master\n    fields: [economics]\n    related_fields: true\n"));
  CHECK(verdict_of(v, std::string("id: a\n") + kMaster) == Verdict::met);
  CHECK(verdict_of(v,
                   "id: a\neducation:\n  - {degree: PhD, field: economics, completed: "
                   "2019-06}\n") == Verdict::met);
  CHECK(verdict_of(v,
                   "id: a\neducation:\n  - {degree: BSc, field: economics, completed: "
                   "2019-06}\n") == Verdict::not_met);
  CHECK(verdict_of(v,
                   "id: a\neducation:\n  - {degree: MSc, field: sociology, completed: "
                   "2019-06}\n") ==
        Verdict::met);  // 0314 is in narrow field 031 with 0311
  CHECK(verdict_of(v,
                   "id: a\neducation:\n  - {degree: MSc, field: statistics, completed: "
                   "2019-06}\n") == Verdict::not_met);
  CHECK(verdict_of(v,
                   "id: a\neducation:\n  - {degree: MSc, field: astrology, completed: "
                   "2019-06}\n") == Verdict::unknown);
  CHECK(verdict_of(v,
                   "id: a\neducation:\n  - {degree: Magister Artium, field: economics, "
                   "completed: 2019-06}\n") == Verdict::unknown);
  CHECK(verdict_of(v,
                   "id: a\neducation:\n  - {degree: Diplom specialista, country: RU, "
                   "field: economics, completed: 2019-06}\n") == Verdict::unknown);
}

TEST_CASE(
    "degree: completed the day after the deadline does not count, and ongoing does not") {
  auto v = compile_vacancy(vacancy_with("    degree: master\n"));
  CHECK(
      verdict_of(v, "id: a\neducation:\n  - {degree: master, completed: 2025-03-31}\n") ==
      Verdict::met);
  CHECK(
      verdict_of(v, "id: a\neducation:\n  - {degree: master, completed: 2025-04-01}\n") ==
      Verdict::not_met);
  CHECK(verdict_of(v, "id: a\neducation:\n  - {degree: master}\n") == Verdict::not_met);
}

TEST_CASE(
    "degree in lieu: a bachelor plus extra years on top of the minimum experience") {
  auto v = compile_vacancy(
      "id: v\ndeadline: 2025-03-31\nminimum:\n"
      "  - {id: d, text: t, degree: master, in_lieu: {degree: bachelor, extra_years: "
      "2}}\n"
      "  - {id: e, text: t, experience: 2}\n");
  auto f = facts_of(
      "id: a\neducation:\n  - {degree: BSc, completed: 2015-06}\n"
      "experience:\n  - {from: 2021-04, to: present}\n");  // 48 months
  auto j = test::explain(v, f);
  CHECK(j.criteria[0].verdict == Verdict::met);
  CHECK(j.criteria[0].why->decided_by.rfind("in lieu:", 0) == 0);
  auto g = facts_of(
      "id: a\neducation:\n  - {degree: BSc, completed: 2015-06}\n"
      "experience:\n  - {from: 2021-05, to: present}\n");  // 47 months
  CHECK(test::judge(v, g).criteria[0].verdict == Verdict::not_met);
}

TEST_CASE("language: any_of, all_of, sets with other_than, four skills, no level") {
  auto any =
      compile_vacancy(vacancy_with("    language: {any_of: [fr, es], level: B2}\n"));
  CHECK(verdict_of(any, "id: a\nlanguages:\n  - {language: es, level: good}\n") ==
        Verdict::met);
  CHECK(verdict_of(any,
                   "id: a\nlanguages:\n  - {language: fr, level: working knowledge}\n") ==
        Verdict::not_met);
  CHECK(verdict_of(any, "id: a\nlanguages:\n  - {language: fr}\n") == Verdict::unknown);
  CHECK(verdict_of(
            any,
            "id: a\nlanguages:\n  - {language: es, read: confident, write: confident, "
            "speak: confident, understand: fluent}\n") == Verdict::met);
  CHECK(verdict_of(
            any,
            "id: a\nlanguages:\n  - {language: es, read: confident, write: not fluent, "
            "speak: confident, understand: fluent}\n") == Verdict::not_met);
  auto all =
      compile_vacancy(vacancy_with("    language: {all_of: [en, fr], level: C1}\n"));
  CHECK(verdict_of(all,
                   "id: a\nlanguages:\n  - {language: en, level: native}\n"
                   "  - {language: fr, level: fluent}\n") == Verdict::met);
  CHECK(verdict_of(all, "id: a\nlanguages:\n  - {language: en, level: native}\n") ==
        Verdict::not_met);
  auto other = compile_vacancy(
      vacancy_with("    language: {any_of: un_official, other_than: [en], level: B1}\n"));
  CHECK(verdict_of(other, "id: a\nlanguages:\n  - {language: en, level: C2}\n") ==
        Verdict::not_met);
  CHECK(verdict_of(other, "id: a\nlanguages:\n  - {language: Arabic, level: B1}\n") ==
        Verdict::met);
  auto plain = compile_vacancy(vacancy_with("    language: en\n    level: excellent\n"));
  CHECK(verdict_of(plain, "id: a\nlanguages:\n  - {language: English, level: C1}\n") ==
        Verdict::met);
}

TEST_CASE(
    "skills: synonyms and narrower terms, and similar unknown terms make it unknown") {
  auto v = compile_vacancy(
      vacancy_with("    skills: {all_of: [artificial intelligence, drafting]}\n"));
  CHECK(verdict_of(v, "id: a\neducation: []\nexperience: []\nskills: [ML, drafting]\n") ==
        Verdict::met);
  CHECK(verdict_of(
            v, "id: a\neducation: []\nexperience: []\nskills: [drafting, research]\n") ==
        Verdict::not_met);
  CHECK(verdict_of(v,
                   "id: a\neducation: []\nexperience: []\nskills: [drafting, "
                   "intelligence analysis]\n") == Verdict::unknown);
  CHECK(verdict_of(
            v, "id: a\neducation: []\nexperience: []\nskills: [drafting, deep nets]\n") ==
        Verdict::not_met);
  CHECK(verdict_of(v,
                   "id: a\nexperience: []\nskills: [drafting]\neducation:\n  - {degree: "
                   "MSc, field: "
                   "sociology, completed: 2019-06}\n") ==
        Verdict::not_met);  // a placed field of study is read, not unknown
  CHECK(verdict_of(v, "id: a\n") == Verdict::unknown);
  auto k = compile_vacancy(
      vacancy_with("    skills: {at_least: 2, of: [research, drafting, innovation]}\n"));
  CHECK(
      verdict_of(
          k, "id: a\neducation: []\nexperience: []\nskills: [research, innovation]\n") ==
      Verdict::met);
  CHECK(verdict_of(
            k,
            "id: a\neducation: []\nexperience:\n  - {from: 2020-01, areas: [research]}\n"
            "skills: [AI]\n") == Verdict::not_met);
}

TEST_CASE(
    "age: full years on the deadline, inclusive, and a missing date of birth is "
    "unknown") {
  auto v = compile_vacancy(vacancy_with("    age: {max: 32}\n"));
  CHECK(verdict_of(v, "id: a\nborn: 1992-04-01\n") == Verdict::met);  // 32 on 2025-03-31
  CHECK(verdict_of(v, "id: a\nborn: 1992-03-31\n") == Verdict::not_met);  // 33 that day
  CHECK(verdict_of(v, "id: a\n") == Verdict::unknown);
  auto on = compile_vacancy(vacancy_with("    age: {max: 32, on: 2025-12-31}\n"));
  CHECK(verdict_of(on, "id: a\nborn: 1992-12-31\n") == Verdict::not_met);
  CHECK(verdict_of(on, "id: a\nborn: 1993-01-01\n") == Verdict::met);
}

TEST_CASE("nationality: any of several held, and absent is unknown") {
  auto v = compile_vacancy(vacancy_with("    nationality: {any_of: [DE]}\n"));
  CHECK(verdict_of(v, "id: a\nnationality: [SN, Germany]\n") == Verdict::met);
  CHECK(verdict_of(v, "id: a\nnationality: [FR]\n") == Verdict::not_met);
  CHECK(verdict_of(v, "id: a\n") == Verdict::unknown);
}

TEST_CASE("composites: any_of and all_of nest and combine verdicts") {
  auto v = compile_vacancy(
      vacancy_with("    any_of:\n"
                   "      - all_of: [{degree: master}, {experience: 3}]\n"
                   "      - all_of: [{degree: bachelor}, {experience: 5}]\n"));
  CHECK(verdict_of(v,
                   "id: a\neducation:\n  - {degree: BSc, completed: 2010-06}\n"
                   "experience:\n  - {from: 2019-01, to: 2024-12}\n") == Verdict::met);
  CHECK(verdict_of(v,
                   "id: a\neducation:\n  - {degree: BSc, completed: 2010-06}\n"
                   "experience:\n  - {from: 2021-01, to: 2024-12}\n") ==
        Verdict::not_met);
  CHECK(
      verdict_of(v,
                 "id: a\neducation:\n  - {degree: Magister Artium, completed: 2010-06}\n"
                 "experience:\n  - {from: 2021-01, to: 2024-12}\n") == Verdict::unknown);
}

TEST_CASE("the candidate's verdict: not_eligible beats needs_review beats eligible") {
  auto v = compile_vacancy(
      "id: v\ndeadline: 2025-03-31\nminimum:\n"
      "  - {id: d, text: t, degree: master}\n  - {id: a, text: t, age: {max: 32}}\n"
      "desirable:\n  - {id: f, text: t, language: {any_of: [fr], level: B2}}\n");
  CHECK(test::judge(v, facts_of(std::string("id: a\nborn: 1995-01-01\n") + kMaster))
            .eligibility == Eligibility::eligible);
  CHECK(test::judge(v, facts_of(std::string("id: a\n") + kMaster)).eligibility ==
        Eligibility::needs_review);
  CHECK(test::judge(v, facts_of("id: a\neducation: []\n")).eligibility ==
        Eligibility::not_eligible);
}

TEST_CASE("skills: more concepts than one bit mask holds count the same way") {
  std::string many =
      "    skills: {at_least: 5, of: [artificial intelligence, drafting, research";
  for (int i = 1; i <= 67; ++i) many += ", topic " + std::to_string(i);
  auto wide = compile_vacancy(vacancy_with(many + "]}\n"));  // 70 concepts asked
  auto narrow = compile_vacancy(
      vacancy_with("    skills: {at_least: 5, of: [artificial intelligence, drafting, "
                   "research, topic 5, topic 61]}\n"));
  const char* four =
      "id: a\neducation: []\nexperience: []\nskills: [ML, drafting, topic 5, topic 61]\n";
  CHECK(proven(wide, facts_of(four)) == 4);
  CHECK(proven(narrow, facts_of(four)) == 4);
  // 'topic 5' and 'topic 61' are no concepts: they match their own text, and
  // share a word with every topic not found, which a person must then judge.
  CHECK(verdict_of(wide, four) == Verdict::unknown);
  CHECK(verdict_of(narrow, four) ==
        Verdict::not_met);  // research is missing, and like none
  CHECK(verdict_of(wide,
                   "id: a\neducation: []\nexperience: []\nskills: [ML, drafting]\n") ==
        Verdict::not_met);
  const char* similar =
      "id: a\neducation: []\nexperience: []\nskills: [ML, drafting, topic 5, topic 61, "
      "topic 99]\n";
  CHECK(verdict_of(wide, similar) == Verdict::unknown);
  CHECK(verdict_of(narrow, similar) ==
        Verdict::not_met);  // none of its missing concepts is a topic
}

TEST_CASE("experience: periods newest first, oldest first or shuffled count the same") {
  auto v = compile_vacancy(vacancy_with("    experience: 2\n"));
  const std::vector<std::string> periods = {
      "  - {from: 2015-01, to: 2016-06, fte: 0.5}\n",
      "  - {from: 2017-03-10, to: 2019-02-20}\n",
      "  - {from: 2020-01, to: present, fte: 0.8}\n"};
  auto with = [&](std::initializer_list<int> order) {
    std::string yaml = "id: a\nexperience:\n";
    for (int i : order) yaml += periods[i];
    return proven(v, facts_of(yaml));
  };
  const double oldest_first = with({0, 1, 2});
  CHECK(oldest_first == Approx(9 + (23 + 20.0 / 28 - 9.0 / 31) + 0.8 * 63).margin(1e-9));
  CHECK(with({2, 1, 0}) == oldest_first);
  CHECK(with({1, 2, 0}) == oldest_first);
  CHECK(with({2, 0, 1}) == oldest_first);
}

TEST_CASE("a composite not met names the branch that came closest and its gap") {
  auto v = compile_vacancy(
      "id: v\ndeadline: 2025-03-31\nminimum:\n"
      "  - {id: d, text: t, degree: master, fields: [international relations],\n"
      "     in_lieu: {degree: bachelor, extra_years: 2}}\n"
      "  - {id: e, text: t, experience: 5}\n");
  auto f = facts_of(
      "id: a\neducation:\n"
      "  - {degree: bachelor, field: international relations, completed: 2015-06}\n"
      "experience:\n  - {from: 2019-04, to: 2025-03}\n");  // 72 of 84 months
  const Explanation why = *test::explain(v, f).criteria[0].why;
  CHECK(why.verdict == Verdict::not_met);
  CHECK(
      why.missing ==
      "none of the alternatives is met; closest: in lieu: a completed bachelor's degree "
      "or higher in international relations, with 84 months of experience (2 years "
      "more than the minimum): highest qualifying: bachelor; 72 of 84 months: 12 "
      "months short");
  CHECK(one_line(why).find(why.missing) != std::string::npos);
  // A degree in another field: the in-lieu branch, with its experience met,
  // still comes closest, and its gap is the degree.
  auto g = facts_of(
      "id: a\neducation:\n  - {degree: bachelor, field: economics, completed: 2015-06}\n"
      "experience:\n  - {from: 2018-04, to: 2025-03}\n");
  CHECK(
      test::explain(v, g).criteria[0].why->missing ==
      "none of the alternatives is met; closest: in lieu: a completed bachelor's degree "
      "or higher in international relations, with 84 months of experience (2 years "
      "more than the minimum): found none that qualifies: no completed bachelor's "
      "degree or higher in international relations by 2025-03-31; 84 of 84 months");
}

TEST_CASE(
    "an all_of not met names its first part not met, unknown names the part to judge") {
  auto v = compile_vacancy(
      vacancy_with("    all_of: [{degree: bachelor}, {experience: 3}]\n"));
  CHECK(test::explain(v, facts_of("id: a\neducation:\n  - {degree: BSc, completed: "
                                  "2010-06}\nexperience:\n  - {from: 2024-01, to: "
                                  "2024-12}\n"))
            .criteria[0]
            .why->missing == "36 months of experience: 12 of 36 months: 24 months short");
  CHECK(test::explain(v, facts_of("id: a\neducation:\n  - {degree: Magister Artium, "
                                  "completed: 2010-06}\nexperience:\n  - {from: 2015-01, "
                                  "to: 2024-12}\n"))
            .criteria[0]
            .why->unknown ==
        "a completed bachelor's degree or higher: a person must judge "
        "the degree marked 'to judge'");
}
