// Google Benchmark harness: the stages of a roster run, each on its own.
// Profiles come from $SHORTLIST_BENCH_PROFILES (one multi-document file, made
// by shortlist_generate), vacancies from $SHORTLIST_BENCH_VACANCIES (a
// folder). Judging is measured on one thread: items_per_second is candidate-
// vacancy pairs per second per core.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <iterator>

#include "shortlist/engine.h"

namespace shortlist {
namespace {

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

struct Data {
  Engine engine;
  std::string text;
  Roster roster;
  std::vector<CompiledVacancy> vacancies;
};

const Data& data() {
  static const Data d = [] {
    Diagnostics errors;
    Data d{*Engine::open(Engine::default_rules_dir(), errors), {}, {}, {}};
    std::ifstream in(env("SHORTLIST_BENCH_PROFILES"), std::ios::binary);
    d.text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    d.roster =
        d.engine.roster(parse_candidates(d.text, "profiles.yaml", d.engine.rules()));
    for (const auto& file : expand_paths({env("SHORTLIST_BENCH_VACANCIES")}))
      if (auto v = d.engine.vacancy(file, std::nullopt, {}, errors))
        d.vacancies.push_back(std::move(*v));
    return d;
  }();
  return d;
}

// Parsing and reading every profile of the file (all cores).
void BM_Load(benchmark::State& state) {
  const Data& d = data();
  for (auto _ : state) {
    auto loaded = parse_candidates(d.text, "profiles.yaml", d.engine.rules());
    benchmark::DoNotOptimize(loaded.data());
  }
  state.SetItemsProcessed(state.iterations() *
                          static_cast<int64_t>(d.roster.profiles.size()));
}

// The roster as `rank` builds it from the file: parsing and normalising a
// block of documents at a time on every core, then compact facts. Reports
// the compact facts' bytes per profile.
void BM_Roster(benchmark::State& state) {
  const Data& d = data();
  size_t bytes = 0;
  for (auto _ : state) {
    const Roster r = d.engine.roster({env("SHORTLIST_BENCH_PROFILES")}, {});
    bytes = r.compact.bytes();
    benchmark::DoNotOptimize(r.profiles.data());
  }
  state.SetItemsProcessed(state.iterations() *
                          static_cast<int64_t>(d.roster.profiles.size()));
  state.counters["compact_bytes_per_profile"] =
      static_cast<double>(bytes) / static_cast<double>(d.roster.compact.size());
}

// Normalising every valid profile through the rule tables, one thread.
void BM_Normalise(benchmark::State& state) {
  const Data& d = data();
  const auto loaded = parse_candidates(d.text, "profiles.yaml", d.engine.rules());
  for (auto _ : state)
    for (const auto& c : loaded)
      if (c.valid()) benchmark::DoNotOptimize(normalise(*c.candidate, d.engine.rules()));
  state.SetItemsProcessed(state.iterations() *
                          static_cast<int64_t>(d.roster.compact.size()));
}

// Judging and scoring, profiles in memory: features and the batch verdicts,
// credits and scores for every vacancy, one thread.
void BM_Judge(benchmark::State& state) {
  const Data& d = data();
  const auto vacancies = static_cast<size_t>(state.range(0));
  for (auto _ : state) {
    for (size_t v = 0; v < vacancies && v < d.vacancies.size(); ++v) {
      benchmark::DoNotOptimize(d.vacancies[v].judge(d.roster.compact));
    }
  }
  state.SetItemsProcessed(state.iterations() *
                          static_cast<int64_t>(d.roster.compact.size()) *
                          static_cast<int64_t>(std::min(vacancies, d.vacancies.size())));
}

// The batch step alone: verdicts, credits and scores from ready features.
void BM_Evaluate(benchmark::State& state) {
  const Data& d = data();
  const CompiledVacancy& vacancy = d.vacancies.front();
  FeatureMatrix f(static_cast<Eigen::Index>(d.roster.compact.size()),
                  vacancy.layout().size());
  for (int row = 0; row < d.roster.compact.size(); ++row)
    f.row(row) = vacancy.features(d.roster.compact.profile(row)).transpose();
  for (auto _ : state) benchmark::DoNotOptimize(vacancy.evaluate(f));
  state.SetItemsProcessed(state.iterations() *
                          static_cast<int64_t>(d.roster.compact.size()));
}

BENCHMARK(BM_Load)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Roster)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Normalise)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Judge)
    ->Arg(1)
    ->Arg(10)
    ->Arg(50)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);
BENCHMARK(BM_Evaluate)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace shortlist

BENCHMARK_MAIN();
