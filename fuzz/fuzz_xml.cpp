// Fuzzes the XML document layer with arbitrary bytes, under bounds small
// enough that every limit is reached, then reads every element's text and
// attribute dates the way the Europass formats will.
#include <cstdint>
#include <string_view>

#include "xml/document.h"
#include "xml/reader.h"

namespace {

void read_all(const shortlist::xml::Element& element, shortlist::Diagnostics& errors) {
  (void)shortlist::xml::read_text(&element, errors);
  (void)shortlist::xml::read_date(&element, errors);
  (void)shortlist::xml::read_date_attributes(&element, errors);
  for (const auto& child : element.children) read_all(child, errors);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  shortlist::ReadLimits limits;
  limits.max_depth = 16;
  limits.max_nodes = 2000;
  limits.max_list_items = 200;
  limits.max_scalar_bytes = 1024;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto doc = shortlist::xml::parse_document(text, "fuzz.xml", limits);
  if (!doc.parsed()) return 0;
  shortlist::Diagnostics errors;
  read_all(doc.root, errors);
  (void)shortlist::xml::ElementReader(doc.root, errors)
      .require("LearnerInfo/Identification");
  return 0;
}
