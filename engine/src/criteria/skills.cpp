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
  std::string folded;
  std::optional<int> concept_id;
  std::vector<char> matches;  // per concept: it is this one or a narrower term
  std::vector<std::vector<std::string>> words;  // of its names, for lexical matches
};

class SkillsRule : public Rule {
 public:
  SkillsRule(const SkillsSpec& spec, const CompileContext& ctx)
      : rules_(ctx.rules), mode_(spec.mode), lexical_(ctx.rules.scoring.lexical_match) {
    for (const Text& t : spec.concepts) {
      Wanted w{t.value, fold(t.value), rules_.skills.find(t.value), {}, rules_.skills.name_words(t.value)};
      if (w.concept_id) w.matches = rules_.skills.narrower_or_same(*w.concept_id);
      wanted_.push_back(std::move(w));
    }
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

  Measure measure(const CompactProfile& profile) const override {
    double matched = 0, optimistic = 0, partial = 0;
    for (const Wanted& w : wanted_) {
      if (find(profile, w) >= 0) {
        ++matched;
        continue;
      }
      const auto [term, similarity] = most_similar(profile, w);
      if (similarity <= 0) continue;
      ++optimistic;
      partial += lexical_ * similarity;
    }
    optimistic += matched;
    if (profile.terms.empty()) optimistic = double(wanted_.size());
    return {matched, optimistic, true, partial};
  }

  void explain(const CompactProfile& profile, const CandidateFacts& facts,
               Explanation& why) const override {
    std::vector<std::string> missing;
    std::vector<const Wanted*> missing_wanted;
    for (const Wanted& w : wanted_) {
      const int found = find(profile, w);
      if (found < 0) {
        missing.push_back(w.name);
        missing_wanted.push_back(&w);
        continue;
      }
      const Term& t = facts.terms[found];
      std::string how = "matched '" + t.written + "'";
      if (t.concept_id && *t.concept_id != *w.concept_id)
        how += ", a narrower term of '" + w.name + "'";
      else if (t.concept_id && t.folded != w.folded)
        how += " as '" + w.name + "'";
      why.evidence.push_back(how);
    }
    for (const Wanted* w : missing_wanted) {
      const auto [term, similarity] = most_similar(profile, *w);
      if (similarity > 0)
        why.evidence.push_back(similar_line(facts.terms[term], w->name, similarity));
    }
    if (!missing.empty()) why.evidence.push_back("not found: " + join_words(missing, "and"));
    if (facts.terms.empty()) why.evidence.push_back("the profile lists no skills, areas or fields");
    const double matched = double(wanted_.size() - missing.size());
    if (!missing.empty())  // kept by conclude() only when not met
      why.missing = "needs " + format_number(need - matched) + " more, not found: " +
                    join_words(missing, need == 1 ? "or" : "and");
  }

  void conclude(const Measure& m, Verdict v, Explanation& why) const override {
    why.summary = "needs " + describe() + "; found " + format_number(m.proven) + " of " +
                  std::to_string(wanted_.size());
    if (v != Verdict::not_met) why.missing.clear();
    if (v == Verdict::unknown)
      why.unknown = "terms the taxonomy does not know may match; a person must judge them";
  }

 private:
  // The first term that is `w` (a synonym or a narrower concept, or the same
  // text when either is no concept), or -1. Equal folded texts name the same
  // concept, so a concept and a text never match each other.
  int find(const CompactProfile& profile, const Wanted& w) const {
    for (size_t i = 0; i < profile.terms.size(); ++i) {
      const CompactTerm& t = profile.terms[i];
      const bool hit = t.concept_id >= 0
                           ? w.concept_id && w.matches[t.concept_id]
                           : !w.concept_id && profile.roster->text(t.text) == w.folded;
      if (hit) return static_cast<int>(i);
    }
    return -1;
  }

 protected:
  // Desirable credit: (concepts matched + partial lexical matches) / concepts
  // needed, so all_of three with two matched earns 2/3. A concept found only
  // through a term the taxonomy does not know earns lexical_match
  // (rules/policies.yaml) times the terms' token similarity, for desirable
  // criteria only (a weighted minimum scores only what it has met).
  Column progress(const Column& proven, const Column& partial, const CodeColumn&) const override {
    return (proven + partial) / std::max(need, 1.0);
  }

 private:
  // The term the rules cannot read most similar to `wanted` (the first of
  // the most similar), and how similar; similarity 0 when none shares a word.
  static std::pair<int, double> most_similar(const CompactProfile& profile, const Wanted& wanted) {
    std::pair<int, double> best{-1, 0.0};
    for (size_t i = 0; i < profile.terms.size(); ++i) {
      const CompactTerm& t = profile.terms[i];
      if (!t.unread) continue;
      const double s = SkillTaxonomy::similarity(profile.roster->words(t.text), wanted.words);
      if (s > best.second) best = {static_cast<int>(i), s};
    }
    return best;
  }

  std::string similar_line(const Term& term, const std::string& wanted, double similarity) const {
    std::string line = "'" + term.written + "' is not in rules/skills.yaml but shares words with '" +
                       wanted + "' (similarity " + format_number(similarity) + "), to judge";
    if (mode == CreditMode::reach)
      line += "; earns " + format_number(lexical_ * similarity) + " of a match";
    return line;
  }

  const RuleTables& rules_;
  SkillsSpec::Mode mode_;
  double lexical_;
  std::vector<Wanted> wanted_;
};

}  // namespace

std::unique_ptr<Rule> make_skills_rule(const SkillsSpec& spec, const CompileContext& ctx) {
  return std::make_unique<SkillsRule>(spec, ctx);
}

}  // namespace shortlist
