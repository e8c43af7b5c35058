// The 2012-2020 Europass CV in JSON (top key "SkillsPassport", the JSON
// schema 3.x of Cedefop's Europass editor): formats.md, "Europass CV". The
// facts are read by europass_2012_cv.cpp, as in XML (europass_2012.cpp) and
// under the same names; this is the JSON side: lists
// are arrays without their List element ("WorkExperience": [...]) and dates
// are objects of numbers ({"Year": 2002, "Month": 8, "Day": 1}). Keys the
// contract does not name are not read, so they are not checked either.
#include <cmath>

#include "json/reader.h"
#include "load/europass.h"
#include "load/europass_2012_cv.h"
#include "load/europass_facts.h"

namespace shortlist {
namespace {

using json::Node;
using json::ObjectReader;

// The value at `path` ("PersonName/FirstName"), each step an object; nullptr
// when a step is absent. A step that is not an object is reported.
const Node* find(ObjectReader& object, std::string_view path) {
  const size_t slash = path.find('/');
  const std::string key(path.substr(0, slash));
  const Node* value = object.get(key);
  if (!value || slash == std::string_view::npos) return value;
  ObjectReader inner(*value, key, object.errors());
  return inner.ok() ? find(inner, path.substr(slash + 1)) : nullptr;
}

// A whole number in [low, high] ("a month 1 to 12"), or a located error.
std::optional<int> whole(const Node* node, int low, int high, const std::string& shape,
                         Diagnostics& errors) {
  if (!node) return std::nullopt;
  if (!node->is_number()) {
    json::report(*node, "must be " + shape + ", found " + node->describe(), errors);
    return std::nullopt;
  }
  const auto value = json::read_number(node, errors);  // reports a number out of range
  if (!value) return std::nullopt;
  if (std::floor(*value) == *value && *value >= low && *value <= high)
    return static_cast<int>(*value);
  json::report(*node, "must be " + shape + ", found " + node->describe(), errors);
  return std::nullopt;
}

// {"Year": 2009, "Month": 2, "Day": 15}: a year, to which a month and then a
// day may be added, as the XML's attributes.
std::optional<xml::PartialDate> partial_date(const Node& node, Diagnostics& errors) {
  ObjectReader date(node, "date", errors);
  if (!date.ok()) return std::nullopt;
  const auto year =
      whole(date.require("Year"), 1900, 2199, "a year 1900 to 2199", errors);
  const Node* month = date.get("Month");
  const Node* day = date.get("Day");
  if (day && !month) json::report(*day, "a day without a month", errors);
  if (!year) return std::nullopt;
  xml::PartialDate d{.year = *year};
  if (!month) return day ? std::nullopt : std::optional(d);
  const auto m = whole(month, 1, 12, "a month 1 to 12", errors);
  if (!m) return std::nullopt;
  d.month = *m;
  d.precision = xml::PartialDate::Precision::month;
  if (!day) return d;
  const auto last = days_in_month(d.year, d.month);
  const auto dd = whole(day, 1, last, "a day of " + d.iso(), errors);
  if (!dd) return std::nullopt;
  d.day = *dd;
  d.precision = xml::PartialDate::Precision::day;
  return d;
}

class JsonNode final : public europass::Cv2012Node {
 public:
  JsonNode(const Node& node, std::string what, Diagnostics& errors)
      : node_(node), reader_(node, std::move(what), errors) {}

  Location where() const override { return node_.where; }

  std::optional<Text> text(std::string_view path) override {
    auto t = json::read_text(find(reader_, path), reader_.errors());
    if (!t || t->text.empty()) return std::nullopt;
    return Text{t->text, t->where};
  }

  std::optional<ParsedDate> date(std::string_view path, DateRole role) override {
    const Node* node = find(reader_, path);
    if (!node) return std::nullopt;
    auto d = partial_date(*node, reader_.errors());
    if (!d) return std::nullopt;
    return europass::parsed(*d, role);
  }

  // A boolean; absent or null is false.
  bool current() override {
    const Node* node = reader_.get("Current");
    if (!node) return false;
    if (node->kind == Node::Kind::boolean) return node->text == "true";
    json::report(*node, "must be true or false, found " + node->describe(),
                 reader_.errors());
    return false;
  }

  std::unique_ptr<Cv2012Node> child(std::string_view path) override {
    const Node* node = find(reader_, path);
    if (!node) return nullptr;
    return std::make_unique<JsonNode>(*node, last_name(path), reader_.errors());
  }

  bool require(std::string_view name) override { return reader_.require(name); }

  bool each(std::string_view path,
            const std::function<void(Cv2012Node&)>& read) override {
    const Node* node = find(reader_, path);
    const auto* items = json::read_list(node, reader_.errors());
    if (items)
      for (const Node& item : *items) {
        JsonNode entry(item, last_name(path), reader_.errors());
        read(entry);
      }
    return node != nullptr;
  }

  // A node that is not an object was reported when it was read: nothing
  // more is said of it.
  void error(std::string_view path, const std::string& message) override {
    if (!reader_.ok()) return;
    const Node* found = path.empty() ? nullptr : find(reader_, path);
    json::report(found ? *found : node_, message, reader_.errors());
  }

 private:
  static std::string last_name(std::string_view path) {
    return std::string(path.substr(path.rfind('/') + 1));
  }

  const Node& node_;
  ObjectReader reader_;
};

}  // namespace

Candidate read_europass_2012_json(const Node& root, const RuleTables& rules,
                                  Diagnostics& errors) {
  Candidate c;
  c.where = root.where;
  JsonNode top(root, "Europass CV", errors);
  if (!top.require("SkillsPassport")) return c;
  auto passport = top.child("SkillsPassport");
  if (!passport->require("LearnerInfo")) return c;
  europass::read_learner_info(*passport->child("LearnerInfo"), rules, c);
  return c;
}

}  // namespace shortlist
