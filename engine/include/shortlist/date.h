// Calendar dates and the calendar-month arithmetic of formats.md.
//
// A date is written YYYY-MM-DD, YYYY-MM or YYYY. A month-precision date
// means the first day of the month when it starts something and the last day
// when it ends something; the reader chooses with DateRole. A year-only date
// is a range, any day of that year (formats.md, "Dates that name only a
// year"): judging takes both its earliest and its latest reading.
#pragma once

#include <optional>
#include <string>

namespace shortlist {

class Date {
 public:
  Date() = default;
  // REQUIRES: a valid calendar day (see parse for checked construction).
  Date(int year, int month, int day);

  int year() const { return year_; }
  int month() const { return month_; }
  int day() const { return day_; }

  // Days since 1970-01-01 (proleptic Gregorian); orders and subtracts dates.
  long serial() const { return serial_; }
  static Date from_serial(long serial);

  Date next_day() const { return from_serial(serial() + 1); }

  // "YYYY-MM-DD".
  std::string iso() const;
  // "YYYY-MM" (how month-precision periods are shown to people).
  std::string iso_month() const;

  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date& a, const Date& b) {
    return a.serial() <=> b.serial();
  }

 private:
  int year_ = 1970;
  int month_ = 1;
  int day_ = 1;
  long serial_ = 0;  // of year_, month_, day_
};

enum class DateRole { start, end };

// How much of a date was written.
enum class DatePrecision : unsigned char { day, month, year };

struct ParsedDate {
  // day: as written; month: the first or last day by DateRole; year: the
  // first day of the year, the earliest of the range (see latest_day).
  Date date;
  DatePrecision precision = DatePrecision::day;
};

// The latest day a date may be: the last day of the year for a year-only
// date, else the date itself.
Date latest_day(const Date& date, DatePrecision precision);

// The date as it was written: "2019", "2019-03", "2019-03-15".
std::string written(const Date& date, DatePrecision precision);

// Whether `text` has the shape of a date (four digits, then -MM, then -DD),
// whatever its numbers: what tells "not a date" from "an impossible date".
bool date_shaped(const std::string& text);

// Parses YYYY-MM-DD, YYYY-MM or YYYY. On failure returns nullopt and sets
// *why to a sentence naming the problem ("month 13 does not exist").
std::optional<ParsedDate> parse_date(const std::string& text, DateRole role,
                                     std::string* why);

int days_in_month(int year, int month);

// Where `day` starts on a line of calendar months: months from 1900-01-01
// to it, plus the share of its month already past ((day - 1) / days in the
// month). The calendar months of the inclusive day range [first, last] are
// month_coordinate(last.next_day()) - month_coordinate(first): each day adds
// 1 / (days in its month), so a whole calendar month is exactly 1
// (2020-03-01..2022-02-28 is 24; 2021-01-15..2021-02-14 is 17/31 + 14/28).
// A set of day ranges is measured on this line (criteria/months.h).
double month_coordinate(const Date& day);

// Full years of age on `on` of a person born on `born` (the birthday itself
// completes the year; someone born on 29 February completes it on 1 March in
// common years).
int full_years(const Date& born, const Date& on);

}  // namespace shortlist
