// What the Europass readers share (europass.h): how a fact, once read from
// either generation's XML or from JSON, becomes part of the typed profile,
// so that every syntax maps it the same way (formats.md, "Europass CV").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "shortlist/date.h"
#include "shortlist/profile.h"
#include "shortlist/rules.h"
#include "xml/reader.h"

namespace shortlist::europass {

// A Europass date in the role it plays: a start means its first day, an end
// or a completion its last (formats.md, "Dates and periods"); a year alone
// keeps year precision, a range.
ParsedDate parsed(const xml::PartialDate& date, DateRole role);

// Europass rich text ("<p>", "<li>", "<br/>") with every tag read as a space.
std::string plain_text(std::string_view html);

// The concepts of rules/skills.yaml that `texts` name, each once: a period's
// areas, read as JSON Resume's are.
std::vector<Text> named_areas(const std::vector<std::string>& texts,
                              const RuleTables& rules);

// A title word of rules/period-words.yaml (intern, stagiaire, ...) gives the
// period its type, with the reason the explanation shows.
void type_by_title(Period& p, const RuleTables& rules);

// Whether `level` is one of the levels a Europass self-assessment grid takes
// (its XSD's cefrLevelType, A1 to C2; any case).
bool is_cefr_level(std::string_view level);
inline constexpr std::string_view kCefrLevels = "A1, A2, B1, B2, C1 or C2";

// A foreign language's level from its grid of self-assessed skills: one level
// given for every skill is that level; skills that differ or are not all
// given stay a grid (LanguageEntry::grid: the lowest, or a range); a grid
// with no skill given leaves the language without a level.
void set_grid_level(LanguageEntry& language, std::vector<CefrSkill> grid);

}  // namespace shortlist::europass
