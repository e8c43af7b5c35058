// `skills`: how many of the concepts asked are found among the candidate's
// skills, experience areas and degree fields, through rules/skills.yaml (a
// synonym or a narrower term counts). any_of needs 1, all_of needs all,
// at_least K needs K. A term the rules cannot read that shares a word with a
// concept not found ('public administration reform' for 'international public
// administration') may mean it: each such concept adds to the optimistic
// measure, so a person judges it rather than the engine failing the
// candidate. A profile with no terms at all is unknown for the same reason.
#include <algorithm>

#include "criteria/leaves.h"
#include "text.h"

namespace shortlist {
namespace {

struct Wanted {
  std::string name;
  std::optional<int> concept_id;
};

class SkillsRule : public Rule {
 public:
  SkillsRule(const SkillsSpec& spec, const CompileContext& ctx)
      : rules_(ctx.rules), mode_(spec.mode) {
    for (const Text& t : spec.concepts) wanted_.push_back({t.value, rules_.skills.find(t.value)});
    need = spec.at_least;
  }

  std::string kind() const override { return "skills"; }

  std::string describe() const override {
    std::vector<std::string> names;
    for (const auto& w : wanted_) names.push_back(w.name);
    switch (mode_) {
      case SkillsSpec::Mode::all_of: return "all of " + join_words(names, "and");
      case SkillsSpec::Mode::at_least:
        return "at least " + format_number(need) + " of " + join_words(names, "and");
      default: return join_words(names, "or");
    }
  }

  Measure measure(const CandidateFacts& facts, Explanation* why) const override {
    double matched = 0;
    std::vector<std::string> missing;
    for (const Wanted& w : wanted_) {
      std::string how;
      if (find(facts, w, how)) {
        ++matched;
        if (why) why->evidence.push_back(how);
      } else {
        missing.push_back(w.name);
      }
    }
    double optimistic = matched;
    for (const auto& name : missing)
      if (any_similar(facts, name)) ++optimistic;
    if (facts.terms.empty()) optimistic = double(wanted_.size());
    if (why) explain_rest(facts, missing, why);
    return {matched, optimistic, true};
  }

  void conclude(const Measure& m, Verdict v, Explanation& why) const override {
    why.summary = "needs " + describe() + "; found " + format_number(m.proven) + " of " +
                  std::to_string(wanted_.size());
    if (v == Verdict::not_met)
      why.missing = format_number(need - m.proven) + " more of the concepts asked";
    if (v == Verdict::unknown)
      why.unknown = "terms the taxonomy does not know may match; a person must judge them";
  }

 private:
  bool find(const CandidateFacts& facts, const Wanted& w, std::string& how) const {
    const std::string folded = fold(w.name);
    for (const Term& t : facts.terms) {
      if (t.concept_id && w.concept_id) {
        auto path = rules_.skills.path(*t.concept_id, *w.concept_id);
        if (path.empty()) continue;
        how = "matched '" + t.written + "'";
        if (path.size() > 1) how += ", a narrower term of '" + w.name + "'";
        else if (fold(t.written) != folded) how += " as '" + w.name + "'";
        return true;
      }
      if (fold(t.written) == folded) {
        how = "matched '" + t.written + "'";
        return true;
      }
    }
    return false;
  }

  // Whether a term the rules cannot read shares a word with `wanted`.
  bool any_similar(const CandidateFacts& facts, const std::string& wanted) const {
    return std::any_of(facts.terms.begin(), facts.terms.end(), [&](const Term& t) {
      return t.unread() && rules_.skills.shares_word(t.written, wanted);
    });
  }

  void explain_rest(const CandidateFacts& facts, const std::vector<std::string>& missing,
                    Explanation* why) const {
    if (!missing.empty()) why->evidence.push_back("not found: " + join_words(missing, "and"));
    std::vector<std::string> similar;
    for (const Term& t : facts.terms)
      for (const auto& name : missing)
        if (t.unread() && rules_.skills.shares_word(t.written, name)) {
          similar.push_back("'" + t.written + "' (for " + name + ")");
          break;
        }
    if (!similar.empty())
      why->evidence.push_back("not in rules/skills.yaml but sharing a word, to judge: " +
                              join_words(similar, "and"));
    if (facts.terms.empty()) why->evidence.push_back("the profile lists no skills, areas or fields");
  }

  const RuleTables& rules_;
  SkillsSpec::Mode mode_;
  std::vector<Wanted> wanted_;
};

}  // namespace

std::unique_ptr<Rule> make_skills_rule(const SkillsSpec& spec, const CompileContext& ctx) {
  return std::make_unique<SkillsRule>(spec, ctx);
}

}  // namespace shortlist
