// Fuzzes the rule-table loader: the first byte picks the table, the rest is
// its text. A table that loads replaces the bundled one, and the bundled
// vacancies judge the bundled candidates under it.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::vector<std::string> tables = shortlist::rule_table_names();
  if (size == 0) return 0;
  const auto& world = shortlist::fuzz::world();
  const std::string& table = tables[data[0] % tables.size()];
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  shortlist::RuleTables rules = world.engine.rules();
  shortlist::Diagnostics errors;
  if (!shortlist::parse_rule_table(table, text, table + ".yaml", rules, errors)) return 0;
  shortlist::fuzz::judge_with(std::move(rules));
  return 0;
}
