#include "commands.h"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <map>
#include <set>

#include "output.h"
#include "progress_bar.h"
#include "shortlist/convert.h"
#include "shortlist/engine.h"
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

// Opens rules and vacancy, loads and judges every candidate with its
// explanations, then hands vacancy and assessments to `report`, which
// returns the text to deliver.
template <typename Report>
int judge_all(const Options& o, Report report) {
  auto engine = open_engine(o);
  if (!engine) return kUsage;
  auto vacancy = open_vacancy(*engine, o);
  if (!vacancy) return kUsage;
  const auto inputs = candidate_inputs(o, o.candidates);
  if (!inputs) return kUsage;
  const Roster roster = engine->roster(*inputs, o.limits);
  auto assessments = engine->assess(*vacancy, roster, Detail::explained);
  log_invalid(assessments);
  const int code = exit_code(assessments);
  return deliver(o, report(*vacancy, std::move(assessments)), code);
}

}  // namespace

int run_check(const Options& o) {
  return judge_all(o, [&](const CompiledVacancy& v, std::vector<Assessment> all) {
    return render_check(v, rank(v, std::move(all)), *parse_format(o.format));
  });
}

namespace {

// The vacancies of `rank`: every --vacancy (files or folders), else the
// first positional (a file or a folder).
std::vector<std::string> vacancy_files(const Options& o) {
  return expand_paths(o.vacancies.empty() ? std::vector<std::string>{o.vacancy}
                                          : o.vacancies);
}

// The candidates of `rank`: every positional after the vacancy, and the
// first positional too when --vacancy names the vacancies.
std::optional<std::vector<CandidateInput>> rank_candidates(const Options& o) {
  std::vector<std::string> paths = o.candidates;
  if (!o.vacancies.empty() && !o.vacancy.empty()) paths.insert(paths.begin(), o.vacancy);
  return candidate_inputs(o, paths);
}

// Compiles every vacancy; nullopt (with messages) when any cannot be used.
std::optional<std::vector<CompiledVacancy>> open_vacancies(const Engine& engine,
                                                           const Options& o) {
  std::vector<CompiledVacancy> out;
  std::set<std::string> ids;
  for (const auto& file : vacancy_files(o)) {
    Options one = o;
    one.vacancy = file;
    auto v = open_vacancy(engine, one);
    if (!v) return std::nullopt;
    if (!ids.insert(v->vacancy().id).second) {
      std::cerr << "shortlist: vacancy id '" << v->vacancy().id << "' is used twice ("
                << file << ")\n";
      return std::nullopt;
    }
    out.push_back(std::move(*v));
  }
  return out;
}

// Ranks the roster on one vacancy and explains the entries shown.
Ranking rank_one(const Engine& engine, const CompiledVacancy& v, const Roster& roster,
                 std::size_t top, Progress& progress) {
  Ranking ranking = rank(v, engine.assess(v, roster, Detail::verdicts, &progress));
  for (size_t i = 0; i < ranking.entries.size() && (top == 0 || i < top); ++i) {
    RankedEntry& e = ranking.entries[i];
    engine.explain(v, roster, e.source, e.assessment);
    refresh_reason(e);
  }
  if (top > 0 && ranking.entries.size() > top) {  // only these are shown
    ranking.entries.resize(top);
    ranking.entries.shrink_to_fit();
  }
  return ranking;
}

}  // namespace

int run_rank(const Options& o) {
  auto engine = open_engine(o);
  if (!engine) return kUsage;
  auto vacancies = open_vacancies(*engine, o);
  if (!vacancies) return kUsage;
  const auto inputs = rank_candidates(o);
  if (!inputs) return kUsage;
  const std::vector<CandidateInput>& candidates = *inputs;
  if (vacancies->empty() || candidates.empty()) {
    std::cerr
        << "shortlist: rank needs a vacancy and candidates (see shortlist rank --help)\n";
    return kUsage;
  }
  ProgressBar progress(::isatty(STDERR_FILENO) == 1);
  const Roster roster = engine->roster(candidates, o.limits, &progress);
  std::vector<VacancyRanking> rankings;
  int code = kOk;
  for (const CompiledVacancy& v : *vacancies) {
    rankings.push_back({&v, rank_one(*engine, v, roster, o.top, progress)});
    for (const auto& e : rankings.back().ranking.entries)
      if (e.standing == Standing::invalid) code = kInvalidInput;
  }
  const Format format = *parse_format(o.format);
  if (rankings.size() == 1)
    return deliver(
        o, render_rank(*rankings[0].vacancy, rankings[0].ranking, format, o.top), code);
  const bool one_person = roster.profiles().size() == 1 && o.top == 0;
  if (one_person && (format == Format::table || format == Format::json))
    return deliver(o, render_posts(rankings, format), code);
  return deliver(o, render_rankings(rankings, format, o.top), code);
}

int run_explain(const Options& o) {
  return judge_all(o, [&](const CompiledVacancy& v, std::vector<Assessment> all) {
    std::string text;
    for (const auto& a : all) text += render_explain(v, a, *parse_format(o.format));
    return text;
  });
}

namespace {

// The problems of the candidate files among `files`, by file: read as one
// roster, so that CSV sections join and ids repeated across files show.
std::optional<std::map<std::string, Diagnostics>> candidate_problems(
    const Engine& engine, const Options& o, const std::vector<std::string>& files) {
  std::vector<std::string> candidates;
  for (const auto& file : files)
    if (guess_file_kind(file) == "candidate") candidates.push_back(file);
  auto inputs = candidate_inputs(o, candidates);
  if (!inputs) return std::nullopt;
  std::map<std::string, Diagnostics> out;
  const Roster roster = engine.roster(*inputs, o.limits);
  for (const auto& p : roster.profiles())
    for (const auto& e : p.errors) out[e.where.file.str()].error(e.where, e.message);
  return out;
}

}  // namespace

int run_validate(const Options& o) {
  auto engine = open_engine(o);
  if (!engine) return kUsage;
  size_t problems = 0, files = 0;
  const std::vector<std::string> paths = expand_paths(o.files, candidate_endings());
  auto candidates = candidate_problems(*engine, o, paths);
  if (!candidates) return kUsage;
  for (const auto& file : paths) {
    ++files;
    Diagnostics errors;
    const std::string kind = guess_file_kind(file);
    if (kind == "rules") validate_rule_file(file, errors);
    if (kind == "vacancy") engine->vacancy(file, std::nullopt, o.limits, errors);
    if (kind == "candidate") errors = (*candidates)[file];
    for (const auto& e : errors.sorted()) std::cout << e.to_string() << "\n";
    problems += errors.size();
  }
  std::cerr << files << (files == 1 ? " file" : " files") << " checked, " << problems
            << (problems == 1 ? " problem" : " problems") << "\n";
  return problems == 0 ? kOk : kInvalidInput;
}

namespace {

// Writes the converted profiles of `convert` into one folder.
class Converter {
 public:
  Converter(const Engine& engine, const Options& o) : engine_(engine), o_(o) {}

  void take(ReadCandidate&& c) {
    ++read_;
    if (!c.candidate) return problems(c.errors);
    const std::filesystem::path path =
        std::filesystem::path(o_.out_dir) / names_.next(c.id);
    const std::string yaml = "# converted by shortlist convert from " + c.file.str() +
                             " (line " + std::to_string(c.line) + ")\n" +
                             candidate_yaml(*c.candidate, engine_.rules());
    if (reads_back(path.string(), yaml)) write(path, yaml);
  }

  int finish() const {
    std::cerr << read_ << (read_ == 1 ? " profile" : " profiles") << " read, " << written_
              << " written to " << o_.out_dir << "\n";
    return code_;
  }

 private:
  // Writes `yaml` whole to `path`, unless a file is there and not --force.
  void write(const std::filesystem::path& path, const std::string& yaml) {
    std::string why;
    if (!o_.force && std::filesystem::exists(path)) {
      why = path.string() + " exists; not overwritten (use --force)";
    } else if (write_atomically(path.string(), yaml, &why)) {
      ++written_;
      return;
    }
    std::cerr << "shortlist: " << why << "\n";
    code_ = std::max<int>(code_, kOutputFailed);
  }

  void problems(const std::vector<Diagnostic>& errors) {
    for (const auto& e : errors) std::cout << e.to_string() << "\n";
    code_ = std::max<int>(code_, kInvalidInput);
  }

  // Whether `yaml` reads back as a valid profile (it always should); if
  // not, its errors are printed and nothing is written.
  bool reads_back(const std::string& path, const std::string& yaml) {
    bool valid = false;
    std::vector<Diagnostic> errors;
    read_candidates(engine_, {CandidateInput::bytes(path, yaml)}, o_.limits,
                    [&](ReadCandidate&& back) {
                      valid = back.candidate.has_value();
                      errors.insert(errors.end(), back.errors.begin(), back.errors.end());
                    });
    if (!valid) problems(errors);
    return valid;
  }

  const Engine& engine_;
  const Options& o_;
  YamlFileNames names_;
  size_t read_ = 0, written_ = 0;
  int code_ = kOk;
};

}  // namespace

int run_convert(const Options& o) {
  auto engine = open_engine(o);
  if (!engine) return kUsage;
  std::error_code ec;
  std::filesystem::create_directories(o.out_dir, ec);
  if (ec || !std::filesystem::is_directory(o.out_dir)) {
    std::cerr << "shortlist: cannot create the folder " << o.out_dir
              << (ec ? ": " + ec.message() : "") << "\n";
    return kOutputFailed;
  }
  const auto inputs = candidate_inputs(o, o.files);
  if (!inputs) return kUsage;
  Converter converter(*engine, o);
  read_candidates(*engine, *inputs, o.limits,
                  [&](ReadCandidate&& c) { converter.take(std::move(c)); });
  return converter.finish();
}

}  // namespace shortlist::app
