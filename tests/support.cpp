#include "support.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>

#include "criteria/vacancy_rules.h"
#include "roster/roster_data.h"
#include "shortlist/ranking.h"
#include "shortlist/report.h"

namespace shortlist::test {
namespace {

RuleTables load_or_fail(const std::string& dir) {
  Diagnostics errors;
  auto rules = load_rules(dir, errors);
  for (const auto& e : errors.all()) UNSCOPED_INFO(e.to_string());
  REQUIRE(rules);
  return std::move(*rules);
}

}  // namespace

const RuleTables& fixture_rules() {
  static const RuleTables rules =
      load_or_fail(std::string(SHORTLIST_TEST_DATA) + "/rules");
  return rules;
}

const RuleTables& bundled_rules() {
  static const RuleTables rules =
      load_or_fail(std::string(SHORTLIST_SOURCE_DIR) + "/rules");
  return rules;
}

const Engine& fixture_engine() {
  static const Engine engine(fixture_rules());
  return engine;
}

std::string write_temp(const std::string& name, const std::string& content) {
  namespace fs = std::filesystem;
  static std::atomic<int> counter{0};
  const fs::path dir =
      fs::temp_directory_path() /
      ("shortlist-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  fs::create_directories(dir);
  const fs::path path = dir / name;
  std::ofstream(path, std::ios::binary) << content;
  return path.string();
}

std::vector<std::string> messages(const std::vector<Diagnostic>& errors) {
  std::vector<std::string> out;
  for (Diagnostic d : errors) {
    d.where.file = std::filesystem::path(d.where.file.str()).filename().string();
    out.push_back(d.to_string());
  }
  return out;
}

Roster roster_of(const Engine& engine,
                 const std::vector<std::pair<std::string, std::string>>& files,
                 const ReadLimits& limits) {
  std::vector<CandidateInput> inputs;
  for (const auto& [name, content] : files)
    inputs.push_back(CandidateInput::file(write_temp(name, content)));
  return engine.roster(inputs, limits);
}

Roster roster_of(const std::vector<std::pair<std::string, std::string>>& files,
                 const ReadLimits& limits) {
  return roster_of(fixture_engine(), files, limits);
}

std::string check_json(const CompiledVacancy& v, const Roster& roster,
                       const Engine& engine) {
  const std::string out =
      render_check(v, rank(v, engine.assess(v, roster, Detail::explained)), Format::json);
  return std::regex_replace(out, std::regex("\"(file|line)\": [^,\\n]*,?\\n"), "");
}

std::vector<std::string> candidate_errors(const std::string& content,
                                          const ReadLimits& limits) {
  const Roster roster = roster_of({{"c.yaml", content}}, limits);
  REQUIRE(roster.profiles().size() == 1);
  CHECK_FALSE(roster.profiles()[0].valid);
  return messages(roster.profiles()[0].errors);
}

CompiledVacancy compile_vacancy(const std::string& yaml) {
  auto loaded = load_vacancy(write_temp("vacancy.yaml", yaml), fixture_rules());
  for (const auto& e : loaded.errors) UNSCOPED_INFO(e.to_string());
  REQUIRE(loaded.vacancy);
  return CompiledVacancy(*loaded.vacancy, fixture_rules());
}

CompiledVacancy one_minimum(const std::string& criterion) {
  return compile_vacancy("id: v\ndeadline: 2025-03-31\nminimum:\n  - {id: c, text: t, " +
                         criterion + "}\n");
}

CandidateFacts facts_of(const std::string& yaml) {
  const Roster roster = roster_of({{"candidate.yaml", yaml}});
  REQUIRE(roster.profiles().size() == 1);
  for (const auto& e : roster.profiles()[0].errors) UNSCOPED_INFO(e.to_string());
  REQUIRE(roster.profiles()[0].valid);
  return read_again(roster, 0, fixture_rules());
}

namespace {
CompactRoster compact_of(const CandidateFacts& f) {
  CompactRoster one;
  one.add(f, fixture_rules());
  return one;
}
}  // namespace

double proven(const CompiledVacancy& v, const CandidateFacts& f, int leaf) {
  return VacancyRules::of(v).features(
      compact_of(f).profile(0))[FeatureLayout::proven(leaf)];
}

std::vector<std::string> texts(const std::vector<Evidence>& evidence) {
  std::vector<std::string> out;
  for (const Evidence& e : evidence) out.push_back(e.text);
  return out;
}

Judgement judge(const CompiledVacancy& v, const CandidateFacts& f) {
  const VacancyRules& rules = VacancyRules::of(v);
  return rules.judgement(rules.judge(compact_of(f), true), 0);
}

Judgement explain(const CompiledVacancy& v, const CandidateFacts& f) {
  return VacancyRules::of(v).explain(f);
}

}  // namespace shortlist::test
