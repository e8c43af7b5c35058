#include "shortlist/date.h"

#include <charconv>
#include <cstdio>

namespace shortlist {
namespace {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Howard Hinnant's days_from_civil (public domain algorithm).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

std::optional<int> digits(const std::string& text, size_t pos, size_t count) {
  if (pos + count > text.size()) return std::nullopt;
  int value = 0;
  for (size_t i = pos; i < pos + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

}  // namespace

Date::Date(int year, int month, int day)
    : year_(year), month_(month), day_(day), serial_(days_from_civil(year, month, day)) {}

Date Date::from_serial(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date(static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d));
}

std::string Date::iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year_, month_, day_);
  return buf;
}

std::string Date::iso_month() const { return iso().substr(0, 7); }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

bool date_shaped(const std::string& text) {
  const bool dashes =
      text.size() == 4 || ((text.size() == 7 || text.size() == 10) && text[4] == '-' &&
                           (text.size() == 7 || text[7] == '-'));
  return dashes && digits(text, 0, 4) && (text.size() == 4 || digits(text, 5, 2)) &&
         (text.size() != 10 || digits(text, 8, 2));
}

std::optional<ParsedDate> parse_date(const std::string& text, DateRole role,
                                     std::string* why) {
  const bool year_only = text.size() == 4;
  if (!date_shaped(text)) {
    *why = "'" + text + "' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY";
    return std::nullopt;
  }
  const int year = *digits(text, 0, 4);
  const int month = year_only ? 1 : *digits(text, 5, 2);
  int day = text.size() == 10 ? *digits(text, 8, 2) : 1;
  if (year < 1900 || year > 2199) {
    *why = "year " + std::to_string(year) + " is out of range (1900 to 2199)";
    return std::nullopt;
  }
  if (month < 1 || month > 12) {
    *why = "month " + std::to_string(month) + " does not exist";
    return std::nullopt;
  }
  if (day < 1 || day > days_in_month(year, month)) {
    *why = "day " + std::to_string(day) + " does not exist in " + text.substr(0, 7);
    return std::nullopt;
  }
  if (year_only) return ParsedDate{Date(year, 1, 1), DatePrecision::year};
  const bool month_precision = text.size() == 7;
  if (month_precision && role == DateRole::end) day = days_in_month(year, month);
  return ParsedDate{Date(year, month, day),
                    month_precision ? DatePrecision::month : DatePrecision::day};
}

Date latest_day(const Date& date, DatePrecision precision) {
  return precision == DatePrecision::year ? Date(date.year(), 12, 31) : date;
}

std::string written(const Date& date, DatePrecision precision) {
  switch (precision) {
    case DatePrecision::year:
      return date.iso().substr(0, 4);
    case DatePrecision::month:
      return date.iso_month();
    default:
      return date.iso();
  }
}

double month_coordinate(const Date& day) {
  const int months = (day.year() - 1900) * 12 + day.month() - 1;
  return months + double(day.day() - 1) / days_in_month(day.year(), day.month());
}

int full_years(const Date& born, const Date& on) {
  int years = on.year() - born.year();
  if (on.month() < born.month() || (on.month() == born.month() && on.day() < born.day()))
    --years;
  return years;
}

}  // namespace shortlist
