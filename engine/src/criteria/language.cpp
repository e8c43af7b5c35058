// `language`: a level at or above the one asked, in any (any_of) or each
// (all_of) of the languages named; named sets come from rules/languages.yaml
// and `other_than` removes codes from them. The measure is a rank on the one
// scale of rules/language-levels.yaml: the best rank among the languages
// for any_of, the lowest for all_of. A language listed without a level adds
// only to the optimistic measure.
#include <algorithm>

#include "criteria/leaves.h"
#include "text.h"

namespace shortlist {
namespace {

constexpr double kAnyRank = 99;

class LanguageRule : public Rule {
 public:
  LanguageRule(const LanguageSpec& spec, const CompileContext& ctx)
      : rules_(ctx.rules), all_(spec.all), step_(ctx.rules.scoring.language_step) {
    need = rules_.levels.rank_of(spec.level.value).value_or(0);
    std::vector<std::string> excluded;
    for (const Text& t : spec.other_than)
      excluded.push_back(rules_.languages.code_of(t.value).value_or(t.value));
    for (const Text& t : spec.languages) {
      if (const auto* set = rules_.languages.set(t.value)) {
        for (const auto& code : *set) add(code, excluded);
        set_name_ = t.value;
      } else {
        add(rules_.languages.code_of(t.value).value_or(t.value), excluded);
      }
    }
  }

  std::string kind() const override { return "language"; }

  std::string describe() const override {
    std::vector<std::string> names;
    for (const auto& code : codes_) names.push_back(rules_.languages.name_of(code));
    return rules_.levels.step(static_cast<int>(need)) + " or better in " +
           (all_ ? "each of " : codes_.size() > 1 ? "one of " : "") +
           join_words(names, all_ ? "and" : "or");
  }

  Measure measure(const CandidateFacts& facts, Explanation* why) const override {
    std::vector<std::pair<double, double>> per_language;
    for (const auto& code : codes_) per_language.push_back(best(facts, code, why));
    Measure m{all_ ? kAnyRank : 0, all_ ? kAnyRank : 0, true};
    for (const auto& [low, high] : per_language) {
      m.proven = all_ ? std::min(m.proven, low) : std::max(m.proven, low);
      m.optimistic = all_ ? std::min(m.optimistic, high) : std::max(m.optimistic, high);
    }
    if (codes_.empty()) m = {0, 0, true};
    return m;
  }

  void conclude(const Measure& m, Verdict v, Explanation& why) const override {
    why.summary = "needs " + describe() + "; " +
                  (m.proven > 0 ? "has " + rules_.levels.step(static_cast<int>(m.proven))
                                : "has no level in them");
    if (v == Verdict::not_met) {
      const int short_by = static_cast<int>(need - m.proven);
      why.missing = m.proven > 0 ? short_by == 1 ? "one level short" :
                                     std::to_string(short_by) + " levels short"
                                 : "none of the languages at any level";
    }
    if (v == Verdict::unknown)
      why.unknown = "a language is listed without a readable level; a person must judge it";
  }

 protected:
  // Desirable credit: 1 when met; each level short loses `language_step`
  // (rules/policies.yaml: B1 for B2 earns 0.5 with the default 0.5); no
  // level at all earns 0.
  Column progress(const Column& proven, const Column&, const CodeColumn&) const override {
    const Column credit = 1.0 - step_ * (need - proven).max(0.0);
    return (proven > 0).select(credit, 0.0);
  }

 private:
  void add(const std::string& code, const std::vector<std::string>& excluded) {
    if (std::find(excluded.begin(), excluded.end(), code) != excluded.end()) return;
    if (std::find(codes_.begin(), codes_.end(), code) == codes_.end()) codes_.push_back(code);
  }

  // Best (proven, optimistic) rank of one language among the profile's entries.
  std::pair<double, double> best(const CandidateFacts& facts, const std::string& code,
                                 Explanation* why) const {
    double low = 0, high = 0;
    for (const LanguageFact& l : facts.languages) {
      if (l.code != code) continue;
      low = std::max(low, double(l.low));
      high = std::max(high, l.high == 0 && l.low == 0 ? kAnyRank : double(l.high));
      if (why)
        why->evidence.push_back(rules_.languages.name_of(code) + ": " + l.how +
                                (l.low == 0 && l.high == 0 ? ", to judge" : ""));
    }
    if (why && all_ && low == 0 && high == 0)
      why->evidence.push_back(rules_.languages.name_of(code) + ": not listed");
    return {low, high};
  }

  const RuleTables& rules_;
  bool all_;
  double step_;
  std::vector<std::string> codes_;
  std::string set_name_;
};

}  // namespace

std::unique_ptr<Rule> make_language_rule(const LanguageSpec& spec, const CompileContext& ctx) {
  return std::make_unique<LanguageRule>(spec, ctx);
}

}  // namespace shortlist
