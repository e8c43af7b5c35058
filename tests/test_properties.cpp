// Properties over the bundled candidates and generated ones, on every seed
// vacancy: the batch scores equal the explanation trees; the order of the
// input changes nothing; raising experience, degrees or languages never
// lowers a verdict or a credit.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "criteria/rule.h"
#include "roster/roster_data.h"
#include "shortlist/ranking.h"
#include "shortlist/report.h"
#include "support.h"

using namespace shortlist;

namespace {

const char* pick(std::mt19937& rng, const std::vector<const char*>& from) {
  return from[std::uniform_int_distribution<size_t>(0, from.size() - 1)(rng)];
}

int between(std::mt19937& rng, int low, int high) {
  return std::uniform_int_distribution<int>(low, high)(rng);
}

// A plausible candidate, with a share of odd data (unknown names, no levels).
std::string generated(int n, std::mt19937& rng) {
  std::ostringstream y;
  y << "id: g-" << n << "\nborn: " << between(rng, 1975, 2002) << "-0"
    << between(rng, 1, 9) << "-1" << between(rng, 0, 9) << "\n";
  y << "education:\n";
  for (int i = between(rng, 0, 3); i > 0; --i)
    y << "  - {degree: \""
      << pick(rng, {"BA", "BSc", "MA", "MSc", "PhD", "Licence", "Laurea magistrale",
                    "Diplom", "Bakalavr", "Magistr", "Diplom specialista", "Titulo X"})
      << "\", field: \""
      << pick(rng,
              {"economics", "international relations", "education", "law",
               "political science", "computer science", "sociology", "Kunstwissenschaft"})
      << "\", completed: " << between(rng, 2000, 2026) << "-0" << between(rng, 1, 9)
      << "}\n";
  y << "experience:\n";
  for (int i = between(rng, 0, 4); i > 0; --i) {
    const int from = between(rng, 2000, 2024);
    y << "  - {from: " << from << "-0" << between(rng, 1, 9)
      << ", to: " << from + between(rng, 0, 4) << "-1" << between(rng, 0, 2)
      << ", fte: " << pick(rng, {"1", "0.5", "0.8"}) << ", type: "
      << pick(rng, {"employment", "consultancy", "internship", "fellowship"})
      << ", areas: ["
      << pick(rng, {"development", "labour market", "education", "AI policy", "culture",
                    "project management", "gardening", "international relations"})
      << "]}\n";
  }
  y << "languages:\n  - {language: en, level: "
    << pick(rng, {"B1", "B2", "C1", "fluent", "native"})
    << "}\n  - {language: " << pick(rng, {"fr", "es", "ar"})
    << ", level: " << pick(rng, {"A2", "B1", "good", "C1"}) << "}\n";
  y << "skills: ["
    << pick(rng, {"drafting", "policy analysis", "knowledge products", "python"}) << ", "
    << pick(rng, {"event organisation", "innovation", "gender mainstreaming",
                  "parliamentary affairs", "communities of practice",
                  "artificial intelligence"})
    << "]\n";
  y << "proposal: {fee: " << between(rng, 20, 90) * 1000 << ", currency: USD}\n";
  return y.str();
}

std::string joined(const std::vector<std::string>& documents) {
  std::string text;
  for (const auto& d : documents) text += (text.empty() ? "" : "---\n") + d;
  return text;
}

// The bundled candidates and 150 generated ones, a file each.
struct Pool {
  Engine engine{test::bundled_rules()};
  std::vector<CandidateInput> files;
  Roster candidates;
  std::vector<CompiledVacancy> vacancies;
};

const Pool& pool() {
  static const Pool p = [] {
    Pool p;
    const std::string root = SHORTLIST_SOURCE_DIR;
    p.files = candidate_files({root + "/profiles/candidates"});
    std::mt19937 rng(20251122);
    for (int i = 0; i < 150; ++i)
      p.files.push_back(CandidateInput::file(
          test::write_temp("g-" + std::to_string(i) + ".yaml", generated(i, rng))));
    p.candidates = p.engine.roster(p.files, {});
    for (const auto& file : expand_paths({root + "/profiles/vacancies"})) {
      Diagnostics errors;
      p.vacancies.push_back(*p.engine.vacancy(file, std::nullopt, {}, errors));
    }
    return p;
  }();
  return p;
}

}  // namespace

TEST_CASE("the generated pool is judged, not rejected") {
  size_t valid = 0;
  for (const auto& c : pool().candidates.profiles()) valid += c.valid;
  CHECK(pool().candidates.profiles().size() == 27 + 150);
  CHECK(valid == pool().candidates.profiles().size());
}

TEST_CASE("batch scores equal the explanation trees to 1e-9") {
  const Pool& p = pool();
  for (const CompiledVacancy& v : p.vacancies) {
    const auto batch = p.engine.assess(v, p.candidates, Detail::explained);
    for (const Assessment& a : batch) {
      INFO(v.vacancy().id << " " << a.id);
      double tree = 0;
      for (const CriterionResult& r : a.judgement->criteria) {
        CHECK(r.why->credit == Approx(r.credit).margin(1e-12));
        CHECK(to_string(r.why->verdict) == to_string(r.verdict));
        if (v.has_score())
          tree += r.why->credit * (100.0 * r.criterion->weight / v.total_weight());
      }
      if (a.judgement->score) CHECK(*a.judgement->score == Approx(tree).margin(1e-9));
    }
  }
}

TEST_CASE("permuting the candidates changes nothing in the ranking") {
  const Pool& p = pool();
  std::vector<CandidateInput> files = p.files;
  std::shuffle(files.begin(), files.end(), std::mt19937(7));
  const Roster shuffled = p.engine.roster(files, {});
  for (const CompiledVacancy& v : p.vacancies) {
    for (Format format : {Format::json, Format::csv, Format::table, Format::markdown}) {
      const auto a = render_rank(
          v, rank(v, p.engine.assess(v, p.candidates, Detail::criteria)), format, 0);
      const auto b = render_rank(
          v, rank(v, p.engine.assess(v, shuffled, Detail::criteria)), format, 0);
      CHECK(a == b);
    }
  }
}

namespace {

// What may only go up when a profile gets better.
struct Snapshot {
  int eligibility;
  std::vector<int> verdicts;
  std::vector<double> credits;
  std::optional<double> score;
};

int order(Eligibility e) {
  return e == Eligibility::eligible ? 2 : e == Eligibility::needs_review ? 1 : 0;
}

Snapshot standing(const CompiledVacancy& v, const CandidateFacts& f) {
  const Judgement j = test::judge(v, f);
  Snapshot s{order(j.eligibility), {}, {}, j.score};
  for (const auto& r : j.criteria) {
    s.verdicts.push_back(code_of(r.verdict));
    s.credits.push_back(r.credit);
  }
  return s;
}

void raise_experience(CandidateFacts& f) {
  for (auto& p : f.periods) {
    p.from = Date::from_serial(p.from.serial() - 200);
    p.fte = 1.0;
  }
}

void raise_degrees(CandidateFacts& f) {
  for (auto& d : f.degrees)
    if (d.level) {
      d.level->low = std::min(d.level->low + 1, 8);
      d.level->high = std::min(d.level->high + 1, 8);
    }
}

void raise_languages(CandidateFacts& f) {
  for (auto& l : f.languages) {
    if (l.high == 0) continue;  // no level given: nothing to raise
    l.low = std::min(l.low + 1, 7);
    l.high = std::min(l.high + 1, 7);
  }
}

// Verdicts never go down. A credit never goes down either, except where the
// criterion becomes unknown: formats.md gives an unknown criterion 0, so a
// not_met criterion with partial credit that becomes unknown drops to 0. The
// score may only go down through such a criterion.
void check_never_lower(const Snapshot& before, const Snapshot& after) {
  CHECK(after.eligibility >= before.eligibility);
  bool became_unknown = false;
  for (size_t c = 0; c < before.verdicts.size(); ++c) {
    CHECK(after.verdicts[c] >= before.verdicts[c]);
    if (after.verdicts[c] == kUnknown && before.verdicts[c] != kUnknown) {
      became_unknown = true;
      CHECK(after.credits[c] == 0.0);
      continue;
    }
    CHECK(after.credits[c] >= before.credits[c] - 1e-12);
  }
  if (before.score && !became_unknown) CHECK(*after.score >= *before.score - 1e-9);
}

}  // namespace

TEST_CASE("raising experience, degrees or languages never lowers a verdict or a credit") {
  const Pool& p = pool();
  for (const CompiledVacancy& v : p.vacancies)
    for (size_t i = 0; i < p.candidates.profiles().size(); ++i) {
      INFO(v.vacancy().id << " " << p.candidates.profiles()[i].id);
      const CandidateFacts facts =
          read_again(p.candidates, static_cast<int>(i), p.engine.rules());
      const Snapshot before = standing(v, facts);
      for (auto raise : {raise_experience, raise_degrees, raise_languages}) {
        CandidateFacts better = facts;
        raise(better);
        check_never_lower(before, standing(v, better));
      }
    }
}

namespace {

// 600 generated profiles (three blocks of the batch), a broken document and
// a repeated id.
const std::vector<std::string>& large_documents() {
  static const std::vector<std::string> documents = [] {
    std::mt19937 rng(20261122);
    std::vector<std::string> out;
    for (int i = 0; i < 600; ++i) out.push_back(generated(i, rng));
    out.push_back("id: broken\neducation: [\n");
    out.push_back(generated(7, rng));
    return out;
  }();
  return documents;
}

// The large documents in one file.
const std::string& large_file() {
  static const std::string path =
      test::write_temp("large.yaml", joined(large_documents()));
  return path;
}

Roster large_roster() {
  return pool().engine.roster({CandidateInput::file(large_file())}, {});
}

}  // namespace

TEST_CASE("a roster read from a file judges block by block as each profile alone") {
  const Pool& p = pool();
  const Roster roster = large_roster();
  const auto& profiles = roster.profiles();
  REQUIRE(profiles.size() == 602);
  CHECK(RosterData::of(roster).compact.size() == 600);
  CHECK_FALSE(profiles[600].valid);
  CHECK_FALSE(profiles[601].valid);
  REQUIRE(profiles[601].errors.size() == 1);
  CHECK(profiles[601].errors[0].message == "duplicate candidate id 'g-7' (first in " +
                                               large_file() + " at line " +
                                               std::to_string(profiles[7].line) + ")");
  for (const CompiledVacancy& v : p.vacancies) {
    const auto batch = p.engine.assess(v, roster, Detail::criteria);
    const auto lean = p.engine.assess(v, roster, Detail::verdicts);
    const auto explained = p.engine.assess(v, roster, Detail::explained);
    for (size_t i = 0; i < profiles.size(); ++i) {
      INFO(v.vacancy().id << " " << batch[i].id);
      CHECK(batch[i].eligibility == explained[i].eligibility);
      CHECK(lean[i].eligibility == batch[i].eligibility);
      if (!profiles[i].valid) continue;
      CHECK(lean[i].judgement->criteria.empty());
      CHECK(lean[i].judgement->score == batch[i].judgement->score);
      CHECK(explained[i].judgement->score == batch[i].judgement->score);
      const auto& alone = explained[i].judgement->criteria;
      REQUIRE(alone.size() == batch[i].judgement->criteria.size());
      for (size_t c = 0; c < alone.size(); ++c) {
        CHECK(alone[c].verdict == batch[i].judgement->criteria[c].verdict);
        CHECK(alone[c].credit == batch[i].judgement->criteria[c].credit);
        CHECK(alone[c].why->verdict == alone[c].verdict);
      }
    }
  }
}

TEST_CASE(
    "a roster reads a profile's text again for its explanation, as it first read it") {
  const Pool& p = pool();
  const Roster roster = large_roster();
  for (int i : {0, 255, 256, 599}) {
    const CandidateFacts again = read_again(roster, i, p.engine.rules());
    const Roster alone = test::roster_of(p.engine, {{"one.yaml", large_documents()[i]}});
    const CandidateFacts first = read_again(alone, 0, p.engine.rules());
    CHECK(again.id == first.id);
    REQUIRE(again.periods.size() == first.periods.size());
    for (size_t k = 0; k < again.periods.size(); ++k)
      CHECK(again.periods[k].label == first.periods[k].label);
    REQUIRE(again.degrees.size() == first.degrees.size());
    for (size_t k = 0; k < again.degrees.size(); ++k)
      CHECK(again.degrees[k].label == first.degrees[k].label);
    CHECK(again.terms.size() == first.terms.size());
  }
}

TEST_CASE("profiles around a broken document are read again as themselves") {
  const Pool& p = pool();
  // libyaml wants '---' before a document that follows '...': the second is broken.
  const std::string path = test::write_temp("ended.yaml",
                                            "id: first\nskills: [drafting]\n...\nid: "
                                            "second\n---\nid: third\nskills: [python]\n");
  const Roster roster = p.engine.roster({CandidateInput::file(path)}, {});
  REQUIRE(roster.profiles().size() == 3);
  CHECK_FALSE(roster.profiles()[1].valid);
  CHECK(test::messages(roster.profiles()[1].errors) ==
        std::vector<std::string>{
            "ended.yaml:4:1: YAML syntax: did not find expected <document start>"});
  CHECK(roster.profiles()[2].line == 5);
  const RuleTables& rules = p.engine.rules();
  CHECK(read_again(roster, 0, rules).terms.at(0).written == "drafting");
  CHECK(read_again(roster, 2, rules).id == "third");
  CHECK(read_again(roster, 2, rules).terms.at(0).written == "python");
}

namespace {

// What one leaf's evidence says it measured, by kind: the months listed per
// period add up (experience), one line per concept matched (skills), the
// best level or degree listed (language any_of, degree); nullopt for kinds
// whose evidence is not a sum or a best.
std::optional<double> evidence_measure(const Explanation& leaf) {
  double sum = 0, best = 0;
  int count = 0;
  for (const Evidence& e : leaf.evidence) {
    if (!e.amount) continue;
    sum += *e.amount;
    best = std::max(best, *e.amount);
    ++count;
  }
  if (leaf.kind == "experience") return sum;
  if (leaf.kind == "skills") return count;
  if (leaf.kind == "degree") return best;
  return std::nullopt;
}

void check_leaves(const Explanation& e) {
  for (const Explanation& part : e.parts) check_leaves(part);
  if (!e.parts.empty()) return;
  INFO(e.kind << ": " << e.label);
  if (const auto measured = evidence_measure(e))
    CHECK(*measured == Approx(e.measure).margin(1e-9));
  if (e.kind != "language") return;
  // The level used is one of the levels listed, or none when none is.
  bool listed = e.measure == 0;
  for (const Evidence& item : e.evidence) listed = listed || item.amount == e.measure;
  CHECK(listed);
}

}  // namespace

TEST_CASE("evidence lines agree with the measure the verdict used") {
  const Pool& p = pool();
  for (const CompiledVacancy& v : p.vacancies)
    for (const Assessment& a : p.engine.assess(v, p.candidates, Detail::explained)) {
      INFO(v.vacancy().id << " " << a.id);
      for (const CriterionResult& r : a.judgement->criteria) check_leaves(*r.why);
    }
  const Roster large = large_roster();
  for (const CompiledVacancy& v : p.vacancies)
    for (const Assessment& a : p.engine.assess(v, large, Detail::explained)) {
      if (!a.judgement) continue;
      INFO(v.vacancy().id << " " << a.id);
      for (const CriterionResult& r : a.judgement->criteria) check_leaves(*r.why);
    }
}
