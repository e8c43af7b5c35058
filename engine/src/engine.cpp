#include "shortlist/engine.h"

#include "parallel.h"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>

namespace shortlist {
namespace {

std::string executable_dir() {
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : exe.parent_path().string();
}

int group(Eligibility e) {
  switch (e) {
    case Eligibility::eligible: return 0;
    case Eligibility::needs_review: return 1;
    case Eligibility::not_eligible: return 2;
    default: return 3;
  }
}

double score_of(const Assessment& a) {
  return a.judgement && a.judgement->score ? *a.judgement->score : -1.0;
}

}  // namespace

void order_by_rank(std::vector<Assessment>& assessments) {
  std::stable_sort(assessments.begin(), assessments.end(),
                   [](const Assessment& a, const Assessment& b) {
                     if (group(a.eligibility) != group(b.eligibility))
                       return group(a.eligibility) < group(b.eligibility);
                     if (score_of(a) != score_of(b)) return score_of(a) > score_of(b);
                     return a.id < b.id;
                   });
}

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

std::vector<LoadedCandidate> Engine::candidates(const std::vector<std::string>& files,
                                                const ReadLimits& limits,
                                                Progress* progress) const {
  std::vector<LoadedCandidate> all;
  std::map<std::string, std::pair<std::string, int>> first_seen;
  for (size_t f = 0; f < files.size(); ++f) {
    const auto& file = files[f];
    // One file: progress by profile; several: by file.
    if (progress && files.size() > 1) progress->update("files read", f, files.size());
    for (auto& c : load_candidates(file, rules_, limits, files.size() == 1 ? progress : nullptr)) {
      if (c.valid()) {
        auto [it, fresh] = first_seen.emplace(c.id, std::make_pair(c.file, c.line));
        if (!fresh) {
          c.candidate.reset();
          c.errors.push_back({{c.file, c.line, 1},
                              "duplicate candidate id '" + c.id + "' (first in " +
                                  it->second.first + " at line " +
                                  std::to_string(it->second.second) + ")"});
        }
      }
      all.push_back(std::move(c));
    }
  }
  if (progress && files.size() > 1) progress->update("files read", files.size(), files.size());
  return all;
}

Roster Engine::roster(const std::vector<std::string>& files, const ReadLimits& limits,
                      Progress* progress) const {
  return roster(candidates(files, limits, progress));
}

Roster Engine::roster(std::vector<LoadedCandidate> loaded) const {
  Roster r;
  r.loaded = std::move(loaded);
  std::vector<Candidate*> valid;
  for (LoadedCandidate& c : r.loaded) {
    r.rows.push_back(c.valid() ? static_cast<int>(valid.size()) : -1);
    if (c.valid()) valid.push_back(&*c.candidate);
  }
  r.facts.resize(valid.size());
  parallel_for(valid.size(), [&](std::size_t i) { r.facts[i] = normalise(*valid[i], rules_); });
  for (LoadedCandidate& c : r.loaded) c.candidate.reset();
  for (const CandidateFacts& f : r.facts) r.compact.add(f, rules_);
  return r;
}

std::vector<Assessment> Engine::assess(const CompiledVacancy& vacancy,
                                       const std::vector<LoadedCandidate>& candidates,
                                       bool explain) const {
  return assess(vacancy, roster(candidates), explain);
}

std::vector<Assessment> Engine::assess(const CompiledVacancy& vacancy, const Roster& roster,
                                       bool explain, Progress* progress) const {
  const auto& facts = roster.facts;
  const BatchResult batch = vacancy.judge(roster.compact);
  if (progress) progress->update("profiles judged", facts.size(), facts.size());
  std::vector<Assessment> out;
  out.reserve(roster.loaded.size());
  for (size_t i = 0; i < roster.loaded.size(); ++i) {
    const LoadedCandidate& c = roster.loaded[i];
    const int row = roster.rows[i];
    Assessment a;
    a.id = c.id;
    a.file = c.file;
    a.line = c.line;
    a.errors = c.errors;
    if (row >= 0) {
      a.judgement = vacancy.judgement(c.id, batch, row);
      if (explain) vacancy.explain_into(*a.judgement, facts[row]);
      a.eligibility = a.judgement->eligibility;
      a.proposal = facts[row].proposal;
    }
    out.push_back(std::move(a));
  }
  return out;
}

void Engine::explain(const CompiledVacancy& vacancy, const Roster& roster, int index,
                     Assessment& assessment) const {
  const int row = roster.rows[index];
  if (row < 0 || !assessment.judgement) return;
  vacancy.explain_into(*assessment.judgement, roster.facts[row]);
}

}  // namespace shortlist
