#include <catch2/catch.hpp>

#include "shortlist/date.h"

using namespace shortlist;

namespace {
Date d(const std::string& text, DateRole role = DateRole::start) {
  std::string why;
  auto parsed = parse_date(text, role, &why);
  INFO(why);
  REQUIRE(parsed);
  return parsed->date;
}

// Calendar months of the inclusive day range [first, last] (date.h).
double calendar_months(const Date& first, const Date& last) {
  return month_coordinate(last.next_day()) - month_coordinate(first);
}

std::string why_not(const std::string& text) {
  std::string why;
  CHECK_FALSE(parse_date(text, DateRole::start, &why));
  return why;
}
}  // namespace

TEST_CASE("a month-precision date starts on the first day and ends on the last") {
  CHECK(d("2020-02").iso() == "2020-02-01");
  CHECK(d("2020-02", DateRole::end).iso() == "2020-02-29");
  CHECK(d("2021-02", DateRole::end).iso() == "2021-02-28");
  CHECK(d("2021-12-31").iso() == "2021-12-31");
}

TEST_CASE("impossible dates are refused with the reason") {
  CHECK(why_not("2020-13") == "month 13 does not exist");
  CHECK(why_not("2021-02-29") == "day 29 does not exist in 2021-02");
  CHECK(why_not("2020/01/01") ==
        "'2020/01/01' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY");
  CHECK(why_not("20-01-01") ==
        "'20-01-01' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY");
  CHECK(why_not("1850-01") == "year 1850 is out of range (1900 to 2199)");
}

TEST_CASE("calendar months: every whole calendar month is exactly one") {
  CHECK(calendar_months(d("2020-03-01"), d("2022-02-28")) == Approx(24.0).margin(1e-12));
  CHECK(calendar_months(d("2020-01"), d("2021-12", DateRole::end)) ==
        Approx(24.0).margin(1e-12));
  CHECK(calendar_months(d("2021-01-15"), d("2021-02-14")) ==
        Approx(17.0 / 31 + 14.0 / 28).margin(1e-12));
  CHECK(calendar_months(d("2024-02-01"), d("2024-02-29")) == Approx(1.0).margin(1e-12));
  CHECK(calendar_months(d("2024-02-10"), d("2024-02-10")) ==
        Approx(1.0 / 29).margin(1e-12));
}

TEST_CASE("serial days round-trip and order dates") {
  const Date a = d("2000-02-29");
  CHECK(Date::from_serial(a.serial()) == a);
  CHECK(a.next_day().iso() == "2000-03-01");
  CHECK(d("1999-12-31") < a);
}

TEST_CASE("full years of age: the birthday completes the year") {
  CHECK(full_years(d("1992-03-31"), d("2025-03-31")) == 33);
  CHECK(full_years(d("1992-04-01"), d("2025-03-31")) == 32);
  CHECK(full_years(d("2000-02-29"), d("2021-02-28")) == 20);
  CHECK(full_years(d("2000-02-29"), d("2021-03-01")) == 21);
}

TEST_CASE("month coordinates: months since 1900-01 plus the share of the month past") {
  CHECK(month_coordinate(Date(1900, 1, 1)) == 0);
  CHECK(month_coordinate(Date(2024, 2, 15)) ==
        Approx(124 * 12 + 1 + 14.0 / 29).margin(1e-12));
  CHECK(month_coordinate(Date(2023, 12, 31)) ==
        Approx(123 * 12 + 11 + 30.0 / 31).margin(1e-12));
  CHECK(calendar_months(d("2021-01-15"), d("2021-02-14")) ==
        month_coordinate(d("2021-02-15")) - month_coordinate(d("2021-01-15")));
}
