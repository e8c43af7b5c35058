#include "criteria/vacancy_rules.h"

#include <algorithm>
#include <cmath>

#include "criteria/compiler.h"
#include "text.h"

namespace shortlist {
namespace {

std::string part_outcome(const Explanation& e) {
  if (!e.missing.empty()) return e.missing;
  if (!e.unknown.empty()) return e.unknown;
  return to_string(e.verdict);
}

// How near a part comes to being met, in [0, 1]: 1 when met or unknown; a
// leaf not met, its measure over what it needs; all_of the mean of its parts,
// any_of the best.
double closeness(const RuleNode& node, const Explanation& e) {
  if (e.verdict != Verdict::not_met) return 1;
  if (node.leaf >= 0)
    return e.need > 0 && std::isfinite(e.need) ? std::clamp(e.measure / e.need, 0.0, 1.0)
                                               : 0.0;
  double sum = 0, best = 0;
  for (size_t i = 0; i < node.parts.size(); ++i) {
    const double c = closeness(node.parts[i], e.parts[i]);
    sum += c;
    best = std::max(best, c);
  }
  return node.all ? sum / double(node.parts.size()) : best;
}

// What a part found and, when not met, lacks: "degree at bachelor level; 72
// of 84 months: 12 months short".
std::string gap(const Explanation& e) {
  if (e.parts.empty()) {
    if (e.verdict == Verdict::not_met) return e.found + ": " + e.missing;
    if (e.verdict == Verdict::unknown) return e.found + ": to judge";
    return e.found;
  }
  std::string out;
  for (const Explanation& part : e.parts) out += (out.empty() ? "" : "; ") + gap(part);
  return out;
}

// A composite's summary, the part that decided and, when not met, the gap:
// for all_of the first part not met, for any_of the branch that came closest.
void conclude_composite(const RuleNode& node, Explanation& e) {
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
  auto first = [&](Verdict v) {
    return std::find_if(e.parts.begin(), e.parts.end(),
                        [&](const Explanation& p) { return p.verdict == v; });
  };
  size_t closest = 0;  // any_of: the part that decided, or came closest
  for (size_t i = 1; i < e.parts.size(); ++i)
    if (closeness(node.parts[i], e.parts[i]) >
        closeness(node.parts[closest], e.parts[closest]))
      closest = i;
  if (e.verdict == Verdict::not_met && node.all) {
    const auto part = first(Verdict::not_met);
    e.missing = part->label + ": " + gap(*part);
  } else if (e.verdict == Verdict::not_met) {
    e.missing = "none of the alternatives is met; closest: " + e.parts[closest].label +
                ": " + gap(e.parts[closest]);
  }
  if (e.verdict == Verdict::unknown) {
    const auto part = first(Verdict::unknown);
    e.unknown = part->label + ": " + part_outcome(*part);
  }
  e.found = node.all ? gap(e) : gap(e.parts[closest]);
}

}  // namespace

CompiledVacancy::CompiledVacancy(const Vacancy& vacancy, const RuleTables& rules,
                                 std::optional<Date> as_of)
    : vacancy_(vacancy),
      as_of_(as_of.value_or(vacancy.deadline)),
      rules_(std::make_unique<const VacancyRules>(vacancy_, rules, as_of_)) {}

CompiledVacancy::~CompiledVacancy() = default;
CompiledVacancy::CompiledVacancy(CompiledVacancy&&) noexcept = default;
CompiledVacancy& CompiledVacancy::operator=(CompiledVacancy&&) noexcept = default;

const std::vector<CompiledCriterion>& CompiledVacancy::criteria() const {
  return rules_->criteria();
}
bool CompiledVacancy::has_score() const { return rules_->plan().has_score(); }
double CompiledVacancy::total_weight() const { return rules_->plan().total_weight(); }

VacancyRules::VacancyRules(const Vacancy& vacancy, const RuleTables& rules, Date as_of)
    : rules_(&rules) {
  const CompileContext ctx{rules, as_of};
  Compiler compiler(vacancy, ctx, leaves_);
  auto add = [&](const CriterionSpec& spec, bool required) {
    CompiledCriterion c;
    c.id = spec.id;
    c.text = spec.text;
    c.kind = spec.kind_name();
    c.required = required;
    c.weight = spec.weight.value_or(required ? 0.0 : 1.0);
    roots_.push_back(
        compiler.compile(spec, required ? CreditMode::exceed : CreditMode::reach));
    roots_.back().kind = c.kind;
    criteria_.push_back(std::move(c));
  };
  for (const auto& spec : vacancy.minimum) add(spec, true);
  for (const auto& spec : vacancy.desirable) add(spec, false);
  layout_.leaves = leaf_count();
  std::vector<double> weights;
  for (const auto& c : criteria_) weights.push_back(c.weight);
  plan_ = ScorePlan(std::move(weights));
}

VacancyRules::~VacancyRules() = default;

void VacancyRules::measure(std::span<const CompactProfile> profiles, Block& block) const {
  block.resize(static_cast<Eigen::Index>(profiles.size()), layout_.size());
  // Leaf by leaf: each rule's tables stay in cache over the block.
  for (int leaf = 0; leaf < leaf_count(); ++leaf)
    leaves_[leaf]->measure_rows(profiles, &block(0, FeatureLayout::proven(leaf)),
                                &block(0, FeatureLayout::optimistic(leaf)),
                                &block(0, FeatureLayout::known(leaf)),
                                &block(0, FeatureLayout::partial(leaf)));
}

FeatureVector VacancyRules::features(const CompactProfile& profile) const {
  Block block;
  measure(std::span<const CompactProfile>(&profile, 1), block);
  return block.row(0).transpose();
}

VacancyRules::NodeColumns VacancyRules::evaluate_node(const RuleNode& node,
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
    const NodeColumns part = evaluate_node(node.parts[i], f);
    combine(node.all, out.verdicts, out.credits, part.verdicts, part.credits);
  }
  out.credits = (out.verdicts == kUnknown).select(0.0, out.credits);
  return out;
}

BatchResult VacancyRules::sized(Eigen::Index rows, bool per_criterion) const {
  const auto criteria = static_cast<Eigen::Index>(criteria_.size());
  BatchResult batch;
  if (per_criterion) {
    batch.verdicts.resize(rows, criteria);
    batch.credits.resize(rows, criteria);
    batch.contributions.resize(rows, criteria);
  }
  batch.scores.resize(rows);
  batch.has_score = plan_.has_score();
  batch.eligibility.resize(static_cast<size_t>(rows));
  return batch;
}

void VacancyRules::evaluate_rows(const Block& f, Eigen::Index first,
                                 BatchResult& batch) const {
  const Eigen::Index rows = f.rows(), cols = static_cast<Eigen::Index>(criteria_.size());
  const bool per_criterion = batch.verdicts.size() > 0;
  Eigen::ArrayXXd credits(rows, cols);
  CodeColumn worst = CodeColumn::Constant(rows, kMet);  // over minimum criteria
  for (Eigen::Index c = 0; c < cols; ++c) {
    NodeColumns node = evaluate_node(roots_[c], f);
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
    batch.eligibility[static_cast<size_t>(first + r)] = eligibility_of(worst[r]);
}

BatchResult VacancyRules::evaluate(const FeatureMatrix& f) const {
  const Eigen::Index rows = f.rows();
  BatchResult batch = sized(rows, true);
  // Eigen blocks of an empty matrix are undefined: no block when no rows.
  for (Eigen::Index first = 0; first < rows; first += kBlockRows) {
    const Eigen::Index n = std::min(kBlockRows, rows - first);
    const Block block = f.middleRows(first, n);
    evaluate_rows(block, first, batch);
  }
  return batch;
}

BatchResult VacancyRules::judge(const CompactRoster& roster, bool per_criterion) const {
  const Eigen::Index rows = roster.size();
  BatchResult batch = sized(rows, per_criterion);
  Block block;
  std::vector<CompactProfile> profiles;
  for (Eigen::Index first = 0; first < rows; first += kBlockRows) {
    const Eigen::Index n = std::min(kBlockRows, rows - first);
    profiles.clear();
    for (Eigen::Index r = 0; r < n; ++r)
      profiles.push_back(roster.profile(static_cast<int>(first + r)));
    measure(profiles, block);
    evaluate_rows(block, first, batch);
  }
  return batch;
}

Judgement VacancyRules::judgement(const BatchResult& batch, int row) const {
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

Explanation VacancyRules::explain_node(const RuleNode& node,
                                       const CompactProfile& profile,
                                       const CandidateFacts& facts,
                                       const Block& f) const {
  Explanation e;
  e.label = node.label;
  e.kind = node.kind;
  const NodeColumns decided = evaluate_node(node, f);
  e.verdict = verdict_of_code(decided.verdicts[0]);
  e.credit = decided.credits[0];
  if (node.leaf >= 0) {
    const Rule& rule = *leaves_[node.leaf];
    const Measure m{f(0, FeatureLayout::proven(node.leaf)),
                    f(0, FeatureLayout::optimistic(node.leaf)),
                    f(0, FeatureLayout::known(node.leaf)) > 0.5,
                    f(0, FeatureLayout::partial(node.leaf))};
    e.measure = m.proven;
    e.need = rule.need;
    rule.explain(profile, facts, e);
    rule.conclude(m, e.verdict, e);
    return e;
  }
  for (const RuleNode& part : node.parts)
    e.parts.push_back(explain_node(part, profile, facts, f));
  conclude_composite(node, e);
  return e;
}

Judgement VacancyRules::explain(const CandidateFacts& facts) const {
  CompactRoster one;
  one.add(facts, *rules_);
  const CompactProfile profile = one.profile(0);
  Block block;
  measure(std::span<const CompactProfile>(&profile, 1), block);
  BatchResult batch = sized(1, true);
  evaluate_rows(block, 0, batch);
  Judgement j = judgement(batch, 0);
  for (size_t c = 0; c < criteria_.size(); ++c) {
    CriterionResult& r = j.criteria[c];
    r.why = explain_node(roots_[c], profile, facts, block);
    r.why->label = r.criterion->text;
  }
  return j;
}

}  // namespace shortlist
