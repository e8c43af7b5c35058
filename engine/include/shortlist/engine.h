// The front door: rule tables loaded once, a vacancy compiled, candidates
// loaded and assessed. apps/ uses only this and report.h.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "shortlist/compact_facts.h"
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
  std::shared_ptr<const Proposal>
      proposal;                    // the candidate's financial proposal; null: none
  std::vector<Diagnostic> errors;  // why invalid
};

// How much of a judgement assess() builds.
enum class Detail {
  verdicts,   // eligibility and score; Judgement::criteria left empty (ranking)
  criteria,   // and every criterion's verdict, credit and contribution
  explained,  // and every criterion's explanation
};

// One profile of a roster as loaded: valid (a row of compact facts) or
// invalid with its errors, and where its text is.
struct RosterProfile {
  std::string id;  // the profile's id when readable, else "FILE#N"
  FileName file;
  int line = 1;                    // where the document starts
  std::vector<Diagnostic> errors;  // why invalid
  int row = -1;                    // row of Roster::compact; -1 when invalid
  int proposal = -1;               // index in Roster::proposals; -1: none
  // Where the text is, to read the profile again for its explanation:
  // bytes [offset, offset + size) of Roster::texts[text], starting at line
  // `piece_line`, the `in_piece`-th document there. text -1: not kept.
  int text = -1;
  uint32_t offset = 0, size = 0;
  int piece_line = 1, in_piece = 0;
};

// Candidates loaded and normalised once, to be judged on any number of
// vacancies. A roster keeps its profiles' compact facts (compact_facts.h)
// and the input text, not the typed profiles: the explanation of a profile
// reads its document again (Engine::facts), so a roster costs about its
// text plus a few hundred bytes per profile.
struct Roster {
  std::vector<RosterProfile> profiles;  // every profile, in input order
  CompactRoster compact;                // one row per valid profile
  std::vector<std::shared_ptr<const Proposal>>
      proposals;  // of valid profiles; shared by their assessments
  std::vector<std::shared_ptr<const std::string>> texts;  // input files read
  ReadLimits limits;  // they were read with, to read a profile again
  // Rosters built from profiles already loaded keep each row's facts here
  // instead of the text.
  std::vector<CandidateFacts> kept_facts;
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

  std::optional<CompiledVacancy> vacancy(const std::string& path,
                                         std::optional<Date> as_of,
                                         const ReadLimits& limits,
                                         Diagnostics& errors) const;

  // Every profile of every file, in order. A profile whose id was already
  // seen becomes invalid, naming where the first one is.
  std::vector<LoadedCandidate> candidates(const std::vector<std::string>& files,
                                          const ReadLimits& limits,
                                          Progress* progress = nullptr) const;
  // Loads every profile and normalises the valid ones: a block of documents
  // at a time, parsed and normalised on every core, so that memory holds one
  // block of typed profiles at most. A profile whose id was already seen
  // becomes invalid, naming where the first one is.
  Roster roster(const std::vector<std::string>& files, const ReadLimits& limits,
                Progress* progress = nullptr) const;
  Roster roster(std::vector<LoadedCandidate> loaded) const;
  // The facts of valid roster profile `index`, read again from its text
  // (or kept). REQUIRES: roster.profiles[index].row >= 0.
  CandidateFacts facts(const Roster& roster, int index) const;

  // Judges every profile as one batch (compact facts, then Eigen column
  // operations), to the `detail` asked. Output order is input order.
  std::vector<Assessment> assess(const CompiledVacancy& vacancy, const Roster& roster,
                                 Detail detail, Progress* progress = nullptr) const;
  std::vector<Assessment> assess(const CompiledVacancy& vacancy,
                                 const std::vector<LoadedCandidate>& candidates,
                                 Detail detail) const;
  // Gives the assessment of roster profile `index` its full judgement: every
  // criterion with its explanation (whatever detail it was assessed with).
  void explain(const CompiledVacancy& vacancy, const Roster& roster, int index,
               Assessment& assessment) const;

 private:
  RuleTables rules_;
};

}  // namespace shortlist
