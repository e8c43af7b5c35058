#include "yaml/document.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <map>
#include <optional>
#include <set>
#include <sstream>

#include "yaml/utf8.h"

namespace shortlist::yaml {
namespace {

// Thrown by the builder to abandon a document that exceeds a limit.
struct LimitExceeded {
  Location where;
  std::string message;
};

size_t count_nodes(const Node& node) {
  size_t n = 1;
  for (const auto& item : node.items) n += count_nodes(item);
  for (const auto& [key, value] : node.entries) n += count_nodes(key) + count_nodes(value);
  return n;
}

// Builds a Node tree from parser events. Containers under construction live
// on a stack by value and are moved into their parent when they end.
class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const std::string& file, int line_offset, const ReadLimits& limits,
              Diagnostics& errors)
      : file_(file), line_offset_(line_offset), limits_(limits), errors_(errors) {}

  std::optional<Node> take_root() { return std::move(root_); }
  bool has_root() const { return root_.has_value(); }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    Node node;
    node.where = locate(mark);
    finish(std::move(node), anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto found = anchors_.find(anchor);
    if (found == anchors_.end()) {
      Node node;
      node.where = locate(mark);
      finish(std::move(node), 0);
      return;
    }
    count(found->second.second, mark, "aliases expand");
    Node copy = found->second.first;
    finish(std::move(copy), 0, /*counted=*/true);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    if (value.size() > limits_.max_scalar_bytes)
      throw LimitExceeded{locate(mark), "value is " + std::to_string(value.size()) +
                                            " bytes long; the limit is " +
                                            std::to_string(limits_.max_scalar_bytes)};
    Node node;
    node.kind = Node::Kind::scalar;
    node.where = locate(mark);
    node.text = value;
    node.quoted = tag == "!";
    finish(std::move(node), anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(Node::Kind::sequence, mark, anchor);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(Node::Kind::map, mark, anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Frame {
    Node node;
    YAML::anchor_t anchor = 0;
    std::optional<Node> pending_key;
    std::set<std::string> keys;
  };

  Location locate(const YAML::Mark& mark) const {
    return {file_, mark.line + line_offset_, mark.column + 1};
  }

  void count(size_t nodes, const YAML::Mark& mark, const char* what) {
    nodes_ += nodes;
    if (nodes_ > limits_.max_nodes)
      throw LimitExceeded{locate(mark), std::string("document too large: ") + what +
                                            " to more than " +
                                            std::to_string(limits_.max_nodes) + " nodes"};
  }

  void open(Node::Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (static_cast<int>(stack_.size()) >= limits_.max_depth)
      throw LimitExceeded{locate(mark), "nesting deeper than " +
                                            std::to_string(limits_.max_depth) + " levels"};
    count(1, mark, "it holds");
    Frame frame;
    frame.node.kind = kind;
    frame.node.where = locate(mark);
    frame.anchor = anchor;
    stack_.push_back(std::move(frame));
  }

  void close() {
    Frame frame = std::move(stack_.back());
    stack_.pop_back();
    finish(std::move(frame.node), frame.anchor, /*counted=*/true);
  }

  void finish(Node node, YAML::anchor_t anchor, bool counted = false) {
    if (!counted) count_one(node.where);
    if (anchor != 0) anchors_[anchor] = {node, count_nodes(node)};
    if (stack_.empty()) {
      root_ = std::move(node);
      return;
    }
    place(stack_.back(), std::move(node));
  }

  void count_one(const Location& where) {
    if (++nodes_ > limits_.max_nodes)
      throw LimitExceeded{where, "document too large: it holds more than " +
                                     std::to_string(limits_.max_nodes) + " nodes"};
  }

  void place(Frame& parent, Node node) {
    if (parent.node.is_sequence()) {
      if (parent.node.items.size() >= limits_.max_list_items)
        throw LimitExceeded{node.where, "list longer than " +
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
      throw LimitExceeded{key.where, "map with more than " +
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

  const std::string& file_;
  int line_offset_;
  const ReadLimits& limits_;
  Diagnostics& errors_;
  std::vector<Frame> stack_;
  std::optional<Node> root_;
  std::map<YAML::anchor_t, std::pair<Node, size_t>> anchors_;
  size_t nodes_ = 0;
};

struct Chunk {
  std::string_view text;
  int first_line;  // 1-based
};

bool is_document_start(std::string_view line) {
  if (line.substr(0, 3) != "---") return false;
  return line.size() == 3 || line[3] == ' ' || line[3] == '\t' || line[3] == '\r';
}

// Cuts the file at every `---` line; a YAML document marker at column 0 always
// ends the document before it, so each piece parses on its own.
std::vector<Chunk> split_documents(std::string_view text) {
  std::vector<Chunk> chunks;
  size_t start = 0;
  int start_line = 1;
  int line = 1;
  for (size_t pos = 0; pos < text.size();) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    if (pos > start && is_document_start(text.substr(pos, end - pos))) {
      chunks.push_back({text.substr(start, pos - start), start_line});
      start = pos;
      start_line = line;
    }
    pos = end + 1;
    ++line;
  }
  if (start < text.size()) chunks.push_back({text.substr(start), start_line});
  return chunks;
}

void parse_chunk(const Chunk& chunk, const std::string& file, const ReadLimits& limits,
                 std::vector<Document>& out) {
  Document failed;
  failed.first_line = chunk.first_line;
  if (chunk.text.size() > limits.max_document_bytes) {
    failed.errors.error({file, chunk.first_line, 1},
                        "document is " + std::to_string(chunk.text.size()) +
                            " bytes; the limit is " +
                            std::to_string(limits.max_document_bytes));
    out.push_back(std::move(failed));
    return;
  }
  if (auto bad = find_invalid_utf8(chunk.text)) {
    failed.errors.error({file, chunk.first_line + bad->line, bad->column}, bad->message);
    out.push_back(std::move(failed));
    return;
  }
  std::string copy(chunk.text);
  std::istringstream stream(copy);
  YAML::Parser parser(stream);
  // yaml-cpp 0.7 can report empty documents forever after some malformed
  // input (found by fuzzing): an empty document ends the piece, and a piece
  // never yields more documents than it has bytes.
  for (size_t count = 0; count <= chunk.text.size(); ++count) {
    Document doc;
    doc.first_line = chunk.first_line;
    TreeBuilder builder(file, chunk.first_line, limits, doc.errors);
    try {
      if (!parser.HandleNextDocument(builder)) return;
      auto root = builder.take_root();
      if (!root || root->is_null()) return;  // an empty document
      doc.root = std::move(*root);
      doc.parsed = true;
      out.push_back(std::move(doc));
    } catch (const LimitExceeded& e) {
      doc.errors.error(e.where, e.message);
      out.push_back(std::move(doc));
      return;
    } catch (const YAML::Exception& e) {
      Location where{file, e.mark.line + chunk.first_line, e.mark.column + 1};
      if (e.mark.is_null()) where = {file, chunk.first_line, 1};
      doc.errors.error(where, "YAML syntax: " + e.msg);
      out.push_back(std::move(doc));
      return;
    }
  }
}

}  // namespace

std::string Node::describe() const {
  switch (kind) {
    case Kind::null: return "nothing";
    case Kind::scalar: return "a value";
    case Kind::sequence: return "a list";
    case Kind::map: return "a map";
  }
  return "";
}

std::vector<Document> parse_documents(std::string_view text, const std::string& file,
                                      const ReadLimits& limits) {
  std::vector<Document> out;
  for (const Chunk& chunk : split_documents(text)) parse_chunk(chunk, file, limits, out);
  for (size_t i = 0; i < out.size(); ++i) out[i].index = static_cast<int>(i);
  return out;
}

}  // namespace shortlist::yaml
