#include "criteria/months.h"

#include <algorithm>

namespace shortlist {

MonthCount count_months(const std::vector<Span>& spans) {
  MonthCount out;
  out.shares.assign(spans.size(), 0.0);
  // Elementary segments between consecutive boundaries (a span's first day
  // and the day after its last); on each, the same spans are active.
  std::vector<long> bounds;
  for (const Span& s : spans) {
    bounds.push_back(s.first.serial());
    bounds.push_back(s.last.serial() + 1);
  }
  std::sort(bounds.begin(), bounds.end());
  bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
  std::vector<size_t> active;
  for (size_t b = 0; b + 1 < bounds.size(); ++b) {
    const long first = bounds[b], last = bounds[b + 1] - 1;
    active.clear();
    double fte = 0;
    for (size_t i = 0; i < spans.size(); ++i)
      if (spans[i].first.serial() <= first && spans[i].last.serial() >= last &&
          spans[i].fte > 0) {
        active.push_back(i);
        fte += spans[i].fte;
      }
    if (active.empty()) continue;
    const double months =
        calendar_months(Date::from_serial(first), Date::from_serial(last));
    const double capacity = std::min(fte, 1.0);
    out.total += months * capacity;
    for (size_t i : active) out.shares[i] += months * capacity * spans[i].fte / fte;
  }
  return out;
}

}  // namespace shortlist
