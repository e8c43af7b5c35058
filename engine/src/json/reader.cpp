#include "json/reader.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "text.h"

namespace shortlist::json {
namespace {

// "POINTER: must be SHAPE, found VALUE[ (WHY)]" at the node.
void wrong_shape(const Node& node, std::string_view shape, Diagnostics& errors,
                 const std::string& why = "") {
  report(node, "must be " + std::string(shape) + ", found " + node.describe() + why,
         errors);
}

constexpr std::string_view kDateShape = "a date YYYY-MM-DD, YYYY-MM or YYYY";

}  // namespace

std::string pointer_label(const Node& node) {
  std::string pointer = node.pointer();
  return pointer.empty() ? "(root)" : pointer;
}

void report(const Node& node, std::string_view message, Diagnostics& errors) {
  errors.error(node.where, pointer_label(node) + ": " + std::string(message));
}

ObjectReader::ObjectReader(const Node& node, std::string what, Diagnostics& errors)
    : node_(&node), what_(std::move(what)), errors_(errors) {
  if (node.is_object())
    object_ = &node;
  else
    report(node, what_ + " must be an object, found " + node.describe(), errors_);
}

const Node* ObjectReader::get(std::string_view key) {
  known_.emplace_back(key);
  const Node* value = object_ ? object_->find(key) : nullptr;
  return value && !value->is_null() ? value : nullptr;
}

const Node* ObjectReader::require(std::string_view key) {
  const Node* value = get(key);
  if (object_ && !value)
    report(*node_, what_ + " has no '" + std::string(key) + "'", errors_);
  return value;
}

bool ObjectReader::has(std::string_view key) const {
  return object_ && object_->find(key);
}

void ObjectReader::finish(const std::vector<std::string>& also_allowed) {
  if (!object_) return;
  std::vector<std::string> allowed = known_;
  allowed.insert(allowed.end(), also_allowed.begin(), also_allowed.end());
  for (const Member& member : object_->members) {
    if (std::find(allowed.begin(), allowed.end(), member.key) != allowed.end()) continue;
    errors_.error(member.key_where, pointer_label(member.value) + ": unknown key '" +
                                        member.key + "' in " + what_ +
                                        did_you_mean(member.key, allowed));
  }
}

std::optional<Located> read_text(const Node* node, Diagnostics& errors) {
  if (!node || node->is_null()) return std::nullopt;
  if (node->is_string() || node->is_number()) return Located{node->text, node->where};
  wrong_shape(*node, "text", errors);
  return std::nullopt;
}

std::optional<double> read_number(const Node* node, Diagnostics& errors) {
  if (!node || node->is_null()) return std::nullopt;
  double value = 0;
  const char* first = node->text.data();
  const char* last = first + node->text.size();
  const auto [end, ec] = std::from_chars(first, last, value);
  if (node->is_number() && ec == std::errc() && end == last && std::isfinite(value))
    return value;
  wrong_shape(*node, "a number", errors);
  return std::nullopt;
}

std::optional<ParsedDate> read_date(const Node* node, DateRole role,
                                    Diagnostics& errors) {
  if (!node || node->is_null()) return std::nullopt;
  std::string why = "not a string";
  auto date = node->is_string() ? parse_date(node->text, role, &why) : std::nullopt;
  if (!date)
    wrong_shape(*node, kDateShape, errors,
                node->is_string() && date_shaped(node->text) ? " (" + why + ")" : "");
  return date;
}

const std::vector<Node>* read_list(const Node* node, Diagnostics& errors) {
  if (!node || node->is_null()) return nullptr;
  if (node->is_array()) return &node->items;
  wrong_shape(*node, "an array", errors);
  return nullptr;
}

std::optional<std::vector<Located>> read_text_list(const Node* node,
                                                   Diagnostics& errors) {
  const auto* items = read_list(node, errors);
  if (!items) return std::nullopt;
  std::vector<Located> out;
  for (const Node& item : *items)
    if (auto text = read_text(&item, errors)) out.push_back(std::move(*text));
  return out;
}

}  // namespace shortlist::json
