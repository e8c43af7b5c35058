// CSV records read by one forward scan that never backs up more than one
// line's leading blanks, so any input is read in time linear in its size.
#include "csv/table.h"

#include <algorithm>
#include <map>

#include "yaml/utf8.h"

namespace shortlist::csv {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool is_blank(char c) { return c == ' ' || c == '\t'; }

std::string trimmed(const std::string& text) {
  const size_t first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// One record as scanned: every cell counted, the first `keep` stored.
struct Record {
  int line = 0;
  size_t offset = 0, size = 0;  // its bytes in the scanned text, line end left out
  size_t count = 0;
  std::vector<std::string> cells;
  std::vector<Place> starts;
  bool damaged = false;  // a problem inside it was reported
};

// Reads records from the text one at a time, reporting what is wrong in
// them with their place.
class Scanner {
 public:
  Scanner(std::string_view text, const FileName& file, const ReadLimits& limits,
          Diagnostics& errors, int first_line = 1)
      : text_(text), file_(file), limits_(limits), errors_(errors), line_(first_line) {}

  // Skips lines holding only spaces and tabs; true if a record follows.
  bool next_record() {
    while (pos_ < text_.size()) {
      size_t p = pos_;
      while (p < text_.size() && (is_blank(text_[p]) || text_[p] == '\r')) ++p;
      if (p < text_.size() && text_[p] != '\n') return true;
      pos_ = p;
      if (p < text_.size()) end_line();
    }
    return false;
  }

  // `,` or `;`: the one that splits the line ahead into more fields outside
  // quotes; `,` on a tie.
  char delimiter() const {
    size_t commas = 0, semicolons = 0;
    bool quoted = false;
    for (size_t p = pos_; p < text_.size(); ++p) {
      const char c = text_[p];
      if (c == '"') quoted = !quoted;
      if (quoted) continue;
      if (c == '\n') break;
      commas += c == ',';
      semicolons += c == ';';
    }
    return semicolons > commas ? ';' : ',';
  }

  // Reads the record ahead, storing at most `keep` cells.
  Record record(char delimiter, size_t keep) {
    Record record;
    record.line = line_;
    const size_t start = pos_;
    while (true) {
      field(delimiter, record, record.count < keep);
      ++record.count;
      if (pos_ >= text_.size() || text_[pos_] != delimiter) break;
      ++pos_;
    }
    check_size(record, pos_ - start);
    record.offset = start;
    record.size = pos_ - start;
    end_record();
    return record;
  }

  Location here() const { return at(column()); }

 private:
  int column() const { return static_cast<int>(pos_ - line_start_) + 1; }
  Location at(int column) const { return {file_, line_, column}; }

  void error(const Location& where, std::string message, Record& record) {
    errors_.error(where, std::move(message));
    record.damaged = true;
  }

  void end_line() {
    ++pos_;
    ++line_;
    line_start_ = pos_;
  }

  bool at_line_end() const {
    if (pos_ >= text_.size()) return true;
    const char c = text_[pos_];
    return c == '\n' || (c == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n');
  }

  void end_record() {
    if (pos_ < text_.size() && text_[pos_] == '\r') ++pos_;
    if (pos_ < text_.size()) end_line();
  }

  // A record longer than the bound (line end left out) is reported.
  void check_size(Record& record, size_t bytes) {
    if (bytes <= limits_.max_document_bytes) return;
    error({file_, record.line, 1},
          "row is " + std::to_string(bytes) + " bytes; the limit is " +
              std::to_string(limits_.max_document_bytes),
          record);
  }

  // Reads one field; the cell is stored when `store`.
  void field(char delimiter, Record& record, bool store) {
    const Place start{line_, column()};
    size_t p = pos_;
    while (p < text_.size() && is_blank(text_[p])) ++p;
    std::string text;
    if (p < text_.size() && text_[p] == '"') {
      pos_ = p;
      text = quoted(delimiter, record);
    } else {
      text = unquoted(delimiter, record);
    }
    check_length(text, start, record);
    if (!store) return;
    record.cells.push_back(std::move(text));
    record.starts.push_back(start);
  }

  // The text up to the delimiter or the line end; a quote in it is an error.
  std::string unquoted(char delimiter, Record& record) {
    const size_t start = pos_;
    bool reported = false;
    for (; !at_line_end() && text_[pos_] != delimiter; ++pos_) {
      if (text_[pos_] != '"' || reported) continue;
      error(here(),
            "quote inside an unquoted field: quote the whole field and double the "
            "quotes inside it",
            record);
      reported = true;
    }
    std::string text;
    add(text, text_.substr(start, pos_ - start));
    return text;
  }

  // The text between the quote at pos_ and its closing quote, `""` read as
  // one quote; what follows the closing quote must end the field.
  std::string quoted(char delimiter, Record& record) {
    const Location opened = here();
    std::string text;
    for (++pos_; pos_ < text_.size(); ++pos_) {
      const char c = text_[pos_];
      if (c == '"' && !escaped_quote()) return after_quote(delimiter, text, record);
      add(text, text_.substr(pos_, 1));
      if (c == '"') ++pos_;
      if (c == '\n') new_line_inside();
    }
    error(opened, "unterminated quoted field: the quote here is never closed", record);
    return text;
  }

  bool escaped_quote() const { return pos_ + 1 < text_.size() && text_[pos_ + 1] == '"'; }

  void new_line_inside() {
    ++line_;
    line_start_ = pos_ + 1;
  }

  // Past the closing quote at pos_: blanks, then the delimiter or the line end.
  std::string after_quote(char delimiter, std::string& text, Record& record) {
    for (++pos_; pos_ < text_.size() && is_blank(text_[pos_]);) ++pos_;
    if (at_line_end() || text_[pos_] == delimiter) return std::move(text);
    error(here(), "text after the closing quote: the field ends at its closing quote",
          record);
    while (!at_line_end() && text_[pos_] != delimiter) ++pos_;
    return std::move(text);
  }

  // Adds `part` to a value, keeping at most one byte beyond the bound (the
  // value is then known to be too long) and counting the bytes left out.
  void add(std::string& text, std::string_view part) {
    const size_t room = limits_.max_scalar_bytes + 1 -
                        std::min(text.size(), limits_.max_scalar_bytes + 1);
    text.append(part.substr(0, room));
    dropped_ += part.size() - std::min(room, part.size());
  }

  // A value longer than the bound is reported with its length; its text is
  // not kept.
  void check_length(std::string& text, const Place& start, Record& record) {
    const size_t length = text.size() + dropped_;
    dropped_ = 0;
    if (length <= limits_.max_scalar_bytes) return;
    text.clear();
    error({file_, start.line, start.column},
          "value is " + std::to_string(length) + " bytes long; the limit is " +
              std::to_string(limits_.max_scalar_bytes),
          record);
  }

  std::string_view text_;
  FileName file_;
  const ReadLimits& limits_;
  Diagnostics& errors_;
  size_t pos_ = 0;
  size_t line_start_ = 0;
  int line_ = 1;
  size_t dropped_ = 0;  // bytes of the current value left out (beyond the bound)
};

// The problems of the whole file; true when there is none.
bool check_file(std::string_view text, Table& table, const ReadLimits& limits) {
  if (text.size() > limits.max_file_bytes) {
    table.errors.error({table.file, 0, 0}, "file is " + std::to_string(text.size()) +
                                               " bytes; the limit is " +
                                               std::to_string(limits.max_file_bytes));
    return false;
  }
  if (auto bad = yaml::find_invalid_utf8(text)) {
    table.errors.error({table.file, bad->line + 1, bad->column}, bad->message);
    return false;
  }
  return true;
}

// Names the header's cells; an empty or repeated name is an error.
void name_columns(const Record& header, Table& table) {
  std::map<std::string, int> first_column;
  for (size_t i = 0; i < header.cells.size(); ++i) {
    const Location where{table.file, header.starts[i].line, header.starts[i].column};
    std::string name = trimmed(header.cells[i]);
    if (name.empty())
      table.errors.error(where, "header cell " + std::to_string(i + 1) +
                                    " is empty: every column needs a name");
    else if (auto [it, added] = first_column.emplace(name, where.column); !added)
      table.errors.error(where, "duplicate header name '" + name + "' (first at column " +
                                    std::to_string(it->second) + ")");
    table.header.push_back(std::move(name));
  }
}

// Reads the header row; false when the file has none that can be used.
bool read_header(Scanner& scanner, Table& table) {
  if (!scanner.next_record()) {
    table.errors.error({table.file, 0, 0}, "the file is empty");
    return false;
  }
  table.delimiter = scanner.delimiter();
  const Record header = scanner.record(table.delimiter, kMaxColumns);
  table.header_line = header.line;
  if (header.count > kMaxColumns) {
    table.errors.error({table.file, header.line, 1},
                       "the header has " + std::to_string(header.count) +
                           " cells; the limit is " + std::to_string(kMaxColumns));
    return false;
  }
  name_columns(header, table);
  return true;
}

std::string cells(size_t n) { return std::to_string(n) + (n == 1 ? " cell" : " cells"); }

// Keeps a record as a row when it is whole and has the header's cells; a
// record with a problem already reported is left out without another.
void add_row(Record record, Table& table, size_t skipped, const RowSink& sink) {
  if (record.damaged) return;
  if (record.count != table.header.size()) {
    table.errors.error({table.file, record.line, 1},
                       "row has " + cells(record.count) + ", the header has " +
                           std::to_string(table.header.size()));
    return;
  }
  sink(table, Row{record.line, record.offset + skipped, record.size,
                  std::move(record.cells), std::move(record.starts)});
}

// `skipped`: bytes of a byte-order mark before the scanned text.
void read_rows(Scanner& scanner, Table& table, const ReadLimits& limits, size_t skipped,
               const RowSink& sink) {
  for (size_t read = 0; scanner.next_record(); ++read) {
    if (read == max_rows(limits)) {
      table.errors.error(scanner.here(), "more than " + std::to_string(read) +
                                             " rows: the rest of the file is not read");
      return;
    }
    add_row(scanner.record(table.delimiter, table.header.size()), table, skipped, sink);
  }
}

}  // namespace

std::size_t max_rows(const ReadLimits& limits) { return limits.max_list_items * 100; }

Table scan_table(std::string_view text, const FileName& file, const ReadLimits& limits,
                 const RowSink& sink) {
  Table table;
  table.file = file;
  const size_t skipped = text.starts_with(kBom) ? kBom.size() : 0;
  text.remove_prefix(skipped);
  if (!check_file(text, table, limits)) return table;
  Scanner scanner(text, file, limits, table.errors);
  if (read_header(scanner, table)) read_rows(scanner, table, limits, skipped, sink);
  return table;
}

Table read_table(std::string_view text, const FileName& file, const ReadLimits& limits) {
  std::vector<Row> rows;
  Table table = scan_table(
      text, file, limits, [&](const Table&, Row row) { rows.push_back(std::move(row)); });
  table.rows = std::move(rows);
  return table;
}

Table read_header_only(std::string_view text, const FileName& file,
                       const ReadLimits& limits) {
  Table table;
  table.file = file;
  if (text.starts_with(kBom)) text.remove_prefix(kBom.size());
  Scanner scanner(text, file, limits, table.errors);
  read_header(scanner, table);
  return table;
}

std::optional<Row> read_row_again(const Table& header, std::string_view text,
                                  std::size_t offset, std::size_t size, int line,
                                  const ReadLimits& limits) {
  if (offset > text.size() || size > text.size() - offset) return std::nullopt;
  Diagnostics errors;
  Scanner scanner(text.substr(offset, size), header.file, limits, errors, line);
  Record record = scanner.record(header.delimiter, header.header.size());
  if (record.damaged || record.count != header.header.size()) return std::nullopt;
  return Row{line, offset, size, std::move(record.cells), std::move(record.starts)};
}

std::string header_name(const Table& table, std::size_t column) {
  if (column < table.header.size() && !table.header[column].empty())
    return table.header[column];
  return "column " + std::to_string(column + 1);
}

Location cell_location(const Table& table, const Row& row, std::size_t column) {
  const Place& start = row.starts[column];
  return {table.file, start.line, start.column};
}

void cell_error(Diagnostics& errors, const Table& table, const Row& row,
                std::size_t column, const std::string& message) {
  errors.error({table.file, cell_location(table, row, column).line, 0},
               header_name(table, column) + ": " + message);
}

}  // namespace shortlist::csv
