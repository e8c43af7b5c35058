#include "load/candidate_format.h"

#include <filesystem>

#include "shortlist/engine.h"

namespace shortlist {

void Pieces::add(std::span<const Fragment> piece) {
  fragments.insert(fragments.end(), piece.begin(), piece.end());
  begin.push_back(static_cast<uint32_t>(fragments.size()));
}

void Pieces::add_part(int32_t input, std::string_view text, std::string_view part,
                      int first_line) {
  const Fragment f{input, static_cast<uint32_t>(part.data() - text.data()),
                   static_cast<uint32_t>(part.size()), first_line};
  add(std::span<const Fragment>(&f, 1));
}

std::string_view text_of(const Fragment& fragment, std::span<const InputText> inputs) {
  return std::string_view(*inputs[fragment.input].bytes)
      .substr(fragment.offset, fragment.size);
}

const std::vector<const CandidateFormat*>& candidate_formats() {
  static const std::vector<const CandidateFormat*> formats = {
      &yaml_candidates(), &json_resume_candidates(), &europass_xml_candidates(),
      &csv_candidates()};
  return formats;
}

const CandidateFormat& format_of(const std::string& name) {
  const std::string ending = std::filesystem::path(name).extension().string();
  for (const CandidateFormat* format : candidate_formats())
    for (const auto& e : format->endings())
      if (e == ending) return *format;
  return yaml_candidates();
}

std::vector<std::string> candidate_endings() {
  std::vector<std::string> out;
  for (const CandidateFormat* format : candidate_formats())
    for (const auto& e : format->endings()) out.push_back(e);
  return out;
}

}  // namespace shortlist
