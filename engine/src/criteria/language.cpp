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

// The languages a criterion asks: its codes and sets, less `other_than`,
// each once, in order.
class AskedLanguages {
 public:
  AskedLanguages(const LanguageSpec& spec, const RuleTables& rules)
      : rules_(rules), all_(spec.all) {
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

  // "each of English and Spanish", "one of English or French", "English".
  std::string names() const {
    std::vector<std::string> names;
    for (const auto& code : codes_) names.push_back(rules_.languages.name_of(code));
    return (all_                ? "each of "
            : codes_.size() > 1 ? "one of "
                                : "") +
           join_words(names, all_ ? "and" : "or");
  }

  bool all() const { return all_; }
  const std::vector<std::string>& codes() const { return codes_; }
  const std::vector<int16_t>& indexes() const { return indexes_; }
  bool asked(int16_t code) const { return code >= 0 && asked_[code]; }

  // One evidence line per entry of a language asked, in the order asked
  // (line(entry index, language name)), and "not listed" for a language
  // all_of asks that the profile lacks.
  template <typename Line>
  void explain_each(const CompactProfile& profile, Explanation& why, Line line) const {
    if (!profile.stated.languages) {
      why.evidence.push_back(left_out("languages"));
      return;
    }
    for (size_t k = 0; k < codes_.size(); ++k) {
      const std::string name = rules_.languages.name_of(codes_[k]);
      bool listed = false;
      for (size_t i = 0; i < profile.languages.size(); ++i) {
        if (profile.languages[i].code != indexes_[k]) continue;
        listed = true;
        why.evidence.push_back(line(i, name));
      }
      if (all_ && !listed) why.evidence.push_back({name + ": not listed", 0.0});
    }
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

  const RuleTables& rules_;
  bool all_;
  std::vector<std::string> codes_;
  std::vector<int16_t> indexes_;  // of codes_ in rules/languages.yaml
  std::vector<char> asked_;       // per language of rules/languages.yaml: one of codes_
};

class LanguageRule final : public RuleOf<LanguageRule> {
 public:
  LanguageRule(const LanguageSpec& spec, const CompileContext& ctx)
      : rules_(ctx.rules),
        asked_(spec, ctx.rules),
        all_(spec.all),
        codes_(asked_.codes()),
        indexes_(asked_.indexes()),
        step_(ctx.rules.scoring.language_step) {
    need = rules_.levels.rank_of(spec.level.value).value_or(0);
  }

  std::string describe() const override {
    return rules_.levels.step(static_cast<int>(need)) + " or better in " + asked_.names();
  }

  Measure measure(const CompactProfile& profile) const override {
    if (!profile.stated.languages) return {0, 0, false};
    if (indexes_.empty()) return {0, 0, true};
    if (!all_) {  // the best entry in any language asked: one pass, one lookup each
      double low = 0, high = 0;
      for (const CompactLanguage& l : profile.languages) {
        if (!asked_.asked(l.code)) continue;
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
    asked_.explain_each(profile, why, [&](size_t i, const std::string& name) {
      const LanguageFact& l = facts.languages[i];
      return Evidence{
          name + ": " + l.how + (l.low == 0 && l.high == 0 ? ", to judge" : ""),
          double(profile.languages[i].low)};
    });
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
  AskedLanguages asked_;
  bool all_;
  const std::vector<std::string>& codes_;
  const std::vector<int16_t>& indexes_;  // of codes_ in rules/languages.yaml
  double step_;
};

// `un_level` / `un_levels` (formats.md, "UN Language Framework"): each skill
// asked at or above its UN level. The measure is the least margin over the
// skills asked (rank stated minus rank asked): met at 0 or more; a skill the
// profile gives no UN level for allows any, so a CEFR-only candidate is
// unknown unless the correspondence table of rules/language-levels.yaml is
// filled.
class UnLanguageRule final : public RuleOf<UnLanguageRule> {
 public:
  UnLanguageRule(const LanguageSpec& spec, const CompileContext& ctx)
      : rules_(ctx.rules), asked_(spec, ctx.rules) {
    need = 0;
    const auto& skills = rules_.levels.skills();
    for (size_t s = 0; s < skills.size() && s < 4; ++s)
      if (auto it = spec.un_levels.find(skills[s]); it != spec.un_levels.end()) {
        skill_.push_back(s);
        rank_.push_back(rules_.levels.un_rank_of(it->second.value).value_or(0));
      }
  }

  std::string describe() const override {
    std::vector<std::string> levels;
    const bool same = std::all_of(rank_.begin(), rank_.end(),
                                  [&](int r) { return r == rank_.front(); });
    if (same && rank_.size() == 4) {
      levels.push_back(rules_.levels.un_step(rank_.front()));
    } else {
      for (size_t k = 0; k < skill_.size(); ++k)
        levels.push_back(rules_.levels.skills()[skill_[k]] + " " +
                         rules_.levels.un_step(rank_[k]));
    }
    return join_words(levels, "and") + " or better in " + asked_.names();
  }

  Measure measure(const CompactProfile& profile) const override {
    if (!profile.stated.languages) return {0, 0, false};
    if (asked_.indexes().empty()) return {0, 0, true};
    if (!asked_.all()) {
      Measure m{-kAnyRank, -kAnyRank, true};
      for (const CompactLanguage& l : profile.languages)
        if (asked_.asked(l.code)) widen(m, margin(l));
      return m;
    }
    Measure m{kAnyRank, kAnyRank, true};
    for (int16_t code : asked_.indexes()) {
      Measure best{-kAnyRank, -kAnyRank, true};
      for (const CompactLanguage& l : profile.languages)
        if (l.code == code) widen(best, margin(l));
      m.proven = std::min(m.proven, best.proven);
      m.optimistic = std::min(m.optimistic, best.optimistic);
    }
    return m;
  }

  void explain(const CompactProfile& profile, const CandidateFacts& facts,
               Explanation& why) const override {
    asked_.explain_each(profile, why, [&](size_t i, const std::string& name) {
      const Measure m = margin(profile.languages[i]);
      const std::string judged = m.proven >= 0       ? ""
                                 : m.optimistic >= 0 ? ", to judge"
                                                     : ", below the level asked";
      return Evidence{name + ": " + facts.languages[i].un_how + judged};
    });
  }

  void conclude(const Measure& m, Verdict v, Explanation& why) const override {
    why.found = !m.known                ? "states no languages"
                : v == Verdict::met     ? "has the UN levels asked"
                : v == Verdict::unknown ? "no UN level that settles it"
                                        : "below the UN levels asked";
    why.summary = "needs " + describe() + "; " + why.found;
    if (v == Verdict::not_met)
      why.missing = m.proven <= -kAnyRank ? "none of the languages listed"
                                          : "a UN level short in a skill asked";
    if (v == Verdict::unknown)
      why.unknown =
          m.known ? "no UN level is stated for a skill asked, and the UN publishes no "
                    "correspondence with CEFR: a person must judge it"
                  : left_out("languages") + ": a person must check them";
  }

 private:
  // The least margin over the skills asked: proven and optimistic.
  Measure margin(const CompactLanguage& l) const {
    Measure m{kAnyRank, kAnyRank, true};
    for (size_t k = 0; k < skill_.size(); ++k) {
      m.proven = std::min(m.proven, double(l.un_low(skill_[k]) - rank_[k]));
      m.optimistic = std::min(m.optimistic, double(l.un_high(skill_[k]) - rank_[k]));
    }
    return m;
  }
  static void widen(Measure& m, const Measure& entry) {
    m.proven = std::max(m.proven, entry.proven);
    m.optimistic = std::max(m.optimistic, entry.optimistic);
  }

  const RuleTables& rules_;
  AskedLanguages asked_;
  std::vector<size_t> skill_;  // the skills asked, as indexes of the four-skill form
  std::vector<int> rank_;      // the UN rank asked of each
};

}  // namespace

std::unique_ptr<Rule> make_language_rule(const LanguageSpec& spec,
                                         const CompileContext& ctx) {
  if (spec.uses_un_levels()) return std::make_unique<UnLanguageRule>(spec, ctx);
  return std::make_unique<LanguageRule>(spec, ctx);
}

}  // namespace shortlist
