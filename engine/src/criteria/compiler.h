// Compiles criterion specs into rule trees (rule.h), a kind at a time
// through the kind table (kinds.h), appending leaf rules as it goes.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "criteria/leaves.h"
#include "criteria/rule.h"
#include "shortlist/profile.h"

namespace shortlist {

class Compiler {
 public:
  Compiler(const Vacancy& vacancy, const CompileContext& ctx,
           std::vector<std::unique_ptr<Rule>>& leaves);

  // A top-level criterion; `mode`: how its leaves earn credit (rule.h).
  RuleNode compile(const CriterionSpec& spec, CreditMode mode);
  // A part of a composite, in the mode of its criterion.
  RuleNode compile(const CriterionSpec& spec);
  // A leaf node for `rule`, which joins the vacancy's leaves.
  RuleNode leaf(std::unique_ptr<Rule> rule, const std::string& kind,
                std::optional<double> full = std::nullopt);

  const CompileContext& context() const { return ctx_; }
  // The vacancy's first minimum experience criterion (degree `in_lieu` asks
  // for years on top of it); years 0 when it has none.
  const ExperienceSpec& base_experience() const { return base_experience_; }
  // The names of the vacancy's unit of credit, the ladder and the scale.
  const RuleTables& rules() const { return ctx_.rules; }

 private:
  const CompileContext& ctx_;
  std::vector<std::unique_ptr<Rule>>& leaves_;
  ExperienceSpec base_experience_;
  CreditMode mode_ = CreditMode::reach;
};

}  // namespace shortlist
