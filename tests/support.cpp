#include "support.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

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

std::vector<std::string> candidate_errors(const std::string& content,
                                          const ReadLimits& limits) {
  auto loaded = load_candidates(write_temp("c.yaml", content), fixture_rules(), limits);
  REQUIRE(loaded.size() == 1);
  CHECK_FALSE(loaded[0].valid());
  return messages(loaded[0].errors);
}

CompiledVacancy compile_vacancy(const std::string& yaml) {
  auto loaded = load_vacancy(write_temp("vacancy.yaml", yaml), fixture_rules());
  for (const auto& e : loaded.errors) UNSCOPED_INFO(e.to_string());
  REQUIRE(loaded.vacancy);
  return CompiledVacancy(*loaded.vacancy, fixture_rules());
}

CandidateFacts facts_of(const std::string& yaml) {
  auto loaded = load_candidates(write_temp("candidate.yaml", yaml), fixture_rules());
  REQUIRE(loaded.size() == 1);
  for (const auto& e : loaded[0].errors) UNSCOPED_INFO(e.to_string());
  REQUIRE(loaded[0].valid());
  return normalise(*loaded[0].candidate, fixture_rules());
}

double proven(const CompiledVacancy& v, const CandidateFacts& f, int leaf) {
  return v.features(f)[FeatureLayout::proven(leaf)];
}

}  // namespace shortlist::test
