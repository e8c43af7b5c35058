// Fuzzes the CSV document layer with arbitrary bytes, under small bounds so
// that every bound is reached; aborts when a table breaks its contract.
#include <cstdint>
#include <string_view>

#include "csv/table.h"

namespace {

constexpr shortlist::ReadLimits kSmall = {
    .max_file_bytes = 1 << 20,
    .max_document_bytes = 512,
    .max_scalar_bytes = 64,
    .max_depth = 8,
    .max_nodes = 1000,
    .max_list_items = 10,
};

// Rows have the header's cells, start in file order and after the header,
// each cell starts within its record's lines, and there are no more rows
// than the bound.
void check(const shortlist::csv::Table& table, const shortlist::ReadLimits& limits) {
  int last = table.header_line;
  for (const auto& row : table.rows) {
    if (row.line <= last || row.cells.size() != table.header.size() ||
        row.starts.size() != row.cells.size())
      __builtin_trap();
    for (size_t c = 0; c < row.cells.size(); ++c) {
      const auto where = shortlist::csv::cell_location(table, row, c);
      if (where.line < row.line || where.column < 1) __builtin_trap();
      last = where.line;
    }
    shortlist::Diagnostics errors;
    if (!row.cells.empty()) shortlist::csv::cell_error(errors, table, row, 0, "checked");
  }
  if (table.rows.size() > shortlist::csv::max_rows(limits)) __builtin_trap();
  if (table.header_line == 0 && table.errors.empty()) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const shortlist::ReadLimits& limits : {kSmall, shortlist::ReadLimits{}})
    check(shortlist::csv::read_table(text, "fuzz.csv", limits), limits);
  return 0;
}
