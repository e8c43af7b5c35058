// Factories of the leaf rules, one file per kind. Names in the specs have
// been checked by the vacancy loader; here they are resolved once.
#pragma once

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "criteria/rule.h"
#include "shortlist/profile.h"
#include "shortlist/rules.h"

namespace shortlist {

struct CompileContext {
  const RuleTables& rules;
  Date as_of;
};

// A completed degree at ISCED level `isced` or above, in one of the spec's
// fields (any field when none), by the as-of date, obtained where and when
// the spec's countries and completed_within ask (its level is not read).
std::unique_ptr<Rule> make_degree_rule(int isced, const DegreeSpec& spec,
                                       const CompileContext& ctx);
// `years` replaces spec.years (in_lieu asks for more of the same experience).
std::unique_ptr<Rule> make_experience_rule(const ExperienceSpec& spec, double years,
                                           const CompileContext& ctx);
// One of_which sub-criterion of `parent` (formats.md): its own years over
// the months that pass the parent's filters and its own.
std::unique_ptr<Rule> make_of_which_rule(const ExperienceSpec& sub,
                                         const ExperienceSpec& parent,
                                         const CompileContext& ctx);
std::unique_ptr<Rule> make_language_rule(const LanguageSpec& spec,
                                         const CompileContext& ctx);
std::unique_ptr<Rule> make_skills_rule(const SkillsSpec& spec, const CompileContext& ctx);
std::unique_ptr<Rule> make_age_rule(const AgeSpec& spec, const CompileContext& ctx);
std::unique_ptr<Rule> make_nationality_rule(const NationalitySpec& spec,
                                            const CompileContext& ctx);
// Always unknown: what a person checks (formats.md `manual`).
std::unique_ptr<Rule> make_manual_rule(const ManualSpec& spec);
std::unique_ptr<Rule> make_enrolled_rule(const EnrolledSpec& spec,
                                         const CompileContext& ctx);
std::unique_ptr<Rule> make_residence_rule(const ResidenceSpec& spec,
                                          const CompileContext& ctx);
std::unique_ptr<Rule> make_work_permit_rule(const WorkPermitSpec& spec,
                                            const CompileContext& ctx);

// The best proven and optimistic measures of a profile's degrees, each
// assessed by `assess` (giving .proven and .optimistic): degree, enrolled.
// Unknown when the profile leaves education out.
template <typename Assess>
Measure best_of_degrees(const CompactProfile& profile, Assess assess) {
  if (!profile.stated.education) return {0, 0, false};
  Measure m{0, 0, true};
  for (const CompactDegree& d : profile.degrees) {
    const auto a = assess(d);
    m.proven = std::max(m.proven, a.proven);
    m.optimistic = std::max(m.optimistic, a.optimistic);
  }
  return m;
}

// The evidence line of a section the profile leaves out (formats.md,
// "Absent is not none"): "the profile states no languages (the section is
// left out)".
std::string left_out(const std::string& section);

// Months a person can read: "24 months", "1 month", "15.5 months".
std::string months_text(double months);

}  // namespace shortlist
