#include "shortlist/engine.h"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "criteria/vacancy_rules.h"
#include "parallel.h"
#include "roster/roster_data.h"

namespace shortlist {
namespace {

std::string executable_dir() {
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : exe.parent_path().string();
}

}  // namespace

std::optional<Engine> Engine::open(const std::string& dir, Diagnostics& errors) {
  auto rules = load_rules(dir, errors);
  if (!rules) return std::nullopt;
  spdlog::debug("rules loaded from {}", dir);
  return Engine(std::move(*rules));
}

std::string Engine::default_rules_dir() {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("SHORTLIST_RULES"); env && *env) return env;
  const std::string exe = executable_dir();
  std::error_code ec;
  if (!exe.empty()) {
    const fs::path installed = fs::path(exe) / ".." / "share" / "shortlist" / "rules";
    if (fs::is_directory(installed, ec)) return installed.lexically_normal().string();
  }
  return SHORTLIST_RULES_DIR;
}

std::optional<CompiledVacancy> Engine::vacancy(const std::string& path,
                                               std::optional<Date> as_of,
                                               const ReadLimits& limits,
                                               Diagnostics& errors) const {
  LoadedVacancy loaded = load_vacancy(path, rules_, limits);
  for (const auto& e : loaded.errors) errors.error(e.where, e.message);
  if (!loaded.vacancy) return std::nullopt;
  return CompiledVacancy(*loaded.vacancy, rules_, as_of);
}

std::vector<CandidateInput> candidate_files(const std::vector<std::string>& paths) {
  std::vector<CandidateInput> out;
  for (auto& path : expand_paths(paths, candidate_endings()))
    out.push_back(CandidateInput::file(std::move(path)));
  return out;
}

Roster Engine::roster(const std::vector<CandidateInput>& inputs, const ReadLimits& limits,
                      Progress* progress) const {
  return build_roster(inputs, rules_, limits, progress);
}

std::vector<Assessment> Engine::assess(const CompiledVacancy& vacancy,
                                       const Roster& roster, Detail detail,
                                       Progress* progress) const {
  const VacancyRules& rules = VacancyRules::of(vacancy);
  const RosterData& data = RosterData::of(roster);
  const BatchResult batch = rules.judge(data.compact, detail == Detail::criteria);
  const auto& profiles = roster.profiles();
  if (progress) progress->update("profiles judged", profiles.size(), profiles.size());
  std::vector<Assessment> out(profiles.size());
  parallel_for(profiles.size(), [&](std::size_t i) {
    const RosterProfile& p = profiles[i];
    Assessment& a = out[i];
    a.id = p.id;
    a.file = p.file;
    a.line = p.line;
    a.errors = p.errors;
    const int row = data.rows[i];
    if (row < 0) return;
    if (detail == Detail::explained) {
      a.judgement = rules.explain(read_again(roster, static_cast<int>(i), rules_));
    } else if (detail == Detail::criteria) {
      a.judgement = rules.judgement(batch, row);
    } else {
      a.judgement.emplace();
      a.judgement->eligibility = batch.eligibility[row];
      if (batch.has_score) a.judgement->score = batch.scores[row];
    }
    a.eligibility = a.judgement->eligibility;
    if (data.proposals[i] >= 0) a.proposal = data.fees[data.proposals[i]];
  });
  return out;
}

void Engine::explain(const CompiledVacancy& vacancy, const Roster& roster, int index,
                     Assessment& assessment) const {
  if (!roster.profiles()[index].valid || !assessment.judgement) return;
  assessment.judgement =
      VacancyRules::of(vacancy).explain(read_again(roster, index, rules_));
}

}  // namespace shortlist
