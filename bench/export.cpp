// Exports what the rule-engine peers of bench/peers/ judge: for every
// vacancy whose minimum criteria are single rules, its leaf thresholds
// (rules.json) and every candidate's measures (facts.jsonl), plus
// shortlist's own verdicts (verdicts.tsv) to compare theirs with, and the
// time shortlist takes to judge the same pairs on one thread.
// Usage: shortlist_export PROFILES VACANCY_FOLDER OUT_DIR
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>

#include "criteria/vacancy_rules.h"
#include "roster/roster_data.h"
#include "shortlist/engine.h"

using namespace shortlist;

namespace {

bool minimum_are_leaves(const VacancyRules& v) {
  for (size_t c = 0; c < v.criteria().size(); ++c)
    if (v.criteria()[c].required && v.root(c).leaf < 0) return false;
  return true;
}

nlohmann::json rules_of(const CompiledVacancy& vacancy) {
  const VacancyRules& v = VacancyRules::of(vacancy);
  nlohmann::json leaves = nlohmann::json::array(), minimum = nlohmann::json::array();
  for (int i = 0; i < v.leaf_count(); ++i) {
    const Rule& rule = v.leaf(i);
    const double need = std::isfinite(rule.need) ? rule.need : -1e308;
    leaves.push_back({{"leaf", i},
                      {"need", need},
                      {"cap", rule.cap ? nlohmann::json(*rule.cap) : nlohmann::json()}});
  }
  for (size_t c = 0; c < v.criteria().size(); ++c)
    if (v.criteria()[c].required) minimum.push_back(v.root(c).leaf);
  return {{"vacancy", vacancy.vacancy().id}, {"leaves", leaves}, {"minimum", minimum}};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: %s PROFILES VACANCY_FOLDER OUT_DIR\n", argv[0]);
    return 2;
  }
  Diagnostics errors;
  const Engine engine = *Engine::open(Engine::default_rules_dir(), errors);
  const Roster roster = engine.roster({CandidateInput::file(argv[1])}, {});
  const RosterData& data = RosterData::of(roster);
  std::ofstream rules(std::string(argv[3]) + "/rules.json"),
      facts(std::string(argv[3]) + "/facts.jsonl"),
      verdicts(std::string(argv[3]) + "/verdicts.tsv");
  nlohmann::json all = nlohmann::json::array();
  double seconds = 0;
  size_t pairs = 0;
  for (const auto& file : expand_paths({argv[2]})) {
    auto v = engine.vacancy(file, std::nullopt, {}, errors);
    if (!v || !minimum_are_leaves(VacancyRules::of(*v))) continue;
    const VacancyRules& rules = VacancyRules::of(*v);
    all.push_back(rules_of(*v));
    const auto start = std::chrono::steady_clock::now();
    const BatchResult batch = rules.judge(data.compact, true);
    seconds +=
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    FeatureMatrix f(data.compact.size(), rules.layout().size());
    for (int row = 0; row < data.compact.size(); ++row)
      f.row(row) = rules.features(data.compact.profile(row)).transpose();
    for (size_t i = 0; i < roster.profiles().size(); ++i) {
      const RosterProfile& p = roster.profiles()[i];
      if (data.rows[i] < 0) continue;
      const int row = data.rows[i];
      ++pairs;
      nlohmann::json proven = nlohmann::json::array(), optimistic = proven,
                     known = proven;
      for (int leaf = 0; leaf < rules.leaf_count(); ++leaf) {
        proven.push_back(f(row, FeatureLayout::proven(leaf)));
        optimistic.push_back(f(row, FeatureLayout::optimistic(leaf)));
        known.push_back(f(row, FeatureLayout::known(leaf)));
      }
      const std::string& id = p.id;
      facts << nlohmann::json{{"candidate", id},
                              {"vacancy", v->vacancy().id},
                              {"proven", proven},
                              {"optimistic", optimistic},
                              {"known", known}}
                   .dump()
            << "\n";
      verdicts << id << "\t" << v->vacancy().id << "\t"
               << to_string(batch.eligibility[row]) << "\n";
    }
  }
  rules << all.dump() << "\n";
  std::printf(
      "shortlist: %zu pairs, evaluate %.3f s, %.0f pairs/s (one thread, features and "
      "verdicts)\n",
      pairs, seconds, pairs / seconds);
  return 0;
}
