// `degree`: a completed degree at or above a ladder level, by the as-of
// date, in one of the vacancy's fields when it names any (formats.md). The
// measure is the highest ISCED level among qualifying degrees. A degree name
// rules/ does not know, an ambiguous name (a level range), or a field the
// tables cannot place adds only to the optimistic measure: unknown, never
// failed.
#include <algorithm>

#include "criteria/leaves.h"
#include "text.h"

namespace shortlist {
namespace {

constexpr double kAnyLevel = 99;  // optimistic level of an unknown degree name

enum class FieldMatch { in, related, out, unreadable };

class DegreeRule : public Rule {
 public:
  DegreeRule(int isced, const std::vector<Text>& fields, bool related,
             const CompileContext& ctx)
      : rules_(ctx.rules), as_of_(ctx.as_of), related_(related) {
    need = isced;
    for (const Text& f : fields) {
      field_names_.push_back(f.value);
      if (auto placed = rules_.fields.place(f.value)) fields_.push_back(*placed);
    }
  }

  std::string kind() const override { return "degree"; }

  std::string describe() const override { return "a " + what(); }

  Measure measure(const CandidateFacts& facts, Explanation* why) const override {
    Measure m{0, 0, true};
    for (const DegreeFact& d : facts.degrees) {
      std::string note;
      const auto contribution = assess(d, why ? &note : nullptr);
      m.proven = std::max(m.proven, contribution.first);
      m.optimistic = std::max(m.optimistic, contribution.second);
      if (why) why->evidence.push_back(d.label + ": " + note);
    }
    if (why && facts.degrees.empty()) why->evidence.push_back("no degree listed");
    return m;
  }

  void conclude(const Measure& m, Verdict v, Explanation& why) const override {
    why.summary = "needs " + describe() + "; " + found(m);
    if (v == Verdict::not_met) why.missing = "no " + what() + " by " + as_of_.iso();
    if (v == Verdict::unknown)
      why.unknown = "a person must judge the degree marked 'to judge'";
  }

 private:
  // "completed master's degree or higher in economics or a related field"
  std::string what() const {
    std::string out = "completed " + rules_.degrees.step_name(static_cast<int>(need)) +
                      "'s degree or higher";
    if (!field_names_.empty()) out += " in " + join_words(field_names_, "or");
    if (related_) out += " or a related field";
    return out;
  }

  std::string found(const Measure& m) const {
    if (m.proven <= 0) return "found none that qualifies";
    return "highest qualifying: " + rules_.degrees.step_name(static_cast<int>(m.proven));
  }

  FieldMatch match_field(const DegreeFact& d) const {
    if (fields_.empty()) return FieldMatch::in;
    if (!d.field) return FieldMatch::unreadable;
    const std::string& code = d.field->code;
    for (const Field& f : fields_)
      if (code.rfind(f.code, 0) == 0) return FieldMatch::in;
    if (related_ && code.size() >= 3)
      for (const Field& f : fields_)
        if (f.code.size() >= 3 && code.substr(0, 3) == f.code.substr(0, 3))
          return FieldMatch::related;
    return FieldMatch::out;
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

  std::string field_text(const DegreeFact& d, FieldMatch match) const {
    if (fields_.empty()) return "";
    if (d.field_text.empty()) return "; no field given, to judge";
    if (!d.field)
      return "; field '" + d.field_text + "' is not in rules/fields.yaml, to judge";
    const std::string placed =
        "field '" + d.field_text + "' (ISCED-F " + d.field->code + " " + d.field->name + ")";
    switch (match) {
      case FieldMatch::in: return "; " + placed + " is in the fields asked";
      case FieldMatch::related: return "; " + placed + " is a related field (same narrow field)";
      default: return "; " + placed + " is not in " + join_words(field_names_, "or");
    }
  }

  // (proven, optimistic) levels this degree gives; `note`, when asked for,
  // says why for people (built only when explaining: it is the slow part).
  std::pair<double, double> assess(const DegreeFact& d, std::string* note) const {
    if (!d.completed) {
      if (note) *note = "not completed, does not count";
      return {0, 0};
    }
    if (*d.completed > as_of_) {
      if (note)
        *note = "completed " + d.completed->iso() + ", after the deadline " + as_of_.iso() +
                ", does not count";
      return {0, 0};
    }
    const FieldMatch match = match_field(d);
    if (note) *note = assessed_note(d, match);
    if (match == FieldMatch::out) return {0, 0};
    if (!d.level) return {0, kAnyLevel};
    if (match == FieldMatch::unreadable) return {0, double(d.level->high)};
    return {double(d.level->low), double(d.level->high)};
  }

  std::string assessed_note(const DegreeFact& d, FieldMatch match) const {
    const std::string field = field_text(d, match);
    if (match == FieldMatch::out)
      return (d.level ? level_text(*d.level) : "'" + d.written + "'") + field;
    if (!d.level)
      return "degree name '" + d.written + "' is not in rules/degrees.yaml, to judge" + field;
    std::string note = level_text(*d.level) + ", completed " + d.completed->iso_month() + field;
    if (!d.level->certain() && d.level->high >= need && d.level->low < need) note += ", to judge";
    return note;
  }

  const RuleTables& rules_;
  Date as_of_;
  bool related_;
  std::vector<std::string> field_names_;
  std::vector<Field> fields_;
};

}  // namespace

std::unique_ptr<Rule> make_degree_rule(int isced, const std::vector<Text>& fields,
                                       bool related_fields, const CompileContext& ctx) {
  return std::make_unique<DegreeRule>(isced, fields, related_fields, ctx);
}

}  // namespace shortlist
