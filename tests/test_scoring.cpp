// Credit functions and scores, against values computed by hand.
#include <catch2/catch.hpp>

#include "shortlist/eligibility.h"
#include "shortlist/ranking.h"
#include "support.h"

using namespace shortlist;
using test::compile_vacancy;
using test::facts_of;

namespace {

// A vacancy whose one desirable criterion is `criterion` (weight 1).
std::string desirable(const std::string& criterion) {
  return "id: v\ndeadline: 2025-03-31\ndesirable:\n  - id: d\n    text: t\n" + criterion;
}

double credit(const CompiledVacancy& v, const std::string& candidate, int criterion = 0) {
  return test::judge(v, facts_of(candidate)).criteria.at(criterion).credit;
}

}  // namespace

TEST_CASE("desirable experience earns months counted over months asked") {
  auto v = compile_vacancy(desirable("    experience: 2\n"));
  CHECK(credit(v, "id: a\nexperience:\n  - {from: 2020-01, to: 2021-06}\n") ==
        Approx(0.75));
  CHECK(credit(v, "id: a\nexperience:\n  - {from: 2020-01, to: 2022-12}\n") == 1.0);
  CHECK(credit(v, "id: a\n") == 0.0);
  auto full = compile_vacancy(desirable("    experience: {years: 1, full_at: 3}\n"));
  CHECK(credit(full, "id: a\nexperience:\n  - {from: 2020-01, to: 2021-06}\n") ==
        Approx(0.5));
}

TEST_CASE("a language below the level asked loses language_step per level") {
  auto v = compile_vacancy(desirable("    language: {any_of: [fr], level: B2}\n"));
  CHECK(credit(v, "id: a\nlanguages:\n  - {language: fr, level: C1}\n") == 1.0);
  CHECK(credit(v, "id: a\nlanguages:\n  - {language: fr, level: B1}\n") == Approx(0.5));
  CHECK(credit(v, "id: a\nlanguages:\n  - {language: fr, level: A2}\n") == 0.0);
  CHECK(credit(v, "id: a\nlanguages:\n  - {language: es, level: C2}\n") == 0.0);
  CHECK(credit(v, "id: a\nlanguages:\n  - {language: fr}\n") == 0.0);  // unknown earns 0
}

TEST_CASE(
    "skills earn the share of concepts matched, and 0 when similar terms make them "
    "unknown") {
  auto all = compile_vacancy(
      desirable("    skills: {all_of: [research, drafting, innovation]}\n"));
  CHECK(credit(all,
               "id: a\neducation: []\nexperience: []\nskills: [research, drafting]\n") ==
        Approx(2.0 / 3));
  auto any = compile_vacancy(desirable("    skills: {any_of: [labour market]}\n"));
  // 'labour market statistics' is not in the taxonomy: Jaccard 2/3, times lexical_match
  // 0.5.
  auto j = test::explain(
      any,
      facts_of(
          "id: a\neducation: []\nexperience: []\nskills: [labour market statistics]\n"));
  CHECK(j.criteria[0].verdict == Verdict::unknown);
  CHECK(j.criteria[0].credit == 0.0);  // an unknown criterion earns 0
  auto partial =
      compile_vacancy(desirable("    skills: {all_of: [research, labour market]}\n"));
  auto k =
      test::explain(partial, facts_of("id: a\neducation: []\nexperience: []\nskills: "
                                      "[research, labour market statistics]\n"));
  CHECK(k.criteria[0].verdict == Verdict::unknown);
  auto at_least = compile_vacancy(
      desirable("    skills: {at_least: 2, of: [research, drafting, labour market]}\n"));
  auto m = test::judge(at_least,
                       facts_of("id: a\neducation: []\nexperience: []\nskills: "
                                "[research, drafting statistics, basket weaving]\n"));
  // research matched; 'drafting statistics' resembles drafting, so two of two may be met:
  // unknown, and an unknown criterion earns 0 (formats.md).
  CHECK(m.criteria[0].verdict == Verdict::unknown);
  CHECK(m.criteria[0].credit == 0.0);
}

TEST_CASE("lexical partial credit counts when the criterion is not unknown") {
  auto v =
      compile_vacancy(desirable("    skills: {at_least: 3, of: [research, drafting, "
                                "innovation, labour market]}\n"));
  // research matched; 'labour market statistics' resembles labour market (Jaccard 2/3),
  // but even as a match two of three would fall short: not met, credit (1 + 0.5 * 2/3)
  // / 3.
  auto j = test::explain(v, facts_of("id: a\neducation: []\nexperience: []\nskills: "
                                     "[research, labour market statistics]\n"));
  CHECK(j.criteria[0].verdict == Verdict::not_met);
  CHECK(j.criteria[0].credit == Approx(4.0 / 9));
  CHECK(j.criteria[0].why->evidence[1].text ==
        "'labour market statistics' is not in rules/skills.yaml but shares words with "
        "'labour market' (similarity 0.67), to judge; earns 0.33 of a match");
  // As a minimum criterion the same evidence earns nothing.
  auto m = compile_vacancy(
      "id: v\ndeadline: 2025-03-31\nminimum:\n  - {id: s, text: t, weight: 1, skills: "
      "{at_least: 3, of: [research, drafting, innovation, labour market]}}\n");
  CHECK(test::judge(m, facts_of("id: a\neducation: []\nexperience: []\nskills: "
                                "[research, labour market statistics]\n"))
            .criteria[0]
            .credit == 0.0);
}

TEST_CASE("a weighted minimum earns credit for exceeding the minimum up to full_at") {
  auto v = compile_vacancy(
      "id: v\ndeadline: 2025-03-31\nminimum:\n"
      "  - {id: e, text: t, weight: 2, experience: {years: 2, full_at: 5}}\n"
      "  - {id: d, text: t, weight: 1, degree: master, full_at: doctorate}\n");
  auto f = facts_of(
      "id: a\neducation:\n  - {degree: PhD, completed: 2015-06}\n"
      "experience:\n  - {from: 2021-04, to: present}\n");  // 48 months
  auto j = test::judge(v, f);
  CHECK(j.criteria[0].credit == Approx(24.0 / 36));  // (48 - 24) / (60 - 24)
  CHECK(j.criteria[1].credit == 1.0);
  REQUIRE(j.score);
  CHECK(*j.score == Approx(100 * (2 * (24.0 / 36) + 1) / 3));
  auto g = facts_of(
      "id: a\neducation:\n  - {degree: master, completed: 2015-06}\n"
      "experience:\n  - {from: 2023-04, to: present}\n");  // exactly 24 months
  auto k = test::judge(v, g);
  CHECK(k.criteria[0].credit == Approx(0).margin(1e-12));
  CHECK(k.criteria[1].credit == 0.0);
}

TEST_CASE("composites earn the best of any_of and the least of all_of") {
  auto v = compile_vacancy(
      desirable("    any_of:\n      - experience: 4\n      - all_of: [{experience: 1}, "
                "{language: {any_of: [fr], level: B2}}]\n"));
  // 24 months: 24/48 = 0.5 for the first part; min(1, 0.5 for B1) = 0.5 for the second.
  CHECK(credit(v,
               "id: a\nexperience:\n  - {from: 2020-01, to: 2021-12}\n"
               "languages:\n  - {language: fr, level: B1}\n") == Approx(0.5));
  // French C1: the second part is met in full.
  CHECK(credit(v,
               "id: a\nexperience:\n  - {from: 2020-01, to: 2021-12}\n"
               "languages:\n  - {language: fr, level: C1}\n") == 1.0);
}

TEST_CASE(
    "score is 100 x sum(weight x credit) / sum(weight), contributions add up exactly") {
  auto v = compile_vacancy(
      "id: v\ndeadline: 2025-03-31\ndesirable:\n"
      "  - {id: a, text: t, weight: 3, experience: 2}\n"
      "  - {id: b, text: t, weight: 1, language: {any_of: [fr], level: B2}}\n"
      "  - {id: c, text: t, weight: 2, skills: {all_of: [research, drafting, "
      "innovation]}}\n");
  auto j = test::judge(
      v, facts_of("id: x\neducation: []\nexperience:\n  - {from: 2020-01, to: 2021-06}\n"
                  "languages:\n  - {language: fr, level: B1}\nskills: [research]\n"));
  // 3 * 0.75 + 1 * 0.5 + 2 * (1/3) = 3.41667; / 6 * 100 = 56.9444
  REQUIRE(j.score);
  CHECK(*j.score == Approx(100 * (3 * 0.75 + 0.5 + 2.0 / 3) / 6));
  double sum = 0;
  for (const auto& r : j.criteria) sum += r.contribution;
  CHECK(sum == *j.score);  // exactly: the score is this very sum
  CHECK(j.criteria[0].lost == Approx(100 * 3 * 0.25 / 6));
}

TEST_CASE("no weighted criterion gives no score") {
  auto v = compile_vacancy(
      "id: v\ndeadline: 2025-03-31\nminimum:\n  - {id: d, text: t, degree: master}\n");
  CHECK_FALSE(test::judge(v, facts_of("id: a\n")).score);
}

namespace {

const char* kConsultancy =
    "id: v\ndeadline: 2025-03-31\ncontract: consultancy\n"
    "minimum:\n  - {id: d, text: t, degree: bachelor}\n"
    "desirable:\n  - {id: e, text: t, experience: 10}\n"
    "evaluation: {technical: 70, financial: 30, threshold: 70}\n";

// A consultant with `months` of experience (score = months / 120 * 100) and a fee.
std::string consultant(const std::string& id, int months, const std::string& fee,
                       bool degree = true) {
  std::string out = "id: " + id + "\n";
  out +=
      degree ? "education:\n  - {degree: BSc, completed: 2000-06}\n" : "education: []\n";
  const int start = 2025 * 12 + 2 - months + 1;  // months up to 2025-03
  char from[16];
  std::snprintf(from, sizeof from, "%04d-%02d", start / 12, start % 12 + 1);
  out += std::string("experience:\n  - {from: ") + from + "}\n";
  if (!fee.empty()) out += "proposal: " + fee + "\n";
  return out;
}

}  // namespace

TEST_CASE("UN cumulative analysis: lowest fee among those reaching the financial stage") {
  auto v = compile_vacancy(kConsultancy);
  Engine engine(test::fixture_rules());
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& yaml :
       {consultant("A", 108, "{fee: 20000, currency: USD}"),
        consultant("B", 90, "{fee: 15000, currency: USD}"),
        consultant("C", 72, "{fee: 10000, currency: USD}"),
        consultant("D", 120, "{fee: 5000, currency: USD}", false),
        consultant("E", 120, "{fee: 9000, currency: EUR}"), consultant("F", 96, "")}) {
    files.push_back({"c.yaml", yaml});
  }
  const Roster loaded = test::roster_of(files);
  for (const RosterProfile& p : loaded.profiles()) REQUIRE(p.valid);
  Ranking r = rank(v, engine.assess(v, loaded, Detail::criteria));
  REQUIRE(r.financial);
  CHECK(r.financial->currency == "USD");
  CHECK(r.financial->lowest_fee == 15000);  // not C's 10000 (below threshold) nor D's
  std::vector<std::string> order;
  for (const auto& e : r.entries) order.push_back(e.assessment.id);
  CHECK(order == std::vector<std::string>{"A", "B", "C", "E", "F", "D"});
  const RankedEntry& a = r.entries[0];
  CHECK(*a.technical_points == Approx(63));
  CHECK(*a.financial_points == Approx(22.5));
  CHECK(*a.combined == Approx(85.5));
  const RankedEntry& b = r.entries[1];
  CHECK(*b.technical_points == Approx(52.5));
  CHECK(*b.financial_points == Approx(30));
  CHECK(*b.combined == Approx(82.5));
  CHECK(r.entries[2].standing == Standing::below_threshold);
  CHECK_FALSE(r.entries[2].financial_points);
  CHECK(r.entries[3].verdict == Eligibility::needs_review);
  CHECK(r.entries[3].reason ==
        "reached the financial stage, but the fee is in EUR, not USD: not compared");
  CHECK(r.entries[4].reason == "reached the financial stage with no financial proposal");
  CHECK(r.entries[5].standing == Standing::not_eligible);
}
