// Calendar months of a set of periods (formats.md, "Dates and periods"):
// overlaps counted once, part-time pro rata, overlapping part-time adding up
// to at most full time on any day. Periods are measured on the line of
// month_coordinate (date.h), where a day range [first, last] is the interval
// [coordinate of first, coordinate of the day after last).
#pragma once

#include <span>
#include <vector>

#include "shortlist/date.h"

namespace shortlist {

// Left uninitialised by default: buffers of spans are filled before use.
struct MonthSpan {
  double from;  // month_coordinate of the first day
  double end;   // month_coordinate of the day after the last; REQUIRES from < end
  double fte;
};

// The day `months` calendar months before `day` (the same day of the month,
// or that month's last day when it has fewer days): where a window of the
// last N months starts (within_last, completed_within).
Date months_before(const Date& day, int months);

// Spans are sorted in place by `from` (then `end`), so equal sets of spans
// give bit-identical totals whatever their order.
double count_months(std::span<MonthSpan> spans);

// Each span's share of the total, in the order given (not sorted): on a
// stretch where spans overlap, its capacity (at most full time) is shared in
// proportion to their fte. The shares add up to count_months of the spans.
std::vector<double> month_shares(const std::vector<MonthSpan>& spans);

}  // namespace shortlist
