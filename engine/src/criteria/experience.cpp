// `experience`: calendar months of qualifying periods by the as-of date.
//
// A period qualifies when its type counts (rules/policies.yaml, or the
// criterion's `types`), it is tagged with one of the criterion's `areas` (a
// narrower concept counts) and with each of its `all_areas`, and, with
// `after: first_degree`, for the part after the first completed degree at
// the level of rules/policies.yaml `first_degree` (bachelor) or above
// (`after: {degree: LEVEL}`: at that level or above); with `within_last`,
// for the part inside the last N months before the as-of date. A period whose
// relevance the rules cannot read (no areas, or areas the taxonomy does not
// know) adds only to the optimistic measure, so it can make the criterion
// unknown but never failed.
#include <algorithm>
#include <array>
#include <limits>
#include <span>

#include "criteria/leaves.h"
#include "criteria/months.h"
#include "text.h"

namespace shortlist {
namespace {

enum class Relevance { relevant, by_title, unreadable, irrelevant };

// Where counting starts with `after: first_degree`: the day after the first
// completed degree at the first-degree level or above, as a month coordinate, and
// which degree it is.
struct Cut {
  std::optional<double> proven;      // first degree for certain
  std::optional<double> optimistic;  // earliest degree that might be the first
  int proven_degree = -1;            // index of the degree that gives `proven`
};

// A period's qualifying part on the month line, or none.
struct Clipped {
  bool counts = false;
  MonthSpan span;
};

// Spans of one profile: on the stack for the usual handful of periods.
class SpanBuffer {
 public:
  void push(const MonthSpan& s) {
    if (size_ < kInline)
      inline_[size_] = s;
    else
      spill_.push_back(s);
    ++size_;
    if (size_ == kInline + 1)
      spill_.insert(spill_.begin(), inline_.begin(), inline_.end());
  }
  std::span<MonthSpan> all() {
    return size_ <= kInline ? std::span<MonthSpan>(inline_.data(), size_)
                            : std::span<MonthSpan>(spill_);
  }

 private:
  static constexpr size_t kInline = 16;
  std::array<MonthSpan, kInline> inline_;
  std::vector<MonthSpan> spill_;
  size_t size_ = 0;
};

// Which periods are in some areas: tagged with one of the concepts (or a
// narrower one), or with an area the taxonomy lacks written the same way.
class AreaFilter {
 public:
  AreaFilter(const std::vector<Text>& areas, const RuleTables& rules) {
    relevant_.assign(rules.skills.size(), 0);
    for (const Text& area : areas) {
      names_.push_back(area.value);
      for (const auto& name : rules.skills.name_words(area.value))
        for (int32_t word : rules.texts->word_set(name)) wanted_words_.push_back(word);
      if (auto id = rules.skills.find(area.value)) {
        const auto under = rules.skills.narrower_or_same(*id);
        for (size_t c = 0; c < under.size(); ++c) relevant_[c] |= under[c];
      } else {
        literal_areas_.push_back(rules.texts->intern(fold(area.value)));
      }
    }
    std::sort(wanted_words_.begin(), wanted_words_.end());
    wanted_words_.erase(std::unique(wanted_words_.begin(), wanted_words_.end()),
                        wanted_words_.end());
  }

  const std::vector<std::string>& names() const { return names_; }

  // Relevant: tagged with a wanted area (or a narrower one), or untagged with
  // a wanted area named in its title. Unreadable: untagged, or tagged with an
  // area the taxonomy does not know that shares a word with a wanted one.
  Relevance relevance(const CompactProfile& profile, const CompactPeriod& p) const {
    if (names_.empty() || matches(profile.areas(p))) return Relevance::relevant;
    const auto unplaced = profile.unplaced(p);
    for (int32_t text : unplaced)
      if (literal(profile.roster->text_id(text))) return Relevance::relevant;
    const bool untagged = p.areas == 0 && p.unplaced == 0;
    if (untagged && matches(profile.title_areas(p))) return Relevance::by_title;
    if (untagged) return Relevance::unreadable;
    for (int32_t text : unplaced)
      if (similar(profile.roster->words(text))) return Relevance::unreadable;
    return Relevance::irrelevant;
  }

 private:
  bool matches(std::span<const int32_t> concepts) const {
    for (int32_t area : concepts)
      if (relevant_[area]) return true;
    return false;
  }

  bool literal(int32_t text_id) const {
    return std::find(literal_areas_.begin(), literal_areas_.end(), text_id) !=
           literal_areas_.end();
  }

  // Shares a word with a wanted area (or one of its names): both sorted.
  bool similar(std::span<const int32_t> words) const {
    return TextIds::jaccard_of(words, wanted_words_) > 0;
  }

  std::vector<std::string> names_;
  std::vector<int32_t> wanted_words_;   // word ids of every name of every area, sorted
  std::vector<char> relevant_;          // per concept: a wanted area or a narrower one
  std::vector<int32_t> literal_areas_;  // text ids of areas the taxonomy does not know
};

// The worse of two relevances: a period must pass every filter.
Relevance worse(Relevance a, Relevance b) { return std::max(a, b); }

// `employers: [...]`: a period's employer is, or is under, one of these
// entries of rules/employers.yaml. Relevant when every entry its employer
// (and employer_kind) names is under one, irrelevant when none is,
// unreadable when they disagree or none is named.
class EmployerFilter {
 public:
  EmployerFilter(const std::vector<Text>& ids, const RuleTables& rules)
      : table_(rules.employers) {
    under_.assign(table_.size(), 0);
    for (const Text& id : ids) {
      names_.push_back(id.value);
      if (auto index = table_.index_of(id.value)) {
        const auto under = table_.under(*index);
        for (size_t e = 0; e < under.size(); ++e) under_[e] |= under[e];
      }
    }
  }

  bool asks() const { return !names_.empty(); }
  const std::vector<std::string>& names() const { return names_; }

  Relevance relevance(const CompactProfile& profile, const CompactPeriod& p) const {
    if (!asks()) return Relevance::relevant;
    const auto entries = profile.employers(p);
    if (entries.empty()) return Relevance::unreadable;
    int under = 0;
    for (int32_t e : entries) under += under_[e];
    if (under == static_cast<int>(entries.size())) return Relevance::relevant;
    return under == 0 ? Relevance::irrelevant : Relevance::unreadable;
  }

  // Why a period is left out, or to judge: which entries its employer names.
  std::string left_out(const PeriodFact& p) const {
    return "employer " + placed(p) + " is not under " + join_words(names_, "or");
  }
  std::string to_judge(const PeriodFact& p) const {
    if (p.employer_written.empty())
      return "no employer given: a person must judge whether it is under " +
             join_words(names_, "or");
    if (p.employers.empty())
      return "employer " + p.employer_written +
             " is not in rules/employers.yaml: a person must judge whether it is under " +
             join_words(names_, "or");
    return "employer " + placed(p) + " is partly under " + join_words(names_, "or") +
           ": a person must judge it";
  }

 private:
  std::string placed(const PeriodFact& p) const {
    std::vector<std::string> ids;
    for (int e : p.employers) ids.push_back(table_.at(e).id);
    return p.employer_written + " (" + join_words(ids, "and") + ")";
  }

  const EmployerTable& table_;
  std::vector<std::string> names_;  // the ids asked, as written
  std::vector<char> under_;         // per entry: under one asked
};

// `countries: [...]`: a period was done in one of these countries or sets.
// Relevant when one of its countries is, irrelevant when every one is read
// and none is, unreadable when none is given or one is not read.
class CountryFilter {
 public:
  CountryFilter(const std::vector<Text>& countries, const RuleTables& rules)
      : table_(rules.countries) {
    in_.assign(table_.size(), 0);
    for (const Text& c : countries) {
      names_.push_back(c.value);
      for (const std::string& code : table_.codes_of(c.value))
        if (auto index = table_.index_of(code)) in_[*index] = 1;
    }
  }

  bool asks() const { return !names_.empty(); }
  const std::vector<std::string>& names() const { return names_; }

  Relevance relevance(const CompactProfile& profile, const CompactPeriod& p) const {
    if (!asks()) return Relevance::relevant;
    const auto countries = profile.countries(p);
    bool unread = countries.empty();
    for (int32_t c : countries) {
      if (c >= 0 && in_[c]) return Relevance::relevant;
      unread = unread || c < 0;
    }
    return unread ? Relevance::unreadable : Relevance::irrelevant;
  }

  std::string left_out(const PeriodFact& p) const {
    return "done in " + where(p) + ", not in " + join_words(names_, "or");
  }
  std::string to_judge(const PeriodFact& p) const {
    if (p.countries.empty())
      return "no country given: a person must judge whether it was in " +
             join_words(names_, "or");
    return "done in " + where(p) + ": a person must judge whether " +
           join_words(p.unread_countries, "and") + " is in " + join_words(names_, "or");
  }

 private:
  std::string where(const PeriodFact& p) const {
    std::vector<std::string> out;
    size_t unread = 0;
    for (int c : p.countries) {
      if (c < 0) {
        out.push_back("'" + p.unread_countries[unread++] + "'");
        continue;
      }
      const std::string code = table_.code_at(c);
      out.push_back(table_.name_of(code) + " (" + code + ")");
    }
    return join_words(out, "and");
  }

  const CountryTable& table_;
  std::vector<std::string> names_;  // as written
  std::vector<char> in_;            // per country index: asked
};

// `scope`, `setting`, `paid` and `programmes`: facts a period states
// (scope perhaps derived, paid perhaps by its type). Relevant when every fact
// asked passes, irrelevant when one stated fails, unreadable when one asked
// is not stated. A period that names no programme was done under none.
class StatedFactFilter {
 public:
  StatedFactFilter(const ExperienceSpec& spec, const RuleTables& rules)
      : policy_(rules.periods) {
    if (spec.scope)
      scope_ = static_cast<uint8_t>(spec.scope->value == "national"
                                        ? PeriodScope::national
                                        : PeriodScope::international);
    for (const Text& s : spec.settings) {
      settings_ |= 1u << PeriodPolicy::position(policy_.settings, s.value).value_or(0);
      setting_names_.push_back(s.value);
    }
    if (spec.paid) paid_ = *spec.paid ? CompactPeriod::kPaid : CompactPeriod::kUnpaid;
    for (const Text& g : spec.programmes) {
      programmes_ |=
          1u << PeriodPolicy::position(policy_.programmes, g.value).value_or(0);
      programme_names_.push_back(g.value);
    }
  }

  bool asks_paid() const { return paid_ != CompactPeriod::kPaidUnknown; }

  Relevance relevance(const CompactPeriod& p) const {
    Relevance r = Relevance::relevant;
    if (scope_)
      r = worse(r, p.scope == 0        ? Relevance::unreadable
                   : p.scope == scope_ ? Relevance::relevant
                                       : Relevance::irrelevant);
    if (settings_)
      r = worse(r, p.setting == CompactPeriod::kNoSetting ? Relevance::unreadable
                   : settings_ >> p.setting & 1           ? Relevance::relevant
                                                          : Relevance::irrelevant);
    if (asks_paid())
      r = worse(r, p.paid == CompactPeriod::kPaidUnknown ? Relevance::unreadable
                   : p.paid == paid_                     ? Relevance::relevant
                                                         : Relevance::irrelevant);
    if (programmes_)
      r = worse(
          r, p.programme != CompactPeriod::kNoProgramme && programmes_ >> p.programme & 1
                 ? Relevance::relevant
                 : Relevance::irrelevant);
    return r;
  }

  // What the criterion asks, for describe(): "international, in the field, paid".
  std::vector<std::string> asked() const {
    std::vector<std::string> out;
    if (scope_) out.push_back(scope_name(scope_));
    if (settings_) out.push_back("in a setting " + join_words(setting_names_, "or"));
    if (asks_paid()) out.push_back(paid_ == CompactPeriod::kPaid ? "paid" : "unpaid");
    if (programmes_)
      out.push_back("under the programme " + join_words(programme_names_, "or"));
    return out;
  }

  // Why a period is left out (REQUIRES: relevance is irrelevant).
  std::string left_out(const CompactPeriod& c, const PeriodFact& p) const {
    if (scope_ && c.scope != 0 && c.scope != scope_)
      return "its scope is " + scope_name(c.scope) + ", not " + scope_name(scope_);
    if (settings_ && c.setting != CompactPeriod::kNoSetting &&
        !(settings_ >> c.setting & 1))
      return "its setting is " + policy_.settings[c.setting] + ", not " +
             join_words(setting_names_, "or");
    if (asks_paid() && c.paid != CompactPeriod::kPaidUnknown && c.paid != paid_)
      return std::string(c.paid == CompactPeriod::kPaid ? "paid" : "unpaid") +
             (p.paid_by_type ? " (" + p.type + ", by rules/policies.yaml)" : "") +
             ", not " + (paid_ == CompactPeriod::kPaid ? "paid" : "unpaid");
    if (c.programme == CompactPeriod::kNoProgramme)
      return "under no programme, not " + join_words(programme_names_, "or");
    return "under the programme " + policy_.programmes[c.programme] + ", not " +
           join_words(programme_names_, "or");
  }

  // What a person must judge of a period whose facts are not stated.
  std::vector<std::string> to_judge(const CompactPeriod& c) const {
    std::vector<std::string> out;
    if (scope_ && c.scope == 0)
      out.push_back(
          "no scope given (nor a country outside the nationalities): a person "
          "must judge whether it was " +
          scope_name(scope_));
    if (settings_ && c.setting == CompactPeriod::kNoSetting)
      out.push_back("no setting given: a person must judge whether it was " +
                    join_words(setting_names_, "or"));
    if (asks_paid() && c.paid == CompactPeriod::kPaidUnknown)
      out.push_back("not said whether paid: a person must judge it");
    return out;
  }

  // How the period met the scope, when derived ("international: done
  // outside the nationalities").
  std::string derived_note(const PeriodFact& p) const {
    return scope_ && p.scope_derived ? " (international: done outside the candidate's "
                                       "nationalities, rules/policies.yaml)"
                                     : "";
  }

 private:
  static std::string scope_name(uint8_t scope) {
    return scope == static_cast<uint8_t>(PeriodScope::national) ? "national"
                                                                : "international";
  }

  const PeriodPolicy& policy_;
  uint8_t scope_ = 0;                           // PeriodScope asked; 0: any
  uint32_t settings_ = 0;                       // bit per setting asked
  uint8_t paid_ = CompactPeriod::kPaidUnknown;  // asked; kPaidUnknown: any
  uint32_t programmes_ = 0;                     // bit per programme asked
  std::vector<std::string> setting_names_, programme_names_;
};

// The filters of one criterion, or of one of its of_which sub-criteria: a
// period counts when its type counts and it passes every filter.
class FilterSet {
 public:
  FilterSet(const ExperienceSpec& spec, const RuleTables& rules)
      : rules_(rules),
        areas_(spec.areas, rules),
        employers_(spec.employers, rules),
        countries_(spec.countries, rules),
        facts_(spec, rules) {
    for (const Text& area : spec.all_areas)
      each_area_.emplace_back(std::vector{area}, rules);
    type_counts_.assign(static_cast<size_t>(rules.periods.size()), 0);
    if (spec.types) {
      types_overridden_ = true;
      for (const Text& t : *spec.types)
        if (auto index = rules.periods.index_of(t.value)) type_counts_[*index] = 1;
    } else if (facts_.asks_paid()) {
      any_type_ = true;  // formats.md: with paid, the default types no longer apply
    } else {
      for (const auto& type : rules.periods.names())
        type_counts_[*rules.periods.index_of(type)] = rules.periods.type(type)->counts;
    }
  }

  bool type_counts(const CompactPeriod& p) const {
    return any_type_ || (p.type >= 0 && type_counts_[p.type]);
  }

  // The relevance to every filter: the worst.
  Relevance relevance(const CompactProfile& profile, const CompactPeriod& p) const {
    return worse(
        worse(area_relevance(profile, p), facts_.relevance(p)),
        worse(employers_.relevance(profile, p), countries_.relevance(profile, p)));
  }

  // " in X, with Y, in Z, international": what the filters ask.
  std::string describe() const {
    std::string out;
    if (!areas_.names().empty()) out += " in " + join_words(areas_.names(), "or");
    if (!each_area_.empty())
      out += (areas_.names().empty() ? " in " : ", each period also in ") +
             join_words(all_area_names(), "and");
    if (employers_.asks()) out += " with " + join_words(employers_.names(), "or");
    if (countries_.asks()) out += " in " + join_words(countries_.names(), "or");
    const auto facts = facts_.asked();
    if (!facts.empty()) out += ", " + join_words(facts, "and");
    return out;
  }

  // Why a period is left out by this set, or "".
  std::string why_left_out(const CompactProfile& profile, const CompactPeriod& c,
                           const PeriodFact& p) const {
    if (!type_counts(c)) {
      const auto* type = rules_.periods.type(p.type);
      // "internship (title word 'intern')": how a format chose the type.
      const std::string named =
          p.type + (p.type_reason.empty() ? "" : " (" + p.type_reason + ")");
      if (types_overridden_) return named + " does not count for this criterion";
      return named + " does not count" +
             (type && !type->why.empty() ? ": " + type->why : "");
    }
    if (area_relevance(profile, c) == Relevance::irrelevant)
      return "not in " + join_words(failed_filter(profile, c).names(), "or");
    if (employers_.relevance(profile, c) == Relevance::irrelevant)
      return employers_.left_out(p);
    if (countries_.relevance(profile, c) == Relevance::irrelevant)
      return countries_.left_out(p);
    if (facts_.relevance(c) == Relevance::irrelevant) return facts_.left_out(c, p);
    return "";
  }

  // Each filter's question about a period it cannot place, in order.
  void to_judge(const CompactProfile& profile, const CompactPeriod& c,
                const PeriodFact& p, std::vector<std::string>& questions) const {
    if (area_relevance(profile, c) == Relevance::unreadable)
      questions.push_back(areas_to_judge(p));
    if (employers_.relevance(profile, c) == Relevance::unreadable)
      questions.push_back(employers_.to_judge(p));
    if (countries_.relevance(profile, c) == Relevance::unreadable)
      questions.push_back(countries_.to_judge(p));
    for (std::string& q : facts_.to_judge(c)) questions.push_back(std::move(q));
  }

  bool by_title(const CompactProfile& profile, const CompactPeriod& c) const {
    return areas_.relevance(profile, c) == Relevance::by_title;
  }
  std::string derived_note(const PeriodFact& p) const { return facts_.derived_note(p); }

 private:
  Relevance area_relevance(const CompactProfile& profile, const CompactPeriod& p) const {
    Relevance r = areas_.relevance(profile, p);
    for (const AreaFilter& area : each_area_) r = worse(r, area.relevance(profile, p));
    return r;
  }

  // The area filter a period fails (REQUIRES: area relevance is irrelevant).
  const AreaFilter& failed_filter(const CompactProfile& profile,
                                  const CompactPeriod& p) const {
    for (const AreaFilter& area : each_area_)
      if (area.relevance(profile, p) == Relevance::irrelevant) return area;
    return areas_;
  }

  std::vector<std::string> all_area_names() const {
    std::vector<std::string> out;
    for (const AreaFilter& area : each_area_) out.push_back(area.names().front());
    return out;
  }

  std::string areas_to_judge(const PeriodFact& p) const {
    std::vector<std::string> asked = areas_.names();
    for (const std::string& name : all_area_names()) asked.push_back(name);
    if (p.areas.empty() && p.unplaced_areas.empty())
      return "no areas given: a person must judge whether it is in " +
             join_words(asked, "or");
    return "areas " + join_words(p.unplaced_areas, "and") +
           " are not in rules/skills.yaml and resemble " + join_words(asked, "or") +
           ": a person must judge them";
  }

  const RuleTables& rules_;
  AreaFilter areas_;
  std::vector<AreaFilter> each_area_;  // one per concept of all_areas
  EmployerFilter employers_;
  CountryFilter countries_;
  StatedFactFilter facts_;
  std::vector<char> type_counts_;  // per period type of the policy
  bool types_overridden_ = false;
  bool any_type_ = false;  // paid asked and no types: every type counts
};

class ExperienceRule final : public RuleOf<ExperienceRule> {
 public:
  // `spec` with `years`; for an of_which sub-criterion, `parent` is its
  // criterion, whose filters, `after` and window apply too.
  ExperienceRule(const ExperienceSpec& spec, double years, const CompileContext& ctx,
                 const ExperienceSpec* parent = nullptr)
      : rules_(ctx.rules), as_of_(ctx.as_of) {
    const ExperienceSpec& base = parent ? *parent : spec;
    after_first_degree_ = base.after_first_degree || base.after_degree;
    if (parent) sets_.emplace_back(*parent, ctx.rules);
    sets_.emplace_back(spec, ctx.rules);
    sub_ = parent != nullptr;
    need = years * 12;
    need_strict = spec.more_than;
    if (spec.max_years) cap = *spec.max_years * 12;
    cap_strict = spec.less_than;
    first_degree_ =
        base.after_degree
            ? rules_.degrees.ladder_level(base.after_degree->value).value_or(0)
            : rules_.first_degree.isced;
    cut_name_ = base.after_degree
                    ? "first degree at " + rules_.degrees.step_name(first_degree_) +
                          " level or above"
                    : "first degree";
    as_of_end_ = month_coordinate(as_of_.next_day());
    // The narrower window of the criterion's and the sub-criterion's.
    const double window = std::min(base.within_last_months.value_or(1e9),
                                   spec.within_last_months.value_or(1e9));
    if (window < 1e9) {
      window_months_ = window;
      window_start_ = months_before(as_of_.next_day(), static_cast<int>(window_months_));
      window_from_ = month_coordinate(window_start_);
    }
  }

  std::string describe() const override {
    std::string out = need == 0 && need_strict ? std::string("experience")
                                               : (need_strict ? "more than " : "") +
                                                     months_text(need) + " of experience";
    out += sets_.back().describe();
    if (sub_) out += " (of the months the criterion counts)";
    if (after_first_degree_) out += " after the " + cut_name_;
    if (window_months_ > 0) out += " within the last " + months_text(window_months_);
    if (cap)
      out += std::string(cap_strict ? ", less than " : ", at most ") + months_text(*cap);
    return out;
  }

  Measure measure(const CompactProfile& profile) const override {
    if (!profile.stated.experience) return {0, 0, false};
    const Cut cut = first_degree(profile);
    if (profile.period_order != PeriodOrder::overlapping)
      return disjoint_measure(profile, cut);
    SpanBuffer proven, optimistic;
    select(profile, cut, false, [&](size_t, const Clipped& sure, const Clipped& maybe) {
      if (sure.counts) proven.push(sure.span);
      if (maybe.counts) optimistic.push(maybe.span);
    });
    return {count_months(proven.all()), count_months(optimistic.all()), true};
  }

  // count_months of disjoint periods in date order, without gathering them:
  // the same sums, in the same order.
  Measure disjoint_measure(const CompactProfile& profile, const Cut& cut) const {
    double proven = 0, optimistic = 0;
    const bool reversed = profile.period_order == PeriodOrder::descending;
    select(profile, cut, reversed,
           [&](size_t, const Clipped& sure, const Clipped& maybe) {
             if (sure.counts) proven += (sure.span.end - sure.span.from) * sure.span.fte;
             if (maybe.counts)
               optimistic += (maybe.span.end - maybe.span.from) * maybe.span.fte;
           });
    return {proven, optimistic, true};
  }

  void explain(const CompactProfile& profile, const CandidateFacts& facts,
               Explanation& why) const override {
    const Cut cut = first_degree(profile);
    const std::optional<Date> cut_date = cut.proven_degree >= 0
                                             ? facts.degrees[cut.proven_degree].completed
                                             : std::nullopt;
    if (!profile.stated.experience) {
      why.evidence.push_back(left_out("experience"));
      return;
    }
    if (after_first_degree_ && !profile.stated.education)
      why.evidence.push_back(left_out("education") +
                             ": when the first degree was completed is unknown, so every "
                             "period may count");
    else if (after_first_degree_)
      why.evidence.push_back(cut_date ? cut_name_ + " completed " + cut_date->iso_month()
                                      : no_first_degree());
    std::vector<MonthSpan> spans;
    std::vector<size_t> counted;
    std::vector<double> at_most(profile.periods.size(), 0);  // widest reading, alone
    select(profile, cut, false, [&](size_t i, const Clipped& sure, const Clipped& maybe) {
      if (maybe.counts) at_most[i] = (maybe.span.end - maybe.span.from) * maybe.span.fte;
      if (!sure.counts) return;
      spans.push_back(sure.span);
      counted.push_back(i);
    });
    const std::vector<double> shares = month_shares(spans);
    size_t next = 0;
    for (size_t i = 0; i < profile.periods.size(); ++i) {
      const PeriodFact& p = facts.periods[i];
      const std::string head = p.label + ", " + p.span + ": ";
      if (next < counted.size() && counted[next] == i) {
        std::string note = counted_note(profile, profile.periods[i], p, spans[next],
                                        shares[next], cut_date);
        if (profile.periods[i].year_only && at_most[i] > shares[next] + 1e-9)
          note +=
              " (the dates give only the year: up to " + months_text(at_most[i]) + ")";
        why.evidence.push_back({head + note, shares[next]});
        ++next;
        continue;
      }
      const CompactPeriod& c = profile.periods[i];
      if (c.year_only && at_most[i] > 0) {
        why.evidence.push_back(head + "to judge, the dates give only the year: up to " +
                               months_text(at_most[i]));
        continue;
      }
      const bool may_count =
          type_counts(c) && relevance(profile, c) != Relevance::irrelevant;
      if (after_first_degree_ && !profile.stated.education && may_count) {
        why.evidence.push_back(head + "to judge, it may be after the first degree");
        continue;
      }
      const std::string reason = why_left_out(profile, c, p, cut_date);
      if (!reason.empty())
        why.evidence.push_back(head + "not counted, " + reason);
      else if (relevance(profile, profile.periods[i]) == Relevance::unreadable)
        why.evidence.push_back(head + "to judge, " +
                               to_judge(profile, profile.periods[i], p));
    }
  }

  void conclude(const Measure& m, Verdict v, Explanation& why) const override {
    why.found = !m.known ? "states no experience"
                : need == 0 && need_strict
                    ? months_text(m.proven) + " counted"
                    : format_number(m.proven) + " of " + months_text(need);
    why.summary = "needs " + describe() + "; counted " + months_text(m.proven);
    if (full) why.summary += " (full credit at " + months_text(*full) + ")";
    if (v == Verdict::not_met) why.missing = missing(m);
    if (v == Verdict::unknown && !m.known)
      why.unknown = left_out("experience") + ": a person must check it";
    else if (v == Verdict::unknown)
      why.unknown = "up to " + months_text(m.optimistic - m.proven) +
                    " more depend on periods a person must judge (marked 'to judge')";
  }

 protected:
  // Desirable credit: months counted / months asked (or full_at), so 18 of 24
  // months earn 0.75.
  Column progress(const ColumnView& proven, const ColumnView&,
                  const CodeColumn& verdicts) const override {
    const double target = full.value_or(need);
    if (target <= 0) return (verdicts == kMet).cast<double>();
    return proven / target;
  }

 private:
  // The one selection of periods, shared by the measures and the
  // explanation: for each period whose type counts and that may be relevant,
  // in index order (or reversed), take(index, sure, maybe) with the part of
  // it that counts for certain (relevant, after the proven cut) and the part
  // that might (after the earliest possible cut); `counts` is false on a part
  // of which nothing counts.
  template <typename Take>
  void select(const CompactProfile& profile, const Cut& cut, bool reversed,
              Take take) const {
    const size_t n = profile.periods.size();
    for (size_t k = 0; k < n; ++k) {
      const size_t i = reversed ? n - 1 - k : k;
      const CompactPeriod& p = profile.periods[i];
      if (!type_counts(p)) continue;
      const Relevance r = relevance(profile, p);
      if (r == Relevance::irrelevant) continue;
      const Clipped sure = counts_as_relevant(r)
                               ? clip(p.sure_from(), p.sure_end(), p, cut.proven)
                               : Clipped{};
      take(i, sure, clip(p.from_month, p.end_month, p, cut.optimistic));
    }
  }

  // Without the education section, no first degree is certain and any day
  // may be after it.
  Cut first_degree(const CompactProfile& profile) const {
    Cut cut;
    if (!after_first_degree_) return cut;
    if (!profile.stated.education) {
      cut.optimistic = -std::numeric_limits<double>::infinity();
      return cut;
    }
    for (size_t i = 0; i < profile.degrees.size(); ++i) {
      const CompactDegree& d = profile.degrees[i];
      // Completed by the as-of date for certain (its latest reading), or maybe.
      const bool done = d.completed() && d.cut_month <= as_of_end_;
      const bool maybe_done = d.completed() && d.earliest_cut() <= as_of_end_;
      const bool certain = done && d.level_known && d.low >= first_degree_;
      const bool possible = maybe_done && (!d.level_known || d.high >= first_degree_);
      if (certain && (!cut.proven || d.cut_month < *cut.proven)) {
        cut.proven = d.cut_month;
        cut.proven_degree = static_cast<int>(i);
      }
      if (possible && (!cut.optimistic || d.earliest_cut() < *cut.optimistic))
        cut.optimistic = d.earliest_cut();
    }
    return cut;
  }

  bool type_counts(const CompactPeriod& p) const {
    for (const FilterSet& set : sets_)
      if (!set.type_counts(p)) return false;
    return true;
  }

  // The relevance of a period to every filter of every set: the worst.
  Relevance relevance(const CompactProfile& profile, const CompactPeriod& p) const {
    Relevance r = Relevance::relevant;
    for (const FilterSet& set : sets_) r = worse(r, set.relevance(profile, p));
    return r;
  }

  static bool counts_as_relevant(Relevance r) {
    return r == Relevance::relevant || r == Relevance::by_title;
  }

  // The part of a period that can count: from the day after the cut (if any)
  // to its end or the as-of date.
  // [from, end) is the period's narrowest reading (what counts for certain) or
  // its widest (what might), when a date gives only the year.
  Clipped clip(double from, double end, const CompactPeriod& p,
               const std::optional<double>& cut) const {
    if (after_first_degree_) {
      if (!cut) return {};
      from = std::max(from, *cut);
    }
    if (window_months_ > 0) from = std::max(from, window_from_);
    end = std::min(end, as_of_end_);
    if (end <= from) return {};
    return {true, {from, end, p.fte}};
  }

  std::string why_left_out(const CompactProfile& profile, const CompactPeriod& c,
                           const PeriodFact& p, const std::optional<Date>& cut) const {
    for (const FilterSet& set : sets_)
      if (std::string reason = set.why_left_out(profile, c, p); !reason.empty())
        return reason;
    if (p.from > as_of_) return "starts after the deadline (" + as_of_.iso() + ")";
    if (window_months_ > 0 && c.end_month <= window_from_)
      return "ended before the last " + months_text(window_months_) + " (from " +
             window_start_.iso() + ")";
    if (after_first_degree_ && !cut) return no_first_degree();
    if (after_first_degree_ && p.to.value_or(as_of_) <= *cut)
      return "was before the " + cut_name_ + " (" + cut->iso_month() + ")";
    return "";
  }

  // What a measure not met lacks.
  std::string missing(const Measure& m) const {
    if (cap && cap_strict && !within(m.proven))
      return "has " + months_text(m.proven) + ": less than " + months_text(*cap) +
             " is asked";
    if (cap && !within(m.proven))
      return "exceeds the maximum of " + months_text(*cap) + " by " +
             months_text(m.proven - *cap);
    if (need == 0 && need_strict) return "no period counts";
    if (need_strict && m.optimistic >= need - kEpsilon)
      return "exactly " + months_text(need) + ": more than that is asked";
    if (m.optimistic > m.proven + kEpsilon)
      return format_number(need - m.optimistic) + " to " + months_text(need - m.proven) +
             " short";
    return months_text(need - m.proven) + " short";
  }

  std::string no_first_degree() const {
    return "no completed degree at " + rules_.degrees.step_name(first_degree_) +
           " level or above by " + as_of_.iso();
  }

  // What a person must judge of a period no filter leaves out: each
  // filter's question, in order.
  std::string to_judge(const CompactProfile& profile, const CompactPeriod& c,
                       const PeriodFact& p) const {
    std::vector<std::string> questions;
    for (const FilterSet& set : sets_) set.to_judge(profile, c, p, questions);
    std::string out;
    for (const std::string& q : questions) out += (out.empty() ? "" : "; ") + q;
    return out;
  }

  std::string counted_note(const CompactProfile& profile, const CompactPeriod& c,
                           const PeriodFact& p, const MonthSpan& span, double share,
                           const std::optional<Date>& cut) const {
    std::string line = months_text(share);
    if (relevance(profile, c) == Relevance::by_title)
      line += " (area named in its title)";
    for (const FilterSet& set : sets_) line += set.derived_note(p);
    if (p.fte < 1) line += " (part-time " + format_number(p.fte * 100) + "%, pro rata)";
    const double alone = (span.end - span.from) * std::min(p.fte, 1.0);
    if (share + 1e-9 < alone) line += " (overlaps another period; counted once)";
    if (after_first_degree_ && cut && span.from == month_coordinate(cut->next_day()) &&
        p.from < cut->next_day())
      line += ", counted from " + cut->next_day().iso() + ", after the " + cut_name_;
    else if (window_months_ > 0 && span.from == window_from_ && p.from < window_start_)
      line += ", counted from " + window_start_.iso() + ", within the last " +
              months_text(window_months_);
    if (!p.to || *p.to > as_of_) line += ", counted to the deadline " + as_of_.iso();
    return line;
  }

  const RuleTables& rules_;
  Date as_of_;
  double as_of_end_ = 0;             // month coordinate of the day after the as-of date
  bool after_first_degree_ = false;  // after: first_degree, or after: {degree}
  std::vector<FilterSet> sets_;      // the criterion's; then a sub-criterion's own
  bool sub_ = false;                 // an of_which sub-criterion
  int first_degree_ =
      0;  // ISCED level counting starts after (rules/policies.yaml first_degree)
  std::string cut_name_;  // "first degree", or "first degree at master level or above"
  double window_months_ = 0;  // within_last, in months; 0: none
  Date window_start_;         // its first day
  double window_from_ = 0;    // month_coordinate of window_start_
};

}  // namespace

std::unique_ptr<Rule> make_experience_rule(const ExperienceSpec& spec, double years,
                                           const CompileContext& ctx) {
  return std::make_unique<ExperienceRule>(spec, years, ctx);
}

std::unique_ptr<Rule> make_of_which_rule(const ExperienceSpec& sub,
                                         const ExperienceSpec& parent,
                                         const CompileContext& ctx) {
  return std::make_unique<ExperienceRule>(sub, sub.years, ctx, &parent);
}

}  // namespace shortlist
