#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "json/document.h"
#include "json/reader.h"
#include "support.h"

using namespace shortlist;
using test::messages;
using Lines = std::vector<std::string>;

namespace {

json::Document parse(const std::string& text, const ReadLimits& limits = {}) {
  return json::parse_document(text, "c.json", limits);
}

Lines errors_of(const std::string& text, const ReadLimits& limits = {}) {
  return messages(parse(text, limits).errors.all());
}

// "line:column" of a node, for compact checks.
std::string at(const json::Node& node) {
  return std::to_string(node.where.line) + ":" + std::to_string(node.where.column);
}

std::string read_all(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<std::filesystem::path> samples(const std::string& folder) {
  std::vector<std::filesystem::path> out;
  const auto root =
      std::filesystem::path(SHORTLIST_SOURCE_DIR) / ".." / "shared" / "samples" / folder;
  for (const auto& entry : std::filesystem::directory_iterator(root))
    if (entry.path().extension() == ".json") out.push_back(entry.path());
  return out;
}

// The node at an RFC 6901 pointer (no escapes), or nullptr.
const json::Node* at_pointer(const json::Node& root, const std::string& pointer) {
  const json::Node* node = &root;
  std::istringstream steps(pointer.substr(1));
  for (std::string step; node && std::getline(steps, step, '/');)
    node = node->is_array() ? &node->items.at(std::stoul(step)) : node->find(step);
  return node;
}

}  // namespace

TEST_CASE("json: values keep their kind and their text as written") {
  auto doc =
      parse(R"({"a": 1.50, "b": true, "c": null, "d": "x\"y\u00e9", "e": [-0, 1E+5]})");
  REQUIRE(doc.parsed);
  REQUIRE(doc.errors.empty());
  const json::Node& root = *doc.root;
  REQUIRE(root.members.size() == 5);
  CHECK(root.members[0].key == "a");
  CHECK(root.find("a")->kind == json::Node::Kind::number);
  CHECK(root.find("a")->text == "1.50");
  CHECK(root.find("b")->kind == json::Node::Kind::boolean);
  CHECK(root.find("b")->text == "true");
  CHECK(root.find("c")->is_null());
  CHECK(root.find("d")->text == "x\"y\xC3\xA9");
  CHECK(root.find("e")->items[0].text == "-0");
  CHECK(root.find("e")->items[1].text == "1E+5");
  CHECK(root.find("missing") == nullptr);
}

TEST_CASE("json: every value is located at its first character, keys too") {
  auto doc = parse(
      "{\n"
      "  \"work\": [\n"
      "    {\"name\": \"ILO\",\n"
      "     \"startDate\": \"2020-01\", \"n\": -12.5},\n"
      "    []\n"
      "  ],\n"
      "  \"ok\": false\n"
      "}\n");
  REQUIRE(doc.parsed);
  const json::Node& root = *doc.root;
  CHECK(at(root) == "1:1");
  CHECK(root.members[0].key_where.line == 2);
  CHECK(root.members[0].key_where.column == 3);
  const json::Node& work = *root.find("work");
  CHECK(at(work) == "2:11");
  CHECK(at(work.items[0]) == "3:5");
  CHECK(at(*work.items[0].find("name")) == "3:14");
  CHECK(at(*work.items[0].find("startDate")) == "4:19");
  CHECK(at(*work.items[0].find("n")) == "4:35");
  CHECK(at(work.items[1]) == "5:5");
  CHECK(at(*root.find("ok")) == "7:9");
  CHECK(root.find("ok")->where.file.str() == "c.json");
}

TEST_CASE("json: locations count lines of CRLF files and bytes of UTF-8") {
  auto doc = parse("{\r\n\"\xC3\xA9t\xC3\xA9\": [1,\r\n 2]}");
  REQUIRE(doc.parsed);
  CHECK(at(doc.root->members[0].value) == "2:10");
  CHECK(at(doc.root->members[0].value.items[1]) == "3:2");
}

TEST_CASE("json: a pointer names a value from the root, with ~0 and ~1 escapes") {
  auto doc = parse(R"({"work": [{"startDate": "x"}, 2], "a/b": {"m~n": [true]}, "": 1})");
  REQUIRE(doc.parsed);
  const json::Node& root = *doc.root;
  CHECK(root.pointer() == "");
  CHECK(root.find("work")->pointer() == "/work");
  CHECK(root.find("work")->items[0].find("startDate")->pointer() == "/work/0/startDate");
  CHECK(root.find("work")->items[1].pointer() == "/work/1");
  CHECK(root.find("a/b")->find("m~n")->items[0].pointer() == "/a~1b/m~0n/0");
  CHECK(root.find("")->pointer() == "/");
}

TEST_CASE("json: a syntax error is located and said for a person") {
  CHECK(errors_of("{\n  \"a\": 1,\n}") ==
        Lines{"c.json:3:1: JSON syntax: unexpected '}'; expected string literal"});
  CHECK(
      errors_of("[1,,2]") ==
      Lines{"c.json:1:4: JSON syntax: unexpected ','; expected '[', '{', or a literal"});
  CHECK(errors_of("{\"a\" 1}") ==
        Lines{"c.json:1:6: JSON syntax: unexpected number literal; expected ':'"});
  CHECK(errors_of("{\"a\":1 \"b\":2}") ==
        Lines{"c.json:1:8: JSON syntax: unexpected string literal; expected '}'"});
  CHECK(errors_of("[1, tru]") == Lines{"c.json:1:8: JSON syntax: invalid literal"});
  CHECK(errors_of("{\"a\":1, x}") ==
        Lines{"c.json:1:9: JSON syntax: invalid literal; expected string literal"});
  CHECK(errors_of("{\n  \"a\": \"x\ny\"}") ==
        Lines{"c.json:2:10: JSON syntax: invalid string: control character U+000A (LF) "
              "must be escaped to \\u000A or \\n"});
  CHECK(errors_of("[1,") == Lines{"c.json:1:4: JSON syntax: unexpected end of input; "
                                  "expected '[', '{', or a literal"});
  CHECK(errors_of("") == Lines{"c.json:1:1: JSON syntax: unexpected end of input; "
                               "expected '[', '{', or a literal"});
  CHECK(errors_of("[1] x") ==
        Lines{"c.json:1:5: JSON syntax: invalid literal; expected end of input"});
  CHECK(errors_of("[1e400]") ==
        Lines{"c.json:1:2: JSON syntax: number 1e400 is out of range"});
  CHECK(errors_of("[01]") ==
        Lines{"c.json:1:3: JSON syntax: unexpected number literal; expected ']'"});
  CHECK_FALSE(parse("[1,").parsed);
}

TEST_CASE("json: a lexer error never quotes the whole bad token") {
  const std::string unterminated = "[\"" + std::string(100000, 'a');
  CHECK(errors_of(unterminated) ==
        Lines{"c.json:1:100003: JSON syntax: invalid string: missing closing quote"});
}

TEST_CASE("json: invalid UTF-8 and NUL bytes are located before parsing") {
  CHECK(errors_of("{\n  \"a\": \"\xFF\"}") ==
        Lines{"c.json:2:9: invalid UTF-8 byte 0xFF: save the file as UTF-8"});
  CHECK(errors_of(std::string("[1,\n 2,\0 3]", 11)) ==
        Lines{"c.json:2:4: NUL byte: the file is binary or not UTF-8 text"});
  CHECK_FALSE(parse("[\"\xC0\xAF\"]").parsed);
}

TEST_CASE("json: nesting is bounded by max_depth, and a bomb stops at it") {
  ReadLimits limits;
  limits.max_depth = 4;
  CHECK(parse("[[[[1]]]]", limits).parsed);
  CHECK(errors_of("[[{\"a\": [1]}]]", limits).empty());
  CHECK(errors_of("[[[[[1]]]]]", limits) ==
        Lines{"c.json:1:5: nesting deeper than 4 levels"});
  CHECK(errors_of("[[[{\"a\": {\"b\": 1}}]]]", limits) ==
        Lines{"c.json:1:10: nesting deeper than 4 levels"});
  const auto bomb = parse(std::string(100000, '['));
  CHECK_FALSE(bomb.parsed);
  CHECK(messages(bomb.errors.all()) ==
        Lines{"c.json:1:65: nesting deeper than 64 levels"});
}

TEST_CASE("json: values, items and keys are counted") {
  ReadLimits limits;
  limits.max_nodes = 5;
  CHECK(parse("[1,2,3,4]", limits).parsed);
  CHECK(errors_of("[1,2,3,4,5]", limits) ==
        Lines{"c.json:1:10: document too large: more than 5 values"});
  limits = {};
  limits.max_list_items = 3;
  CHECK(parse("[1,2,3]", limits).parsed);
  CHECK(errors_of("[1,2,3,4]", limits) == Lines{"c.json:1:8: array longer than 3 items"});
  CHECK(errors_of("{\"a\":1,\"b\":2,\"c\":3,\n\"d\":4}", limits) ==
        Lines{"c.json:2:1: object with more than 3 keys"});
}

TEST_CASE("json: a huge string, a huge key and a huge document stop with an error") {
  const std::string big(100000, 'x');
  CHECK(errors_of("[\"" + big + "\"]") ==
        Lines{"c.json:1:2: value is 100000 bytes long; the limit is 65536"});
  CHECK(errors_of("{\"" + big + "\": 1}") ==
        Lines{"c.json:1:2: key is 100000 bytes long; the limit is 65536"});
  CHECK(errors_of("[0." + std::string(69998, '1') + "]") ==
        Lines{"c.json:1:2: value is 70000 bytes long; the limit is 65536"});
  CHECK(errors_of("[" + std::string(70000, '1') + "]") ==
        Lines{"c.json:1:2: JSON syntax: number " + std::string(40, '1') +
              "... is out of range"});
  ReadLimits limits;
  limits.max_document_bytes = 10;
  CHECK(errors_of("[1,2,3,4,5]", limits) ==
        Lines{"c.json:1:1: document is 11 bytes; the limit is 10"});
}

TEST_CASE("json: a duplicate key is an error naming the first, the first value is kept") {
  auto doc = parse(
      "{\n"
      "  \"name\": \"Ana\",\n"
      "  \"x\": {\"a\": 1, \"a\": [2]},\n"
      "  \"name\": \"Bob\"\n"
      "}");
  CHECK(doc.parsed);
  CHECK(messages(doc.errors.all()) ==
        Lines{"c.json:3:17: duplicate key 'a' (first at line 3)",
              "c.json:4:3: duplicate key 'name' (first at line 2)"});
  REQUIRE(doc.root->members.size() == 2);
  CHECK(doc.root->find("name")->text == "Ana");
  CHECK(doc.root->find("x")->members.size() == 1);
  CHECK(doc.root->find("x")->find("a")->text == "1");
}

TEST_CASE("json: a byte-order mark at the start is skipped, column 1 follows it") {
  auto doc = parse("\xEF\xBB\xBF{\"a\": 1}");
  REQUIRE(doc.parsed);
  CHECK(at(*doc.root) == "1:1");
  CHECK(at(*doc.root->find("a")) == "1:7");
  CHECK(
      errors_of("\xEF\xBB\xBF[1,]") ==
      Lines{"c.json:1:4: JSON syntax: unexpected ']'; expected '[', '{', or a literal"});
  CHECK_FALSE(parse("[1, \xEF\xBB\xBF 2]").parsed);
}

TEST_CASE("jsonl: each non-blank line is a piece, a broken line hides no other") {
  const std::string text =
      "{\"meta\": {\"id\": \"a\"}}\n"
      "\n"
      "  {\"basics\": {\"name\": \"B\"}, }\r\n"
      " \t\r\n"
      "{\"basics\": {\"name\": \"C\"}}";
  const auto pieces = json::split_lines(text);
  REQUIRE(pieces.size() == 3);
  CHECK(pieces[0].first_line == 1);
  CHECK(pieces[1].first_line == 3);
  CHECK(pieces[2].first_line == 5);
  std::vector<json::Document> docs;
  for (const auto& piece : pieces)
    docs.push_back(json::parse_piece(piece, "c.jsonl", {}));
  CHECK(docs[0].parsed);
  CHECK_FALSE(docs[1].parsed);
  CHECK(messages(docs[1].errors.all()) ==
        Lines{"c.jsonl:3:29: JSON syntax: unexpected '}'; expected string literal"});
  REQUIRE(docs[2].parsed);
  CHECK(docs[2].root->find("basics")->find("name")->text == "C");
  CHECK(at(*docs[2].root->find("basics")->find("name")) == "5:21");
  CHECK(json::split_lines("").empty());
  CHECK(json::split_lines("\n\n").empty());
}

TEST_CASE(
    "json: the object reader finds keys, reports missing and, when asked, unknown") {
  auto doc = parse(
      "{\"basics\": {\"name\": \"Ana\", \"nmae\": 1, \"email\": null},\n"
      " \"work\": []}");
  REQUIRE(doc.parsed);
  Diagnostics errors;
  json::ObjectReader resume(*doc.root, "resume", errors);
  CHECK(resume.ok());
  json::ObjectReader basics(*resume.get("basics"), "basics", errors);
  CHECK(json::read_text(basics.require("name"), errors)->text == "Ana");
  CHECK(basics.get("email") == nullptr);
  CHECK(basics.has("email"));
  CHECK_FALSE(basics.has("phone"));
  CHECK(basics.require("label") == nullptr);
  basics.finish();
  json::ObjectReader work(*resume.get("work"), "work entry", errors);
  CHECK_FALSE(work.ok());
  CHECK(work.get("name") == nullptr);
  resume.finish();
  CHECK(messages(errors.all()) ==
        Lines{"c.json:1:12: /basics: basics has no 'label'",
              "c.json:1:28: /basics/nmae: unknown key 'nmae' in basics (did you mean "
              "'name'?)",
              "c.json:2:10: /work: work entry must be an object, found an array"});
}

TEST_CASE("json: finish is optional, and keys it may allow are named") {
  auto doc = parse(R"({"basics": {}, "meta": {}, "$schema": "x"})");
  Diagnostics errors;
  json::ObjectReader resume(*doc.root, "resume", errors);
  resume.get("basics");
  resume.finish({"meta", "$schema"});
  CHECK(errors.empty());
  json::ObjectReader unfinished(*doc.root, "resume", errors);
  CHECK(errors.empty());
}

TEST_CASE("json: a value of the wrong shape names its pointer and what was found") {
  auto doc = parse(
      "{\"work\": [{\"startDate\": \"last spring\", \"endDate\": \"2021-02-30\",\n"
      "  \"n\": \"12\", \"list\": {\"a\": 1}, \"text\": [1], \"ok\": 2.5,\n"
      "  \"d\": \"2020-07\", \"k\": [\"a\", 3, {}], \"t\": true, \"y\": 2020}]}");
  REQUIRE(doc.parsed);
  const json::Node& entry = doc.root->find("work")->items[0];
  Diagnostics errors;
  CHECK_FALSE(json::read_date(entry.find("startDate"), DateRole::start, errors));
  CHECK_FALSE(json::read_date(entry.find("endDate"), DateRole::end, errors));
  CHECK_FALSE(json::read_date(entry.find("y"), DateRole::end, errors));
  CHECK_FALSE(json::read_number(entry.find("n"), errors));
  CHECK_FALSE(json::read_number(entry.find("t"), errors));
  CHECK(json::read_list(entry.find("list"), errors) == nullptr);
  CHECK_FALSE(json::read_text(entry.find("text"), errors));
  CHECK(json::read_number(entry.find("ok"), errors) == 2.5);
  CHECK(json::read_date(entry.find("d"), DateRole::end, errors)->date.iso() ==
        "2020-07-31");
  const auto keywords = json::read_text_list(entry.find("k"), errors);
  REQUIRE(keywords);
  CHECK(keywords->size() == 2);
  CHECK((*keywords)[1].text == "3");
  CHECK(json::read_text(entry.find("ok"), errors)->text == "2.5");
  CHECK_FALSE(json::read_text(nullptr, errors));
  CHECK(
      messages(errors.all()) ==
      Lines{"c.json:1:25: /work/0/startDate: must be a date YYYY-MM-DD, YYYY-MM or YYYY, "
            "found 'last spring'",
            "c.json:1:51: /work/0/endDate: must be a date YYYY-MM-DD, YYYY-MM or YYYY, "
            "found '2021-02-30' (day 30 does not exist in 2021-02)",
            "c.json:3:54: /work/0/y: must be a date YYYY-MM-DD, YYYY-MM or YYYY, found "
            "2020",
            "c.json:2:8: /work/0/n: must be a number, found '12'",
            "c.json:3:43: /work/0/t: must be a number, found true",
            "c.json:2:22: /work/0/list: must be an array, found an object",
            "c.json:2:40: /work/0/text: must be text, found an array",
            "c.json:3:33: /work/0/k/2: must be text, found an object"});
}

TEST_CASE("json: the root is named (root), and long texts are cut in messages") {
  auto doc = parse("[\"" + std::string(50, 'a') + "\"]");
  REQUIRE(doc.parsed);
  Diagnostics errors;
  json::ObjectReader resume(*doc.root, "resume", errors);
  CHECK_FALSE(resume.ok());
  CHECK(resume.get("basics") == nullptr);
  CHECK_FALSE(json::read_number(&doc.root->items[0], errors));
  CHECK(
      messages(errors.all()) ==
      Lines{"c.json:1:1: (root): resume must be an object, found an array",
            "c.json:1:2: /0: must be a number, found '" + std::string(40, 'a') + "...'"});
}

TEST_CASE("json: every bundled JSON Resume and Europass JSON sample parses") {
  auto files = samples("jsonresume");
  const auto europass = samples("europass-2012-2020");
  files.insert(files.end(), europass.begin(), europass.end());
  CHECK(files.size() == 14);
  for (const auto& path : files) {
    INFO(path.string());
    const auto doc = json::parse_document(read_all(path), path.string(), {});
    CHECK(doc.parsed);
    CHECK(messages(doc.errors.all()).empty());
  }
}

TEST_CASE("json: a value of a real sample is where its file has it") {
  const auto dir =
      std::filesystem::path(SHORTLIST_SOURCE_DIR) / ".." / "shared" / "samples";
  const auto grad = json::parse_document(
      read_all(dir / "jsonresume" / "jsonresume-schema-1.3.1__new-grad.resume.json"),
      "new-grad.json", {});
  REQUIRE(grad.root);  // the sample is there and parses
  const json::Node* start = at_pointer(*grad.root, "/work/0/startDate");
  REQUIRE(start);
  CHECK(start->text == "2024-06-01");
  CHECK(at(*start) == "56:20");
  CHECK(start->pointer() == "/work/0/startDate");
  const auto cv = json::parse_document(
      read_all(dir / "europass-2012-2020" / "Europass_JSON_V3.4.0_ECV_Example.json"),
      "cv.json", {});
  REQUIRE(cv.root);
  const json::Node* year = at_pointer(
      *cv.root, "/SkillsPassport/LearnerInfo/Identification/Demographics/Birthdate/Year");
  REQUIRE(year);
  CHECK(year->is_number());
  CHECK(year->text == "1975");
  CHECK(at(*year) == "101:33");
}
