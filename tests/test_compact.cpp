// Compact facts: what a roster keeps of each profile, and the shared text ids.
#include <catch2/catch.hpp>

#include "normalise/compact_facts.h"
#include "support.h"

using namespace shortlist;

TEST_CASE("text ids: one id per text, word sets sorted and unique, Jaccard of sets") {
  TextIds ids;
  const int32_t a = ids.intern("public administration");
  CHECK(ids.intern("public administration") == a);
  CHECK(ids.find("public administration") == a);
  CHECK_FALSE(ids.find("public policy"));
  CHECK(ids.text(a) == "public administration");
  const auto one = ids.word_set({"reform", "public", "public"});
  const auto two = ids.word_set({"public", "administration"});
  CHECK(one.size() == 2);
  CHECK(std::is_sorted(one.begin(), one.end()));
  CHECK(TextIds::jaccard_of(one, two) ==
        Approx(1.0 / 3).margin(1e-12));  // {public} of 3 words
  CHECK(TextIds::jaccard_of(std::vector<int32_t>{}, std::vector<int32_t>{}) == 0);
  CHECK((TextIds::signature(one) & TextIds::signature(two)) != 0);
}

TEST_CASE("a compact profile keeps every fact the rules read, in order") {
  const RuleTables& rules = test::fixture_rules();
  CompactRoster roster;
  const int newest_first = roster.add(
      test::facts_of(
          "id: a\nborn: 1990-05-01\nnationality: [FR]\n"
          "education:\n  - {degree: master, field: economics, completed: 2019-06}\n"
          "  - {degree: Titulo X, field: basket weaving}\n"
          "experience:\n  - {from: 2022-01, to: present, areas: [research]}\n"
          "  - {from: 2019-01, to: 2021-06, areas: [basket weaving]}\n"
          "languages:\n  - {language: en, level: C1}\n  - {language: fr}\n"
          "skills: [ML, underwater diplomacy]\n"),
      rules);
  const int overlapping =
      roster.add(test::facts_of("id: b\nexperience:\n  - {from: 2019-01, to: 2021-06}\n  "
                                "- {from: 2020-01, to: 2020-06}\n"),
                 rules);
  const int oldest_first =
      roster.add(test::facts_of("id: c\nexperience:\n  - {from: 2019-01, to: 2019-06}\n  "
                                "- {from: 2019-07, to: 2020-06}\n"),
                 rules);
  REQUIRE(roster.size() == 3);

  const CompactProfile a = roster.profile(newest_first);
  CHECK(a.born == Date(1990, 5, 1).serial());
  CHECK(a.nationality_known);
  REQUIRE(a.degrees.size() == 2);
  CHECK(a.degrees[0].cut_month == month_coordinate(Date(2019, 7, 1)));
  CHECK(a.degrees[0].level_known);
  CHECK(a.degrees[0].field >= 0);
  CHECK_FALSE(a.degrees[1].completed());
  CHECK_FALSE(a.degrees[1].level_known);
  CHECK(a.degrees[1].field == -1);
  REQUIRE(a.periods.size() == 2);
  CHECK(a.period_order == PeriodOrder::descending);
  CHECK(a.areas(a.periods[0]).size() == 1);
  CHECK(a.unplaced(a.periods[1]).size() == 1);
  CHECK(roster.words(a.unplaced(a.periods[1])[0]).size() == 2);  // basket, weaving
  CHECK(a.periods[0].end_month == std::numeric_limits<double>::infinity());
  REQUIRE(a.languages.size() == 2);
  CHECK(a.languages[0].low == a.languages[0].high);
  CHECK(a.languages[1].low == 0);
  CHECK(a.has_unread_terms);
  CHECK(roster.profile(overlapping).period_order == PeriodOrder::overlapping);
  CHECK(roster.profile(oldest_first).period_order == PeriodOrder::ascending);
  CHECK_FALSE(roster.profile(oldest_first).born);
  CHECK_FALSE(roster.profile(oldest_first).nationality_known);
}
