// The subcommands of `shortlist`: each returns the process exit code.
#pragma once

#include "options.h"

namespace shortlist::app {

int run_check(const Options& o);
int run_rank(const Options& o);
int run_explain(const Options& o);
int run_validate(const Options& o);
int run_convert(const Options& o);

}  // namespace shortlist::app
