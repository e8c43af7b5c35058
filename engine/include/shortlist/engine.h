// The front door: rule tables loaded once, a vacancy compiled, candidates
// loaded and assessed. apps/ uses only this and report.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "shortlist/eligibility.h"
#include "shortlist/limits.h"
#include "shortlist/load.h"
#include "shortlist/normalise.h"
#include "shortlist/progress.h"
#include "shortlist/rules.h"
#include "shortlist/scoring.h"

namespace shortlist {

// One candidate's outcome on one vacancy: judged, or invalid with errors.
struct Assessment {
  std::string id;
  FileName file;
  int line = 1;
  Eligibility eligibility = Eligibility::invalid;
  std::optional<Judgement> judgement;  // absent when invalid
  std::optional<Proposal> proposal;    // the candidate's financial proposal
  std::vector<Diagnostic> errors;      // why invalid
};

// Rank order (formats.md, "Scores"): eligible first by score (highest
// first), then needs_review, not_eligible and invalid; within a group by
// score, then by id. Stable and deterministic.
void order_by_rank(std::vector<Assessment>& assessments);

// Candidates loaded and normalised once, to be judged on any number of
// vacancies. Only the normalised facts are kept: each profile's tree as
// written is released once read, so a roster costs its facts, not its text.
struct Roster {
  std::vector<LoadedCandidate> loaded;  // every profile, in input order; `candidate` released
  std::vector<CandidateFacts> facts;    // one per valid profile
  CompactRoster compact;                // the same profiles, rows as `facts`
  std::vector<int> rows;                // per loaded profile: its facts row, or -1 if invalid
};

class Engine {
 public:
  explicit Engine(RuleTables rules) : rules_(std::move(rules)) {}
  // Reads rules/ from `dir`; nullopt with every problem in `errors`.
  static std::optional<Engine> open(const std::string& dir, Diagnostics& errors);
  // The bundled rules/ folder: $SHORTLIST_RULES, else beside the executable
  // (../share/shortlist/rules), else the source tree's.
  static std::string default_rules_dir();

  const RuleTables& rules() const { return rules_; }

  std::optional<CompiledVacancy> vacancy(const std::string& path, std::optional<Date> as_of,
                                         const ReadLimits& limits, Diagnostics& errors) const;

  // Every profile of every file, in order. A profile whose id was already
  // seen becomes invalid, naming where the first one is.
  std::vector<LoadedCandidate> candidates(const std::vector<std::string>& files,
                                          const ReadLimits& limits,
                                          Progress* progress = nullptr) const;
  // Loads every profile and normalises the valid ones (on every core).
  Roster roster(const std::vector<std::string>& files, const ReadLimits& limits,
                Progress* progress = nullptr) const;
  Roster roster(std::vector<LoadedCandidate> loaded) const;

  // Judges every profile as one batch (features, then Eigen column
  // operations); with `explain`, every criterion also carries its
  // explanation. Output order is input order.
  std::vector<Assessment> assess(const CompiledVacancy& vacancy, const Roster& roster,
                                 bool explain, Progress* progress = nullptr) const;
  std::vector<Assessment> assess(const CompiledVacancy& vacancy,
                                 const std::vector<LoadedCandidate>& candidates,
                                 bool explain) const;
  // Adds the explanations to the assessment of roster profile `index`.
  void explain(const CompiledVacancy& vacancy, const Roster& roster, int index,
               Assessment& assessment) const;

 private:
  RuleTables rules_;
};

}  // namespace shortlist
