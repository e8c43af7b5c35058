#include <catch2/catch.hpp>

#include "shortlist/status.h"

using namespace shortlist;

TEST_CASE("a diagnostic names file, line and column, the line alone, or the file alone") {
  CHECK(Diagnostic{{"a.yaml", 3, 7}, "bad"}.to_string() == "a.yaml:3:7: bad");
  CHECK(Diagnostic{{"a.csv", 14, 0}, "completed: bad"}.to_string() ==
        "a.csv:14: completed: bad");
  CHECK(Diagnostic{{"a.yaml", 0, 0}, "no such file"}.to_string() ==
        "a.yaml: no such file");
}

TEST_CASE("diagnostics sort by position and drop exact repeats") {
  Diagnostics d;
  d.error({"a.yaml", 9, 1}, "late");
  d.error({"a.yaml", 2, 5}, "early");
  d.error({"a.yaml", 9, 1}, "late");
  auto sorted = d.sorted();
  REQUIRE(sorted.size() == 2);
  CHECK(sorted[0].message == "early");
  CHECK(sorted[1].message == "late");
}
