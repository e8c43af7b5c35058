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

  Measure measure(const CandidateFacts& facts, Explanation* why) const override {
    double matched = 0;
    std::vector<std::string> missing;
    std::vector<const Wanted*> missing_wanted;
    for (const Wanted& w : wanted_) {
      std::string how;
      if (find(facts, w, why ? &how : nullptr)) {
        ++matched;
        if (why) why->evidence.push_back(how);
      } else {
        missing.push_back(w.name);
        missing_wanted.push_back(&w);
      }
    }
    double optimistic = matched, partial = 0;
    for (const Wanted* w : missing_wanted) {
      const std::string& name = w->name;
      const auto [term, similarity] = most_similar(facts, *w);
      if (similarity <= 0) continue;
      ++optimistic;
      partial += lexical_ * similarity;
      if (why) why->evidence.push_back(similar_line(*term, name, similarity));
    }
    if (facts.terms.empty()) optimistic = double(wanted_.size());
    if (why) explain_rest(facts, missing, why);
    if (why && !missing.empty())  // kept by conclude() only when not met
      why->missing = "needs " + format_number(need - matched) + " more, not found: " +
                     join_words(missing, need == 1 ? "or" : "and");
    return {matched, optimistic, true, partial};
  }

  void conclude(const Measure& m, Verdict v, Explanation& why) const override {
    why.summary = "needs " + describe() + "; found " + format_number(m.proven) + " of " +
                  std::to_string(wanted_.size());
    if (v != Verdict::not_met) why.missing.clear();
    if (v == Verdict::unknown)
      why.unknown = "terms the taxonomy does not know may match; a person must judge them";
  }

 private:
  bool find(const CandidateFacts& facts, const Wanted& w, std::string* how) const {
    for (const Term& t : facts.terms) {
      if (t.concept_id && w.concept_id) {
        if (!w.matches[*t.concept_id]) continue;
        if (how) {
          *how = "matched '" + t.written + "'";
          if (*t.concept_id != *w.concept_id) *how += ", a narrower term of '" + w.name + "'";
          else if (t.folded != w.folded) *how += " as '" + w.name + "'";
        }
        return true;
      }
      if (t.folded == w.folded) {
        if (how) *how = "matched '" + t.written + "'";
        return true;
      }
    }
    return false;
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
  // The term the rules cannot read most similar to `wanted`, and how similar.
  std::pair<const Term*, double> most_similar(const CandidateFacts& facts,
                                              const Wanted& wanted) const {
    std::pair<const Term*, double> best{nullptr, 0.0};
    for (const Term& t : facts.terms) {
      if (!t.unread()) continue;
      const double s = SkillTaxonomy::similarity(t.words, wanted.words);
      if (s > best.second) best = {&t, s};
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

  void explain_rest(const CandidateFacts& facts, const std::vector<std::string>& missing,
                    Explanation* why) const {
    if (!missing.empty()) why->evidence.push_back("not found: " + join_words(missing, "and"));
    if (facts.terms.empty()) why->evidence.push_back("the profile lists no skills, areas or fields");
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
