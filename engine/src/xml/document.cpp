// Documents as located trees, built from pugixml 1.13 (Debian libpugixml-dev):
// a non-recursive parser that never reads a DTD, fetches nothing and expands
// only the predefined entities. This file is the only place it is seen.
#include "xml/document.h"

#include <algorithm>
#include <map>
#include <pugixml.hpp>
#include <unordered_set>

#include "yaml/utf8.h"

namespace shortlist::xml {
namespace {

// Thrown to abandon a document at its first problem.
struct Abandon {
  Location where;
  std::string message;
};

// The default options, plus DOCTYPE nodes (to refuse entity declarations)
// and fragments (to see text outside the root, and a second root).
constexpr unsigned kOptions =
    pugi::parse_default | pugi::parse_doctype | pugi::parse_fragment;

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kXmlNamespace = "http://www.w3.org/XML/1998/namespace";

// 1-based lines and columns of byte offsets in one text; columns count
// characters (UTF-8 code points) after a byte-order mark. Asking in
// increasing offset order, as a walk of the tree does, costs the distance
// moved, so even a one-line document is located in linear time.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) : text_(text) {
    starts_.push_back(text.starts_with(kBom) ? kBom.size() : 0);
    for (size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') starts_.push_back(i + 1);
    offset_ = starts_[0];
  }

  std::pair<int, int> at(size_t offset) {
    offset = std::clamp(offset, starts_[0], text_.size());
    const size_t line =
        std::upper_bound(starts_.begin(), starts_.end(), offset) - starts_.begin() - 1;
    if (line != line_ || offset < offset_) {
      line_ = line;
      offset_ = starts_[line];
      column_ = 1;
    }
    for (; offset_ < offset; ++offset_)
      if ((static_cast<unsigned char>(text_[offset_]) & 0xC0) != 0x80) ++column_;
    return {static_cast<int>(line) + 1, column_};
  }

  size_t line_start(int line0) const { return starts_[line0]; }

 private:
  std::string_view text_;
  std::vector<size_t> starts_;
  size_t line_ = 0;    // the last answer: its line (0-based),
  size_t offset_ = 0;  // offset
  int column_ = 1;     // and column
};

std::string too_long(std::string_view what, size_t size, size_t limit) {
  return std::string(what) + " is " + std::to_string(size) +
         " bytes long; the limit is " + std::to_string(limit);
}

std::string_view local_name(std::string_view name) {
  const size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::string_view prefix_of(std::string_view name) {
  const size_t colon = name.find(':');
  return colon == std::string_view::npos ? std::string_view() : name.substr(0, colon);
}

std::string_view trim(std::string_view text) {
  const size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// The offset of the first character reference to NUL (&#0;, &#x00;...), which
// XML forbids and pugixml would read as the end of the text, or npos. The
// scan is of the raw text, so one inside a comment or CDATA counts too.
size_t find_nul_reference(std::string_view text) {
  for (size_t at = text.find("&#"); at != std::string_view::npos;
       at = text.find("&#", at + 2)) {
    size_t end = at + 2;
    if (end < text.size() && text[end] == 'x') ++end;
    const size_t digits = end;
    while (end < text.size() && text[end] == '0') ++end;
    if (end > digits && end < text.size() && text[end] == ';') return at;
  }
  return std::string_view::npos;
}

bool is_element(pugi::xml_node node) { return node.type() == pugi::node_element; }

bool is_text(pugi::xml_node node) {
  return node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata;
}

// What went wrong, for a person, from pugixml's status at `offset`.
std::string syntax_message(const pugi::xml_parse_result& result, std::string_view text) {
  switch (result.status) {
    case pugi::status_unrecognized_tag:
      return "'<' starts no tag here (write &lt; for the character)";
    case pugi::status_bad_pi:
      return "a declaration or processing instruction <?...?> is malformed or not closed";
    case pugi::status_bad_comment:
      return "a comment <!--...--> is malformed or not closed";
    case pugi::status_bad_cdata:
      return "a CDATA section <![CDATA[...]]> is not closed";
    case pugi::status_bad_doctype:
      return "the DOCTYPE is malformed or not closed";
    case pugi::status_bad_start_element:
      return "a start tag is malformed";
    case pugi::status_bad_attribute:
      return "an attribute is malformed: write name=\"value\"";
    case pugi::status_bad_end_element:
      return "an end tag is malformed";
    default:
      break;
  }
  if (result.status != pugi::status_end_element_mismatch) return result.description();
  const auto at = static_cast<size_t>(result.offset);
  if (at < 2 || text.substr(at - 2, 2) != "</")
    return "the text ends before every element is closed";
  const std::string_view rest = text.substr(at);
  const std::string_view name = rest.substr(0, rest.find_first_of("> \t\r\n"));
  return "end tag </" + std::string(name) + "> does not match the innermost open element";
}

// Builds the located tree from pugixml's, within the limits; throws Abandon.
class TreeBuilder {
 public:
  TreeBuilder(std::string_view text, const FileName& file, const ReadLimits& limits)
      : lines_(text), file_(file), limits_(limits) {}

  Location locate(size_t offset) {
    const auto [line, column] = lines_.at(offset);
    return {file_, line, column};
  }

  // REQUIRES: the parsed buffer starts at `base` (names point into it).
  Element root(const pugi::xml_document& xml, const char* base) {
    base_ = base;
    const pugi::xml_node root = find_root(xml);
    return element(root, "/" + std::string(local_name(root.name())), 1);
  }

  // The first byte that is not UTF-8, or a NUL byte, located in characters.
  void check_utf8(std::string_view text) {
    const auto bad = yaml::find_invalid_utf8(text);
    if (!bad) return;
    const size_t offset = lines_.line_start(bad->line) + bad->column - 1;
    throw Abandon{locate(offset), bad->message};
  }

  void check_references(std::string_view text) {
    const size_t nul = find_nul_reference(text);
    if (nul == std::string_view::npos) return;
    throw Abandon{locate(nul), "a character reference to NUL: XML text cannot hold it"};
  }

 private:
  Location at(const char* p) { return locate(static_cast<size_t>(p - base_)); }
  Location element_at(pugi::xml_node node) {
    return locate(static_cast<size_t>(std::max<ptrdiff_t>(node.offset_debug() - 1, 0)));
  }

  pugi::xml_node find_root(const pugi::xml_document& xml) {
    pugi::xml_node root;
    for (const pugi::xml_node node : xml.children()) {
      if (node.type() == pugi::node_doctype) check_doctype(node);
      if (is_text(node)) throw Abandon{at(node.value()), "text outside the root element"};
      if (!is_element(node)) continue;
      if (root)
        throw Abandon{element_at(node), "a second root element <" +
                                            std::string(node.name()) +
                                            ">: an XML document has one root"};
      root = node;
    }
    if (!root) throw Abandon{{file_}, "no root element: the file holds no XML element"};
    return root;
  }

  void check_doctype(pugi::xml_node doctype) {
    const std::string_view value = doctype.value();
    const size_t entity = value.find("<!ENTITY");
    if (entity == std::string_view::npos) return;
    throw Abandon{at(doctype.value() + entity),
                  "entity declarations are not read: remove them from the DOCTYPE"};
  }

  Element element(pugi::xml_node node, std::string path, int depth) {
    Element out;
    out.where = element_at(node);
    if (depth > limits_.max_depth)
      throw Abandon{out.where, "nesting deeper than " +
                                   std::to_string(limits_.max_depth) + " levels"};
    if (++elements_ > limits_.max_nodes)
      throw Abandon{out.where, "document too large: it holds more than " +
                                   std::to_string(limits_.max_nodes) + " elements"};
    out.path = std::move(path);
    out.name = local_name(node.name());
    const size_t scope = namespaces_.size();
    read_attributes(node, out);
    out.ns = resolve(prefix_of(node.name()), out);
    read_text(node, out);
    read_children(node, out, depth);
    namespaces_.resize(scope);
    return out;
  }

  void read_attributes(pugi::xml_node node, Element& out) {
    std::unordered_set<std::string_view> seen;
    for (const pugi::xml_attribute a : node.attributes()) {
      const std::string_view name = a.name();
      const Location where = at(a.name());
      if (!seen.insert(name).second)
        throw Abandon{
            where, out.path + ": attribute '" + std::string(name) + "' is written twice"};
      if (seen.size() > limits_.max_list_items)
        throw Abandon{where, out.path + ": more than " +
                                 std::to_string(limits_.max_list_items) + " attributes"};
      add_attribute(name, a.value(), where, out);
    }
  }

  void add_attribute(std::string_view name, std::string_view value, const Location& where,
                     Element& out) {
    if (value.size() > limits_.max_scalar_bytes)
      throw Abandon{where, out.path + ": " +
                               too_long("attribute '" + std::string(name) + "'",
                                        value.size(), limits_.max_scalar_bytes)};
    if (name == "xmlns" || name.starts_with("xmlns:"))
      namespaces_.emplace_back(name.substr(std::min<size_t>(name.size(), 6)), value);
    else
      out.attributes.push_back({std::string(name), std::string(value), where});
  }

  // The namespace URI bound to `prefix` where `element` is.
  std::string resolve(std::string_view prefix, const Element& element) const {
    if (prefix == "xml") return std::string(kXmlNamespace);
    for (auto it = namespaces_.rbegin(); it != namespaces_.rend(); ++it)
      if (it->first == prefix) return it->second;
    if (prefix.empty()) return "";
    throw Abandon{element.where, element.path + ": namespace prefix '" +
                                     std::string(prefix) + "' is not declared"};
  }

  void read_text(pugi::xml_node node, Element& out) const {
    for (const pugi::xml_node child : node.children())
      if (is_text(child)) out.text += child.value();
    out.text = std::string(trim(out.text));
    if (out.text.size() > limits_.max_scalar_bytes)
      throw Abandon{
          out.where,
          out.path + ": " + too_long("text", out.text.size(), limits_.max_scalar_bytes)};
  }

  // Each child's path carries [n] when its parent has several of its name.
  void read_children(pugi::xml_node node, Element& out, int depth) {
    std::map<std::string_view, int> total;
    size_t count = 0;
    for (const pugi::xml_node child : node.children())
      if (is_element(child)) ++total[local_name(child.name())], ++count;
    if (count > limits_.max_list_items)
      throw Abandon{out.where, out.path + ": more than " +
                                   std::to_string(limits_.max_list_items) +
                                   " child elements"};
    std::map<std::string_view, int> seen;
    for (const pugi::xml_node child : node.children()) {
      if (!is_element(child)) continue;
      const std::string_view name = local_name(child.name());
      std::string path = out.path + "/" + std::string(name);
      if (total[name] > 1) path += "[" + std::to_string(++seen[name]) + "]";
      out.children.push_back(element(child, std::move(path), depth + 1));
    }
  }

  LineIndex lines_;
  FileName file_;
  const ReadLimits& limits_;
  const char* base_ = nullptr;
  size_t elements_ = 0;
  std::vector<std::pair<std::string, std::string>> namespaces_;  // prefix, URI
};

Element read(std::string_view text, TreeBuilder& builder) {
  builder.check_utf8(text);
  builder.check_references(text);
  std::string buffer(text);
  pugi::xml_document xml;
  const pugi::xml_parse_result result = xml.load_buffer_inplace(
      buffer.data(), buffer.size(), kOptions, pugi::encoding_utf8);
  if (!result)
    throw Abandon{builder.locate(static_cast<size_t>(result.offset)),
                  "XML syntax: " + syntax_message(result, text)};
  return builder.root(xml, buffer.data());
}

}  // namespace

const Attribute* Element::attribute(std::string_view name) const {
  for (const Attribute& a : attributes)
    if (a.name == name) return &a;
  return nullptr;
}

Document parse_document(std::string_view text, const FileName& file,
                        const ReadLimits& limits) {
  Document doc;
  if (text.size() > limits.max_document_bytes) {
    doc.errors.error({file},
                     too_long("document", text.size(), limits.max_document_bytes));
    return doc;
  }
  TreeBuilder builder(text, file, limits);
  try {
    doc.root = read(text, builder);
  } catch (const Abandon& e) {
    doc.errors.error(e.where, e.message);
  }
  return doc;
}

}  // namespace shortlist::xml
