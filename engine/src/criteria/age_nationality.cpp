// `age` and `nationality`: programme gates (formats.md). Age is full years
// on the reference date (the as-of date, or the criterion's `on`), bounds
// inclusive. A missing date of birth or nationality is unknown, never failed.
#include <algorithm>
#include <limits>

#include "criteria/leaves.h"
#include "text.h"

namespace shortlist {
namespace {

class AgeRule : public Rule {
 public:
  AgeRule(const AgeSpec& spec, const CompileContext& ctx)
      : on_(spec.on.value_or(ctx.as_of)), min_(spec.min), max_(spec.max) {
    need = spec.min ? *spec.min : -std::numeric_limits<double>::infinity();
    if (spec.max) cap = *spec.max;
  }

  std::string kind() const override { return "age"; }

  std::string describe() const override {
    std::string range = min_ && max_ ? "between " + std::to_string(*min_) + " and " +
                                           std::to_string(*max_)
                        : min_ ? "at least " + std::to_string(*min_)
                               : "at most " + std::to_string(*max_);
    return "aged " + range + " in full years on " + on_.iso();
  }

  Measure measure(const CandidateFacts& facts, Explanation* why) const override {
    if (!facts.born) {
      if (why) why->evidence.push_back("no date of birth given");
      return {0, 0, false};
    }
    const double age = full_years(*facts.born, on_);
    if (why)
      why->evidence.push_back("born " + facts.born->iso() + ": " + format_number(age) +
                              " full years on " + on_.iso());
    return {age, age, true};
  }

  void conclude(const Measure& m, Verdict v, Explanation& why) const override {
    why.summary = "needs to be " + describe();
    if (!m.known) {
      why.unknown = "no date of birth: a person must check the age limit";
      return;
    }
    why.summary += "; is " + format_number(m.proven);
    if (v == Verdict::not_met && max_ && m.proven > *max_)
      why.missing = "is " + format_number(m.proven) + ", above the maximum of " +
                    std::to_string(*max_) + " by " + format_number(m.proven - *max_);
    else if (v == Verdict::not_met)
      why.missing = "is " + format_number(m.proven) + ", below the minimum of " +
                    std::to_string(*min_);
  }

 private:
  Date on_;
  std::optional<int> min_, max_;
};

class NationalityRule : public Rule {
 public:
  NationalityRule(const NationalitySpec& spec, const CompileContext& ctx) : rules_(ctx.rules) {
    for (const Text& t : spec.any_of)
      codes_.push_back(rules_.countries.code_of(t.value).value_or(t.value));
    need = 1;
  }

  std::string kind() const override { return "nationality"; }

  std::string describe() const override {
    std::vector<std::string> names;
    for (const auto& c : codes_) names.push_back(rules_.countries.name_of(c) + " (" + c + ")");
    return "a nationality of " + join_words(names, "or");
  }

  Measure measure(const CandidateFacts& facts, Explanation* why) const override {
    if (!facts.nationalities || facts.nationalities->empty()) {
      if (why) why->evidence.push_back("no nationality given");
      return {0, 0, false};
    }
    double found = 0;
    for (const auto& n : *facts.nationalities) {
      const bool hit = std::find(codes_.begin(), codes_.end(), n) != codes_.end();
      found = std::max(found, hit ? 1.0 : 0.0);
      if (why)
        why->evidence.push_back("nationality " + rules_.countries.name_of(n) + " (" + n + ")" +
                                (hit ? ": accepted" : ": not among those accepted"));
    }
    return {found, found, true};
  }

  void conclude(const Measure& m, Verdict v, Explanation& why) const override {
    why.summary = "needs " + describe();
    if (!m.known) why.unknown = "no nationality given: a person must check it";
    if (v == Verdict::not_met) why.missing = "holds none of the nationalities accepted";
  }

 private:
  const RuleTables& rules_;
  std::vector<std::string> codes_;
};

}  // namespace

std::unique_ptr<Rule> make_age_rule(const AgeSpec& spec, const CompileContext& ctx) {
  return std::make_unique<AgeRule>(spec, ctx);
}

std::unique_ptr<Rule> make_nationality_rule(const NationalitySpec& spec,
                                            const CompileContext& ctx) {
  return std::make_unique<NationalityRule>(spec, ctx);
}

}  // namespace shortlist
