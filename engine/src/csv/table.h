// A CSV file as a located table: the header row's names and every record's
// cells, each with the physical line and byte column where it starts
// (table.cpp, the only place CSV syntax is read).
//
// The dialect is RFC 4180 as spreadsheets export it: UTF-8 (a byte-order
// mark at the start is allowed and removed), `,` or `;` separated (told by
// the header row), quoted fields with `""` for a quote and with delimiters
// and line ends inside, CRLF or LF line ends, the last line with or without
// one. Spaces or tabs around a quoted field are ignored. Lines holding only
// spaces or tabs outside a quoted field are skipped, not rows.
//
// Lines and columns are 1-based and physical: a record that holds a line end
// in a quoted field spans several lines, and the next record's line counts
// them. A column counts bytes of its line; on line 1 it counts from after
// the byte-order mark.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shortlist/limits.h"
#include "shortlist/status.h"

namespace shortlist::csv {

// Most cells a header may have. Exports have tens of columns; the bound
// keeps a table's memory at rows x columns cells.
inline constexpr std::size_t kMaxColumns = 1000;

// Most data rows a table may have: a hundred times ReadLimits::max_list_items
// (1,000,000 by default), since one CSV export holds the rows of many people
// (an education export of 100,000 applicants has some 200,000).
std::size_t max_rows(const ReadLimits& limits);

// Where a cell starts: its first byte, the opening quote for a quoted cell.
struct Place {
  int line = 0;
  int column = 0;
};

// A record read without any problem.
struct Row {
  int line = 0;  // where the record starts
  // Its bytes [offset, offset + size) in the text read_table was given, its
  // line end left out: what a reader keeps to read the row again.
  std::size_t offset = 0, size = 0;
  std::vector<std::string> cells;  // exactly as many as the header has, unquoted
  std::vector<Place> starts;       // where each cell starts
};

struct Table {
  FileName file;
  char delimiter = ',';
  int header_line = 0;              // 0 when the file holds no header
  std::vector<std::string> header;  // names, trimmed of spaces and tabs
  std::vector<Row> rows;            // in file order
  Diagnostics errors;               // every problem, in the order found
};

// Reads `text`, the whole content of `file`, collecting every problem in
// Table::errors; a record with a problem (a stray quote, text after a
// closing quote, a value longer than limits.max_scalar_bytes, a record
// longer than limits.max_document_bytes, more or fewer cells than the
// header) is reported and kept out of rows, and the records after it are
// read. A problem of the whole file (larger than limits.max_file_bytes, not
// UTF-8, a NUL byte, empty) is one error and the table has no header. A
// header with more than kMaxColumns cells is one error and no row is read;
// rows beyond max_rows(limits) are one error and are not read.
Table read_table(std::string_view text, const FileName& file, const ReadLimits& limits);

// The header row alone, read as read_table reads it (its names, delimiter
// and their problems) in time of the header's length: the rows are not read
// and the whole file is not checked. What a reader needs to read one row
// again.
Table read_header_only(std::string_view text, const FileName& file,
                       const ReadLimits& limits);

// The row read_table kept at bytes [offset, offset + size) of `text`,
// starting on line `line`, read again on its own with the cells and places
// read_table gave it; nullopt when those bytes do not hold such a row.
// `header`: read_header_only (or read_table) of the same text.
std::optional<Row> read_row_again(const Table& header, std::string_view text,
                                  std::size_t offset, std::size_t size, int line,
                                  const ReadLimits& limits);

// Receives each row scan_table keeps, in file order; `table` holds the
// header (its rows stay empty).
using RowSink = std::function<void(const Table& table, Row row)>;

// Reads `text` as read_table does, handing each row to `sink` instead of
// keeping it: what a reader that keeps a little of each row uses, so that
// memory does not hold every cell of a large export at once.
Table scan_table(std::string_view text, const FileName& file, const ReadLimits& limits,
                 const RowSink& sink);

// The name of column `column` (0-based), or "column N" (1-based) when the
// header leaves it empty or has no such column.
std::string header_name(const Table& table, std::size_t column);

// Where cell `column` of `row` starts. REQUIRES: column < row.cells.size().
Location cell_location(const Table& table, const Row& row, std::size_t column);

// Reports a problem with the value of a cell as "FILE:LINE: NAME: message"
// (formats.md): the cell's line, column 0, and the column's header name.
// REQUIRES: column < row.cells.size().
void cell_error(Diagnostics& errors, const Table& table, const Row& row,
                std::size_t column, const std::string& message);

}  // namespace shortlist::csv
