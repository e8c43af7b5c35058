// Loading a candidate file a piece at a time (yaml::split_pieces): what
// parse_candidates does for a whole file, open to the roster, which loads
// pieces a block at a time and reads one piece again to explain a profile.
#pragma once

#include <string>
#include <vector>

#include "shortlist/load.h"
#include "yaml/document.h"

namespace shortlist {

// The profiles of one piece, in order; document index and fallback id are
// left to the caller (they depend on the pieces before).
std::vector<LoadedCandidate> load_piece(const yaml::Piece& piece, const FileName& name,
                                        const RuleTables& rules,
                                        const ReadLimits& limits);

// "FILE#N": the id of the profile at 0-based `index` that gives none.
std::string fallback_id(const std::string& file, int index);

// An invalid entry standing for a whole file that could not be read.
LoadedCandidate file_error(const std::string& path, const Diagnostics& errors);

}  // namespace shortlist
