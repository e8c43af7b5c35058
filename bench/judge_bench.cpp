// Google Benchmark harness: the stages of a roster run, each on its own.
// Profiles come from $SHORTLIST_BENCH_PROFILES (one multi-document file, made
// by shortlist_generate), vacancies from $SHORTLIST_BENCH_VACANCIES (a
// folder). Judging is measured on one thread: items_per_second is candidate-
// vacancy pairs per second per core.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <iterator>

#include "criteria/vacancy_rules.h"
#include "load/candidate_format.h"
#include "parallel.h"
#include "roster/roster_data.h"
#include "shortlist/engine.h"

namespace shortlist {
namespace {

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

struct Data {
  Engine engine;
  std::vector<InputText> inputs;  // the profiles file, read once
  Roster roster;
  std::vector<CompiledVacancy> vacancies;
  const CompactRoster& compact() const { return RosterData::of(roster).compact; }
  size_t profiles() const { return roster.profiles().size(); }
};

// Every profile of the file, read by its format on every core; not normalised.
std::vector<std::vector<LoadedCandidate>> load(const Data& d) {
  const CandidateFormat& format = yaml_candidates();
  Diagnostics errors;
  const int32_t first = 0;
  const Pieces pieces =
      format.cut(d.inputs, std::span<const int32_t>(&first, 1), {}, errors);
  std::vector<std::vector<LoadedCandidate>> out(pieces.size());
  parallel_for(pieces.size(), [&](size_t i) {
    out[i] = format.read(pieces.piece(i), d.inputs, d.engine.rules(), {});
  });
  return out;
}

const Data& data() {
  static const Data d = [] {
    Diagnostics errors;
    Data d{*Engine::open(Engine::default_rules_dir(), errors), {}, {}, {}};
    std::ifstream in(env("SHORTLIST_BENCH_PROFILES"), std::ios::binary);
    d.inputs.push_back({"profiles.yaml", std::make_shared<const std::string>(
                                             std::istreambuf_iterator<char>(in),
                                             std::istreambuf_iterator<char>())});
    d.roster =
        d.engine.roster({CandidateInput::file(env("SHORTLIST_BENCH_PROFILES"))}, {});
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
    auto loaded = load(d);
    benchmark::DoNotOptimize(loaded.data());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(d.profiles()));
}

// The roster as `rank` builds it from the file: parsing and normalising a
// block of documents at a time on every core, then compact facts. Reports
// the compact facts' bytes per profile.
void BM_Roster(benchmark::State& state) {
  const Data& d = data();
  size_t bytes = 0;
  for (auto _ : state) {
    const Roster r =
        d.engine.roster({CandidateInput::file(env("SHORTLIST_BENCH_PROFILES"))}, {});
    bytes = RosterData::of(r).compact.bytes();
    benchmark::DoNotOptimize(r.profiles().data());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(d.profiles()));
  state.counters["compact_bytes_per_profile"] =
      static_cast<double>(bytes) / static_cast<double>(d.compact().size());
}

// Normalising every valid profile through the rule tables, one thread.
void BM_Normalise(benchmark::State& state) {
  const Data& d = data();
  const auto loaded = load(d);
  for (auto _ : state)
    for (const auto& piece : loaded)
      for (const auto& c : piece)
        if (c.valid())
          benchmark::DoNotOptimize(normalise(*c.candidate, d.engine.rules()));
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(d.compact().size()));
}

// Judging and scoring, profiles in memory: features and the batch verdicts,
// credits and scores for every vacancy, one thread.
void BM_Judge(benchmark::State& state) {
  const Data& d = data();
  const auto vacancies = static_cast<size_t>(state.range(0));
  for (auto _ : state) {
    for (size_t v = 0; v < vacancies && v < d.vacancies.size(); ++v) {
      benchmark::DoNotOptimize(VacancyRules::of(d.vacancies[v]).judge(d.compact(), true));
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(d.compact().size()) *
                          static_cast<int64_t>(std::min(vacancies, d.vacancies.size())));
}

// The batch step alone: verdicts, credits and scores from ready features.
void BM_Evaluate(benchmark::State& state) {
  const Data& d = data();
  const VacancyRules& vacancy = VacancyRules::of(d.vacancies.front());
  FeatureMatrix f(static_cast<Eigen::Index>(d.compact().size()), vacancy.layout().size());
  for (int row = 0; row < d.compact().size(); ++row)
    f.row(row) = vacancy.features(d.compact().profile(row)).transpose();
  for (auto _ : state) benchmark::DoNotOptimize(vacancy.evaluate(f));
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(d.compact().size()));
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
