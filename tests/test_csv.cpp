#include <catch2/catch.hpp>

#include "csv/table.h"
#include "support.h"

using namespace shortlist;
using csv::Table;
using Lines = std::vector<std::string>;

namespace {

Table read(const std::string& text, const ReadLimits& limits = {}) {
  return csv::read_table(text, "t.csv", limits);
}

Lines errors(const Table& table) { return test::messages(table.errors.all()); }

// The cells of every row, each row joined by '|'.
Lines cells(const Table& table) {
  Lines out;
  for (const auto& row : table.rows) {
    std::string joined;
    for (const auto& cell : row.cells) joined += (joined.empty() ? "" : "|") + cell;
    out.push_back(joined);
  }
  return out;
}

std::vector<int> lines(const Table& table) {
  std::vector<int> out;
  for (const auto& row : table.rows) out.push_back(row.line);
  return out;
}

}  // namespace

TEST_CASE("a comma-separated file: header, rows and their lines") {
  const Table t = read("id,name,born\nc-1,Ana,1990-01\nc-2,Ben,\n");
  CHECK(errors(t).empty());
  CHECK(t.delimiter == ',');
  CHECK(t.header_line == 1);
  CHECK(t.header == Lines{"id", "name", "born"});
  CHECK(cells(t) == Lines{"c-1|Ana|1990-01", "c-2|Ben|"});
  CHECK(lines(t) == std::vector<int>{2, 3});
}

TEST_CASE("the header row tells the delimiter: the one splitting it into more fields") {
  const Table semi = read("id;name;fee\nc-1;Ana;1,5\n");
  CHECK(semi.delimiter == ';');
  CHECK(cells(semi) == Lines{"c-1|Ana|1,5"});
  // Commas inside quotes do not count.
  CHECK(read("id;\"a,b,c\";x\n").delimiter == ';');
  CHECK(read("id;\"a,b,c\";x\n").header == Lines{"id", "a,b,c", "x"});
  // A tie, or neither: a comma.
  CHECK(read("a,b;c\n").delimiter == ',');
  CHECK(read("id\nc-1\n").delimiter == ',');
}

TEST_CASE("header names are trimmed, a byte-order mark is removed") {
  const Table t = read("\xEF\xBB\xBF id , \"name\" \nc-1,Ana\n");
  CHECK(errors(t).empty());
  CHECK(t.header == Lines{"id", "name"});
  CHECK(cells(t) == Lines{"c-1|Ana"});
  // Columns of line 1 count from after the mark.
  CHECK(errors(read("\xEF\xBB\xBFid,id\n")) ==
        Lines{"t.csv:1:4: duplicate header name 'id' (first at column 1)"});
}

TEST_CASE("a quoted field spans lines, the rows after it keep their physical lines") {
  const Table t =
      read("id,notes,x\nc-1,\"line one\nline two\",a\nc-2,plain,b\nc-3,\"1\n\n3\",c\n");
  CHECK(errors(t).empty());
  CHECK(cells(t) == Lines{"c-1|line one\nline two|a", "c-2|plain|b", "c-3|1\n\n3|c"});
  CHECK(lines(t) == std::vector<int>{2, 4, 5});
  const Location after = csv::cell_location(t, t.rows[0], 2);
  CHECK(after.line == 3);
  CHECK(after.column == 11);
  const Location plain = csv::cell_location(t, t.rows[1], 1);
  CHECK(plain.line == 4);
  CHECK(plain.column == 5);
}

TEST_CASE("quoted fields: doubled quotes, delimiters, empty, blanks around") {
  const Table t =
      read("id,q\nc-1,\"say \"\"hi\"\"\"\nc-2,\"a,b\"\nc-3,\"\"\nc-4, \"x\" \n");
  CHECK(errors(t).empty());
  CHECK(cells(t) == Lines{"c-1|say \"hi\"", "c-2|a,b", "c-3|", "c-4|x"});
  CHECK(csv::cell_location(t, t.rows[3], 1).column == 5);
}

TEST_CASE("CRLF line ends, inside quotes kept as written") {
  const Table t = read("id,name\r\nc-1,Ana\r\nc-2,\"a\r\nb\"\r\nc-3,Cy\r\n");
  CHECK(errors(t).empty());
  CHECK(cells(t) == Lines{"c-1|Ana", "c-2|a\r\nb", "c-3|Cy"});
  CHECK(lines(t) == std::vector<int>{2, 3, 5});
}

TEST_CASE("the last line may end without a line end") {
  CHECK(cells(read("id,name\nc-1,Ana")) == Lines{"c-1|Ana"});
  CHECK(cells(read("id,name\nc-1,")) == Lines{"c-1|"});
  CHECK(cells(read("id,name\nc-1,\"Ana\"")) == Lines{"c-1|Ana"});
  CHECK(errors(read("id,name\nc-1,Ana")).empty());
}

TEST_CASE("blank lines are skipped, not rows") {
  const Table t = read("\n  \nid,name\n\n \t\r\nc-1,Ana\n\n\nc-2,Ben\n  \n");
  CHECK(errors(t).empty());
  CHECK(t.header_line == 3);
  CHECK(cells(t) == Lines{"c-1|Ana", "c-2|Ben"});
  CHECK(lines(t) == std::vector<int>{6, 9});
}

TEST_CASE("a header only is a table without rows") {
  for (const char* text : {"id,name\n", "id,name", "id,name\r\n\n"}) {
    const Table t = read(text);
    CHECK(errors(t).empty());
    CHECK(t.header == Lines{"id", "name"});
    CHECK(t.rows.empty());
  }
}

TEST_CASE("an empty file has no header") {
  for (const char* text : {"", "\n\n", "\xEF\xBB\xBF", "\xEF\xBB\xBF \r\n\t\n"}) {
    const Table t = read(text);
    CHECK(errors(t) == Lines{"t.csv: the file is empty"});
    CHECK(t.header_line == 0);
    CHECK(t.header.empty());
  }
}

TEST_CASE("not UTF-8, or binary: one error at the first bad byte, nothing read") {
  const Table latin1 = read("id,name\nc-1,Jos\xE9\nc-2,Ben\n");
  CHECK(errors(latin1) ==
        Lines{"t.csv:2:8: invalid UTF-8 byte 0xE9: save the file as UTF-8"});
  CHECK(latin1.header.empty());
  CHECK(latin1.rows.empty());
  CHECK(errors(read(std::string("id,name\nc-1,A\0na\n", 16))) ==
        Lines{"t.csv:2:6: NUL byte: the file is binary or not UTF-8 text"});
  CHECK(errors(read(std::string("\x7F"
                                "ELF\x02\x01\x01\x00\x00\x00",
                                10))) ==
        Lines{"t.csv:1:8: NUL byte: the file is binary or not UTF-8 text"});
}

TEST_CASE("an unterminated quoted field is reported where its quote opens") {
  const Table t = read("id,notes\nc-1,ok\nc-2,\"never\nclosed\nc-3,x\n");
  CHECK(errors(t) ==
        Lines{"t.csv:3:5: unterminated quoted field: the quote here is never closed"});
  CHECK(cells(t) == Lines{"c-1|ok"});
}

TEST_CASE("a quote inside an unquoted field is an error, the row is left out") {
  const Table t = read("id,name\nc-1,Ana \"Bo\" Lee\nc-2,Ben\n");
  CHECK(errors(t) == Lines{"t.csv:2:9: quote inside an unquoted field: quote the whole "
                           "field and double the quotes inside it"});
  CHECK(cells(t) == Lines{"c-2|Ben"});
  CHECK(lines(t) == std::vector<int>{3});
}

TEST_CASE("text after a closing quote is an error, the row is left out") {
  const Table t = read("id,name,x\nc-1,\"Ana\" Lee,1\nc-2,Ben,2\n");
  CHECK(errors(t) == Lines{"t.csv:2:11: text after the closing quote: the field ends at "
                           "its closing quote"});
  CHECK(cells(t) == Lines{"c-2|Ben|2"});
}

TEST_CASE("rows with more or fewer cells than the header are reported and left out") {
  const Table t = read("id,a,b,c\nc-1,1,2,3,4\nc-2,1\nc-3,1,2,3\nc-4\n");
  CHECK(errors(t) == Lines{"t.csv:2:1: row has 5 cells, the header has 4",
                           "t.csv:3:1: row has 2 cells, the header has 4",
                           "t.csv:5:1: row has 1 cell, the header has 4"});
  CHECK(cells(t) == Lines{"c-3|1|2|3"});
  CHECK(lines(t) == std::vector<int>{4});
}

TEST_CASE("an empty or repeated header name is an error") {
  const Table t = read("id,, ,name,id\nc-1,a,b,c,d\n");
  CHECK(errors(t) == Lines{"t.csv:1:4: header cell 2 is empty: every column needs a name",
                           "t.csv:1:5: header cell 3 is empty: every column needs a name",
                           "t.csv:1:12: duplicate header name 'id' (first at column 1)"});
  CHECK(t.header == Lines{"id", "", "", "name", "id"});
  CHECK(csv::header_name(t, 1) == "column 2");
  CHECK(csv::header_name(t, 3) == "name");
  CHECK(cells(t) == Lines{"c-1|a|b|c|d"});
}

TEST_CASE("every problem of a file is collected, in the order found") {
  const Table t = read("id,name\nc-1,a\"b\nc-2\nc-3,\"x\"y\nc-4,ok\n");
  CHECK(errors(t) == Lines{"t.csv:2:6: quote inside an unquoted field: quote the whole "
                           "field and double the quotes inside it",
                           "t.csv:3:1: row has 1 cell, the header has 2",
                           "t.csv:4:8: text after the closing quote: the field ends at "
                           "its closing quote"});
  CHECK(cells(t) == Lines{"c-4|ok"});
}

TEST_CASE("a value longer than max_scalar_bytes is refused, its text not kept") {
  const std::string big(10 << 20, 'x');
  const Table t = read("id,notes\nc-1," + big + "\nc-2,\"" + big + "\"\nc-3,ok\n");
  CHECK(errors(t) == Lines{"t.csv:2:5: value is 10485760 bytes long; the limit is 65536",
                           "t.csv:2:1: row is 10485764 bytes; the limit is 4194304",
                           "t.csv:3:5: value is 10485760 bytes long; the limit is 65536",
                           "t.csv:3:1: row is 10485766 bytes; the limit is 4194304"});
  CHECK(cells(t) == Lines{"c-3|ok"});
  ReadLimits small;
  small.max_scalar_bytes = 4;
  CHECK(errors(read("id,q\nc-1,\"1\"\"345\"\nc-2,1234\n", small)) ==
        Lines{"t.csv:2:5: value is 5 bytes long; the limit is 4"});
}

TEST_CASE("a row longer than max_document_bytes is refused") {
  ReadLimits limits;
  limits.max_document_bytes = 10;
  const Table t = read("id,name\nc-1,Ana Lee-Smith\r\nc-2,Ben\n", limits);
  CHECK(errors(t) == Lines{"t.csv:2:1: row is 17 bytes; the limit is 10"});
  CHECK(cells(t) == Lines{"c-2|Ben"});
}

TEST_CASE("rows beyond a hundred times max_list_items are not read") {
  ReadLimits limits;
  limits.max_list_items = 1;
  CHECK(csv::max_rows(limits) == 100);
  std::string text = "id\n";
  for (int i = 1; i <= 102; ++i) text += "c-" + std::to_string(i) + "\n";
  const Table t = read(text, limits);
  CHECK(errors(t) ==
        Lines{"t.csv:102:1: more than 100 rows: the rest of the file is not read"});
  CHECK(t.rows.size() == 100);
  CHECK(csv::max_rows({}) == 1000000);
}

TEST_CASE("a header wider than kMaxColumns, or a file over max_file_bytes, is refused") {
  std::string wide = "c0";
  for (size_t i = 1; i <= csv::kMaxColumns; ++i) wide += ",c" + std::to_string(i);
  const Table t = read(wide + "\n1\n");
  CHECK(errors(t) == Lines{"t.csv:1:1: the header has 1001 cells; the limit is 1000"});
  CHECK(t.rows.empty());
  ReadLimits limits;
  limits.max_file_bytes = 10;
  CHECK(errors(read("id,name\nc-1,Ana\n", limits)) ==
        Lines{"t.csv: file is 16 bytes; the limit is 10"});
}

TEST_CASE("a value's error names the cell's line and the column's header name") {
  const Table t = read("id,,completed\nc-1,x,\"2020-13\"\nc-2,\"a\nb\",2020-14\n");
  REQUIRE(t.rows.size() == 2);
  Diagnostics found;
  csv::cell_error(found, t, t.rows[0], 2, "month 13 does not exist");
  csv::cell_error(found, t, t.rows[1], 2, "month 14 does not exist");
  csv::cell_error(found, t, t.rows[1], 1, "not a value");
  CHECK(test::messages(found.all()) ==
        Lines{"t.csv:2: completed: month 13 does not exist",
              "t.csv:4: completed: month 14 does not exist",
              "t.csv:3: column 2: not a value"});
}

TEST_CASE("each row knows its bytes in the text, to be read again") {
  const std::string text = "\xEF\xBB\xBFid;note\r\nc-1;\"two\nlines\"\r\nc-2;x\n";
  const Table t = read(text);
  REQUIRE(t.rows.size() == 2);
  CHECK(text.substr(t.rows[0].offset, t.rows[0].size) == "c-1;\"two\nlines\"");
  CHECK(text.substr(t.rows[1].offset, t.rows[1].size) == "c-2;x");
  CHECK(t.rows[1].line == 4);
}
