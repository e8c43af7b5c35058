// An XML document as a small tree of located elements, built from pugixml
// (document.cpp, the only place an XML library is seen).
//
// Each element keeps its local name, its namespace URI, its attributes, its
// text trimmed, its child elements in order, where it starts and its path for
// messages ("/SkillsPassport/LearnerInfo/WorkExperienceList/WorkExperience[2]").
// Comments, processing instructions and the XML declaration are dropped.
//
// Nothing is ever expanded from a DTD: a DOCTYPE that declares entities is an
// error ("entity declarations are not read"), so neither "billion laughs" nor
// an external entity (SYSTEM "file:///etc/passwd") is read. Only the five
// predefined entities and character references are replaced.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "shortlist/limits.h"
#include "shortlist/status.h"

namespace shortlist::xml {

// An attribute as written. xmlns declarations are not attributes here: they
// are resolved into Element::ns.
struct Attribute {
  std::string name;  // as written, with its prefix if any ("xsi:type")
  std::string value;
  Location where;  // of its name
};

struct Element {
  std::string name;  // local name, without a prefix
  std::string ns;    // namespace URI; empty when in no namespace
  std::string path;  // "/Root/Child[2]/Leaf": local names, [n] (1-based)
                     // where a parent has several children of that name
  Location where;    // of its '<'
  std::vector<Attribute> attributes;
  std::string text;  // its own text and CDATA, concatenated, trimmed
  std::vector<Element> children;

  // The attribute named `name` exactly as written, or nullptr.
  const Attribute* attribute(std::string_view name) const;
};

// One XML file: its root element, or the error that kept it from being read.
struct Document {
  Element root;        // meaningful only when parsed()
  Diagnostics errors;  // at most one: reading stops at the first problem
  bool parsed() const { return errors.empty(); }
};

// Parses `text` as one UTF-8 XML document; every location is a 1-based line
// and a column counted in characters. Errors, each located: XML syntax, a
// byte that is not UTF-8, a NUL byte or a reference to one, a DOCTYPE declaring entities,
// an undeclared namespace prefix, a duplicate attribute, text outside the root or a
// second root, and the bounds of `limits` (max_document_bytes for the text, max_depth,
// max_nodes elements, max_list_items children or attributes of one element,
// max_scalar_bytes for one text or attribute value). Thread-safe. Memory is bounded by
// the text's size: about 16 times it at worst (pugixml's own tree of a text of empty
// elements, before max_nodes stops the walk), 66 MB for a 4 MiB document.
Document parse_document(std::string_view text, const FileName& file,
                        const ReadLimits& limits);

}  // namespace shortlist::xml
