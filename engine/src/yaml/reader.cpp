#include "yaml/reader.h"

#include <algorithm>
#include <cmath>

#include "text.h"

namespace shortlist::yaml {

MapReader::MapReader(const Node& node, std::string what, Diagnostics& errors)
    : where_(node.where), what_(std::move(what)), errors_(errors) {
  if (node.is_map()) {
    map_ = &node;
    return;
  }
  errors_.error(node.where,
                what_ + " must be a map of keys and values, found " + node.describe());
}

const Node* MapReader::get(std::string_view key) {
  known_.emplace_back(key);
  if (!map_) return nullptr;
  for (const auto& [k, v] : map_->entries)
    if (k.is_scalar() && k.text == key) return v.is_null() ? nullptr : &v;
  return nullptr;
}

const Node* MapReader::require(std::string_view key) {
  const Node* value = get(key);
  if (map_ && !value) errors_.error(where_, what_ + " has no '" + std::string(key) + "'");
  return value;
}

bool MapReader::has(std::string_view key) const {
  if (!map_) return false;
  return std::any_of(map_->entries.begin(), map_->entries.end(), [&](const auto& e) {
    return e.first.is_scalar() && e.first.text == key;
  });
}

std::vector<std::string> MapReader::present(const std::vector<std::string>& keys) const {
  std::vector<std::string> out;
  for (const auto& key : keys)
    if (has(key)) out.push_back(key);
  return out;
}

void MapReader::finish(const std::vector<std::string>& also_allowed) {
  if (!map_) return;
  std::vector<std::string> allowed = known_;
  allowed.insert(allowed.end(), also_allowed.begin(), also_allowed.end());
  for (const auto& [k, v] : map_->entries) {
    if (!k.is_scalar()) {
      errors_.error(k.where, "a key must be a single word, found " + k.describe());
      continue;
    }
    if (std::find(allowed.begin(), allowed.end(), k.text) != allowed.end()) continue;
    errors_.error(k.where, "unknown key '" + k.text + "' in " + what_ +
                               did_you_mean(k.text, allowed));
  }
}

std::optional<Located> read_text(const Node* node, std::string_view name,
                                 Diagnostics& errors) {
  if (!node) return std::nullopt;
  if (!node->is_scalar()) {
    errors.error(node->where,
                 std::string(name) + " must be a value, found " + node->describe());
    return std::nullopt;
  }
  return Located{node->text, node->where};
}

std::optional<double> read_number(const Node* node, std::string_view name,
                                  Diagnostics& errors) {
  auto text = read_text(node, name, errors);
  if (!text) return std::nullopt;
  auto value = parse_number(text->text);
  if (!value)
    errors.error(node->where,
                 std::string(name) + " must be a number, found '" + text->text + "'");
  return value;
}

std::optional<int> read_whole(const Node* node, std::string_view name, int min, int max,
                              Diagnostics& errors) {
  auto value = read_number(node, name, errors);
  if (!value) return std::nullopt;
  if (*value < min || *value > max || std::floor(*value) != *value) {
    errors.error(node->where, std::string(name) + " must be a whole number from " +
                                  std::to_string(min) + " to " + std::to_string(max) +
                                  ", found " + node->text);
    return std::nullopt;
  }
  return static_cast<int>(*value);
}

std::optional<bool> read_bool(const Node* node, std::string_view name,
                              Diagnostics& errors) {
  auto text = read_text(node, name, errors);
  if (!text) return std::nullopt;
  if (text->text == "true") return true;
  if (text->text == "false") return false;
  errors.error(node->where,
               std::string(name) + " must be true or false, found '" + text->text + "'");
  return std::nullopt;
}

std::optional<ParsedDate> read_date(const Node* node, std::string_view name,
                                    DateRole role, Diagnostics& errors) {
  auto text = read_text(node, name, errors);
  if (!text) return std::nullopt;
  std::string why;
  auto date = parse_date(text->text, role, &why);
  if (!date) errors.error(node->where, std::string(name) + ": " + why);
  return date;
}

std::optional<ParsedDate> read_exact_date(const Node* node, std::string_view name,
                                          DateRole role, Diagnostics& errors) {
  auto date = read_date(node, name, role, errors);
  if (!date || date->precision != DatePrecision::year) return date;
  errors.error(node->where, std::string(name) +
                                ": a year alone is a range, not a date here: write "
                                "YYYY-MM-DD or YYYY-MM");
  return std::nullopt;
}

std::optional<std::vector<Located>> read_text_list(const Node* node,
                                                   std::string_view name,
                                                   Diagnostics& errors) {
  const auto* items = read_list(node, name, errors);
  if (!items) return std::nullopt;
  std::vector<Located> out;
  for (const Node& item : *items)
    if (auto text = read_text(&item, std::string(name) + " item", errors))
      out.push_back(*text);
  return out;
}

const std::vector<Node>* read_list(const Node* node, std::string_view name,
                                   Diagnostics& errors) {
  if (!node) return nullptr;
  if (node->is_sequence()) return &node->items;
  std::string hint;
  if (node->is_scalar()) hint = ": write [" + node->text + "]";
  errors.error(node->where,
               std::string(name) + " must be a list, found " + node->describe() + hint);
  return nullptr;
}

}  // namespace shortlist::yaml
