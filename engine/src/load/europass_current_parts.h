// The parts of the current Europass reader (europass_current.cpp) that its
// second file, europass_current_history.cpp (employment and education),
// shares with it. Element names follow the Europass XML schema documentation
// (DG EMPL, 2020; the copy in europass-unofficial/europass-schema-docs,
// docs/3.5_CandidatePerson(level1).md, docs/03.11_CandidateProfile_
// EducationHistory_level_2.md, docs/03.14_CandidateProfile_EmploymentHistory_
// level_2.md): local names, since the XML layer resolves the oa:, hr: and
// eures: prefixes into namespaces this reader does not need.
#pragma once

#include <optional>
#include <vector>

#include "shortlist/date.h"
#include "shortlist/profile.h"
#include "shortlist/rules.h"
#include "shortlist/status.h"
#include "xml/reader.h"

namespace shortlist::europass {

// The text of the element at `path` under `reader`'s element, its runs of
// white space read as one space ("Senior\n   Developer" is "Senior
// Developer"); nullopt when absent or empty.
std::optional<Text> text_at(xml::ElementReader& reader, std::string_view path);

// An HR-XML date element (StartDate, EndDate): its hr:FormattedDateTime,
// YYYY, YYYY-MM or YYYY-MM-DD (a time after the day, "T10:00:00", is
// dropped). nullptr gives nullopt; a date element without it is an error.
std::optional<ParsedDate> read_when(const xml::Element* date, DateRole role,
                                    Diagnostics& errors);

// An xs:boolean indicator (CurrentIndicator, Ongoing): true, false, 1 or 0.
std::optional<bool> read_indicator(const xml::Element* indicator, Diagnostics& errors);

// EmploymentHistory: every EmployerHistory, one period for each of its
// PositionHistory (or one for the employer when it lists none).
void read_employment(const xml::Element& history, const RuleTables& rules,
                     std::vector<Period>& out, Diagnostics& errors);

// EducationHistory: one entry per EducationOrganizationAttendance.
void read_education(const xml::Element& history, std::vector<EducationEntry>& out,
                    Diagnostics& errors);

}  // namespace shortlist::europass
