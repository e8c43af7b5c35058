// `age` and `nationality`: programme gates (formats.md). Age is full years
// on the reference date (the as-of date, or the criterion's `on`), bounds
// inclusive. A missing date of birth or nationality is unknown, never failed.
#include <algorithm>
#include <limits>

#include "criteria/leaves.h"
#include "text.h"

namespace shortlist {
namespace {

class AgeRule final : public RuleOf<AgeRule> {
 public:
  AgeRule(const AgeSpec& spec, const CompileContext& ctx)
      : on_(spec.on.value_or(ctx.as_of)), min_(spec.min), max_(spec.max) {
    need = spec.min ? *spec.min : -std::numeric_limits<double>::infinity();
    if (spec.max) cap = *spec.max;
  }

  std::string describe() const override {
    std::string range = min_ && max_ ? "between " + std::to_string(*min_) + " and " +
                                           std::to_string(*max_)
                        : min_ ? "at least " + std::to_string(*min_)
                               : "at most " + std::to_string(*max_);
    return "aged " + range + " in full years on " + on_.iso();
  }

  // The youngest reading (born on the last day a year or a month given
  // without its day allows) and the oldest (born on its first day); one age
  // for a full date.
  Measure measure(const CompactProfile& profile) const override {
    if (!profile.born) return {0, 0, false};
    const Date earliest = Date::from_serial(*profile.born);
    Date latest = earliest;
    if (profile.born_year_only) latest = latest_day(earliest, DatePrecision::year);
    if (profile.born_month_only)
      latest = Date(earliest.year(), earliest.month(),
                    days_in_month(earliest.year(), earliest.month()));
    return {double(full_years(latest, on_)), double(full_years(earliest, on_)), true};
  }

  void explain(const CompactProfile& profile, const CandidateFacts& facts,
               Explanation& why) const override {
    if (!facts.born) {
      why.evidence.push_back(std::string("no date of birth given"));
      return;
    }
    const Measure m = measure(profile);
    if (facts.born_year_only) {
      why.evidence.push_back("born " + facts.born->iso().substr(0, 4) +
                             " (the year only): " + age_text(m) + " full years on " +
                             on_.iso() + ", by the day of birth");
      return;
    }
    if (facts.born_month_only) {
      why.evidence.push_back("born " + facts.born->iso_month() +
                             " (the month only): " + age_text(m) + " full years on " +
                             on_.iso() + ", by the day of birth");
      return;
    }
    why.evidence.push_back("born " + facts.born->iso() + ": " + age_text(m) +
                           " full years on " + on_.iso());
  }

  void conclude(const Measure& m, Verdict v, Explanation& why) const override {
    why.summary = "needs to be " + describe();
    why.found = m.known ? "aged " + age_text(m) : "no date of birth";
    if (!m.known) {
      why.unknown = "no date of birth: a person must check the age limit";
      return;
    }
    why.summary += "; is " + age_text(m);
    if (v == Verdict::unknown)
      why.unknown = "the date of birth, given without its day, gives " + age_text(m) +
                    ": a person must check the date of birth";
    if (v == Verdict::not_met && max_ && m.proven > *max_)
      why.missing = "is " + age_text(m) + ", above the maximum of " +
                    std::to_string(*max_) + " by " + format_number(m.proven - *max_);
    else if (v == Verdict::not_met)
      why.missing =
          "is " + age_text(m) + ", below the minimum of " + std::to_string(*min_);
  }

 private:
  // "32", or "31 or 32" when the year of birth is given alone.
  static std::string age_text(const Measure& m) {
    if (m.proven == m.optimistic) return format_number(m.proven);
    return format_number(m.proven) + " or " + format_number(m.optimistic);
  }

  Date on_;
  std::optional<int> min_, max_;
};

class NationalityRule final : public RuleOf<NationalityRule> {
 public:
  NationalityRule(const NationalitySpec& spec, const CompileContext& ctx)
      : rules_(ctx.rules), excluded_(spec.excluded) {
    for (const Text& t : spec.countries) {
      const auto codes = rules_.countries.codes_of(t.value);
      (rules_.countries.set(t.value) ? sets_ : named_)
          .push_back(rules_.countries.set(t.value) ? t.value : codes.at(0));
      for (const std::string& code : codes) {
        if (std::find(codes_.begin(), codes_.end(), code) != codes_.end()) continue;
        codes_.push_back(code);
        indexes_.push_back(
            static_cast<int16_t>(rules_.countries.index_of(code).value_or(-2)));
      }
    }
    need = 1;
  }

  // Sets by their names, countries by name and code.
  std::string describe() const override {
    std::vector<std::string> names = sets_;
    for (const auto& c : named_)
      names.push_back(rules_.countries.name_of(c) + " (" + c + ")");
    return excluded_ ? "no nationality of " + join_words(names, "or")
                     : "a nationality of " + join_words(names, "or");
  }

  // A nationality the table cannot read (-1: a Europass Label alone, a code
  // rules/countries.yaml lacks) may be one listed: with any_of unknown unless
  // another is listed, with none_of unknown unless another is.
  Measure measure(const CompactProfile& profile) const override {
    if (!profile.nationality_known) return {0, 0, false};
    bool unread = false, listed = false;
    for (int16_t n : profile.nationalities) {
      listed = listed || lists(n);
      unread = unread || n < 0;
    }
    if (excluded_) return {listed || unread ? 0.0 : 1.0, listed ? 0.0 : 1.0, true};
    return {listed ? 1.0 : 0.0, listed || unread ? 1.0 : 0.0, true};
  }

  void explain(const CompactProfile& profile, const CandidateFacts& facts,
               Explanation& why) const override {
    if (!profile.nationality_known) {
      why.evidence.push_back(std::string("no nationality given"));
      return;
    }
    if (profile.nationalities.empty())
      why.evidence.push_back(std::string("the profile lists no nationality"));
    for (size_t i = 0; i < profile.nationalities.size(); ++i) {
      const std::string& n = (*facts.nationalities)[i];
      if (profile.nationalities[i] < 0) {
        why.evidence.push_back("nationality '" + n +
                               "': not a country rules/countries.yaml reads, to judge");
        continue;
      }
      const bool listed = lists(profile.nationalities[i]);
      const char* judged = excluded_
                               ? (listed ? ": excluded" : ": not excluded")
                               : (listed ? ": accepted" : ": not among those accepted");
      why.evidence.push_back("nationality " + rules_.countries.name_of(n) + " (" + n +
                             ")" + judged);
    }
  }

  void conclude(const Measure& m, Verdict v, Explanation& why) const override {
    why.summary = "needs " + describe();
    const std::string failed = excluded_ ? "holds a nationality excluded"
                                         : "holds none of the nationalities accepted";
    why.found = !m.known                ? "no nationality given"
                : v == Verdict::met     ? (excluded_ ? "holds no nationality excluded"
                                                     : "holds an accepted nationality")
                : v == Verdict::not_met ? failed
                                        : "holds a nationality no table reads";
    if (!m.known) why.unknown = "no nationality given: a person must check it";
    if (m.known && v == Verdict::unknown)
      why.unknown =
          "a nationality is written in words no table reads: a person must check it";
    if (v == Verdict::not_met) why.missing = failed;
  }

 private:
  bool lists(int16_t country) const {
    return std::find(indexes_.begin(), indexes_.end(), country) != indexes_.end();
  }

  const RuleTables& rules_;
  bool excluded_;                   // none_of
  std::vector<std::string> sets_;   // sets named, as written
  std::vector<std::string> named_;  // countries named one by one
  std::vector<std::string> codes_;  // every country listed, sets expanded
  std::vector<int16_t> indexes_;    // of codes_ in rules/countries.yaml; -2: not there
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
