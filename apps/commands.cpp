#include "commands.h"

#include <spdlog/spdlog.h>

#include <iostream>

#include "shortlist/engine.h"
#include "output.h"
#include "shortlist/ranking.h"
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

// Prints `text` to stdout, or writes it to --output whole or not at all.
int deliver(const Options& o, const std::string& text, int code) {
  if (o.output.empty()) {
    std::cout << text;
    return code;
  }
  std::string why;
  if (write_atomically(o.output, text, &why)) return code;
  std::cerr << "shortlist: " << why << "; nothing was written\n";
  return kOutputFailed;
}

// Opens rules and vacancy, loads and judges every candidate, then hands
// engine, vacancy, candidates and assessments to `report`, which returns the
// text to deliver.
template <typename Report>
int judge_all(const Options& o, bool explain, Report report) {
  auto engine = open_engine(o);
  if (!engine) return kUsage;
  auto vacancy = open_vacancy(*engine, o);
  if (!vacancy) return kUsage;
  const auto loaded = engine->candidates(expand_paths(o.candidates), o.limits);
  auto assessments = engine->assess(*vacancy, loaded, explain);
  log_invalid(assessments);
  const int code = exit_code(assessments);
  return deliver(o, report(*engine, *vacancy, loaded, std::move(assessments)), code);
}

}  // namespace

int run_check(const Options& o) {
  return judge_all(o, true, [&](const Engine&, const CompiledVacancy& v, const auto&,
                                std::vector<Assessment> all) {
    return render_check(v, rank(v, std::move(all)), *parse_format(o.format));
  });
}

int run_rank(const Options& o) {
  return judge_all(o, false, [&](const Engine& engine, const CompiledVacancy& v,
                                 const std::vector<LoadedCandidate>& loaded,
                                 std::vector<Assessment> all) {
    Ranking ranking = rank(v, std::move(all));
    for (size_t i = 0; i < ranking.entries.size() && (o.top == 0 || i < o.top); ++i) {
      RankedEntry& e = ranking.entries[i];
      engine.explain(v, loaded[e.source], e.assessment);
      refresh_reason(e);
    }
    return render_rank(v, ranking, *parse_format(o.format), o.top);
  });
}

int run_explain(const Options& o) {
  return judge_all(o, true, [&](const Engine&, const CompiledVacancy& v, const auto&,
                                std::vector<Assessment> all) {
    std::string text;
    for (const auto& a : all) text += render_explain(v, a, *parse_format(o.format));
    return text;
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
