// `skills`: how many of the concepts asked are found among the candidate's
// skills, experience areas and degree fields, through rules/skills.yaml (a
// synonym or a narrower term counts). any_of needs 1, all_of needs all,
// at_least K needs K. A term the rules cannot read that shares a word with a
// concept not found ('public administration reform' for 'international public
// administration') may mean it: each such concept adds to the optimistic
// measure, so a person judges it rather than the engine failing the
// candidate. A profile with no terms at all is unknown for the same reason.
#include <algorithm>
#include <bit>

#include "criteria/leaves.h"
#include "text.h"

namespace shortlist {
namespace {

struct Wanted {
  std::string name;
  std::string folded;
  std::optional<int> concept_id;
  int32_t text_id = -1;       // TextIds id of `folded`, when no concept
  std::vector<char> matches;  // per concept: it is this one or a narrower term
  std::vector<std::vector<int32_t>> word_sets;  // of its names, for lexical matches
  uint64_t signature = 0;  // TextIds::signature of all its names' words
};

// Wanted concepts as bits, when there are at most this many.
constexpr size_t kMaskBits = 64;

class SkillsRule final : public RuleOf<SkillsRule> {
 public:
  SkillsRule(const SkillsSpec& spec, const CompileContext& ctx)
      : rules_(ctx.rules), mode_(spec.mode), lexical_(ctx.rules.scoring.lexical_match) {
    for (const Text& t : spec.concepts) {
      Wanted w{t.value, fold(t.value), rules_.skills.find(t.value), -1, {}, {}};
      if (w.concept_id)
        w.matches = rules_.skills.narrower_or_same(*w.concept_id);
      else
        w.text_id = rules_.texts->intern(w.folded);
      for (const auto& name : rules_.skills.name_words(t.value)) {
        w.word_sets.push_back(rules_.texts->word_set(name));
        w.signature |= TextIds::signature(w.word_sets.back());
      }
      wanted_.push_back(std::move(w));
    }
    need = spec.at_least;
    masks_ = wanted_.size() <= kMaskBits;
    if (masks_) build_masks();
  }

  std::string describe() const override {
    std::vector<std::string> names;
    for (const auto& w : wanted_) names.push_back(w.name);
    switch (mode_) {
      case SkillsSpec::Mode::all_of:
        return "all of " + join_words(names, "and");
      case SkillsSpec::Mode::at_least:
        return "at least " + format_number(need) + " of " + join_words(names, "and");
      default:
        return join_words(names, "or");
    }
  }

  Measure measure(const CompactProfile& profile) const override {
    const uint64_t mask = found_mask(profile);
    const uint64_t unread_words = unread_signature(profile);
    double matched = 0, optimistic = 0, partial = 0;
    for (size_t i = 0; i < wanted_.size(); ++i) {
      if (found(profile, mask, i)) {
        ++matched;
        continue;
      }
      if (!(unread_words & wanted_[i].signature))
        continue;  // no unread term shares a word
      const double similarity = most_similar(profile, wanted_[i]).second;
      if (similarity <= 0) continue;
      ++optimistic;
      partial += lexical_ * similarity;
    }
    optimistic += matched;
    if (profile.terms.empty() || !states_all(profile))
      optimistic = double(wanted_.size());
    return {matched, optimistic, true, partial};
  }

  void explain(const CompactProfile& profile, const CandidateFacts& facts,
               Explanation& why) const override {
    std::vector<std::string> missing;
    std::vector<const Wanted*> missing_wanted;
    const uint64_t mask = found_mask(profile);
    for (size_t i = 0; i < wanted_.size(); ++i) {
      const Wanted& w = wanted_[i];
      if (!found(profile, mask, i)) {
        missing.push_back(w.name);
        missing_wanted.push_back(&w);
        continue;
      }
      why.evidence.push_back({matched_line(facts.terms[find(profile, w)], w), 1.0});
    }
    for (const Wanted* w : missing_wanted) {
      const auto [term, similarity] = most_similar(profile, *w);
      if (similarity > 0)
        why.evidence.push_back(similar_line(facts.terms[term], w->name, similarity));
    }
    if (!missing.empty())
      why.evidence.push_back("not found: " + join_words(missing, "and"));
    const std::string absent = left_out_sections(profile);
    if (!absent.empty())
      why.evidence.push_back(left_out(absent) + ": a concept not found may be there");
    else if (facts.terms.empty())
      why.evidence.push_back(std::string("the profile lists no skills, areas or fields"));
    const double matched = double(wanted_.size() - missing.size());
    if (!missing.empty())  // kept by conclude() only when not met
      why.missing = "needs " + format_number(need - matched) +
                    " more, not found: " + join_words(missing, need == 1 ? "or" : "and");
  }

  void conclude(const Measure& m, Verdict v, Explanation& why) const override {
    why.found =
        "found " + format_number(m.proven) + " of " + std::to_string(wanted_.size());
    why.summary = "needs " + describe() + "; found " + format_number(m.proven) + " of " +
                  std::to_string(wanted_.size());
    if (v != Verdict::not_met) why.missing.clear();
    if (v == Verdict::unknown)
      why.unknown =
          "a concept not found may be among terms the taxonomy does not know or in a "
          "section the profile leaves out; a person must judge it";
  }

 private:
  // The sections where concepts are looked for that the profile leaves out
  // ("skills and experience"); empty when it states them all.
  static bool states_all(const CompactProfile& profile) {
    return profile.stated.skills && profile.stated.experience && profile.stated.education;
  }

  static std::string left_out_sections(const CompactProfile& profile) {
    if (states_all(profile)) return "";
    std::vector<std::string> absent;
    if (!profile.stated.skills) absent.push_back("skills");
    if (!profile.stated.experience) absent.push_back("experience");
    if (!profile.stated.education) absent.push_back("education");
    return join_words(absent, "or");
  }

  // The one selection of concepts, shared by the measure and the
  // explanation: whether wanted_[i] is found, by the bit masks of
  // build_masks() (`mask` from found_mask()) when there are at most
  // kMaskBits wanted, else term by term.
  bool found(const CompactProfile& profile, uint64_t mask, size_t i) const {
    return masks_ ? (mask >> i & 1) : find(profile, wanted_[i]) >= 0;
  }

  static std::string matched_line(const Term& t, const Wanted& w) {
    std::string how = "matched '" + t.written + "'";
    if (t.concept_id && *t.concept_id != *w.concept_id)
      how += ", a narrower term of '" + w.name + "'";
    else if (t.concept_id && t.folded != w.folded)
      how += " as '" + w.name + "'";
    return how;
  }

  // Whether term `t` is `w`: a synonym or a narrower concept, or the same
  // text when both are no concept. Equal folded texts name the same concept,
  // so a concept and a text never match each other.
  static bool is(const CompactProfile& profile, const CompactTerm& t, const Wanted& w) {
    return t.concept_id >= 0
               ? w.concept_id && w.matches[t.concept_id]
               : !w.concept_id && profile.roster->text_id(t.text) == w.text_id;
  }

  // The first term that is `w`, or -1.
  static int find(const CompactProfile& profile, const Wanted& w) {
    for (size_t i = 0; i < profile.terms.size(); ++i)
      if (is(profile, profile.terms[i], w)) return static_cast<int>(i);
    return -1;
  }

  // The word signatures (TextIds::signature) of the unread terms, together.
  static uint64_t unread_signature(const CompactProfile& profile) {
    if (!profile.has_unread_terms) return 0;
    uint64_t bits = 0;
    for (const CompactTerm& t : profile.terms)
      if (t.unread) bits |= profile.roster->word_signature(t.text);
    return bits;
  }

  // Bit i: wanted_[i] is found. The tables of build_masks(): one lookup per
  // term. 0 without masks.
  uint64_t found_mask(const CompactProfile& profile) const {
    if (!masks_) return 0;
    uint64_t found = 0;
    // concept_masks_[0] stands for "no concept" and is 0: no branch per term.
    for (const CompactTerm& t : profile.terms) found |= concept_masks_[t.concept_id + 1];
    if (text_bits_.empty()) return found;
    for (const CompactTerm& t : profile.terms) {
      if (t.concept_id >= 0) continue;
      const int32_t id = profile.roster->text_id(t.text);
      for (const auto& [bit, text_id] : text_bits_)
        if (text_id == id) found |= bit;
    }
    return found;
  }

  void build_masks() {
    concept_masks_.assign(rules_.skills.size() + 1, 0);
    for (size_t i = 0; i < wanted_.size(); ++i) {
      const Wanted& w = wanted_[i];
      const uint64_t bit = uint64_t{1} << i;
      if (!w.concept_id) {
        text_bits_.emplace_back(bit, w.text_id);
        continue;
      }
      for (size_t c = 0; c < w.matches.size(); ++c)
        if (w.matches[c]) concept_masks_[c + 1] |= bit;
    }
  }

 protected:
  // Desirable credit: (concepts matched + partial lexical matches) / concepts
  // needed, so all_of three with two matched earns 2/3. A concept found only
  // through a term the taxonomy does not know earns lexical_match
  // (rules/policies.yaml) times the terms' token similarity, for desirable
  // criteria only (a weighted minimum scores only what it has met).
  Column progress(const ColumnView& proven, const ColumnView& partial,
                  const CodeColumn&) const override {
    return (proven + partial) / std::max(need, 1.0);
  }

 private:
  // The term the rules cannot read most similar to `wanted` (the first of
  // the most similar), and how similar: the best Jaccard index of its words
  // over the wanted names' words; 0 when none shares a word.
  static std::pair<int, double> most_similar(const CompactProfile& profile,
                                             const Wanted& wanted) {
    std::pair<int, double> best{-1, 0.0};
    for (size_t i = 0; i < profile.terms.size(); ++i) {
      const CompactTerm& t = profile.terms[i];
      if (!t.unread || !(profile.roster->word_signature(t.text) & wanted.signature))
        continue;
      const auto words = profile.roster->words(t.text);
      for (const auto& name : wanted.word_sets) {
        const double s = TextIds::jaccard_of(words, name);
        if (s > best.second) best = {static_cast<int>(i), s};
      }
    }
    return best;
  }

  std::string similar_line(const Term& term, const std::string& wanted,
                           double similarity) const {
    std::string line = "'" + term.written +
                       "' is not in rules/skills.yaml but shares words with '" + wanted +
                       "' (similarity " + format_number(similarity) + "), to judge";
    if (mode == CreditMode::reach)
      line += "; earns " + format_number(lexical_ * similarity) + " of a match";
    return line;
  }

  const RuleTables& rules_;
  SkillsSpec::Mode mode_;
  double lexical_;
  std::vector<Wanted> wanted_;
  bool masks_ = false;  // wanted_ fits the bits of a mask
  std::vector<uint64_t>
      concept_masks_;  // per concept + 1: the bits of the wanted ones it is
  std::vector<std::pair<uint64_t, int32_t>>
      text_bits_;  // wanted with no concept: bit, text id
};

}  // namespace

std::unique_ptr<Rule> make_skills_rule(const SkillsSpec& spec,
                                       const CompileContext& ctx) {
  return std::make_unique<SkillsRule>(spec, ctx);
}

}  // namespace shortlist
