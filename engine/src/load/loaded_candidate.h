// One profile as a candidate format reads it: the typed candidate, or why
// it is invalid.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "shortlist/profile.h"
#include "shortlist/status.h"

namespace shortlist {

struct LoadedCandidate {
  FileName file;
  int line = 1;    // 1-based line where its text starts
  std::string id;  // the profile's id when readable; empty: the roster names it
  std::optional<Candidate> candidate;  // absent when invalid
  std::vector<Diagnostic> errors;      // sorted by position
  bool valid() const { return candidate.has_value(); }
};

}  // namespace shortlist
