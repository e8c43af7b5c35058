#include "commands.h"

#include <spdlog/spdlog.h>

#include <iostream>

#include "shortlist/engine.h"
#include "shortlist/report.h"

namespace shortlist::app {
namespace {

void print_errors(const Diagnostics& errors) {
  for (const auto& e : errors.sorted()) std::cerr << e.to_string() << "\n";
}

std::optional<Engine> open_engine(const Options& o) {
  const std::string dir = o.rules_dir.empty() ? Engine::default_rules_dir() : o.rules_dir;
  Diagnostics errors;
  auto engine = Engine::open(dir, errors);
  if (!engine) {
    print_errors(errors);
    std::cerr << "shortlist: the rule tables in " << dir << " cannot be used\n";
  }
  return engine;
}

std::optional<CompiledVacancy> open_vacancy(const Engine& engine, const Options& o) {
  Diagnostics errors;
  auto vacancy = engine.vacancy(o.vacancy, as_of(o), o.limits, errors);
  if (!vacancy) {
    print_errors(errors);
    std::cerr << "shortlist: the vacancy " << o.vacancy
              << " cannot be used; no candidate was judged\n";
  }
  return vacancy;
}

int exit_code(const std::vector<Assessment>& assessments) {
  for (const auto& a : assessments)
    if (a.eligibility == Eligibility::invalid) return kInvalidInput;
  return kOk;
}

void log_invalid(const std::vector<Assessment>& assessments) {
  for (const auto& a : assessments)
    if (a.eligibility == Eligibility::invalid)
      spdlog::warn("{}: invalid profile ({} problems)", a.id, a.errors.size());
}

// Opens rules and vacancy, loads and judges every candidate with explanations,
// then hands vacancy and assessments to `report`. Returns the exit code.
template <typename Report>
int judge_all(const Options& o, Report report) {
  auto engine = open_engine(o);
  if (!engine) return kUsage;
  auto vacancy = open_vacancy(*engine, o);
  if (!vacancy) return kUsage;
  auto loaded = engine->candidates(expand_paths(o.candidates), o.limits);
  auto assessments = engine->assess(*vacancy, loaded, /*explain=*/true);
  log_invalid(assessments);
  report(*vacancy, assessments, *parse_format(o.format));
  return exit_code(assessments);
}

}  // namespace

int run_check(const Options& o) {
  return judge_all(o, [](const CompiledVacancy& v, std::vector<Assessment>& all, Format f) {
    order_by_rank(all);
    std::cout << render_check(v, all, f);
  });
}

int run_explain(const Options& o) {
  return judge_all(o, [](const CompiledVacancy& v, std::vector<Assessment>& all, Format f) {
    for (const auto& a : all) std::cout << render_explain(v, a, f);
  });
}

int run_validate(const Options& o) {
  auto engine = open_engine(o);
  if (!engine) return kUsage;
  size_t problems = 0, files = 0;
  for (const auto& file : expand_paths(o.files)) {
    ++files;
    Diagnostics errors;
    const std::string kind = guess_file_kind(file);
    if (kind == "rules") validate_rule_file(file, errors);
    if (kind == "vacancy") engine->vacancy(file, std::nullopt, o.limits, errors);
    if (kind == "candidate")
      for (const auto& c : engine->candidates({file}, o.limits))
        for (const auto& e : c.errors) errors.error(e.where, e.message);
    for (const auto& e : errors.sorted()) std::cout << e.to_string() << "\n";
    problems += errors.size();
  }
  std::cerr << files << (files == 1 ? " file" : " files") << " checked, " << problems
            << (problems == 1 ? " problem" : " problems") << "\n";
  return problems == 0 ? kOk : kInvalidInput;
}

}  // namespace shortlist::app
