// formats.md, "Dates that name only a year": a year alone is any day of that
// year; a criterion is met when even the least favourable reading meets it,
// not met when even the most favourable fails, and unknown otherwise.
#include <catch2/catch.hpp>

#include "support.h"

using namespace shortlist;
using test::compile_vacancy;
using test::facts_of;

namespace {

Explanation why(const CompiledVacancy& v, const std::string& candidate) {
  return *test::explain(v, facts_of("id: a\n" + candidate)).criteria.at(0).why;
}

}  // namespace

TEST_CASE("a year alone parses as a range of that year, and names it as written") {
  std::string reason;
  const auto year = parse_date("2019", DateRole::end, &reason);
  REQUIRE(year);
  CHECK(year->precision == DatePrecision::year);
  CHECK(year->date.iso() == "2019-01-01");
  CHECK(latest_day(year->date, year->precision).iso() == "2019-12-31");
  CHECK(written(year->date, year->precision) == "2019");
  CHECK(parse_date("2019-03", DateRole::end, &reason)->precision == DatePrecision::month);
}

TEST_CASE(
    "experience: a period given in years counts its narrowest reading for certain") {
  const auto v = test::one_minimum("experience: 2");
  // 2019 to 2021: at least 2019-12-31 to 2021-01-01 (12 months and 2 days),
  // at most 2019-01-01 to 2021-12-31 (36 months).
  const Explanation two = why(v, "experience:\n  - {from: 2019, to: 2021}\n");
  CHECK(two.verdict == Verdict::unknown);
  CHECK(two.measure == Approx(12 + 1.0 / 31 + 1.0 / 31).margin(1e-9));
  const Explanation four = why(v, "experience:\n  - {from: 2019, to: 2022}\n");
  CHECK(four.verdict == Verdict::met);  // at least 24 months and 2 days
  const Explanation one = why(v, "experience:\n  - {from: 2024, to: 2024}\n");
  CHECK(one.verdict == Verdict::not_met);  // at most 12 months
  CHECK(one.missing == "12 to 24 months short");
  // A month-precision period keeps its one meaning.
  CHECK(why(v, "experience:\n  - {from: 2019-01, to: 2020-12}\n").verdict ==
        Verdict::met);
}

TEST_CASE("experience: the explanation names the year-only dates and both readings") {
  const auto v = test::one_minimum("experience: 2");
  CHECK(test::texts(why(v, "experience:\n  - {from: 2019, to: 2021}\n").evidence) ==
        std::vector<std::string>{"a period, 2019 to 2021: 12.06 months (the dates give "
                                 "only the year: up to 36 months)"});
}

TEST_CASE("a degree completed in a year given alone may be after the deadline") {
  const auto v = test::one_minimum("degree: master");
  CHECK(why(v, "education:\n  - {degree: master, completed: 2024}\n").verdict ==
        Verdict::met);
  const Explanation maybe = why(v, "education:\n  - {degree: master, completed: 2025}\n");
  CHECK(maybe.verdict == Verdict::unknown);
  CHECK(test::texts(maybe.evidence) ==
        std::vector<std::string>{
            "master: master (ISCED 7), completed 2025 (the year only), "
            "to judge: maybe after the deadline 2025-03-31"});
  CHECK(why(v, "education:\n  - {degree: master, completed: 2026}\n").verdict ==
        Verdict::not_met);
}

TEST_CASE("experience after the first degree: a year-only completion widens the cut") {
  const auto v = test::one_minimum("experience: {years: 2, after: first_degree}");
  // Completed some day of 2020: certain from 2021-01-01, possible from 2020-01-02.
  const std::string degree = "education:\n  - {degree: bachelor, completed: 2020}\n";
  CHECK(why(v, degree + "experience:\n  - {from: 2020-01, to: 2022-06}\n").verdict ==
        Verdict::unknown);  // 18 months for certain, up to 30
  CHECK(why(v, degree + "experience:\n  - {from: 2020-01, to: 2022-12}\n").verdict ==
        Verdict::met);
}

TEST_CASE("age: a year of birth alone gives two ages, inside both limits is met") {
  const auto v = test::one_minimum("age: {max: 32}");
  // On 2025-03-31 someone born in 1992 is 32 (born after March 31) or 33.
  const Explanation edge = why(v, "born: 1992\n");
  CHECK(edge.verdict == Verdict::unknown);
  CHECK(edge.summary ==
        "needs to be aged at most 32 in full years on 2025-03-31; is 32 or 33");
  CHECK(edge.unknown ==
        "the date of birth, given without its day, gives 32 or 33: a person must check "
        "the date of birth");
  CHECK(why(v, "born: 1993\n").verdict == Verdict::met);      // 31 or 32
  CHECK(why(v, "born: 1991\n").verdict == Verdict::not_met);  // 33 or 34
  const auto min = test::one_minimum("age: {min: 18}");
  CHECK(why(min, "born: 2007\n").verdict == Verdict::unknown);  // 17 or 18
  CHECK(why(min, "born: 2006\n").verdict == Verdict::met);
}

TEST_CASE(
    "a year alone is refused where a vacancy names one day, and in a month of birth") {
  CHECK(test::candidate_errors("id: a\nborn: 1992-04\n") ==
        std::vector<std::string>{
            "c.yaml:2:7: born must be a full date YYYY-MM-DD, or a year alone YYYY"});
  auto loaded = load_vacancy(test::write_temp("v.yaml", "id: v\ndeadline: 2025\n"),
                             test::fixture_rules());
  CHECK(test::messages(loaded.errors) ==
        std::vector<std::string>{"v.yaml:2:11: deadline: a year alone is a range, not a "
                                 "date here: write YYYY-MM-DD or YYYY-MM"});
}

TEST_CASE("a period whose latest reading ends before it starts is an error") {
  CHECK(test::candidate_errors("id: a\nexperience:\n  - {from: 2020-03, to: 2019}\n") ==
        std::vector<std::string>{"c.yaml:3:25: to (2019) is before from (2020-03)"});
  // Some day of 2020 may be after March: a valid period.
  CHECK(test::facts_of("id: a\nexperience:\n  - {from: 2020-03, to: 2020}\n")
            .periods.size() == 1);
}
