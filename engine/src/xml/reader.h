// Typed reading of located XML elements with every problem collected.
//
// ElementReader walks one element by the local names of its children
// (namespaces are the format's concern: Europass writes one per document).
// Elements a format does not ask for are ignored, since Europass files carry
// much that is not judged. Value readers report a wrong value as
// "FILE:LINE:COLUMN: /element/path: what is wrong" and return nullopt, so the
// caller goes on reading the rest of the file.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shortlist/date.h"
#include "shortlist/status.h"
#include "xml/document.h"

namespace shortlist::xml {

// A text as written, with where and in which element it was written.
struct Located {
  std::string text;
  Location where;
  std::string path;
};

class ElementReader {
 public:
  ElementReader(const Element& element, Diagnostics& errors)
      : element_(element), errors_(errors) {}

  const Element& element() const { return element_; }

  // The first child named `name`, or nullptr.
  const Element* child(std::string_view name) const;
  // Every child named `name`, in order.
  std::vector<const Element*> children(std::string_view name) const;
  // The element at `path`, local names separated by '/' ("Period/From"),
  // taking the first child of each name; nullptr when a step is absent.
  const Element* find(std::string_view path) const;
  // Like find, but an absent element is an error: "/Root/Period: no <From>".
  const Element* require(std::string_view path);
  // The text of the element at `path` (see read_text); nullopt when absent.
  std::optional<Located> text(std::string_view path);

  Diagnostics& errors() { return errors_; }

 private:
  const Element& element_;
  Diagnostics& errors_;
};

// A date written to the year, the month or the day.
struct PartialDate {
  enum class Precision { year, month, day };
  int year = 0;
  int month = 0;  // 1 to 12; 0 with Precision::year
  int day = 0;    // 1 to the month's last day; 0 unless Precision::day
  Precision precision = Precision::year;

  // The first and last day it may stand for: 2009 is 2009-01-01 to
  // 2009-12-31, 2009-02 is 2009-02-01 to 2009-02-28.
  Date first_day() const;
  Date last_day() const;
  // As the current Europass writes it: "2009", "2009-02", "2009-02-15".
  std::string iso() const;
};

// Value readers: nullptr (an absent element) gives nullopt and no error.

// The element's text, possibly empty; an element holding child elements
// where a text is expected is an error.
std::optional<Located> read_text(const Element* element, Diagnostics& errors);
// A date written as text, YYYY, YYYY-MM or YYYY-MM-DD (the current Europass),
// years 1900 to 2199 as in every other format.
std::optional<PartialDate> read_date(const Element* element, Diagnostics& errors);
// A date written as attributes (Europass 2012-2020, XML Schema gYear, gMonth,
// gDay): year="2009" month="--01" day="---15"; year is required, month and
// day optional, a day needs a month. Errors are located at the attribute.
std::optional<PartialDate> read_date_attributes(const Element* element,
                                                Diagnostics& errors);

}  // namespace shortlist::xml
