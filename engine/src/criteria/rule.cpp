#include "criteria/rule.h"

#include <algorithm>

#include "criteria/leaves.h"
#include "shortlist/explanation.h"
#include "text.h"

namespace shortlist {

CodeColumn Rule::verdicts(const ColumnView& proven, const ColumnView& optimistic,
                          const ColumnView& known) const {
  CodeColumn out(proven.size());
  const double* p = proven.data();
  const double* o = optimistic.data();
  const double* k = known.data();
  for (Eigen::Index i = 0; i < proven.size(); ++i) out[i] = code(p[i], o[i], k[i] > 0.5);
  return out;
}

Column Rule::credits(const ColumnView& proven, const ColumnView& partial,
                     const CodeColumn& verdicts) const {
  Column credit;
  if (mode == CreditMode::exceed) {
    const Column above = full && *full > need
                             ? ((proven - need) / (*full - need)).max(0.0).min(1.0).eval()
                             : Column::Ones(proven.size());
    return (verdicts == kMet).select(above, 0.0);
  }
  credit = progress(proven, partial, verdicts).max(0.0).min(1.0);
  return (verdicts == kUnknown).select(0.0, credit);
}

Column Rule::progress(const ColumnView&, const ColumnView&,
                      const CodeColumn& verdicts) const {
  return (verdicts == kMet).cast<double>();
}

Verdict verdict_of_code(int code) {
  return code == kMet       ? Verdict::met
         : code == kUnknown ? Verdict::unknown
                            : Verdict::not_met;
}

int code_of(Verdict verdict) {
  return verdict == Verdict::met       ? kMet
         : verdict == Verdict::unknown ? kUnknown
                                       : kNotMet;
}

std::string left_out(const std::string& section) {
  return "the profile states no " + section + " (the section is left out)";
}

std::string months_text(double months) {
  const std::string n = format_number(months);
  return n + (n == "1" ? " month" : " months");
}

std::string to_string(Verdict verdict) {
  switch (verdict) {
    case Verdict::met:
      return "met";
    case Verdict::not_met:
      return "not_met";
    case Verdict::unknown:
      return "unknown";
  }
  return "unknown";
}

std::string to_string(Eligibility e) {
  switch (e) {
    case Eligibility::eligible:
      return "eligible";
    case Eligibility::not_eligible:
      return "not_eligible";
    case Eligibility::needs_review:
      return "needs_review";
    case Eligibility::invalid:
      return "invalid";
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
