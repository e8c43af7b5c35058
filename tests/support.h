// Helpers shared by the tests: fixture rules, temporary files, judging a
// candidate written inline.
#pragma once

#include <string>
#include <vector>

#include "normalise/normalise.h"
#include "shortlist/engine.h"

namespace shortlist::test {

// The fixed rule set of tests/data/rules (not the bundled rules/).
const RuleTables& fixture_rules();
// The bundled rules/ of the source tree.
const RuleTables& bundled_rules();

// An engine on the fixture rules, built once.
const Engine& fixture_engine();

// Writes `content` to a fresh file named `name` in a temporary folder; returns its path.
std::string write_temp(const std::string& name, const std::string& content);

// Error lines "file:line:column: message" with the file name cut to its
// last component, for exact comparisons.
std::vector<std::string> messages(const std::vector<Diagnostic>& errors);

// The roster of candidate files written inline: (file name, content) pairs,
// in order, read with the fixture rules unless an engine is given.
Roster roster_of(const std::vector<std::pair<std::string, std::string>>& files,
                 const ReadLimits& limits = {});
Roster roster_of(const Engine& engine,
                 const std::vector<std::pair<std::string, std::string>>& files,
                 const ReadLimits& limits = {});

// `check --format json` of `roster` on `v`, every criterion explained,
// without its "file" and "line" members: what must agree between the
// formats one person is written in.
std::string check_json(const CompiledVacancy& v, const Roster& roster,
                       const Engine& engine = fixture_engine());

// The errors of a candidate file holding one profile, which must be invalid.
std::vector<std::string> candidate_errors(const std::string& content,
                                          const ReadLimits& limits = {});

// A vacancy written inline, compiled against the fixture rules.
CompiledVacancy compile_vacancy(const std::string& yaml);
// A vacancy (deadline 2025-03-31) whose one minimum criterion, id `c`, is
// `criterion`, the keys of a flow map ("degree: master").
CompiledVacancy one_minimum(const std::string& criterion);

// Loads one inline candidate (REQUIRES: valid) and normalises it.
CandidateFacts facts_of(const std::string& yaml);

// The proven measure of leaf `leaf` (see criteria/features.h).
double proven(const CompiledVacancy& v, const CandidateFacts& f, int leaf = 0);

// The texts of evidence items, in order.
std::vector<std::string> texts(const std::vector<Evidence>& evidence);

// One candidate judged on the fast path (compact facts, one row), and with
// every criterion's explanation.
Judgement judge(const CompiledVacancy& v, const CandidateFacts& f);
Judgement explain(const CompiledVacancy& v, const CandidateFacts& f);

}  // namespace shortlist::test
