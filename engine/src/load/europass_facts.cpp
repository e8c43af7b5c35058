#include "load/europass_facts.h"

#include <algorithm>

namespace shortlist::europass {

ParsedDate parsed(const xml::PartialDate& date, DateRole role) {
  using P = xml::PartialDate::Precision;
  if (date.precision == P::year) return {date.first_day(), DatePrecision::year};
  const DatePrecision precision =
      date.precision == P::month ? DatePrecision::month : DatePrecision::day;
  return {role == DateRole::start ? date.first_day() : date.last_day(), precision};
}

std::string plain_text(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  bool in_tag = false;
  for (const char c : html) {
    if (c == '<') in_tag = true;
    if (!in_tag) out += c;
    if (c == '>' && in_tag) {
      in_tag = false;
      out += ' ';
    }
  }
  return out;
}

std::vector<Text> named_areas(const std::vector<std::string>& texts,
                              const RuleTables& rules) {
  std::vector<Text> areas;
  std::vector<int> seen;
  for (const auto& text : texts)
    for (int concept_id : rules.skills.concepts_in(plain_text(text)))
      if (std::find(seen.begin(), seen.end(), concept_id) == seen.end()) {
        seen.push_back(concept_id);
        areas.push_back({rules.skills.name(concept_id), {}});
      }
  return areas;
}

void type_by_title(Period& p, const RuleTables& rules) {
  if (!p.title) return;
  if (auto typed = rules.period_words.type_of_title(p.title->value)) {
    p.type = Text{typed->type, p.title->where};
    p.type_reason = "title word '" + typed->phrase + "'";
  }
}

bool is_cefr_level(std::string_view level) {
  if (level.size() != 2) return false;
  const char letter = static_cast<char>(level[0] & ~0x20);  // upper case
  return (letter == 'A' || letter == 'B' || letter == 'C') &&
         (level[1] == '1' || level[1] == '2');
}

void set_grid_level(LanguageEntry& language, std::vector<CefrSkill> grid) {
  const auto given = [](const CefrSkill& s) { return s.level.has_value(); };
  if (std::none_of(grid.begin(), grid.end(), given)) return;
  const bool alike = std::all_of(grid.begin(), grid.end(), [&](const CefrSkill& s) {
    return s.level && s.level->value == grid.front().level->value;
  });
  if (alike) {
    language.level = grid.front().level;
    return;
  }
  language.grid = std::move(grid);
}

}  // namespace shortlist::europass
