#include "report/common.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

#include "text.h"

namespace shortlist {

std::string vacancy_header(const CompiledVacancy& v) {
  const Vacancy& vac = v.vacancy();
  std::string out = vac.id;
  if (!vac.title.empty()) out += ": " + vac.title;
  if (!vac.organization.empty()) out += " (" + vac.organization + ")";
  return out;
}

std::string verdict_word(Verdict v) {
  switch (v) {
    case Verdict::met:
      return "met";
    case Verdict::not_met:
      return "NOT MET";
    default:
      return "unknown";
  }
}

std::string standing_title(Standing s, const CompiledVacancy& vacancy) {
  const auto& e = vacancy.vacancy().evaluation;
  switch (s) {
    case Standing::ranked:
      return e ? "Eligible, ranked by combined score (technical + financial)"
               : "Eligible, ranked by score";
    case Standing::below_threshold:
      return "Eligible, technical score below the threshold of " +
             format_number(e->threshold);
    case Standing::needs_review:
      return "Needs review: a person must judge what is marked";
    case Standing::not_eligible:
      return "Not eligible: a minimum requirement is not met";
    case Standing::invalid:
      return "Invalid: the profile could not be read";
  }
  return "";
}

std::string score_text(const Assessment& a) {
  if (!a.judgement || !a.judgement->score) return "";
  return format_number(*a.judgement->score);
}

std::vector<std::string> shares_that_add_up(const std::vector<double>& parts,
                                            double total) {
  const long target = std::lround(total * 100);
  std::vector<long> cents(parts.size());
  std::vector<size_t> order(parts.size());
  for (size_t i = 0; i < parts.size(); ++i)
    cents[i] = static_cast<long>(std::floor(parts[i] * 100 + 1e-9));
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return parts[a] * 100 - cents[a] > parts[b] * 100 - cents[b];
  });
  long missing = target - std::accumulate(cents.begin(), cents.end(), 0L);
  for (size_t k = 0; missing > 0 && k < order.size(); ++k, --missing) ++cents[order[k]];
  std::vector<std::string> out;
  for (long c : cents) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%ld.%02ld", c / 100, c % 100);
    out.push_back(buf);
  }
  return out;
}

std::size_t shown(const Ranking& ranking, std::size_t top) {
  return top == 0 ? ranking.entries.size() : std::min(top, ranking.entries.size());
}

}  // namespace shortlist
