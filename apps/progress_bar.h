// A progress bar on stderr, shown only when stderr is a terminal.
#pragma once

#include <chrono>
#include <mutex>
#include <string>

#include "shortlist/progress.h"

namespace shortlist::app {

class ProgressBar : public Progress {
 public:
  // Draws nothing unless `enabled` (the caller passes isatty(stderr)).
  explicit ProgressBar(bool enabled) : enabled_(enabled) {}
  ~ProgressBar() override;
  // Redraws at most ten times a second, and always at the end of a stage.
  void update(const std::string& stage, std::size_t done, std::size_t total) override;

 private:
  bool enabled_;
  bool drawn_ = false;
  std::mutex mutex_;
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace shortlist::app
