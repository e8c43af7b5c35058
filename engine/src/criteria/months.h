// Calendar months of a set of periods (formats.md, "Dates and periods"):
// overlaps counted once, part-time pro rata, overlapping part-time adding up
// to at most full time on any day.
#pragma once

#include <vector>

#include "shortlist/date.h"

namespace shortlist {

struct Span {
  Date first;  // inclusive
  Date last;   // inclusive; REQUIRES first <= last
  double fte = 1.0;
};

struct MonthCount {
  double total = 0;
  // Each span's share of the total: on a day where spans overlap, the day's
  // capacity (at most 1) is shared in proportion to their fte. The shares
  // add up to the total.
  std::vector<double> shares;
};

MonthCount count_months(const std::vector<Span>& spans);

}  // namespace shortlist
