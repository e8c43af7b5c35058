// The sections of a CSV export and their columns (formats.md, "CSV"): which
// section a header row is, and which of its cells holds which column. Used
// by the CSV candidate format (csv_candidates.cpp) to cut and to read rows,
// and by the column map (column_map.cpp) to check its targets.
//
// A header names a section by its columns: the section is the one section
// holding every column of the header. `id` is in every section, `title`
// and `country` in education and experience; a header of `id` alone is the candidates
// section (a list of applicants), and one whose columns two sections hold
// (`id, title`) or no one section holds is an error. Header names are read
// trimmed and in ASCII lower case, after the renames of a ColumnMap.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "csv/table.h"
#include "shortlist/load.h"

namespace shortlist::csv {

enum class Section { candidates, education, experience, languages };

// Every contract column, once.
enum Column : int {
  kId,
  kName,
  kBorn,
  kNationality,
  kGender,
  kSkills,
  kFee,
  kCurrency,
  kDegree,
  kTitle,
  kField,
  kInstitution,
  kCountry,
  kCompleted,
  kEmployer,
  kFrom,
  kTo,
  kFte,
  kType,
  kAreas,
  kEmployerKind,
  kScope,
  kSetting,
  kPaid,
  kProgramme,
  kEnrolled,
  kExpected,
  kFinalYear,
  kAccredited,
  kLanguage,
  kLevel,
  kUnLevel,
  kRead,
  kWrite,
  kSpeak,
  kUnderstand,
  kColumns
};

// "id", "name", ...: the contract's name of a column.
const std::string& column_name(Column column);
// Every contract column name, in the order of Column.
const std::vector<std::string>& column_names();
// "candidates", "education", ...
std::string section_name(Section section);

// Which cell of a header holds each column of its section.
struct Layout {
  Section section = Section::candidates;
  std::array<int, kColumns> cell;  // per column: its 0-based cell, -1 if absent
  Layout() { cell.fill(-1); }
};

// The header's section and cells; nullopt when the header cannot be used,
// with its problems in `errors` located on the header line as
// "FILE:LINE: NAME: message" (an unknown column, a column given twice, one
// section's column beside another's) or "FILE:LINE: message" (no id
// column, no section). A problem the table already reported (an empty or
// repeated name) makes it unusable without another message.
std::optional<Layout> layout_of(const Table& header, const ColumnMap* renames,
                                Diagnostics& errors);

// A header name as it is matched: trimmed of spaces and tabs, ASCII lower case.
std::string match_key(const std::string& name);

}  // namespace shortlist::csv
