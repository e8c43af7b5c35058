// Documents as located trees, built from libyaml's event parser (Debian
// libyaml-0-2): a C parser that never recurses, reports line and column of
// every event, and is about 13 times faster than yaml-cpp 0.7 on profiles
// (docs/performance.md). This file is the only place a YAML library is seen.
#include "yaml/document.h"

#include <yaml.h>

#include <map>
#include <optional>
#include <set>

#include "yaml/utf8.h"

namespace shortlist::yaml {
namespace {

// Thrown by the builder to abandon a document: a limit exceeded, or a
// syntax error.
struct Abandon {
  Location where;
  std::string message;
};

size_t count_nodes(const Node& node) {
  size_t n = 1;
  for (const auto& item : node.items) n += count_nodes(item);
  for (const auto& [key, value] : node.entries)
    n += count_nodes(key) + count_nodes(value);
  return n;
}

// A plain scalar YAML reads as null.
bool is_null_text(const std::string& text) {
  return text.empty() || text == "~" || text == "null" || text == "Null" ||
         text == "NULL";
}

// Builds a Node tree from parser events. Containers under construction live
// on a stack by value and are moved into their parent when they end.
class TreeBuilder {
 public:
  TreeBuilder(const FileName& file, int line_offset, const ReadLimits& limits,
              Diagnostics& errors)
      : file_(file), line_offset_(line_offset), limits_(limits), errors_(errors) {}

  std::optional<Node> take_root() { return std::move(root_); }

  // Feeds one event; returns false at the end of the document.
  bool on(const yaml_event_t& e) {
    const Location where = locate(e.start_mark);
    switch (e.type) {
      case YAML_SCALAR_EVENT:
        scalar(e, where);
        break;
      case YAML_ALIAS_EVENT:
        alias(reinterpret_cast<const char*>(e.data.alias.anchor), where);
        break;
      case YAML_SEQUENCE_START_EVENT:
        open(Node::Kind::sequence, where, anchor_of(e.data.sequence_start.anchor));
        break;
      case YAML_MAPPING_START_EVENT:
        open(Node::Kind::map, where, anchor_of(e.data.mapping_start.anchor));
        break;
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT:
        close();
        break;
      case YAML_DOCUMENT_END_EVENT:
        return false;
      default:
        break;
    }
    return true;
  }

  Location locate(const yaml_mark_t& mark) const {
    return {file_, static_cast<int>(mark.line) + line_offset_,
            static_cast<int>(mark.column) + 1};
  }

 private:
  struct Frame {
    Node node;
    std::string anchor;
    std::optional<Node> pending_key;
    std::set<std::string> keys;
  };

  static std::string anchor_of(const yaml_char_t* anchor) {
    return anchor ? reinterpret_cast<const char*>(anchor) : "";
  }

  void scalar(const yaml_event_t& e, const Location& where) {
    const auto& s = e.data.scalar;
    if (s.length > limits_.max_scalar_bytes)
      throw Abandon{where, "value is " + std::to_string(s.length) +
                               " bytes long; the limit is " +
                               std::to_string(limits_.max_scalar_bytes)};
    Node node;
    node.where = where;
    node.text.assign(reinterpret_cast<const char*>(s.value), s.length);
    node.quoted = s.style != YAML_PLAIN_SCALAR_STYLE;
    const bool untagged = s.tag == nullptr;
    node.kind = untagged && !node.quoted && is_null_text(node.text) ? Node::Kind::null
                                                                    : Node::Kind::scalar;
    if (node.is_null()) node.text.clear();
    finish(std::move(node), anchor_of(s.anchor));
  }

  void alias(const std::string& name, const Location& where) {
    auto found = anchors_.find(name);
    if (found == anchors_.end()) throw Abandon{where, "unknown alias '*" + name + "'"};
    count(found->second.second, where, "aliases expand");
    Node copy = found->second.first;
    finish(std::move(copy), "", /*counted=*/true);
  }

  void count(size_t nodes, const Location& where, const char* what) {
    nodes_ += nodes;
    if (nodes_ > limits_.max_nodes)
      throw Abandon{where, std::string("document too large: ") + what + " to more than " +
                               std::to_string(limits_.max_nodes) + " nodes"};
  }

  void open(Node::Kind kind, const Location& where, std::string anchor) {
    if (static_cast<int>(stack_.size()) >= limits_.max_depth)
      throw Abandon{
          where, "nesting deeper than " + std::to_string(limits_.max_depth) + " levels"};
    count(1, where, "it holds");
    Frame frame;
    frame.node.kind = kind;
    frame.node.where = where;
    frame.anchor = std::move(anchor);
    stack_.push_back(std::move(frame));
  }

  void close() {
    Frame frame = std::move(stack_.back());
    stack_.pop_back();
    finish(std::move(frame.node), frame.anchor, /*counted=*/true);
  }

  void finish(Node node, const std::string& anchor, bool counted = false) {
    if (!counted) count(1, node.where, "it holds");
    if (!anchor.empty()) anchors_[anchor] = {node, count_nodes(node)};
    if (stack_.empty()) {
      root_ = std::move(node);
      return;
    }
    place(stack_.back(), std::move(node));
  }

  void place(Frame& parent, Node node) {
    if (parent.node.is_sequence()) {
      if (parent.node.items.size() >= limits_.max_list_items)
        throw Abandon{node.where, "list longer than " +
                                      std::to_string(limits_.max_list_items) + " items"};
      parent.node.items.push_back(std::move(node));
      return;
    }
    if (!parent.pending_key) {
      parent.pending_key = std::move(node);
      return;
    }
    add_entry(parent, std::move(*parent.pending_key), std::move(node));
    parent.pending_key.reset();
  }

  void add_entry(Frame& parent, Node key, Node value) {
    if (parent.node.entries.size() >= limits_.max_list_items)
      throw Abandon{key.where, "map with more than " +
                                   std::to_string(limits_.max_list_items) + " keys"};
    if (key.is_scalar() && !parent.keys.insert(key.text).second) {
      errors_.error(key.where, "duplicate key '" + key.text + "' (first at line " +
                                   std::to_string(first_line_of(parent, key.text)) + ")");
      return;
    }
    parent.node.entries.push_back({std::move(key), std::move(value)});
  }

  static int first_line_of(const Frame& parent, const std::string& key) {
    for (const auto& [k, v] : parent.node.entries)
      if (k.is_scalar() && k.text == key) return k.where.line;
    return 0;
  }

  FileName file_;
  int line_offset_;
  const ReadLimits& limits_;
  Diagnostics& errors_;
  std::vector<Frame> stack_;
  std::optional<Node> root_;
  std::map<std::string, std::pair<Node, size_t>> anchors_;
  size_t nodes_ = 0;
};

// libyaml's parser for one piece of text, released on every path.
class Parser {
 public:
  explicit Parser(std::string_view text) {
    yaml_parser_initialize(&parser_);
    yaml_parser_set_input_string(
        &parser_, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  }
  ~Parser() { yaml_parser_delete(&parser_); }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  // The next event, or a syntax error located in the file.
  bool next(yaml_event_t& event) { return yaml_parser_parse(&parser_, &event) == 1; }

  Abandon error(const TreeBuilder& builder) const {
    std::string message = "YAML syntax: ";
    message += parser_.problem ? parser_.problem : "unreadable";
    if (parser_.context) {
      const Location started = builder.locate(parser_.context_mark);
      message += std::string(" ") + parser_.context + " (started at line " +
                 std::to_string(started.line) + ", column " +
                 std::to_string(started.column) + ")";
    }
    return {builder.locate(parser_.problem_mark), message};
  }

 private:
  yaml_parser_t parser_;
};

bool is_document_start(std::string_view line) {
  if (line.substr(0, 3) != "---") return false;
  return line.size() == 3 || line[3] == ' ' || line[3] == '\t' || line[3] == '\r';
}

// A line that belongs to the next document rather than the last: a
// directive, a comment or blank.
bool is_preamble(std::string_view line) {
  const size_t first = line.find_first_not_of(" \t\r");
  return first == std::string_view::npos || line[first] == '#' || line[0] == '%';
}

// Cuts the file at every `---` line; a YAML document marker at column 0 always
// ends the document before it, so each piece parses on its own. Directives
// (`%YAML`) stay with the document they precede.
}  // namespace

std::vector<Piece> split_pieces(std::string_view text) {
  std::vector<Piece> pieces;
  size_t start = 0;
  int start_line = 1;
  int line = 1;
  bool preamble_only = true;  // the current piece holds no content yet
  for (size_t pos = 0; pos < text.size();) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view current = text.substr(pos, end - pos);
    if (pos > start && !preamble_only && is_document_start(current)) {
      pieces.push_back({text.substr(start, pos - start), start_line});
      start = pos;
      start_line = line;
    }
    preamble_only = preamble_only && is_preamble(current);
    if (pos == start) preamble_only = is_preamble(current);
    pos = end + 1;
    ++line;
  }
  if (start < text.size()) pieces.push_back({text.substr(start), start_line});
  return pieces;
}

namespace {

// Reads one document's events into `doc`; false at the end of the stream.
bool read_document(Parser& parser, TreeBuilder& builder, Document& doc) {
  yaml_event_t event;
  bool started = false;
  while (true) {
    if (!parser.next(event)) throw parser.error(builder);
    const yaml_event_type_t type = event.type;
    bool more = true;
    try {
      if (type == YAML_DOCUMENT_START_EVENT)
        started = true;
      else if (started)
        more = builder.on(event);
    } catch (...) {
      yaml_event_delete(&event);
      throw;
    }
    yaml_event_delete(&event);
    if (type == YAML_STREAM_END_EVENT) return false;
    if (!more) break;
  }
  auto root = builder.take_root();
  if (root && !root->is_null()) {
    doc.root = std::move(*root);
    doc.parsed = true;
  }
  return true;
}

void parse_piece_into(const Piece& piece, const FileName& file, const ReadLimits& limits,
                      std::vector<Document>& out) {
  Document failed;
  failed.first_line = piece.first_line;
  if (piece.text.size() > limits.max_document_bytes) {
    failed.errors.error({file, piece.first_line, 1},
                        "document is " + std::to_string(piece.text.size()) +
                            " bytes; the limit is " +
                            std::to_string(limits.max_document_bytes));
    out.push_back(std::move(failed));
    return;
  }
  if (auto bad = find_invalid_utf8(piece.text)) {
    failed.errors.error({file, piece.first_line + bad->line, bad->column}, bad->message);
    out.push_back(std::move(failed));
    return;
  }
  Parser parser(piece.text);
  while (true) {
    Document doc;
    doc.first_line = piece.first_line;
    TreeBuilder builder(file, piece.first_line, limits, doc.errors);
    try {
      if (!read_document(parser, builder, doc)) return;
      if (doc.parsed) out.push_back(std::move(doc));
    } catch (const Abandon& e) {
      doc.parsed = false;
      doc.errors.error(e.where, e.message);
      out.push_back(std::move(doc));
      return;
    }
  }
}

}  // namespace

std::string Node::describe() const {
  switch (kind) {
    case Kind::null:
      return "nothing";
    case Kind::scalar:
      return "a value";
    case Kind::sequence:
      return "a list";
    case Kind::map:
      return "a map";
  }
  return "";
}

std::vector<Document> parse_piece(const Piece& piece, const FileName& file,
                                  const ReadLimits& limits) {
  std::vector<Document> out;
  parse_piece_into(piece, file, limits, out);
  return out;
}

std::vector<Document> parse_documents(std::string_view text, const std::string& file,
                                      const ReadLimits& limits) {
  std::vector<Document> out;
  const FileName name(file);
  for (const Piece& piece : split_pieces(text))
    parse_piece_into(piece, name, limits, out);
  for (size_t i = 0; i < out.size(); ++i) out[i].index = static_cast<int>(i);
  return out;
}

}  // namespace shortlist::yaml
