#include "shortlist/criteria.h"
#include "shortlist/explanation.h"

#include "criteria/leaves.h"
#include "text.h"

namespace shortlist {

// Measures are sums of day fractions; this absorbs their rounding.
constexpr double kEpsilon = 1e-9;

CodeColumn Rule::verdicts(const Column& proven, const Column& optimistic,
                          const Column& known) const {
  const auto over_cap = cap ? (proven > *cap + kEpsilon).eval()
                            : Eigen::Array<bool, Eigen::Dynamic, 1>::Constant(proven.size(), false);
  const auto reached = proven >= need - kEpsilon;
  const auto reachable = optimistic >= need - kEpsilon;
  CodeColumn out = reachable.select(CodeColumn::Constant(proven.size(), kUnknown),
                                    CodeColumn::Constant(proven.size(), kNotMet));
  out = reached.select(CodeColumn::Constant(proven.size(), kMet), out);
  out = over_cap.select(CodeColumn::Constant(proven.size(), kNotMet), out);
  return (known > 0.5).select(out, CodeColumn::Constant(proven.size(), kUnknown));
}

Verdict Rule::verdict(const Measure& m) const {
  return verdict_of_code(verdicts(Column::Constant(1, m.proven), Column::Constant(1, m.optimistic),
                                  Column::Constant(1, m.known ? 1.0 : 0.0))[0]);
}

Column Rule::credits(const Column& proven, const Column& partial,
                     const CodeColumn& verdicts) const {
  const auto met = verdicts == kMet;
  Column credit;
  if (mode == CreditMode::exceed) {
    const Column above = full && *full > need
                             ? ((proven - need) / (*full - need)).max(0.0).min(1.0).eval()
                             : Column::Ones(proven.size());
    credit = met.select(above, 0.0);
  } else {
    credit = progress(proven, partial, verdicts).max(0.0).min(1.0);
  }
  return (verdicts == kUnknown).select(0.0, credit);
}

double Rule::credit(const Measure& m) const {
  const CodeColumn v = CodeColumn::Constant(1, code_of(verdict(m)));
  return credits(Column::Constant(1, m.proven), Column::Constant(1, m.partial), v)[0];
}

Column Rule::progress(const Column&, const Column&, const CodeColumn& verdicts) const {
  return (verdicts == kMet).cast<double>();
}

Verdict verdict_of_code(int code) {
  return code == kMet ? Verdict::met : code == kUnknown ? Verdict::unknown : Verdict::not_met;
}

int code_of(Verdict verdict) {
  return verdict == Verdict::met ? kMet : verdict == Verdict::unknown ? kUnknown : kNotMet;
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
