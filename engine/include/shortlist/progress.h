// Progress of a long run (loading a roster, judging it on many vacancies),
// reported to whoever shows it. Implementations must be thread-safe: loading
// reports from several threads.
#pragma once

#include <cstddef>
#include <string>

namespace shortlist {

class Progress {
 public:
  virtual ~Progress() = default;
  // `done` of `total` units of `stage` ("profiles loaded", "profiles judged").
  virtual void update(const std::string& stage, std::size_t done, std::size_t total) = 0;
};

}  // namespace shortlist
