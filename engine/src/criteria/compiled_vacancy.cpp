#include <algorithm>
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

  // `mode`: how the criterion's leaves earn credit (see scoring.h).
  RuleNode compile(const CriterionSpec& spec, CreditMode mode) {
    mode_ = mode;
    return compile(spec);
  }

 private:
  RuleNode compile(const CriterionSpec& spec) {
    return std::visit([&](const auto& kind) { return compile_kind(kind, spec); },
                      spec.kind);
  }

  RuleNode leaf(std::unique_ptr<Rule> rule, const std::string& kind,
                std::optional<double> full = std::nullopt) {
    rule->mode = mode_;
    rule->full = full;
    RuleNode node;
    node.kind = kind;
    node.label = rule->describe();
    node.leaf = static_cast<int>(leaves_.size());
    leaves_.push_back(std::move(rule));
    return node;
  }

  RuleNode compile_kind(const DegreeSpec& d, const CriterionSpec&) {
    const int level = ctx_.rules.degrees.ladder_level(d.level.value).value_or(0);
    std::optional<double> full;
    if (d.full_at) full = ctx_.rules.degrees.ladder_level(d.full_at->value);
    RuleNode degree =
        leaf(make_degree_rule(level, d.fields, d.related_fields, ctx_), "degree", full);
    if (!d.in_lieu) return degree;
    // formats.md `in_lieu`: the lower degree plus extra years on top of the
    // vacancy's minimum experience criterion (UN Secretariat, Annex I).
    const int lower =
        ctx_.rules.degrees.ladder_level(d.in_lieu->degree.value).value_or(0);
    RuleNode equivalent;
    equivalent.kind = "all_of";
    equivalent.all = true;
    equivalent.parts.push_back(
        leaf(make_degree_rule(lower, d.fields, d.related_fields, ctx_), "degree"));
    equivalent.parts.push_back(
        leaf(make_experience_rule(base_experience_,
                                  base_experience_.years + d.in_lieu->extra_years, ctx_),
             "experience"));
    equivalent.label =
        "in lieu: " + equivalent.parts[0].label + ", with " + equivalent.parts[1].label +
        " (" + format_number(d.in_lieu->extra_years) + " years more than the minimum)";
    RuleNode either;
    either.kind = "degree";
    either.label = degree.label + ", or its equivalent";
    either.parts = {std::move(degree), std::move(equivalent)};
    return either;
  }

  RuleNode compile_kind(const ExperienceSpec& e, const CriterionSpec&) {
    std::optional<double> full;
    if (e.full_at) full = *e.full_at * 12;
    return leaf(make_experience_rule(e, e.years, ctx_), "experience", full);
  }
  RuleNode compile_kind(const LanguageSpec& l, const CriterionSpec&) {
    std::optional<double> full;
    if (l.full_at) full = ctx_.rules.levels.rank_of(l.full_at->value);
    return leaf(make_language_rule(l, ctx_), "language", full);
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
    node.label =
        (c.all ? "all of: " : "any of: ") + join_words(labels, c.all ? "and" : "or");
    return node;
  }

  const CompileContext& ctx_;
  std::vector<std::unique_ptr<Rule>>& leaves_;
  ExperienceSpec base_experience_;
  CreditMode mode_ = CreditMode::reach;
};

std::string part_outcome(const Explanation& e) {
  if (!e.missing.empty()) return e.missing;
  if (!e.unknown.empty()) return e.unknown;
  return to_string(e.verdict);
}

}  // namespace

CompiledVacancy::CompiledVacancy(const Vacancy& vacancy, const RuleTables& rules,
                                 std::optional<Date> as_of)
    : rules_(&rules), vacancy_(vacancy), as_of_(as_of.value_or(vacancy.deadline)) {
  const CompileContext ctx{rules, as_of_};
  Compiler compiler(vacancy_, ctx, leaves_);
  auto add = [&](const CriterionSpec& spec, bool required) {
    CompiledCriterion c;
    c.id = spec.id;
    c.text = spec.text;
    c.required = required;
    c.weight = spec.weight.value_or(required ? 0.0 : 1.0);
    c.root = compiler.compile(spec, required ? CreditMode::exceed : CreditMode::reach);
    c.root.kind = spec.kind_name();
    criteria_.push_back(std::move(c));
  };
  for (const auto& spec : vacancy_.minimum) add(spec, true);
  for (const auto& spec : vacancy_.desirable) add(spec, false);
  for (size_t i = 0; i < leaves_.size(); ++i)
    layout_.leaf_names.push_back(leaves_[i]->kind() + "/" + std::to_string(i));
  std::vector<double> weights;
  for (const auto& c : criteria_) weights.push_back(c.weight);
  plan_ = ScorePlan(std::move(weights));
}

CompiledVacancy::~CompiledVacancy() = default;
CompiledVacancy::CompiledVacancy(CompiledVacancy&&) noexcept = default;

FeatureVector CompiledVacancy::features(const CompactProfile& profile) const {
  FeatureVector f(layout_.size());
  for (size_t i = 0; i < leaves_.size(); ++i) {
    const Measure m = leaves_[i]->measure(profile);
    const int leaf = static_cast<int>(i);
    f[FeatureLayout::proven(leaf)] = m.proven;
    f[FeatureLayout::optimistic(leaf)] = m.optimistic;
    f[FeatureLayout::known(leaf)] = m.known ? 1.0 : 0.0;
    f[FeatureLayout::partial(leaf)] = m.partial;
  }
  return f;
}

FeatureVector CompiledVacancy::features(const CandidateFacts& facts) const {
  CompactRoster one;
  one.add(facts, *rules_);
  return features(one.profile(0));
}

CompiledVacancy::NodeColumns CompiledVacancy::evaluate_node(const RuleNode& node,
                                                            const Block& f) const {
  if (node.leaf >= 0) {
    const Rule& rule = *leaves_[node.leaf];
    const ColumnView proven = f.col(FeatureLayout::proven(node.leaf)).array();
    CodeColumn verdicts =
        rule.verdicts(proven, f.col(FeatureLayout::optimistic(node.leaf)).array(),
                      f.col(FeatureLayout::known(node.leaf)).array());
    Column credits =
        rule.credits(proven, f.col(FeatureLayout::partial(node.leaf)).array(), verdicts);
    return {std::move(verdicts), std::move(credits)};
  }
  NodeColumns out = evaluate_node(node.parts.front(), f);
  for (size_t i = 1; i < node.parts.size(); ++i) {
    NodeColumns part = evaluate_node(node.parts[i], f);
    if (node.all) {
      out.verdicts = out.verdicts.min(part.verdicts);
      out.credits = out.credits.min(part.credits);
    } else {
      out.verdicts = out.verdicts.max(part.verdicts);
      out.credits = out.credits.max(part.credits);
    }
  }
  out.credits = (out.verdicts == kUnknown).select(0.0, out.credits);
  return out;
}

BatchResult CompiledVacancy::sized(Eigen::Index rows, Eigen::Index criteria,
                                   bool has_score, bool per_criterion) {
  BatchResult batch;
  if (per_criterion) {
    batch.verdicts.resize(rows, criteria);
    batch.credits.resize(rows, criteria);
    batch.contributions.resize(rows, criteria);
  }
  batch.scores.resize(rows);
  batch.has_score = has_score;
  batch.eligibility.resize(static_cast<size_t>(rows));
  return batch;
}

void CompiledVacancy::evaluate_rows(const Block& f, Eigen::Index first,
                                    BatchResult& batch) const {
  const Eigen::Index rows = f.rows(), cols = static_cast<Eigen::Index>(criteria_.size());
  const bool per_criterion = batch.verdicts.size() > 0;
  Eigen::ArrayXXd credits(rows, cols);
  CodeColumn worst = CodeColumn::Constant(rows, kMet);  // over minimum criteria
  for (Eigen::Index c = 0; c < cols; ++c) {
    NodeColumns node = evaluate_node(criteria_[c].root, f);
    if (criteria_[c].required) worst = worst.min(node.verdicts);
    if (per_criterion) batch.verdicts.col(c).segment(first, rows) = node.verdicts;
    credits.col(c) = node.credits;
  }
  const Eigen::ArrayXXd contributions = plan_.contributions(credits);
  if (per_criterion) {
    batch.credits.middleRows(first, rows) = credits;
    batch.contributions.middleRows(first, rows) = contributions;
  }
  batch.scores.segment(first, rows) = plan_.scores(contributions);
  for (Eigen::Index r = 0; r < rows; ++r)
    batch.eligibility[static_cast<size_t>(first + r)] =
        worst[r] == kMet       ? Eligibility::eligible
        : worst[r] == kUnknown ? Eligibility::needs_review
                               : Eligibility::not_eligible;
}

BatchResult CompiledVacancy::evaluate(const FeatureMatrix& f) const {
  const Eigen::Index rows = f.rows();
  BatchResult batch =
      sized(rows, static_cast<Eigen::Index>(criteria_.size()), plan_.has_score(), true);
  // Eigen blocks of an empty matrix are undefined: no block when no rows.
  for (Eigen::Index first = 0; first < rows; first += kBlockRows) {
    const Eigen::Index n = std::min(kBlockRows, rows - first);
    const Block block = f.middleRows(first, n);
    evaluate_rows(block, first, batch);
  }
  return batch;
}

BatchResult CompiledVacancy::judge(const CompactRoster& roster,
                                   bool per_criterion) const {
  const Eigen::Index rows = roster.size();
  BatchResult batch = sized(rows, static_cast<Eigen::Index>(criteria_.size()),
                            plan_.has_score(), per_criterion);
  Block block;
  std::vector<CompactProfile> profiles;
  for (Eigen::Index first = 0; first < rows; first += kBlockRows) {
    const Eigen::Index n = std::min(kBlockRows, rows - first);
    block.resize(n, layout_.size());
    profiles.clear();
    for (Eigen::Index r = 0; r < n; ++r)
      profiles.push_back(roster.profile(static_cast<int>(first + r)));
    // Leaf by leaf: each rule's tables stay in cache over the block.
    for (int leaf = 0; leaf < leaf_count(); ++leaf)
      leaves_[leaf]->measure_rows(profiles, &block(0, FeatureLayout::proven(leaf)),
                                  &block(0, FeatureLayout::optimistic(leaf)),
                                  &block(0, FeatureLayout::known(leaf)),
                                  &block(0, FeatureLayout::partial(leaf)));
    evaluate_rows(block, first, batch);
  }
  return batch;
}

Judgement CompiledVacancy::judgement(const BatchResult& batch, int row) const {
  Judgement j;
  j.eligibility = batch.eligibility[row];
  for (size_t c = 0; c < criteria_.size(); ++c) {
    CriterionResult r;
    r.criterion = &criteria_[c];
    r.verdict = verdict_of_code(batch.verdicts(row, c));
    r.credit = batch.credits(row, c);
    r.contribution = batch.contributions(row, c);
    r.lost = plan_.lost(static_cast<int>(c), r.credit);
    j.criteria.push_back(std::move(r));
  }
  if (batch.has_score) j.score = batch.scores[row];
  return j;
}

Judgement CompiledVacancy::judge(const FeatureVector& f) const {
  return judgement(evaluate(f.transpose()), 0);
}

Explanation CompiledVacancy::explain_node(const RuleNode& node,
                                          const CompactProfile& profile,
                                          const CandidateFacts& facts) const {
  Explanation e;
  e.label = node.label;
  e.kind = node.kind;
  if (node.leaf >= 0) {
    const Rule& rule = *leaves_[node.leaf];
    const Measure m = rule.measure(profile);
    rule.explain(profile, facts, e);
    e.verdict = rule.verdict(m);
    e.credit = rule.credit(m);
    rule.conclude(m, e.verdict, e);
    return e;
  }
  std::vector<Verdict> verdicts;
  for (const RuleNode& part : node.parts) {
    e.parts.push_back(explain_node(part, profile, facts));
    verdicts.push_back(e.parts.back().verdict);
  }
  e.verdict = node.all ? all_of(verdicts) : any_of(verdicts);
  e.credit = e.parts.front().credit;
  for (const Explanation& part : e.parts)
    e.credit =
        node.all ? std::min(e.credit, part.credit) : std::max(e.credit, part.credit);
  if (e.verdict == Verdict::unknown) e.credit = 0;
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
  if (e.verdict == Verdict::unknown)
    e.unknown = "a part is unknown: a person must judge it";
  return e;
}

Judgement CompiledVacancy::explain(const CandidateFacts& facts) const {
  Judgement j = judge(facts);
  explain_into(j, facts);
  return j;
}

void CompiledVacancy::explain_into(Judgement& judgement,
                                   const CandidateFacts& facts) const {
  CompactRoster one;
  one.add(facts, *rules_);
  for (CriterionResult& r : judgement.criteria) {
    r.why = explain_node(r.criterion->root, one.profile(0), facts);
    r.why->label = r.criterion->text;
  }
}

}  // namespace shortlist
