#include "shortlist/criteria.h"
#include "shortlist/explanation.h"

#include "criteria/leaves.h"
#include "text.h"

namespace shortlist {

// Measures are sums of day fractions; this absorbs their rounding.
constexpr double kEpsilon = 1e-9;

Verdict Rule::verdict(const Measure& m) const {
  if (!m.known) return Verdict::unknown;
  if (cap && m.proven > *cap + kEpsilon) return Verdict::not_met;
  if (m.proven >= need - kEpsilon) return Verdict::met;
  if (m.optimistic >= need - kEpsilon) return Verdict::unknown;
  return Verdict::not_met;
}

std::string months_text(double months) {
  const std::string n = format_number(months);
  return n + (n == "1" ? " month" : " months");
}

std::string to_string(Verdict verdict) {
  switch (verdict) {
    case Verdict::met: return "met";
    case Verdict::not_met: return "not_met";
    case Verdict::unknown: return "unknown";
  }
  return "unknown";
}

std::string to_string(Eligibility e) {
  switch (e) {
    case Eligibility::eligible: return "eligible";
    case Eligibility::not_eligible: return "not_eligible";
    case Eligibility::needs_review: return "needs_review";
    case Eligibility::invalid: return "invalid";
  }
  return "invalid";
}

Verdict all_of(const std::vector<Verdict>& parts) {
  bool unknown = false;
  for (Verdict v : parts) {
    if (v == Verdict::not_met) return Verdict::not_met;
    unknown = unknown || v == Verdict::unknown;
  }
  return unknown ? Verdict::unknown : Verdict::met;
}

Verdict any_of(const std::vector<Verdict>& parts) {
  bool unknown = false;
  for (Verdict v : parts) {
    if (v == Verdict::met) return Verdict::met;
    unknown = unknown || v == Verdict::unknown;
  }
  return unknown ? Verdict::unknown : Verdict::not_met;
}

}  // namespace shortlist
