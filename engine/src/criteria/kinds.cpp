// The kind table, and how each kind compiles into a rule tree: a leaf rule
// of criteria/<kind>.cpp, or (degree in lieu, composites) a tree of them.
#include "criteria/kinds.h"

#include <algorithm>

#include "text.h"

namespace shortlist {
namespace {

template <typename Spec>
const Spec& spec_of(const CriterionSpec& c) {
  return std::get<Spec>(c.kind);
}

// formats.md `in_lieu`: the lower degree plus extra years on top of the
// vacancy's minimum experience criterion (UN Secretariat, Annex I).
RuleNode compile_in_lieu(const DegreeSpec& d, Compiler& compiler) {
  const CompileContext& ctx = compiler.context();
  const int lower = ctx.rules.degrees.ladder_level(d.in_lieu->degree.value).value_or(0);
  const ExperienceSpec& base = compiler.base_experience();
  RuleNode equivalent;
  equivalent.kind = "all_of";
  equivalent.all = true;
  equivalent.parts.push_back(compiler.leaf(make_degree_rule(lower, d, ctx), "degree"));
  equivalent.parts.push_back(
      compiler.leaf(make_experience_rule(base, base.years + d.in_lieu->extra_years, ctx),
                    "experience"));
  equivalent.label =
      "in lieu: " + equivalent.parts[0].label + ", with " + equivalent.parts[1].label +
      " (" + format_number(d.in_lieu->extra_years) + " years more than the minimum)";
  return equivalent;
}

RuleNode compile_degree(const CriterionSpec& c, Compiler& compiler) {
  const DegreeSpec& d = spec_of<DegreeSpec>(c);
  const CompileContext& ctx = compiler.context();
  const int level = ctx.rules.degrees.ladder_level(d.level.value).value_or(0);
  std::optional<double> full;
  if (d.full_at) full = ctx.rules.degrees.ladder_level(d.full_at->value);
  RuleNode degree = compiler.leaf(make_degree_rule(level, d, ctx), c.kind_name(), full);
  if (!d.in_lieu) return degree;
  RuleNode either;
  either.kind = c.kind_name();
  either.label = degree.label + ", or its equivalent";
  either.parts.push_back(std::move(degree));
  either.parts.push_back(compile_in_lieu(d, compiler));
  return either;
}

// With of_which, all of the criterion and each sub-criterion over its
// months ("ten years, of which five international").
RuleNode compile_experience(const CriterionSpec& c, Compiler& compiler) {
  const ExperienceSpec& e = spec_of<ExperienceSpec>(c);
  std::optional<double> full;
  if (e.full_at) full = *e.full_at * 12;
  RuleNode whole = compiler.leaf(make_experience_rule(e, e.years, compiler.context()),
                                 c.kind_name(), full);
  if (e.of_which.empty()) return whole;
  RuleNode node;
  node.kind = c.kind_name();
  node.all = true;
  std::vector<std::string> parts;
  for (const ExperienceSpec& sub : e.of_which) {
    node.parts.push_back(
        compiler.leaf(make_of_which_rule(sub, e, compiler.context()), c.kind_name()));
    parts.push_back(node.parts.back().label);
  }
  node.label = whole.label + ", of which " + join_words(parts, "and");
  node.parts.insert(node.parts.begin(), std::move(whole));
  return node;
}

RuleNode compile_language(const CriterionSpec& c, Compiler& compiler) {
  const LanguageSpec& l = spec_of<LanguageSpec>(c);
  std::optional<double> full;
  if (l.full_at) full = compiler.rules().levels.rank_of(l.full_at->value);
  return compiler.leaf(make_language_rule(l, compiler.context()), c.kind_name(), full);
}

RuleNode compile_skills(const CriterionSpec& c, Compiler& compiler) {
  return compiler.leaf(make_skills_rule(spec_of<SkillsSpec>(c), compiler.context()),
                       c.kind_name());
}

RuleNode compile_age(const CriterionSpec& c, Compiler& compiler) {
  return compiler.leaf(make_age_rule(spec_of<AgeSpec>(c), compiler.context()),
                       c.kind_name());
}

RuleNode compile_nationality(const CriterionSpec& c, Compiler& compiler) {
  return compiler.leaf(
      make_nationality_rule(spec_of<NationalitySpec>(c), compiler.context()),
      c.kind_name());
}

RuleNode compile_manual(const CriterionSpec& c, Compiler& compiler) {
  return compiler.leaf(make_manual_rule(spec_of<ManualSpec>(c)), c.kind_name());
}

RuleNode compile_enrolled(const CriterionSpec& c, Compiler& compiler) {
  return compiler.leaf(make_enrolled_rule(spec_of<EnrolledSpec>(c), compiler.context()),
                       c.kind_name());
}

RuleNode compile_residence(const CriterionSpec& c, Compiler& compiler) {
  return compiler.leaf(make_residence_rule(spec_of<ResidenceSpec>(c), compiler.context()),
                       c.kind_name());
}

RuleNode compile_work_permit(const CriterionSpec& c, Compiler& compiler) {
  return compiler.leaf(
      make_work_permit_rule(spec_of<WorkPermitSpec>(c), compiler.context()),
      c.kind_name());
}

RuleNode compile_composite(const CriterionSpec& c, Compiler& compiler) {
  const CompositeSpec& composite = spec_of<CompositeSpec>(c);
  RuleNode node;
  node.kind = composite.all ? "all_of" : "any_of";
  node.all = composite.all;
  std::vector<std::string> labels;
  for (const CriterionSpec& part : composite.parts) {
    node.parts.push_back(compiler.compile(part));
    labels.push_back(node.parts.back().label);
  }
  node.label = (composite.all ? "all of: " : "any of: ") +
               join_words(labels, composite.all ? "and" : "or");
  return node;
}

template <typename Spec>
constexpr size_t alternative() {
  using Kinds = decltype(CriterionSpec::kind);
  return []<size_t... I>(std::index_sequence<I...>) {
    size_t index = 0;
    ((std::is_same_v<std::variant_alternative_t<I, Kinds>, Spec> ? index = I : 0), ...);
    return index;
  }
  (std::make_index_sequence<std::variant_size_v<Kinds>>());
}

}  // namespace

const std::vector<CriterionKind>& criterion_kinds() {
  static const std::vector<CriterionKind> kinds = {
      {"degree",
       alternative<DegreeSpec>(),
       parse_degree,
       {"fields", "related_fields", "in_lieu", "full_at", "countries", "completed_within",
        "accredited"},
       compile_degree},
      {"experience",
       alternative<ExperienceSpec>(),
       parse_experience,
       {},
       compile_experience},
      {"language",
       alternative<LanguageSpec>(),
       parse_language,
       {"level"},
       compile_language},
      {"skills", alternative<SkillsSpec>(), parse_skills, {}, compile_skills},
      {"age", alternative<AgeSpec>(), parse_age, {}, compile_age},
      {"nationality",
       alternative<NationalitySpec>(),
       parse_nationality,
       {},
       compile_nationality},
      {"manual", alternative<ManualSpec>(), parse_manual, {"see"}, compile_manual},
      {"enrolled", alternative<EnrolledSpec>(), parse_enrolled, {}, compile_enrolled},
      {"residence", alternative<ResidenceSpec>(), parse_residence, {}, compile_residence},
      {"work_permit",
       alternative<WorkPermitSpec>(),
       parse_work_permit,
       {},
       compile_work_permit},
      {"any_of", alternative<CompositeSpec>(), parse_any_of, {}, compile_composite},
      {"all_of", alternative<CompositeSpec>(), parse_all_of, {}, compile_composite},
  };
  return kinds;
}

const CriterionKind* kind_named(std::string_view name) {
  for (const CriterionKind& kind : criterion_kinds())
    if (kind.name == name) return &kind;
  return nullptr;
}

const CriterionKind& kind_of(const CriterionSpec& spec) {
  if (const auto* composite = std::get_if<CompositeSpec>(&spec.kind))
    return *kind_named(composite->all ? "all_of" : "any_of");
  for (const CriterionKind& kind : criterion_kinds())
    if (kind.alternative == spec.kind.index()) return kind;
  return criterion_kinds().front();  // unreachable: every alternative has a kind
}

std::string CriterionSpec::kind_name() const { return kind_of(*this).name; }

}  // namespace shortlist
