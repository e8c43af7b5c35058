// What the fuzz targets share: the bundled rules, vacancies and candidates,
// loaded once, and a run of the whole engine on what an input produced.
#pragma once

#include <string>
#include <vector>

#include "shortlist/engine.h"
#include "shortlist/ranking.h"
#include "shortlist/report.h"

namespace shortlist::fuzz {

struct World {
  Engine engine;
  std::vector<Vacancy> vacancies;
  std::vector<CandidateInput> candidates;  // the bundled candidate files
  Roster roster;                           // of them
};

inline World load_world() {
  const std::string root = SHORTLIST_SOURCE_DIR;
  Diagnostics errors;
  World world{*Engine::open(root + "/rules", errors), {}, {}, {}};
  for (const auto& file : expand_paths({root + "/profiles/vacancies"}))
    world.vacancies.push_back(*load_vacancy(file, world.engine.rules()).vacancy);
  world.candidates = candidate_files({root + "/profiles/candidates"});
  world.roster = world.engine.roster(world.candidates, {});
  return world;
}

inline const World& world() {
  static const World w = load_world();
  return w;
}

// The batch (compact facts, a block of rows at a time) and each profile's
// own explanation must agree on every verdict and credit: abort otherwise.
inline void check_agreement(const std::vector<Assessment>& batch,
                            const std::vector<Assessment>& explained) {
  for (size_t i = 0; i < batch.size(); ++i) {
    if (batch[i].eligibility != explained[i].eligibility) __builtin_trap();
    if (!batch[i].judgement) continue;
    const auto& a = batch[i].judgement->criteria;
    const auto& b = explained[i].judgement->criteria;
    if (a.size() != b.size()) __builtin_trap();
    for (size_t c = 0; c < a.size(); ++c)
      if (a[c].verdict != b[c].verdict || a[c].credit != b[c].credit ||
          b[c].why->verdict != b[c].verdict)
        __builtin_trap();
  }
}

// Judges, ranks and renders in every format: every path a real run takes.
inline void judge_all(const Vacancy& vacancy, const Roster& roster,
                      const Engine& engine = world().engine) {
  const CompiledVacancy compiled(vacancy, engine.rules());
  auto explained = engine.assess(compiled, roster, Detail::explained);
  check_agreement(engine.assess(compiled, roster, Detail::criteria), explained);
  const Ranking ranking = rank(compiled, std::move(explained));
  for (Format f : {Format::table, Format::json, Format::markdown, Format::csv})
    (void)render_rank(compiled, ranking, f, 0);
  for (const auto& entry : ranking.entries)
    (void)render_explain(compiled, entry.assessment, Format::table);
}

inline void judge_everywhere(const Roster& roster) {
  for (const Vacancy& v : world().vacancies) judge_all(v, roster);
}

inline void judge_with(RuleTables rules) {
  const Engine engine(std::move(rules));
  const Roster roster = engine.roster(world().candidates, {});
  for (const Vacancy& v : world().vacancies) {
    // The vacancy was checked against the bundled tables; recheck it here.
    const auto reloaded = load_vacancy(v.file, engine.rules());
    if (reloaded.vacancy) judge_all(*reloaded.vacancy, roster, engine);
  }
}

}  // namespace shortlist::fuzz
