// Writing a report whole or not at all.
#pragma once

#include <string>

namespace shortlist::app {

// Writes `content` to `path` through a temporary file in the same folder,
// flushed to disk and renamed over `path`: readers see the old report or the
// new one, never a part. On failure returns false with the reason in *why;
// `path` is untouched and the temporary file removed.
bool write_atomically(const std::string& path, const std::string& content,
                      std::string* why);

}  // namespace shortlist::app
