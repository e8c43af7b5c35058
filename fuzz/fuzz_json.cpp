// Fuzzes the JSON document layer with arbitrary bytes: the whole input as
// one document and as .jsonl lines. Beyond no crash, hang or leak, every
// node of a parsed tree must be located in file order at a byte that can
// start its kind, and every reader must accept every node.
#include <cstdint>
#include <string_view>
#include <utility>

#include "json/document.h"
#include "json/reader.h"

namespace {

using shortlist::json::Node;

// The byte at a 1-based line and column of `text`, or '\0' outside it.
char byte_at(std::string_view text, const shortlist::Location& where) {
  size_t start = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  for (int line = 1; line < where.line; ++line) {
    start = text.find('\n', start);
    if (start == std::string_view::npos) return '\0';
    ++start;
  }
  const size_t offset = start + static_cast<size_t>(where.column) - 1;
  return offset < text.size() ? text[offset] : '\0';
}

bool starts_kind(const Node& node, char c) {
  switch (node.kind) {
    case Node::Kind::string:
      return c == '"';
    case Node::Kind::array:
      return c == '[';
    case Node::Kind::object:
      return c == '{';
    case Node::Kind::number:
      return c == '-' || (c >= '0' && c <= '9');
    default:
      return c == node.text[0];
  }
}

// Pre-order walk: each node after the last one seen, at a byte of its kind.
void check(const Node& node, std::string_view text, std::pair<int, int>& last) {
  const std::pair<int, int> here{node.where.line, node.where.column};
  if (here <= last || !starts_kind(node, byte_at(text, node.where))) __builtin_trap();
  last = here;
  shortlist::Diagnostics errors;
  (void)node.pointer();
  (void)shortlist::json::read_text(&node, errors);
  (void)shortlist::json::read_number(&node, errors);
  (void)shortlist::json::read_date(&node, shortlist::DateRole::end, errors);
  (void)shortlist::json::read_text_list(&node, errors);
  shortlist::json::ObjectReader object(node, "object", errors);
  object.finish();
  for (const Node& item : node.items) check(item, text, last);
  for (const auto& member : node.members) check(member.value, text, last);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  shortlist::ReadLimits limits;
  limits.max_depth = 16;
  limits.max_list_items = 500;
  limits.max_scalar_bytes = 4096;
  const auto doc = shortlist::json::parse_document(text, "fuzz.json", limits);
  if (doc.parsed != static_cast<bool>(doc.root)) __builtin_trap();
  std::pair<int, int> last{0, 0};
  if (doc.parsed) check(*doc.root, text, last);
  for (const auto& piece : shortlist::json::split_lines(text)) {
    const auto line = shortlist::json::parse_piece(piece, "fuzz.jsonl", limits);
    for (const auto& error : line.errors.all())
      if (error.where.line != piece.first_line) __builtin_trap();
  }
  return 0;
}
