// What a Roster (engine.h) holds behind its profiles: the inputs' texts, the
// pieces they were cut into, and one row of compact facts per valid profile.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "load/candidate_format.h"
#include "normalise/compact_facts.h"
#include "normalise/normalise.h"
#include "shortlist/engine.h"

namespace shortlist {

struct RosterData {
  static RosterData& of(Roster& r) { return *r.data_; }
  static const RosterData& of(const Roster& r) { return *r.data_; }
  static std::vector<RosterProfile>& profiles(Roster& r) { return r.profiles_; }

  // Where a profile's text is, to read it again for its explanation.
  struct Source {
    uint32_t piece = 0;     // of `pieces`
    uint32_t in_piece = 0;  // its position among the profiles its piece reads into
    const CandidateFormat* format = nullptr;
  };

  ReadLimits limits;               // the inputs were read with
  std::vector<InputText> inputs;   // every input read, in order
  Pieces pieces;                   // every input's pieces, in order
  std::vector<Source> sources;     // per profile (meaningful for valid ones)
  std::vector<int32_t> rows;       // per profile: its row of `compact`; -1: invalid
  std::vector<int32_t> proposals;  // per profile: index in `fees`; -1: none
  CompactRoster compact;           // one row per valid profile
  std::vector<std::shared_ptr<const Proposal>> fees;  // shared by the assessments
};

// Reads every input into a roster (Engine::roster).
Roster build_roster(const std::vector<CandidateInput>& inputs, const RuleTables& rules,
                    const ReadLimits& limits, Progress* progress);

// The facts of valid profile `index`, read again from its text for its
// explanation. REQUIRES: roster.profiles()[index].valid.
CandidateFacts read_again(const Roster& roster, int index, const RuleTables& rules);

}  // namespace shortlist
