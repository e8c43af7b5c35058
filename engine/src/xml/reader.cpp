#include "xml/reader.h"

#include <cstdio>

namespace shortlist::xml {
namespace {

// The years a date may name, as parse_date (date.h) accepts them.
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2199;

using Precision = PartialDate::Precision;

// Reports "/path: message" at `where`; returns nullopt for the caller to return.
std::nullopt_t fail(Diagnostics& errors, const Location& where, const std::string& path,
                    const std::string& message) {
  errors.error(where, path + ": " + message);
  return std::nullopt;
}

const Element* first_child(const Element& element, std::string_view name) {
  for (const Element& child : element.children)
    if (child.name == name) return &child;
  return nullptr;
}

// Where following `path` from `from` got: the element reached (found), or
// the last element found and the step missing from it.
struct Walk {
  const Element* last;
  bool found;
  std::string_view missing;
};

Walk walk(const Element& from, std::string_view path) {
  const Element* at = &from;
  while (!path.empty()) {
    const size_t slash = path.find('/');
    const std::string_view step = path.substr(0, slash);
    const Element* next = first_child(*at, step);
    if (!next) return {at, false, step};
    at = next;
    path = slash == std::string_view::npos ? std::string_view() : path.substr(slash + 1);
  }
  return {at, true, {}};
}

// The number written as exactly `width` digits after `dashes` ("--05" with
// dashes "--" and width 2 is 5), or nullopt.
std::optional<int> field(std::string_view text, std::string_view dashes, size_t width) {
  if (text.size() != dashes.size() + width || !text.starts_with(dashes))
    return std::nullopt;
  int value = 0;
  for (const char c : text.substr(dashes.size())) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

std::string year_range(int year) {
  return "year " + std::to_string(year) + " is out of range (" +
         std::to_string(kFirstYear) + " to " + std::to_string(kLastYear) + ")";
}

bool in_range(int year) { return year >= kFirstYear && year <= kLastYear; }

// YYYY, YYYY-MM or YYYY-MM-DD split into its numbers, unchecked against the
// calendar; nullopt when the shape is wrong.
std::optional<PartialDate> split_iso(std::string_view text) {
  const auto year = field(text.substr(0, 4), "", 4);
  if (!year || (text.size() != 4 && text.size() != 7 && text.size() != 10))
    return std::nullopt;
  PartialDate date{.year = *year};
  if (text.size() == 4) return date;
  const auto month = field(text.substr(4, 3), "-", 2);
  if (!month) return std::nullopt;
  date.month = *month;
  date.precision = Precision::month;
  if (text.size() == 7) return date;
  const auto day = field(text.substr(7), "-", 2);
  if (!day) return std::nullopt;
  date.day = *day;
  date.precision = Precision::day;
  return date;
}

// Why a split date is not on the calendar, or nullopt when it is.
std::optional<std::string> calendar_problem(const PartialDate& d) {
  if (!in_range(d.year)) return year_range(d.year);
  if (d.precision == Precision::year) return std::nullopt;
  if (d.month < 1 || d.month > 12)
    return "month " + std::to_string(d.month) + " does not exist";
  if (d.precision == Precision::day &&
      (d.day < 1 || d.day > days_in_month(d.year, d.month)))
    return "day " + std::to_string(d.day) + " does not exist in " + d.iso().substr(0, 7);
  return std::nullopt;
}

std::optional<int> year_attribute(const Attribute& a, const Element& e,
                                  Diagnostics& errors) {
  const auto year = field(a.value, "", 4);
  if (!year) return fail(errors, a.where, e.path, "year '" + a.value + "' is not a year");
  if (!in_range(*year)) return fail(errors, a.where, e.path, year_range(*year));
  return year;
}

std::optional<int> month_attribute(const Attribute& a, const Element& e,
                                   Diagnostics& errors) {
  const auto month = field(a.value, "--", 2);
  if (!month || *month < 1 || *month > 12)
    return fail(errors, a.where, e.path, "month '" + a.value + "' is not a month");
  return month;
}

std::optional<int> day_attribute(const Attribute& a, const Element& e,
                                 const PartialDate& month, Diagnostics& errors) {
  const auto day = field(a.value, "---", 2);
  if (!day || *day < 1 || *day > days_in_month(month.year, month.month))
    return fail(errors, a.where, e.path,
                "day '" + a.value + "' is not a day of " + month.iso());
  return day;
}

// `date`, a year, made as precise as the month and day attributes of `e`.
std::optional<PartialDate> month_and_day(const Element& e, PartialDate date,
                                         Diagnostics& errors) {
  const Attribute* month = e.attribute("month");
  const Attribute* day = e.attribute("day");
  if (day && !month) return fail(errors, day->where, e.path, "a day without a month");
  if (!month) return date;
  const auto m = month_attribute(*month, e, errors);
  if (!m) return std::nullopt;
  date.month = *m;
  date.precision = Precision::month;
  if (!day) return date;
  const auto d = day_attribute(*day, e, date, errors);
  if (!d) return std::nullopt;
  date.day = *d;
  date.precision = Precision::day;
  return date;
}

}  // namespace

const Element* ElementReader::child(std::string_view name) const {
  return first_child(element_, name);
}

std::vector<const Element*> ElementReader::children(std::string_view name) const {
  std::vector<const Element*> out;
  for (const Element& child : element_.children)
    if (child.name == name) out.push_back(&child);
  return out;
}

const Element* ElementReader::find(std::string_view path) const {
  const Walk w = walk(element_, path);
  return w.found ? w.last : nullptr;
}

const Element* ElementReader::require(std::string_view path) {
  const Walk w = walk(element_, path);
  if (!w.found)
    errors_.error(w.last->where, w.last->path + ": no <" + std::string(w.missing) + ">");
  return w.found ? w.last : nullptr;
}

std::optional<Located> ElementReader::text(std::string_view path) {
  return read_text(find(path), errors_);
}

Date PartialDate::first_day() const {
  return Date(year, month ? month : 1, day ? day : 1);
}

Date PartialDate::last_day() const {
  const int m = month ? month : 12;
  return Date(year, m, day ? day : days_in_month(year, m));
}

std::string PartialDate::iso() const {
  char buf[16];
  if (precision == Precision::year) std::snprintf(buf, sizeof buf, "%04d", year);
  if (precision == Precision::month)
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  if (precision == Precision::day)
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::optional<Located> read_text(const Element* element, Diagnostics& errors) {
  if (!element) return std::nullopt;
  if (!element->children.empty())
    return fail(errors, element->where, element->path,
                "must be a text, found the element <" + element->children[0].name + ">");
  return Located{element->text, element->where, element->path};
}

std::optional<PartialDate> read_date(const Element* element, Diagnostics& errors) {
  const auto text = read_text(element, errors);
  if (!text) return std::nullopt;
  const auto date = split_iso(text->text);
  if (!date)
    return fail(errors, text->where, text->path,
                "'" + text->text + "' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
  if (const auto why = calendar_problem(*date))
    return fail(errors, text->where, text->path, *why);
  return date;
}

std::optional<PartialDate> read_date_attributes(const Element* element,
                                                Diagnostics& errors) {
  if (!element) return std::nullopt;
  const Attribute* year = element->attribute("year");
  if (!year) return fail(errors, element->where, element->path, "no year attribute");
  const auto y = year_attribute(*year, *element, errors);
  if (!y) return std::nullopt;
  return month_and_day(*element, PartialDate{.year = *y}, errors);
}

}  // namespace shortlist::xml
