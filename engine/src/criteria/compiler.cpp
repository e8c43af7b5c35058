#include "criteria/compiler.h"

#include "criteria/kinds.h"

namespace shortlist {

Compiler::Compiler(const Vacancy& vacancy, const CompileContext& ctx,
                   std::vector<std::unique_ptr<Rule>>& leaves)
    : ctx_(ctx), leaves_(leaves) {
  for (const CriterionSpec& c : vacancy.minimum)
    if (const auto* e = std::get_if<ExperienceSpec>(&c.kind)) {
      base_experience_ = *e;
      break;
    }
}

RuleNode Compiler::compile(const CriterionSpec& spec, CreditMode mode) {
  mode_ = mode;
  return compile(spec);
}

RuleNode Compiler::compile(const CriterionSpec& spec) {
  return kind_of(spec).compile(spec, *this);
}

RuleNode Compiler::leaf(std::unique_ptr<Rule> rule, const std::string& kind,
                        std::optional<double> full) {
  rule->mode = mode_;
  rule->full = full;
  RuleNode node;
  node.kind = kind;
  node.label = rule->describe();
  node.leaf = static_cast<int>(leaves_.size());
  leaves_.push_back(std::move(rule));
  return node;
}

}  // namespace shortlist
