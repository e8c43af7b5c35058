// Reading whole files with a size bound.
#pragma once

#include <optional>
#include <string>

#include "shortlist/status.h"

namespace shortlist {

// The bytes of `path`, or nullopt with a file-level error (missing,
// unreadable, a folder, larger than max_bytes).
std::optional<std::string> read_file(const std::string& path, std::size_t max_bytes,
                                     Diagnostics& errors);

}  // namespace shortlist
