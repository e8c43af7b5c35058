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

class LanguageRule final : public RuleOf<LanguageRule> {
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
      } else {
        add(rules_.languages.code_of(t.value).value_or(t.value), excluded);
      }
    }
  }

  std::string describe() const override {
    std::vector<std::string> names;
    for (const auto& code : codes_) names.push_back(rules_.languages.name_of(code));
    return rules_.levels.step(static_cast<int>(need)) + " or better in " +
           (all_                ? "each of "
            : codes_.size() > 1 ? "one of "
                                : "") +
           join_words(names, all_ ? "and" : "or");
  }

  Measure measure(const CompactProfile& profile) const override {
    if (!profile.stated.languages) return {0, 0, false};
    if (indexes_.empty()) return {0, 0, true};
    if (!all_) {  // the best entry in any language asked: one pass, one lookup each
      double low = 0, high = 0;
      for (const CompactLanguage& l : profile.languages) {
        if (l.code < 0 || !asked_[l.code]) continue;
        low = std::max(low, double(l.low));
        high = std::max(high, l.high == 0 && l.low == 0 ? kAnyRank : double(l.high));
      }
      return {low, high, true};
    }
    Measure m{kAnyRank, kAnyRank, true};  // all_of: the lowest of the languages asked
    for (int16_t code : indexes_) {
      const auto [low, high] = best(profile, code);
      m.proven = std::min(m.proven, low);
      m.optimistic = std::min(m.optimistic, high);
    }
    return m;
  }

  void explain(const CompactProfile& profile, const CandidateFacts& facts,
               Explanation& why) const override {
    if (!profile.stated.languages) {
      why.evidence.push_back(left_out("languages"));
      return;
    }
    for (size_t k = 0; k < codes_.size(); ++k) {
      const std::string name = rules_.languages.name_of(codes_[k]);
      bool listed = false;
      for (size_t i = 0; i < profile.languages.size(); ++i) {
        if (profile.languages[i].code != indexes_[k]) continue;
        const LanguageFact& l = facts.languages[i];
        listed = true;
        why.evidence.push_back(
            {name + ": " + l.how + (l.low == 0 && l.high == 0 ? ", to judge" : ""),
             double(profile.languages[i].low)});
      }
      if (all_ && !listed) why.evidence.push_back({name + ": not listed", 0.0});
    }
  }

  void conclude(const Measure& m, Verdict v, Explanation& why) const override {
    why.found = !m.known       ? "states no languages"
                : m.proven > 0 ? "has " + rules_.levels.step(static_cast<int>(m.proven))
                               : "has no level in them";
    why.summary = "needs " + describe() + "; " + why.found;
    if (v == Verdict::not_met) {
      const int short_by = static_cast<int>(need - m.proven);
      why.missing = m.proven > 0 ? short_by == 1
                                       ? "one level short"
                                       : std::to_string(short_by) + " levels short"
                                 : "none of the languages at any level";
    }
    if (v == Verdict::unknown)
      why.unknown = m.known ? "a language is listed without a readable level; a person "
                              "must judge it"
                            : left_out("languages") + ": a person must check them";
  }

 protected:
  // Desirable credit: 1 when met; each level short loses `language_step`
  // (rules/policies.yaml: B1 for B2 earns 0.5 with the default 0.5); no
  // level at all earns 0.
  Column progress(const ColumnView& proven, const ColumnView&,
                  const CodeColumn&) const override {
    const Column credit = 1.0 - step_ * (need - proven).max(0.0);
    return (proven > 0).select(credit, 0.0);
  }

 private:
  void add(const std::string& code, const std::vector<std::string>& excluded) {
    if (std::find(excluded.begin(), excluded.end(), code) != excluded.end()) return;
    if (std::find(codes_.begin(), codes_.end(), code) != codes_.end()) return;
    codes_.push_back(code);
    // A code rules/languages.yaml lacks matches nobody's entry.
    const auto index = rules_.languages.index_of(code);
    indexes_.push_back(static_cast<int16_t>(index.value_or(-2)));
    if (asked_.empty()) asked_.assign(static_cast<size_t>(rules_.languages.size()), 0);
    if (index) asked_[*index] = 1;
  }

  // Best (proven, optimistic) rank of one language among the profile's
  // entries; an entry with no level allows any.
  static std::pair<double, double> best(const CompactProfile& profile, int16_t code) {
    double low = 0, high = 0;
    for (const CompactLanguage& l : profile.languages) {
      if (l.code != code) continue;
      low = std::max(low, double(l.low));
      high = std::max(high, l.high == 0 && l.low == 0 ? kAnyRank : double(l.high));
    }
    return {low, high};
  }

  const RuleTables& rules_;
  bool all_;
  double step_;
  std::vector<std::string> codes_;
  std::vector<int16_t> indexes_;  // of codes_ in rules/languages.yaml
  std::vector<char> asked_;       // per language of rules/languages.yaml: one of codes_
};

}  // namespace

std::unique_ptr<Rule> make_language_rule(const LanguageSpec& spec,
                                         const CompileContext& ctx) {
  return std::make_unique<LanguageRule>(spec, ctx);
}

}  // namespace shortlist
