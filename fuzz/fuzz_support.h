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
  std::vector<LoadedCandidate> candidates;
};

inline World load_world() {
  const std::string root = SHORTLIST_SOURCE_DIR;
  Diagnostics errors;
  World world{*Engine::open(root + "/rules", errors), {}, {}};
  for (const auto& file : expand_paths({root + "/profiles/vacancies"}))
    world.vacancies.push_back(*load_vacancy(file, world.engine.rules()).vacancy);
  world.candidates = world.engine.candidates(expand_paths({root + "/profiles/candidates"}), {});
  return world;
}

inline const World& world() {
  static const World w = load_world();
  return w;
}

// Judges, ranks and renders in every format: every path a real run takes.
inline void judge_all(const Vacancy& vacancy, const std::vector<LoadedCandidate>& candidates,
                      const Engine& engine = world().engine) {
  const CompiledVacancy compiled(vacancy, engine.rules());
  const Ranking ranking = rank(compiled, engine.assess(compiled, candidates, true));
  for (Format f : {Format::table, Format::json, Format::markdown, Format::csv})
    (void)render_rank(compiled, ranking, f, 0);
  for (const auto& entry : ranking.entries) (void)render_explain(compiled, entry.assessment, Format::table);
}

inline void judge_everywhere(const std::vector<LoadedCandidate>& candidates) {
  for (const Vacancy& v : world().vacancies) judge_all(v, candidates);
}

inline void judge_with(RuleTables rules) {
  const Engine engine(std::move(rules));
  for (const Vacancy& v : world().vacancies) {
    // The vacancy was checked against the bundled tables; recheck it here.
    const auto reloaded = load_vacancy(v.file, engine.rules());
    if (reloaded.vacancy) judge_all(*reloaded.vacancy, world().candidates, engine);
  }
}

}  // namespace shortlist::fuzz
