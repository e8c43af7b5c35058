#include <type_traits>

#include "criteria/leaves.h"
#include "shortlist/eligibility.h"
#include "text.h"

namespace shortlist {
namespace {

// Compiles criterion specs into rule trees, appending leaves as it goes.
class Compiler {
 public:
  Compiler(const Vacancy& vacancy, const CompileContext& ctx,
           std::vector<std::unique_ptr<Rule>>& leaves)
      : ctx_(ctx), leaves_(leaves) {
    for (const CriterionSpec& c : vacancy.minimum)
      if (const auto* e = std::get_if<ExperienceSpec>(&c.kind)) {
        base_experience_ = *e;
        break;
      }
  }

  RuleNode compile(const CriterionSpec& spec) {
    return std::visit([&](const auto& kind) { return compile_kind(kind, spec); }, spec.kind);
  }

 private:
  RuleNode leaf(std::unique_ptr<Rule> rule, const std::string& kind) {
    RuleNode node;
    node.kind = kind;
    node.label = rule->describe();
    node.leaf = static_cast<int>(leaves_.size());
    leaves_.push_back(std::move(rule));
    return node;
  }

  RuleNode compile_kind(const DegreeSpec& d, const CriterionSpec&) {
    const int level = ctx_.rules.degrees.ladder_level(d.level.value).value_or(0);
    RuleNode degree = leaf(make_degree_rule(level, d.fields, d.related_fields, ctx_), "degree");
    if (!d.in_lieu) return degree;
    // formats.md `in_lieu`: the lower degree plus extra years on top of the
    // vacancy's minimum experience criterion (UN Secretariat, Annex I).
    const int lower = ctx_.rules.degrees.ladder_level(d.in_lieu->degree.value).value_or(0);
    RuleNode equivalent;
    equivalent.kind = "all_of";
    equivalent.all = true;
    equivalent.parts.push_back(
        leaf(make_degree_rule(lower, d.fields, d.related_fields, ctx_), "degree"));
    equivalent.parts.push_back(leaf(
        make_experience_rule(base_experience_, base_experience_.years + d.in_lieu->extra_years,
                             ctx_),
        "experience"));
    equivalent.label = "in lieu: " + equivalent.parts[0].label + ", with " +
                       equivalent.parts[1].label + " (" +
                       format_number(d.in_lieu->extra_years) + " years more than the minimum)";
    RuleNode either;
    either.kind = "degree";
    either.label = degree.label + ", or its equivalent";
    either.parts = {std::move(degree), std::move(equivalent)};
    return either;
  }

  RuleNode compile_kind(const ExperienceSpec& e, const CriterionSpec&) {
    return leaf(make_experience_rule(e, e.years, ctx_), "experience");
  }
  RuleNode compile_kind(const LanguageSpec& l, const CriterionSpec&) {
    return leaf(make_language_rule(l, ctx_), "language");
  }
  RuleNode compile_kind(const SkillsSpec& s, const CriterionSpec&) {
    return leaf(make_skills_rule(s, ctx_), "skills");
  }
  RuleNode compile_kind(const AgeSpec& a, const CriterionSpec&) {
    return leaf(make_age_rule(a, ctx_), "age");
  }
  RuleNode compile_kind(const NationalitySpec& n, const CriterionSpec&) {
    return leaf(make_nationality_rule(n, ctx_), "nationality");
  }

  RuleNode compile_kind(const CompositeSpec& c, const CriterionSpec&) {
    RuleNode node;
    node.kind = c.all ? "all_of" : "any_of";
    node.all = c.all;
    std::vector<std::string> labels;
    for (const CriterionSpec& part : c.parts) {
      node.parts.push_back(compile(part));
      labels.push_back(node.parts.back().label);
    }
    node.label = (c.all ? "all of: " : "any of: ") + join_words(labels, c.all ? "and" : "or");
    return node;
  }

  const CompileContext& ctx_;
  std::vector<std::unique_ptr<Rule>>& leaves_;
  ExperienceSpec base_experience_;
};

std::string part_outcome(const Explanation& e) {
  if (!e.missing.empty()) return e.missing;
  if (!e.unknown.empty()) return e.unknown;
  return to_string(e.verdict);
}

}  // namespace

CompiledVacancy::CompiledVacancy(const Vacancy& vacancy, const RuleTables& rules,
                                 std::optional<Date> as_of)
    : vacancy_(vacancy), as_of_(as_of.value_or(vacancy.deadline)) {
  const CompileContext ctx{rules, as_of_};
  Compiler compiler(vacancy_, ctx, leaves_);
  auto add = [&](const CriterionSpec& spec, bool required) {
    CompiledCriterion c;
    c.id = spec.id;
    c.text = spec.text;
    c.required = required;
    c.weight = spec.weight.value_or(required ? 0.0 : 1.0);
    c.root = compiler.compile(spec);
    c.root.kind = spec.kind_name();
    criteria_.push_back(std::move(c));
  };
  for (const auto& spec : vacancy_.minimum) add(spec, true);
  for (const auto& spec : vacancy_.desirable) add(spec, false);
  for (size_t i = 0; i < leaves_.size(); ++i)
    layout_.leaf_names.push_back(leaves_[i]->kind() + "/" + std::to_string(i));
}

CompiledVacancy::~CompiledVacancy() = default;
CompiledVacancy::CompiledVacancy(CompiledVacancy&&) noexcept = default;

FeatureVector CompiledVacancy::features(const CandidateFacts& facts) const {
  FeatureVector f(layout_.size());
  for (size_t i = 0; i < leaves_.size(); ++i) {
    const Measure m = leaves_[i]->measure(facts, nullptr);
    const int leaf = static_cast<int>(i);
    f[FeatureLayout::proven(leaf)] = m.proven;
    f[FeatureLayout::optimistic(leaf)] = m.optimistic;
    f[FeatureLayout::known(leaf)] = m.known ? 1.0 : 0.0;
  }
  return f;
}

Verdict CompiledVacancy::verdict_of(const RuleNode& node, const FeatureVector& f) const {
  if (node.leaf >= 0) {
    const Measure m{f[FeatureLayout::proven(node.leaf)], f[FeatureLayout::optimistic(node.leaf)],
                    f[FeatureLayout::known(node.leaf)] > 0.5};
    return leaves_[node.leaf]->verdict(m);
  }
  std::vector<Verdict> parts;
  for (const RuleNode& part : node.parts) parts.push_back(verdict_of(part, f));
  return node.all ? all_of(parts) : any_of(parts);
}

Judgement CompiledVacancy::judge(const std::string& id, const FeatureVector& f) const {
  Judgement j;
  j.candidate_id = id;
  bool any_not_met = false, any_unknown = false;
  for (const CompiledCriterion& c : criteria_) {
    const Verdict v = verdict_of(c.root, f);
    j.criteria.push_back({&c, v, std::nullopt});
    if (!c.required) continue;
    any_not_met = any_not_met || v == Verdict::not_met;
    any_unknown = any_unknown || v == Verdict::unknown;
  }
  j.eligibility = any_not_met   ? Eligibility::not_eligible
                  : any_unknown ? Eligibility::needs_review
                                : Eligibility::eligible;
  return j;
}

Explanation CompiledVacancy::explain_node(const RuleNode& node,
                                          const CandidateFacts& facts) const {
  Explanation e;
  e.label = node.label;
  e.kind = node.kind;
  if (node.leaf >= 0) {
    const Rule& rule = *leaves_[node.leaf];
    const Measure m = rule.measure(facts, &e);
    e.verdict = rule.verdict(m);
    rule.conclude(m, e.verdict, e);
    return e;
  }
  std::vector<Verdict> verdicts;
  for (const RuleNode& part : node.parts) {
    e.parts.push_back(explain_node(part, facts));
    verdicts.push_back(e.parts.back().verdict);
  }
  e.verdict = node.all ? all_of(verdicts) : any_of(verdicts);
  for (const Explanation& part : e.parts)
    if (part.verdict == e.verdict) {
      e.decided_by = part.label;
      break;
    }
  e.summary = (node.all ? "needs all of " : "needs any of ") +
              std::to_string(node.parts.size()) + " parts; decided by: " + e.decided_by;
  if (!node.all && e.verdict != Verdict::met)
    for (const Explanation& part : e.parts)
      e.alternatives.push_back(part.label + ": " + part_outcome(part));
  if (e.verdict == Verdict::not_met)
    e.missing = node.all ? part_outcome(e.parts[0]) : "none of the alternatives is met";
  if (node.all && e.verdict == Verdict::not_met)
    for (const Explanation& part : e.parts)
      if (part.verdict == Verdict::not_met) {
        e.missing = part.label + ": " + part_outcome(part);
        break;
      }
  if (e.verdict == Verdict::unknown) e.unknown = "a part is unknown: a person must judge it";
  return e;
}

Judgement CompiledVacancy::explain(const CandidateFacts& facts) const {
  Judgement j = judge(facts);
  for (CriterionResult& r : j.criteria) {
    r.why = explain_node(r.criterion->root, facts);
    r.why->label = r.criterion->text;
  }
  return j;
}

}  // namespace shortlist
