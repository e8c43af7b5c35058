// The 2012-2020 Europass CV in XML (root <SkillsPassport>, schema 3.x):
// formats.md, "Europass CV". The facts are read by europass_2012_cv.cpp;
// this is the XML side: dates as attributes (year="2009" month="--01"),
// lists wrapped in their List element, Current as xs:boolean.
#include "load/europass.h"
#include "load/europass_2012_cv.h"
#include "load/europass_facts.h"
#include "xml/reader.h"

namespace shortlist {
namespace {

using xml::Element;
using xml::ElementReader;

class XmlNode final : public europass::Cv2012Node {
 public:
  XmlNode(const Element& element, Diagnostics& errors) : reader_(element, errors) {}

  Location where() const override { return reader_.element().where; }

  std::optional<Text> text(std::string_view path) override {
    auto t = reader_.text(path);
    if (!t || t->text.empty()) return std::nullopt;
    return Text{t->text, t->where};
  }

  std::optional<ParsedDate> date(std::string_view path, DateRole role) override {
    auto d = xml::read_date_attributes(reader_.find(path), reader_.errors());
    if (!d) return std::nullopt;
    return europass::parsed(*d, role);
  }

  // xs:boolean: true or false, also 1 or 0.
  bool current() override {
    auto t = reader_.text("Current");
    if (!t || t->text == "false" || t->text == "0" || t->text.empty()) return false;
    if (t->text == "true" || t->text == "1") return true;
    error("Current", "must be true or false, found '" + t->text + "'");
    return false;
  }

  std::unique_ptr<Cv2012Node> child(std::string_view path) override {
    const Element* e = reader_.find(path);
    return e ? std::make_unique<XmlNode>(*e, reader_.errors()) : nullptr;
  }

  bool require(std::string_view name) override { return reader_.require(name); }

  bool each(std::string_view path,
            const std::function<void(Cv2012Node&)>& read) override {
    const Element* list = reader_.find(std::string(path) + "List");
    if (!list) return false;
    const std::string_view item = path.substr(path.rfind('/') + 1);
    for (const Element* e : ElementReader(*list, reader_.errors()).children(item)) {
      XmlNode node(*e, reader_.errors());
      read(node);
    }
    return true;
  }

  void error(std::string_view path, const std::string& message) override {
    const Element* found = path.empty() ? nullptr : reader_.find(path);
    const Element* at = found ? found : &reader_.element();
    reader_.errors().error(at->where, at->path + ": " + message);
  }

 private:
  ElementReader reader_;
};

}  // namespace

Candidate read_europass_2012_xml(const Element& root, const RuleTables& rules,
                                 Diagnostics& errors) {
  Candidate c;
  c.where = root.where;
  XmlNode passport(root, errors);
  if (!passport.require("LearnerInfo")) return c;
  europass::read_learner_info(*passport.child("LearnerInfo"), rules, c);
  return c;
}

}  // namespace shortlist
