// Running independent work on every core.
#pragma once

#include <cstddef>
#include <functional>

namespace shortlist {

// Calls body(i) for every i in [0, n), on up to hardware_concurrency()
// threads, each taking contiguous blocks; returns when all are done. An
// exception thrown by body is rethrown here (the first one).
void parallel_for(std::size_t n, const std::function<void(std::size_t)>& body);

}  // namespace shortlist
