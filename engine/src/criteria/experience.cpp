// `experience`: calendar months of qualifying periods by the as-of date.
//
// A period qualifies when its type counts (rules/policies.yaml, or the
// criterion's `types`), it is tagged with one of the criterion's `areas` (a
// narrower concept counts), and, with `after: first_degree`, for the part
// after the first completed degree at bachelor level or above. A period whose
// relevance the rules cannot read (no areas, or areas the taxonomy does not
// know) adds only to the optimistic measure, so it can make the criterion
// unknown but never failed.
#include <algorithm>

#include "criteria/leaves.h"
#include "criteria/months.h"
#include "text.h"

namespace shortlist {
namespace {

enum class Relevance { relevant, by_title, unreadable, irrelevant };

struct Cut {
  std::optional<Date> proven;      // first degree for certain
  std::optional<Date> optimistic;  // earliest degree that might be the first
};

class ExperienceRule : public Rule {
 public:
  ExperienceRule(const ExperienceSpec& spec, double years, const CompileContext& ctx)
      : rules_(ctx.rules), as_of_(ctx.as_of), after_first_degree_(spec.after_first_degree) {
    need = years * 12;
    if (spec.max_years) cap = *spec.max_years * 12;
    for (const Text& area : spec.areas) {
      area_names_.push_back(area.value);
      if (auto id = rules_.skills.find(area.value)) {
        const auto under = rules_.skills.narrower_or_same(*id);
        if (relevant_.empty()) relevant_.assign(under.size(), 0);
        for (size_t c = 0; c < under.size(); ++c) relevant_[c] |= under[c];
      } else {
        literal_areas_.push_back(fold(area.value));
      }
    }
    for (const auto& type : rules_.periods.names())
      if (rules_.periods.type(type)->counts) types_.push_back(type);
    if (spec.types) {
      types_.clear();
      for (const Text& t : *spec.types) types_.push_back(t.value);
      types_overridden_ = true;
    }
    bachelor_ = rules_.degrees.ladder_level("bachelor").value_or(6);
  }

  std::string kind() const override { return "experience"; }

  std::string describe() const override {
    std::string out = months_text(need) + " of experience";
    if (!area_names_.empty()) out += " in " + join_words(area_names_, "or");
    if (after_first_degree_) out += " after the first degree";
    if (cap) out += ", at most " + months_text(*cap);
    return out;
  }

  Measure measure(const CandidateFacts& facts, Explanation* why) const override {
    const Cut cut = first_degree(facts);
    std::vector<Span> proven, optimistic;
    std::vector<size_t> proven_index;
    for (size_t i = 0; i < facts.periods.size(); ++i)
      place(facts.periods[i], cut, proven, optimistic, proven_index, i);
    const MonthCount counted = count_months(proven);
    Measure m{counted.total, count_months(optimistic).total, true};
    if (why) explain(facts, cut, proven, proven_index, counted, why);
    return m;
  }

  void conclude(const Measure& m, Verdict v, Explanation& why) const override {
    why.summary = "needs " + describe() + "; counted " + months_text(m.proven);
    if (full) why.summary += " (full credit at " + months_text(*full) + ")";
    if (v == Verdict::not_met && cap && m.proven > *cap)
      why.missing = "exceeds the maximum of " + months_text(*cap) + " by " +
                    months_text(m.proven - *cap);
    else if (v == Verdict::not_met)
      why.missing = months_text(need - m.proven) + " short";
    if (v == Verdict::unknown)
      why.unknown = "up to " + months_text(m.optimistic - m.proven) +
                    " more depend on periods a person must judge (marked 'to judge')";
  }

 protected:
  // Desirable credit: months counted / months asked (or full_at), so 18 of 24
  // months earn 0.75.
  Column progress(const Column& proven, const Column&, const CodeColumn& verdicts) const override {
    const double target = full.value_or(need);
    if (target <= 0) return (verdicts == kMet).cast<double>();
    return proven / target;
  }

 private:
  Cut first_degree(const CandidateFacts& facts) const {
    Cut cut;
    if (!after_first_degree_) return cut;
    for (const DegreeFact& d : facts.degrees) {
      if (!d.completed || *d.completed > as_of_) continue;
      const bool certain = d.level && d.level->low >= bachelor_;
      const bool possible = !d.level || d.level->high >= bachelor_;
      if (certain && (!cut.proven || *d.completed < *cut.proven)) cut.proven = d.completed;
      if (possible && (!cut.optimistic || *d.completed < *cut.optimistic))
        cut.optimistic = d.completed;
    }
    return cut;
  }

  bool type_counts(const PeriodFact& p) const {
    return std::find(types_.begin(), types_.end(), p.type) != types_.end();
  }

  bool matches(const std::vector<int>& concepts) const {
    if (relevant_.empty()) return false;
    for (int area : concepts)
      if (relevant_[area]) return true;
    return false;
  }

  bool similar(const std::string& unplaced) const {
    return std::any_of(area_names_.begin(), area_names_.end(), [&](const std::string& wanted) {
      return rules_.skills.shares_word(unplaced, wanted);
    });
  }

  // Relevant: tagged with a wanted area (or a narrower one), or untagged with
  // a wanted area named in its title. Unreadable: untagged, or tagged with an
  // area the taxonomy does not know that shares a word with a wanted one.
  Relevance relevance(const PeriodFact& p) const {
    if (area_names_.empty() || matches(p.areas)) return Relevance::relevant;
    for (const auto& unplaced : p.unplaced_areas)
      if (std::find(literal_areas_.begin(), literal_areas_.end(), fold(unplaced)) !=
          literal_areas_.end())
        return Relevance::relevant;
    const bool untagged = p.areas.empty() && p.unplaced_areas.empty();
    if (untagged && matches(p.title_areas)) return Relevance::by_title;
    if (untagged || std::any_of(p.unplaced_areas.begin(), p.unplaced_areas.end(),
                                [&](const std::string& a) { return similar(a); }))
      return Relevance::unreadable;
    return Relevance::irrelevant;
  }

  static bool counts_as_relevant(Relevance r) {
    return r == Relevance::relevant || r == Relevance::by_title;
  }

  // The part of a period that can count: from the day after the cut (if any)
  // to its end or the as-of date. nullopt when nothing is left.
  std::optional<Span> clip(const PeriodFact& p, const std::optional<Date>& cut) const {
    Date first = p.from;
    if (after_first_degree_) {
      if (!cut) return std::nullopt;
      first = std::max(first, cut->next_day());
    }
    Date last = std::min(p.to.value_or(as_of_), as_of_);
    if (last < first) return std::nullopt;
    return Span{first, last, p.fte};
  }

  void place(const PeriodFact& p, const Cut& cut, std::vector<Span>& proven,
             std::vector<Span>& optimistic, std::vector<size_t>& proven_index,
             size_t index) const {
    if (!type_counts(p)) return;
    const Relevance r = relevance(p);
    if (r == Relevance::irrelevant) return;
    if (counts_as_relevant(r)) {
      if (auto span = clip(p, cut.proven)) {
        proven.push_back(*span);
        proven_index.push_back(index);
      }
    }
    if (auto span = clip(p, cut.optimistic)) optimistic.push_back(*span);
  }

  std::string why_left_out(const PeriodFact& p, const Cut& cut) const {
    if (!type_counts(p)) {
      const auto* type = rules_.periods.type(p.type);
      if (types_overridden_) return p.type + " does not count for this criterion";
      return p.type + " does not count" + (type && !type->why.empty() ? ": " + type->why : "");
    }
    const Relevance r = relevance(p);
    if (r == Relevance::irrelevant) return "not in " + join_words(area_names_, "or");
    if (p.from > as_of_) return "starts after the deadline (" + as_of_.iso() + ")";
    if (after_first_degree_ && !cut.proven)
      return "no completed degree at bachelor level or above by " + as_of_.iso();
    if (after_first_degree_ && p.to.value_or(as_of_) <= *cut.proven)
      return "was before the first degree (" + cut.proven->iso_month() + ")";
    return "";
  }

  std::string to_judge(const PeriodFact& p) const {
    if (p.areas.empty() && p.unplaced_areas.empty())
      return "no areas given: a person must judge whether it is in " +
             join_words(area_names_, "or");
    return "areas " + join_words(p.unplaced_areas, "and") +
           " are not in rules/skills.yaml and resemble " + join_words(area_names_, "or") +
           ": a person must judge them";
  }

  std::string counted_line(const PeriodFact& p, const Span& span, double share,
                           const Cut& cut) const {
    std::string line = p.label + ", " + p.span + ": " + months_text(share);
    if (relevance(p) == Relevance::by_title) line += " (area named in its title)";
    if (p.fte < 1) line += " (part-time " + format_number(p.fte * 100) + "%, pro rata)";
    const double alone = calendar_months(span.first, span.last) * std::min(p.fte, 1.0);
    if (share + 1e-9 < alone) line += " (overlaps another period; counted once)";
    if (after_first_degree_ && cut.proven && span.first == cut.proven->next_day() &&
        p.from < span.first)
      line += ", counted from " + span.first.iso() + ", after the first degree";
    if (!p.to || *p.to > as_of_) line += ", counted to the deadline " + as_of_.iso();
    return line;
  }

  void explain(const CandidateFacts& facts, const Cut& cut, const std::vector<Span>& proven,
               const std::vector<size_t>& proven_index, const MonthCount& counted,
               Explanation* why) const {
    if (after_first_degree_)
      why->evidence.push_back(
          cut.proven ? "first degree completed " + cut.proven->iso_month()
                     : "no completed degree at bachelor level or above by " + as_of_.iso());
    size_t next = 0;
    for (size_t i = 0; i < facts.periods.size(); ++i) {
      const PeriodFact& p = facts.periods[i];
      if (next < proven_index.size() && proven_index[next] == i) {
        why->evidence.push_back(counted_line(p, proven[next], counted.shares[next], cut));
        ++next;
        continue;
      }
      const std::string reason = why_left_out(p, cut);
      if (!reason.empty())
        why->evidence.push_back(p.label + ", " + p.span + ": not counted, " + reason);
      else if (relevance(p) == Relevance::unreadable)
        why->evidence.push_back(p.label + ", " + p.span + ": to judge, " + to_judge(p));
    }
  }

  const RuleTables& rules_;
  Date as_of_;
  bool after_first_degree_;
  std::vector<std::string> area_names_;
  std::vector<char> relevant_;  // per concept: a wanted area or a narrower one
  std::vector<std::string> literal_areas_;
  std::vector<std::string> types_;
  bool types_overridden_ = false;
  int bachelor_ = 6;
};

}  // namespace

std::unique_ptr<Rule> make_experience_rule(const ExperienceSpec& spec, double years,
                                           const CompileContext& ctx) {
  return std::make_unique<ExperienceRule>(spec, years, ctx);
}

}  // namespace shortlist
