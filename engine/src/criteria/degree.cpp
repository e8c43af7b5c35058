// `degree`: a completed degree at or above a ladder level, by the as-of
// date, in one of the vacancy's fields when it names any (formats.md),
// obtained in one of its `countries` and within `completed_within` when it
// asks (formats.md, "The rule language, for real postings"). The
// measure is the highest ISCED level among qualifying degrees. A degree name
// rules/ does not know, an ambiguous name (a level range), or a field the
// tables cannot place adds only to the optimistic measure: unknown, never
// failed.
#include <algorithm>

#include "criteria/field_match.h"
#include "criteria/leaves.h"
#include "criteria/months.h"
#include "text.h"

namespace shortlist {
namespace {

constexpr double kAnyLevel = 99;  // optimistic level of an unknown degree name

class DegreeRule final : public RuleOf<DegreeRule> {
 public:
  DegreeRule(int isced, const DegreeSpec& spec, const CompileContext& ctx)
      : rules_(ctx.rules),
        as_of_(ctx.as_of),
        fields_(spec.fields, spec.related_fields, ctx.rules),
        accredited_(spec.accredited) {
    need = isced;
    for (const Text& c : spec.countries) {
      country_names_.push_back(c.value);
      for (const std::string& code : rules_.countries.codes_of(c.value))
        if (auto index = rules_.countries.index_of(code))
          asked_countries_.push_back(*index);
    }
    if (spec.completed_within_months) {
      window_months_ = *spec.completed_within_months;
      window_start_ = months_before(as_of_, static_cast<int>(window_months_));
      window_from_ = month_coordinate(window_start_.next_day());
    }
    as_of_end_ = month_coordinate(as_of_.next_day());
  }

  std::string describe() const override {
    std::string out = "a " + what();
    if (!country_names_.empty())
      out += ", obtained in " + join_words(country_names_, "or");
    if (accredited_) out += ", from an accredited institution";
    if (window_months_ > 0)
      out += ", completed within the last " + months_text(window_months_) +
             " (on or after " + window_start_.iso() + ")";
    return out;
  }

  Measure measure(const CompactProfile& profile) const override {
    return best_of_degrees(profile, [this](const CompactDegree& d) { return assess(d); });
  }

  void explain(const CompactProfile& profile, const CandidateFacts& facts,
               Explanation& why) const override {
    for (size_t i = 0; i < profile.degrees.size(); ++i) {
      const Assessed a = assess(profile.degrees[i]);
      std::optional<double> gives;
      if (a.proven > 0) gives = a.proven;
      why.evidence.push_back(
          {facts.degrees[i].label + ": " + note(a, facts.degrees[i]), gives});
    }
    if (!profile.stated.education)
      why.evidence.push_back(left_out("education"));
    else if (facts.degrees.empty())
      why.evidence.push_back(std::string("no degree listed"));
  }

  void conclude(const Measure& m, Verdict v, Explanation& why) const override {
    why.found = m.known ? found(m) : "states no education";
    why.summary = "needs " + describe() + "; " + why.found;
    if (v == Verdict::not_met) why.missing = "no " + what() + " by " + as_of_.iso();
    if (v == Verdict::unknown)
      why.unknown = m.known ? "a person must judge the degree marked 'to judge'"
                            : left_out("education") + ": a person must check the degree";
  }

 private:
  // "completed master's degree or higher in economics or a related field"
  std::string what() const {
    return "completed " + rules_.degrees.step_name(static_cast<int>(need)) +
           "'s degree or higher" + fields_.asked();
  }

  std::string found(const Measure& m) const {
    if (m.proven <= 0) return "found none that qualifies";
    return "highest qualifying: " + rules_.degrees.step_name(static_cast<int>(m.proven));
  }

  std::string level_text(const DegreeLevel& level) const {
    if (level.certain()) {
      const std::string step = rules_.degrees.step_name(level.low);
      const std::string as = level.matched == step ? "" : ", as " + level.matched;
      return step + " (ISCED " + std::to_string(level.low) + as + ")";
    }
    return "between " + rules_.degrees.step_name(level.low) + " and " +
           rules_.degrees.step_name(level.high) + " (as " + level.matched +
           (level.note.empty() ? "" : ": " + level.note) + ")";
  }

  // What one degree gives: its (proven, optimistic) levels and why.
  enum class Status {
    not_completed,
    after_deadline,
    elsewhere,
    unaccredited,
    too_early,
    assessed
  };
  struct Assessed {
    double proven = 0, optimistic = 0;
    Status status = Status::assessed;
    FieldMatch match = FieldMatch::in;
  };

  Assessed assess(const CompactDegree& d) const {
    if (!d.completed()) return {0, 0, Status::not_completed};
    if (d.earliest_cut() > as_of_end_) return {0, 0, Status::after_deadline};
    const Place place = where(d);
    if (place == Place::elsewhere) return {0, 0, Status::elsewhere};
    if (accredited_ && d.accredited == CompactDegree::kNo)
      return {0, 0, Status::unaccredited};
    if (window_months_ > 0 && d.cut_month < window_from_)
      return {0, 0, Status::too_early};
    const FieldMatch match = fields_.match(d);
    if (match == FieldMatch::out) return {0, 0, Status::assessed, match};
    // Completed in the deadline's year, given alone: maybe after it; or in
    // the window's first year, given alone: maybe before it.
    const bool surely_done = d.cut_month <= as_of_end_;
    const bool surely_recent = window_months_ == 0 || d.earliest_cut() >= window_from_;
    if (!d.level_known) return {0, kAnyLevel, Status::assessed, match};
    const bool surely_accredited = !accredited_ || d.accredited == CompactDegree::kYes;
    if (match == FieldMatch::unreadable || !surely_done || !surely_recent ||
        place == Place::to_judge || !surely_accredited)
      return {0, double(d.high), Status::assessed, match};
    return {double(d.low), double(d.high), Status::assessed, match};
  }

  enum class Place { in, elsewhere, to_judge };
  Place where(const CompactDegree& d) const {
    if (country_names_.empty()) return Place::in;
    if (d.country < 0) return Place::to_judge;
    const bool in = std::find(asked_countries_.begin(), asked_countries_.end(),
                              d.country) != asked_countries_.end();
    return in ? Place::in : Place::elsewhere;
  }

  // Why a degree gives what it gives, for people.
  std::string note(const Assessed& a, const DegreeFact& d) const {
    switch (a.status) {
      case Status::not_completed:
        return "not completed, does not count";
      case Status::after_deadline:
        return "completed " +
               (d.completed_year_only ? completion(d) : d.completed->iso()) +
               ", after the deadline " + as_of_.iso() + ", does not count";
      case Status::elsewhere:
        return "obtained in " + country_text(d) + ", not in " +
               join_words(country_names_, "or") + ", does not count";
      case Status::unaccredited:
        return "the entry states its institution is not accredited, does not count";
      case Status::too_early:
        return "completed " + completion(d) + ", before " + window_start_.iso() +
               " (within the last " + months_text(window_months_) + "), does not count";
      default:
        return assessed_note(d, a.match);
    }
  }

  std::string assessed_note(const DegreeFact& d, FieldMatch match) const {
    const std::string field = fields_.note(d, match);
    if (match == FieldMatch::out)
      return (d.level ? level_text(*d.level) : "'" + d.written + "'") + field;
    if (!d.level)
      return (d.written.empty() ? std::string("no degree name given, to judge")
                                : "degree name '" + d.written +
                                      "' is not in rules/degrees.yaml, to judge") +
             field;
    std::string note = level_text(*d.level) + ", completed " + completion(d) + field;
    if (!country_names_.empty() && d.country == -1)
      note += "; no country given, to judge whether it was obtained in " +
              join_words(country_names_, "or");
    else if (!country_names_.empty() && d.country == -2)
      note += "; country '" + d.country_written + "' is not read, to judge";
    if (accredited_ && !d.accredited)
      note +=
          "; accreditation not stated, to judge whether the institution is accredited";
    if (window_months_ > 0 && d.completed_year_only &&
        d.completed->year() <= window_start_.year())
      note += ", to judge: maybe before " + window_start_.iso();
    if (!d.level->certain() && d.level->high >= need && d.level->low < need)
      note += ", to judge";
    else if (d.completed_year_only &&
             latest_day(*d.completed, DatePrecision::year) > as_of_)
      note += ", to judge: maybe after the deadline " + as_of_.iso();
    return note;
  }

  // "France (FR)", or the country as written when no table reads it.
  std::string country_text(const DegreeFact& d) const {
    if (d.country < 0) return "'" + d.country_written + "'";
    const std::string& code = rules_.countries.code_at(d.country);
    return rules_.countries.name_of(code) + " (" + code + ")";
  }

  // "2019-06", or "2019 (the year only)" for a year given alone.
  static std::string completion(const DegreeFact& d) {
    return d.completed_year_only ? d.completed->iso().substr(0, 4) + " (the year only)"
                                 : d.completed->iso_month();
  }

  const RuleTables& rules_;
  Date as_of_;
  FieldMatcher fields_;
  bool accredited_;       // accredited: true
  double as_of_end_ = 0;  // month_coordinate of the day after the as-of date
  std::vector<std::string> country_names_;  // countries asked, as written
  std::vector<int> asked_countries_;        // their CountryTable indexes, sets expanded
  double window_months_ = 0;                // completed_within, in months; 0: none
  Date window_start_;                       // the first day that counts
  double window_from_ = 0;  // month_coordinate of the day after window_start_
};

}  // namespace

std::unique_ptr<Rule> make_degree_rule(int isced, const DegreeSpec& spec,
                                       const CompileContext& ctx) {
  return std::make_unique<DegreeRule>(isced, spec, ctx);
}

}  // namespace shortlist
