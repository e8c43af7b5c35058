// The front door: rule tables loaded once, a vacancy compiled, candidates
// loaded into a roster and assessed. apps/ uses only this, ranking.h and
// report.h.
//
// Threading: an Engine, a CompiledVacancy and a Roster are immutable once
// built, and every const member function may be called from several threads
// at once on shared objects (a server judging many requests on one roster).
// assess() and roster() use every core themselves.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "shortlist/eligibility.h"
#include "shortlist/limits.h"
#include "shortlist/load.h"
#include "shortlist/progress.h"
#include "shortlist/rules.h"

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

// A candidate input: a file to read, or text already in memory (an upload),
// in any candidate format (formats.md; the format is told by the name's
// ending, and a name no format claims is read as YAML).
struct CandidateInput {
  std::string name;                 // the path, or the name the text came with
  std::optional<std::string> text;  // given: read from here, not from the disk
  // A CSV export's column renames (load.h); null: its header uses the
  // contract's names. Other formats ignore it.
  std::shared_ptr<const ColumnMap> columns;
  static CandidateInput file(std::string path) { return {std::move(path), {}, {}}; }
  static CandidateInput bytes(std::string name, std::string text) {
    return {std::move(name), std::move(text), {}};
  }
};

// The file name endings of every candidate format (".yaml", ".yml", ...):
// what a folder of candidates stands for.
std::vector<std::string> candidate_endings();

// Every path as a file input; a folder stands for its candidate files
// (expand_paths with candidate_endings()).
std::vector<CandidateInput> candidate_files(const std::vector<std::string>& paths);

// One profile of a roster as loaded: valid, or invalid with its errors.
struct RosterProfile {
  std::string id;  // the profile's id when readable, else "FILE#N"
  FileName file;
  int line = 1;                    // where its text starts
  std::vector<Diagnostic> errors;  // why invalid
  bool valid = false;
};

struct RosterData;  // the compact facts and texts behind a roster (engine/src/roster/)

// Candidates loaded and normalised once, to be judged on any number of
// vacancies. A roster keeps its profiles' compact facts and the input text,
// not the typed profiles: the explanation of a profile reads its document
// again, so a roster costs about its text plus a few hundred bytes per
// profile.
class Roster {
 public:
  Roster();
  ~Roster();
  Roster(Roster&&) noexcept;
  Roster& operator=(Roster&&) noexcept;

  // Every profile, in input order.
  const std::vector<RosterProfile>& profiles() const { return profiles_; }

 private:
  friend struct RosterData;
  std::vector<RosterProfile> profiles_;
  std::unique_ptr<RosterData> data_;
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

  // Loads every profile of every input and normalises the valid ones, a
  // block of documents at a time on every core, so that memory holds one
  // block of typed profiles at most. An input that cannot be read or holds
  // no profile becomes one invalid entry; a profile whose id was already
  // seen becomes invalid, naming where the first one is.
  Roster roster(const std::vector<CandidateInput>& inputs, const ReadLimits& limits,
                Progress* progress = nullptr) const;

  // Judges every profile as one batch (compact facts, then Eigen column
  // operations), to the `detail` asked. Output order is input order.
  std::vector<Assessment> assess(const CompiledVacancy& vacancy, const Roster& roster,
                                 Detail detail, Progress* progress = nullptr) const;
  // Gives the assessment of roster profile `index` its full judgement: every
  // criterion with its explanation (whatever detail it was assessed with).
  void explain(const CompiledVacancy& vacancy, const Roster& roster, int index,
               Assessment& assessment) const;

 private:
  RuleTables rules_;
};

}  // namespace shortlist
