// `enrolled`: on the as-of date the candidate is enrolled in a programme at
// or above a ladder level, in one of the fields asked, and in its final year
// where asked (formats.md, "Enrolment"). An education entry with
// `completed` is not an enrolment; one with neither `completed` nor
// `enrolled`, or with `final_year` unstated where asked, adds only to the
// optimistic measure: to judge, never failed. The measure is the highest
// ISCED level among qualifying enrolments.
#include <algorithm>

#include "criteria/field_match.h"
#include "criteria/leaves.h"
#include "text.h"

namespace shortlist {
namespace {

constexpr double kAnyLevel = 99;  // optimistic level of an unknown degree name

class EnrolledRule final : public RuleOf<EnrolledRule> {
 public:
  EnrolledRule(const EnrolledSpec& spec, const CompileContext& ctx)
      : rules_(ctx.rules),
        as_of_(ctx.as_of),
        fields_(spec.fields, spec.related_fields, ctx.rules),
        final_year_(spec.final_year) {
    need = rules_.degrees.ladder_level(spec.level.value).value_or(0);
  }

  std::string describe() const override {
    return "enrolment on " + as_of_.iso() + " in a " +
           rules_.degrees.step_name(static_cast<int>(need)) + "'s programme or higher" +
           fields_.asked() + (final_year_ ? ", in its final year" : "");
  }

  Measure measure(const CompactProfile& profile) const override {
    return best_of_degrees(profile, [this](const CompactDegree& d) { return assess(d); });
  }

  void explain(const CompactProfile& profile, const CandidateFacts& facts,
               Explanation& why) const override {
    if (!profile.stated.education) {
      why.evidence.push_back(left_out("education"));
      return;
    }
    for (size_t i = 0; i < profile.degrees.size(); ++i) {
      const Assessed a = assess(profile.degrees[i]);
      std::optional<double> gives;
      if (a.proven > 0) gives = a.proven;
      why.evidence.push_back(
          {facts.degrees[i].label + ": " + note(profile.degrees[i], facts.degrees[i], a),
           gives});
    }
    if (facts.degrees.empty()) why.evidence.push_back(std::string("no education listed"));
  }

  void conclude(const Measure& m, Verdict v, Explanation& why) const override {
    why.found = !m.known ? "states no education"
                : m.proven > 0
                    ? "enrolled at " +
                          rules_.degrees.step_name(static_cast<int>(m.proven)) + " level"
                    : "no enrolment that qualifies";
    why.summary = "needs " + describe() + "; " + why.found;
    if (v == Verdict::not_met) why.missing = "no qualifying enrolment on " + as_of_.iso();
    if (v == Verdict::unknown)
      why.unknown = m.known
                        ? "a person must judge the entry marked 'to judge'"
                        : left_out("education") + ": a person must check the enrolment";
  }

 private:
  enum class Status { completed, not_enrolled, not_final_year, assessed };
  struct Assessed {
    double proven = 0, optimistic = 0;
    Status status = Status::assessed;
    FieldMatch match = FieldMatch::in;
  };

  Assessed assess(const CompactDegree& d) const {
    if (d.completed()) return {0, 0, Status::completed};
    if (d.enrolled == CompactDegree::kNo) return {0, 0, Status::not_enrolled};
    if (final_year_ && d.final_year == CompactDegree::kNo)
      return {0, 0, Status::not_final_year};
    const FieldMatch match = fields_.match(d);
    if (match == FieldMatch::out) return {0, 0, Status::assessed, match};
    if (!d.level_known) return {0, kAnyLevel, Status::assessed, match};
    const bool sure = d.enrolled == CompactDegree::kYes &&
                      match != FieldMatch::unreadable &&
                      (!final_year_ || d.final_year == CompactDegree::kYes);
    return {sure ? double(d.low) : 0, double(d.high), Status::assessed, match};
  }

  std::string note(const CompactDegree& c, const DegreeFact& d, const Assessed& a) const {
    switch (a.status) {
      case Status::completed:
        return "completed " + d.completed->iso_month() + ": not an enrolment";
      case Status::not_enrolled:
        return "states it is not an enrolment";
      case Status::not_final_year:
        return "enrolled, not in the final year";
      default:
        break;
    }
    std::string out = d.level ? rules_.degrees.step_name(d.level->low) + " programme"
                              : "degree name '" + d.written +
                                    "' is not in rules/degrees.yaml, to judge";
    out += c.enrolled == CompactDegree::kYes
               ? ", enrolled"
               : ", neither completed nor enrolled stated, to judge whether enrolled";
    if (d.expected) out += ", completion expected " + d.expected->iso_month();
    if (final_year_ && c.final_year == CompactDegree::kYes) out += ", in its final year";
    if (final_year_ && c.final_year == CompactDegree::kUnstated)
      out += ", final year not stated, to judge";
    return out + fields_.note(d, a.match);
  }

  const RuleTables& rules_;
  Date as_of_;
  FieldMatcher fields_;
  bool final_year_;
};

}  // namespace

std::unique_ptr<Rule> make_enrolled_rule(const EnrolledSpec& spec,
                                         const CompileContext& ctx) {
  return std::make_unique<EnrolledRule>(spec, ctx);
}

}  // namespace shortlist
