// The `.xml` candidate format: one Europass CV a file, of the generation its
// root element tells (formats.md, "Candidates in other formats").
#include <filesystem>

#include "load/candidate_format.h"
#include "load/europass.h"

namespace shortlist {
namespace {

// The candidate of a parsed document, by its root; an error when the root
// is neither generation's.
Candidate read_root(const xml::Element& root, const RuleTables& rules,
                    Diagnostics& errors) {
  if (root.name == "Candidate" && root.ns == kEuropassNamespace)
    return read_europass_current(root, rules, errors);
  if (root.name == "SkillsPassport") return read_europass_2012_xml(root, rules, errors);
  const std::string found =
      "<" + root.name + ">" + (root.ns.empty() ? "" : " of namespace " + root.ns);
  errors.error(root.where, root.path + ": the root is " + found +
                               ": a candidate in XML is a Europass CV, <Candidate> of "
                               "namespace " +
                               std::string(kEuropassNamespace) +
                               " or the 2012-2020 <SkillsPassport>");
  return {};
}

class EuropassXml final : public CandidateFormat {
 public:
  std::string_view name() const override { return "europass-xml"; }
  std::vector<std::string> endings() const override { return {".xml"}; }

  Pieces cut(std::span<const InputText> inputs, std::span<const int32_t> which,
             const ReadLimits&, Diagnostics&) const override {
    Pieces out;
    for (int32_t input : which) {
      const std::string& text = *inputs[input].bytes;
      out.add_part(input, text, text, 1);
    }
    return out;
  }

  std::vector<LoadedCandidate> read(std::span<const Fragment> piece,
                                    std::span<const InputText> inputs,
                                    const RuleTables& rules,
                                    const ReadLimits& limits) const override {
    const Fragment& f = piece.front();
    const InputText& input = inputs[f.input];
    xml::Document doc = xml::parse_document(text_of(f, inputs), input.name, limits);
    LoadedCandidate out;
    out.file = input.name;
    out.line = 1;
    // formats.md, "Ids": the file's name without its extension.
    out.id = std::filesystem::path(input.name.str()).stem().string();
    Diagnostics errors = doc.errors;
    if (doc.parsed()) {
      Candidate c = read_root(doc.root, rules, errors);
      c.id = out.id;
      if (errors.empty()) out.candidate = std::move(c);
    }
    out.errors = errors.sorted();
    return {std::move(out)};
  }
};

}  // namespace

const CandidateFormat& europass_xml_candidates() {
  static const EuropassXml format;
  return format;
}

}  // namespace shortlist
