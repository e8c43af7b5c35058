// JSON documents as located trees, built from nlohmann::json's SAX parser
// (Debian nlohmann-json3-dev 3.11): it never recurses, checks UTF-8 inside
// strings and calls back once per value, in file order. It reports no
// position for a value, so Tokens follows it through the text: when a
// callback comes, nlohmann has read and checked that token in full, and the
// token is the next one after the last, past whitespace and separators.
// This file is the only place a JSON library is seen.
#include "json/document.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "yaml/utf8.h"

namespace shortlist::json {
namespace {

using Json = nlohmann::json;

constexpr std::string_view kBom = "\xEF\xBB\xBF";

size_t bom_length(std::string_view text) {
  return text.starts_with(kBom) ? kBom.size() : 0;
}

// A text shown in a message: at most 40 bytes, cut at a character boundary.
std::string shorten(std::string_view text) {
  if (text.size() <= 40) return std::string(text);
  size_t cut = 40;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "...";
}

// Byte offsets of a piece to file locations: the start of every line.
class LineIndex {
 public:
  LineIndex(std::string_view text, const FileName& file, int first_line)
      : file_(file), first_line_(first_line), size_(text.size()) {
    starts_.push_back(bom_length(text));
    for (size_t pos = text.find('\n'); pos != std::string_view::npos;
         pos = text.find('\n', pos + 1))
      starts_.push_back(pos + 1);
  }

  // REQUIRES: nothing; an offset past the end is the end, one inside the
  // byte-order mark is column 1.
  Location locate(size_t offset) const {
    offset = std::clamp(offset, starts_.front(), size_);
    const auto next = std::upper_bound(starts_.begin(), starts_.end(), offset);
    const auto line = static_cast<int>(next - starts_.begin()) - 1;
    return {file_, first_line_ + line, static_cast<int>(offset - starts_[line]) + 1};
  }

 private:
  FileName file_;
  int first_line_;
  size_t size_;
  std::vector<size_t> starts_;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Walks the tokens of a text in the order nlohmann's parser reads them.
// REQUIRES: the text up to each token asked for is valid JSON (nlohmann has
// checked it); on any text it stays within bounds.
class Tokens {
 public:
  explicit Tokens(std::string_view text) : text_(text), pos_(bom_length(text)) {}

  // The first byte of the next value, key or bracket; moves past it.
  size_t next() {
    while (pos_ < text_.size() &&
           (is_blank(at(pos_)) || at(pos_) == ',' || at(pos_) == ':'))
      ++pos_;
    const size_t start = pos_;
    pos_ = end_of_token(start);
    return start;
  }

  // The bytes from `start` to the current position.
  std::string_view since(size_t start) const { return text_.substr(start, pos_ - start); }

  // The first byte of the token (separators included) that ends at `end`,
  // the first one after the last token read that reaches it.
  size_t start_of_token_ending_at(size_t end) const {
    size_t pos = pos_;
    while (true) {
      while (pos < text_.size() && is_blank(at(pos))) ++pos;
      const size_t start = pos;
      pos = end_of_token(start);
      if (pos >= end || pos == start) return start;
    }
  }

 private:
  char at(size_t pos) const { return pos < text_.size() ? text_[pos] : '\0'; }

  size_t end_of_token(size_t pos) const {
    if (pos >= text_.size()) return pos;
    const char c = at(pos);
    if (c == '"') return end_of_string(pos);
    if (c == '-' || is_digit(c)) return end_of_number(pos);
    const size_t length = c == 'f' ? 5 : (c == 't' || c == 'n') ? 4 : 1;
    return std::min(pos + length, text_.size());
  }

  size_t end_of_string(size_t pos) const {
    for (++pos; pos < text_.size() && at(pos) != '"'; ++pos)
      if (at(pos) == '\\') ++pos;
    return std::min(pos + 1, text_.size());
  }

  // RFC 8259: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
  size_t end_of_number(size_t pos) const {
    if (at(pos) == '-') ++pos;
    pos = at(pos) == '0' ? pos + 1 : digits(pos);
    if (at(pos) == '.' && is_digit(at(pos + 1))) pos = digits(pos + 1);
    if (at(pos) != 'e' && at(pos) != 'E') return pos;
    size_t exponent = pos + 1;
    if (at(exponent) == '+' || at(exponent) == '-') ++exponent;
    return is_digit(at(exponent)) ? digits(exponent) : pos;
  }

  size_t digits(size_t pos) const {
    while (is_digit(at(pos))) ++pos;
    return pos;
  }

  std::string_view text_;
  size_t pos_;
};

// nlohmann's what() past its prefix: "[json.exception.parse_error.101] parse
// error at line 1, column 5: syntax error while parsing value - ".
std::string_view past_prefix(std::string_view what) {
  const size_t dash = what.find(" - ");
  const size_t id_end = what.find("] ");
  if (dash != std::string_view::npos) return what.substr(dash + 3);
  return id_end != std::string_view::npos ? what.substr(id_end + 2) : what;
}

// Without the bytes a lexer error quotes ("; last read: '...'", up to the
// short "; expected ..." that may end it): the location shows them.
std::string without_last_read(std::string_view text) {
  const size_t read = text.find("; last read: '");
  if (read == std::string_view::npos) return std::string(text);
  const size_t expected = text.rfind("; expected ");
  const bool tail = expected != std::string_view::npos && expected > read &&
                    text.size() - expected <= 48;
  return std::string(text.substr(0, read)) +
         std::string(tail ? text.substr(expected) : std::string_view());
}

// nlohmann's message for a person: "JSON syntax: unexpected '}'; expected
// '[', '{', or a literal", "JSON syntax: invalid literal".
std::string syntax_message(const nlohmann::detail::exception& ex,
                           const std::string& last_token) {
  if (ex.id == 406)
    return "JSON syntax: number " + shorten(last_token) + " is out of range";
  std::string out = "JSON syntax: " + without_last_read(past_prefix(ex.what()));
  constexpr std::string_view kEnd = "<end of input>";
  for (size_t at = out.find(kEnd); at != std::string::npos; at = out.find(kEnd))
    out.replace(at, kEnd.size(), "end of input");
  return out;
}

// Links every node below `node` to its parent. REQUIRES: the tree no longer moves.
void link(Node& node) {
  for (uint32_t i = 0; i < node.items.size(); ++i) {
    node.items[i].parent = &node;
    node.items[i].index = i;
    link(node.items[i]);
  }
  for (uint32_t i = 0; i < node.members.size(); ++i) {
    node.members[i].value.parent = &node;
    node.members[i].value.index = i;
    link(node.members[i].value);
  }
}

// The SAX handler: builds the tree on a stack of open containers (moved
// into their parent when they close) and stops at the first bound
// exceeded or syntax error, with that error located.
class Builder {
 public:
  Builder(std::string_view text, const LineIndex& lines, const ReadLimits& limits,
          Diagnostics& errors)
      : tokens_(text), lines_(lines), limits_(limits), errors_(errors) {}

  std::unique_ptr<Node> take_root() { return std::move(root_); }

  // nlohmann's SAX interface (json_sax): false stops the parse.
  bool null() { return literal(Node::Kind::null); }
  bool boolean(bool) { return literal(Node::Kind::boolean); }
  bool number_integer(Json::number_integer_t) { return literal(Node::Kind::number); }
  bool number_unsigned(Json::number_unsigned_t) { return literal(Node::Kind::number); }
  bool number_float(Json::number_float_t, const std::string&) {
    return literal(Node::Kind::number);
  }
  bool string(std::string& value) {
    return scalar(Node::Kind::string, tokens_.next(), std::move(value));
  }
  bool binary(Json::binary_t&) { return false; }  // never sent for JSON text
  bool start_object(std::size_t) { return open(Node::Kind::object); }
  bool start_array(std::size_t) { return open(Node::Kind::array); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }
  bool key(std::string& name);
  bool parse_error(std::size_t position, const std::string& last_token,
                   const nlohmann::detail::exception& ex);

 private:
  struct Frame {
    Node node;
    std::map<std::string, int, std::less<>> first_lines;  // object keys seen
    std::string key;                                      // of the value to come
    Location key_where;
    bool duplicate = false;  // the value to come is dropped
  };

  bool stop(const Location& where, std::string message) {
    errors_.error(where, std::move(message));
    return false;
  }

  bool count(const Location& where) {
    if (++nodes_ <= limits_.max_nodes) return true;
    return stop(where, "document too large: more than " +
                           std::to_string(limits_.max_nodes) + " values");
  }

  bool literal(Node::Kind kind) {
    const size_t at = tokens_.next();
    return scalar(kind, at, std::string(tokens_.since(at)));
  }

  bool scalar(Node::Kind kind, size_t at, std::string text) {
    const Location where = lines_.locate(at);
    if (text.size() > limits_.max_scalar_bytes)
      return stop(where, "value is " + std::to_string(text.size()) +
                             " bytes long; the limit is " +
                             std::to_string(limits_.max_scalar_bytes));
    if (!count(where)) return false;
    Node node;
    node.kind = kind;
    node.where = where;
    node.text = std::move(text);
    return place(std::move(node));
  }

  bool open(Node::Kind kind) {
    const Location where = lines_.locate(tokens_.next());
    if (stack_.size() >= static_cast<size_t>(std::max(limits_.max_depth, 0)))
      return stop(where,
                  "nesting deeper than " + std::to_string(limits_.max_depth) + " levels");
    if (!count(where)) return false;
    stack_.emplace_back();
    stack_.back().node.kind = kind;
    stack_.back().node.where = where;
    return true;
  }

  bool close() {
    tokens_.next();
    Node node = std::move(stack_.back().node);
    stack_.pop_back();
    return place(std::move(node));
  }

  bool place(Node node) {
    if (stack_.empty()) {
      root_ = std::make_unique<Node>(std::move(node));
      return true;
    }
    Frame& parent = stack_.back();
    if (parent.node.is_object()) {
      if (!parent.duplicate)
        parent.node.members.push_back(
            {std::move(parent.key), parent.key_where, std::move(node)});
      return true;
    }
    if (parent.node.items.size() >= limits_.max_list_items)
      return stop(node.where, "array longer than " +
                                  std::to_string(limits_.max_list_items) + " items");
    parent.node.items.push_back(std::move(node));
    return true;
  }

  Tokens tokens_;
  const LineIndex& lines_;
  const ReadLimits& limits_;
  Diagnostics& errors_;
  std::vector<Frame> stack_;
  std::unique_ptr<Node> root_;
  size_t nodes_ = 0;
};

bool Builder::key(std::string& name) {
  const Location where = lines_.locate(tokens_.next());
  if (name.size() > limits_.max_scalar_bytes)
    return stop(where, "key is " + std::to_string(name.size()) +
                           " bytes long; the limit is " +
                           std::to_string(limits_.max_scalar_bytes));
  Frame& object = stack_.back();
  if (object.node.members.size() >= limits_.max_list_items)
    return stop(where, "object with more than " + std::to_string(limits_.max_list_items) +
                           " keys");
  const auto [first, fresh] = object.first_lines.try_emplace(name, where.line);
  object.duplicate = !fresh;
  if (!fresh)
    errors_.error(where, "duplicate key '" + shorten(name) + "' (first at line " +
                             std::to_string(first->second) + ")");
  object.key = std::move(name);
  object.key_where = where;
  return true;
}

// A lexer error ("; last read: ") is located at the byte where nlohmann
// gave up, any other at the first byte of the token it did not expect;
// `position` counts the bytes read, that token included.
bool Builder::parse_error(std::size_t position, const std::string& last_token,
                          const nlohmann::detail::exception& ex) {
  const bool lexer =
      std::string_view(ex.what()).find("; last read: '") != std::string_view::npos;
  const size_t at = lexer ? (position > 0 ? position - 1 : 0)
                          : tokens_.start_of_token_ending_at(position);
  return stop(lines_.locate(at), syntax_message(ex, last_token));
}

// The problems found before parsing: size, then encoding.
bool check_bytes(const Piece& piece, const FileName& file, const ReadLimits& limits,
                 Diagnostics& errors) {
  if (piece.text.size() > limits.max_document_bytes) {
    errors.error({file, piece.first_line, 1},
                 "document is " + std::to_string(piece.text.size()) +
                     " bytes; the limit is " + std::to_string(limits.max_document_bytes));
    return false;
  }
  if (auto bad = yaml::find_invalid_utf8(piece.text)) {
    errors.error({file, piece.first_line + bad->line, bad->column}, bad->message);
    return false;
  }
  return true;
}

}  // namespace

const Node* Node::find(std::string_view key) const {
  for (const Member& member : members)
    if (member.key == key) return &member.value;
  return nullptr;
}

std::string Node::pointer() const {
  std::vector<std::string> steps;
  for (const Node* node = this; node->parent; node = node->parent) {
    if (node->parent->is_array()) {
      steps.push_back(std::to_string(node->index));
      continue;
    }
    std::string step;
    for (const char c : node->parent->members[node->index].key)
      step += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
    steps.push_back(std::move(step));
  }
  std::string out;
  for (auto step = steps.rbegin(); step != steps.rend(); ++step) out += "/" + *step;
  return out;
}

std::string Node::describe() const {
  switch (kind) {
    case Kind::string:
      return "'" + shorten(text) + "'";
    case Kind::array:
      return "an array";
    case Kind::object:
      return "an object";
    default:
      return shorten(text);
  }
}

std::vector<Piece> split_lines(std::string_view text) {
  std::vector<Piece> pieces;
  int line = 1;
  for (size_t pos = 0; pos < text.size(); ++line) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view current = text.substr(pos, end - pos);
    if (current.find_first_not_of(" \t\r") != std::string_view::npos)
      pieces.push_back({current, line});
    pos = end + 1;
  }
  return pieces;
}

Document parse_piece(const Piece& piece, const FileName& file, const ReadLimits& limits) {
  Document doc;
  doc.first_line = piece.first_line;
  if (!check_bytes(piece, file, limits, doc.errors)) return doc;
  const LineIndex lines(piece.text, file, piece.first_line);
  Builder builder(piece.text, lines, limits, doc.errors);
  if (!Json::sax_parse(piece.text.data(), piece.text.data() + piece.text.size(),
                       &builder))
    return doc;
  doc.root = builder.take_root();
  link(*doc.root);
  doc.parsed = true;
  return doc;
}

Document parse_document(std::string_view text, const FileName& file,
                        const ReadLimits& limits) {
  return parse_piece({text, 1}, file, limits);
}

}  // namespace shortlist::json
