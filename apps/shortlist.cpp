// shortlist: judges and ranks candidates for international-organisation
// vacancies. Parses the command line, sets up logging, calls the engine.
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <iostream>

#include "commands.h"
#include "options.h"

namespace app = shortlist::app;

namespace {

void set_up_logging(int verbosity) {
  auto logger = spdlog::stderr_logger_st("shortlist");
  logger->set_pattern("shortlist: %l: %v");
  spdlog::set_default_logger(logger);
  spdlog::set_level(verbosity >= 2   ? spdlog::level::debug
                    : verbosity == 1 ? spdlog::level::info
                                     : spdlog::level::warn);
}

// A subcommand that judges candidates on a vacancy: the positionals and
// every option check, rank and explain share.
CLI::App* add_judging(CLI::App& cli, app::Options& o, const std::string& name,
                      const std::string& what, const std::vector<std::string>& formats,
                      const std::string& example) {
  auto* cmd = cli.add_subcommand(name, what);
  cmd->add_option("VACANCY", o.vacancy, "Vacancy file (rank: or a folder of them)")
      ->required();
  cmd->add_option("CANDIDATES", o.candidates, "Candidate files or folders")->required();
  app::add_format_option(*cmd, o, formats);
  app::add_as_of_option(*cmd, o);
  app::add_output_option(*cmd, o);
  app::add_candidate_options(*cmd, o);
  app::add_rules_option(*cmd, o);
  app::add_limit_options(*cmd, o);
  cmd->footer("Example:\n  shortlist " + name + " " + example);
  return cmd;
}

CLI::App* add_check(CLI::App& cli, app::Options& o) {
  return add_judging(
      cli, o, "check", "Verdict of each candidate on a vacancy, criterion by criterion",
      {"table", "json", "markdown", "csv"},
      "profiles/vacancies/ilo-jpo-2025-1-10-ai-innovation.yaml profiles/candidates "
      "--format json");
}

CLI::App* add_rank(CLI::App& cli, app::Options& o) {
  auto* cmd = add_judging(
      cli, o, "rank",
      "Ranked list: eligible by score (consultancies by combined score), then the others",
      {"table", "json", "csv", "markdown"},
      "profiles/vacancies/ipu-consultancy-parliaments-ai.yaml profiles/candidates --top "
      "10 "
      "--format csv --output ranking.csv");
  cmd->add_option("--top", o.top, "Show only the first N entries (0: all)")
      ->capture_default_str();
  cmd->add_option("--vacancy", o.vacancies,
                  "A vacancy file or folder, repeatable: then every positional is a "
                  "candidate file")
      ->allow_extra_args(false);
  cmd->get_option("CANDIDATES")->required(false);
  cmd->get_option("VACANCY")->required(false);
  cmd->footer(
      "Examples:\n"
      "  shortlist rank profiles/vacancies/ipu-consultancy-parliaments-ai.yaml "
      "profiles/candidates "
      "--top 10 --format csv --output ranking.csv\n"
      "  shortlist rank profiles/vacancies profiles/candidates --format json   (every "
      "vacancy of a folder)\n"
      "  shortlist rank --vacancy profiles/vacancies "
      "profiles/candidates/c-0013-park-min-jun.yaml"
      "   (the posts one person is eligible for, best first)");
  return cmd;
}

CLI::App* add_explain(CLI::App& cli, app::Options& o) {
  return add_judging(cli, o, "explain",
                     "Full reasoning for each candidate of the files given on a vacancy",
                     {"table", "json"},
                     "profiles/vacancies/ilo-jpo-2025-1-10-ai-innovation.yaml "
                     "profiles/candidates/c-0003-giulia-romano.yaml");
}

CLI::App* add_validate(CLI::App& cli, app::Options& o) {
  auto* cmd = cli.add_subcommand("validate",
                                 "Check vacancy, candidate and rule files; print every "
                                 "problem as file:line:column: message");
  cmd->add_option("FILES", o.files, "Files or folders")->required();
  app::add_candidate_options(*cmd, o);
  app::add_rules_option(*cmd, o);
  app::add_limit_options(*cmd, o);
  cmd->footer("Example:\n  shortlist validate profiles/ rules/");
  return cmd;
}

CLI::App* add_convert(CLI::App& cli, app::Options& o) {
  auto* cmd = cli.add_subcommand(
      "convert",
      "Write every candidate read (any format) as a YAML candidate file, one per "
      "candidate, with a comment on each mapped or left-out value");
  cmd->add_option("FILES", o.files, "Candidate files or folders")->required();
  cmd->add_option("--out", o.out_dir, "Folder to write to (created if absent)")
      ->required();
  cmd->add_flag("--force", o.force, "Overwrite files already in the folder");
  app::add_candidate_options(*cmd, o);
  app::add_rules_option(*cmd, o);
  app::add_limit_options(*cmd, o);
  cmd->footer("Example:\n  shortlist convert applicants/ --out profiles/converted");
  return cmd;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App cli{"shortlist: judges and ranks candidates for UN-system vacancies"};
  cli.require_subcommand(1);
  app::Options o;
  cli.add_flag("-v,--verbose", o.verbosity, "More log on stderr (-v info, -vv debug)");
  cli.footer("Run 'shortlist COMMAND --help' for a command's options and an example.");
  auto* check = add_check(cli, o);
  auto* rank = add_rank(cli, o);
  auto* explain = add_explain(cli, o);
  auto* validate = add_validate(cli, o);
  auto* convert = add_convert(cli, o);
  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = cli.exit(e);
    return code == 0 ? 0 : app::kUsage;
  }
  set_up_logging(o.verbosity);
  if (*check) return app::run_check(o);
  if (*rank) return app::run_rank(o);
  if (*explain) return app::run_explain(o);
  if (*validate) return app::run_validate(o);
  if (*convert) return app::run_convert(o);
  return app::kUsage;
}
