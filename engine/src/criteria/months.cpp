#include "criteria/months.h"

#include <algorithm>

namespace shortlist {
namespace {

// The stretches between consecutive boundaries (a span's from and end); on
// each, the same spans are active. Calls visit(length, active fte, index of
// each active span) in coordinate order.
template <typename Visit>
void sweep(std::span<const MonthSpan> spans, std::vector<double>& bounds,
           std::vector<size_t>& active, Visit visit) {
  bounds.clear();
  for (const MonthSpan& s : spans) {
    bounds.push_back(s.from);
    bounds.push_back(s.end);
  }
  std::sort(bounds.begin(), bounds.end());
  bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
  for (size_t b = 0; b + 1 < bounds.size(); ++b) {
    active.clear();
    double fte = 0;
    for (size_t i = 0; i < spans.size(); ++i)
      if (spans[i].from <= bounds[b] && spans[i].end >= bounds[b + 1] &&
          spans[i].fte > 0) {
        active.push_back(i);
        fte += spans[i].fte;
      }
    if (!active.empty()) visit(bounds[b + 1] - bounds[b], fte, active);
  }
}

bool before(const MonthSpan& a, const MonthSpan& b) {
  return a.from < b.from || (a.from == b.from && a.end < b.end);
}

}  // namespace

double count_months(std::span<MonthSpan> spans) {
  // Insertion sort: a profile has a handful of periods.
  for (size_t i = 1; i < spans.size(); ++i)
    for (size_t j = i; j > 0 && before(spans[j], spans[j - 1]); --j)
      std::swap(spans[j], spans[j - 1]);
  bool disjoint = true;
  for (size_t i = 0; i < spans.size(); ++i)
    disjoint =
        disjoint && spans[i].fte <= 1 && (i == 0 || spans[i - 1].end <= spans[i].from);
  double total = 0;
  if (disjoint) {  // the common case: each span is one stretch of its own
    for (const MonthSpan& s : spans)
      if (s.fte > 0) total += (s.end - s.from) * s.fte;
    return total;
  }
  std::vector<double> bounds;
  std::vector<size_t> active;
  sweep(spans, bounds, active,
        [&](double months, double fte, const std::vector<size_t>&) {
          total += months * std::min(fte, 1.0);
        });
  return total;
}

std::vector<double> month_shares(const std::vector<MonthSpan>& spans) {
  std::vector<double> shares(spans.size(), 0.0);
  std::vector<double> bounds;
  std::vector<size_t> active;
  sweep(spans, bounds, active,
        [&](double months, double fte, const std::vector<size_t>& on) {
          const double capacity = months * std::min(fte, 1.0);
          for (size_t i : on) shares[i] += capacity * spans[i].fte / fte;
        });
  return shares;
}

Date months_before(const Date& day, int months) {
  const int index = day.year() * 12 + (day.month() - 1) - months;
  const int year = index / 12, month = index % 12 + 1;
  return Date(year, month, std::min(day.day(), days_in_month(year, month)));
}

}  // namespace shortlist
