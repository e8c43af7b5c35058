// Checks of candidate values that every candidate format shares (formats.md,
// "Candidate file": the closed vocabularies, the bounds of numbers, the
// shape of dates). Each returns what is wrong with a value as written, or ""
// when it is good; a format places the sentence in its own terms (YAML at
// the value, CSV after the column's name). A sentence that starts with
// "must" follows the value's name ("fte must be ...", "fte: must be ...").
#pragma once

#include <optional>
#include <string>

#include "shortlist/date.h"
#include "shortlist/profile.h"
#include "shortlist/rules.h"

namespace shortlist {

// "unknown country 'XX'", with a suggestion.
std::string country_problem(const std::string& country, const RuleTables& rules);
// "unknown language 'xx'", with a suggestion.
std::string language_problem(const std::string& language, const RuleTables& rules);
// "unknown language level 'C3'", with a suggestion and the levels.
std::string level_problem(const std::string& level, const RuleTables& rules);
// A four-skill value (read, write, ...): "must be not fluent, confident or fluent, ...".
std::string skill_value_problem(const std::string& value, const RuleTables& rules);
// A level given beside four-skill values: "give either level or ...".
std::string level_and_skills_problem(const RuleTables& rules);
// "unknown employer class 'ngos'", with a suggestion: a class of rules/employers.yaml.
std::string employer_kind_problem(const std::string& kind, const RuleTables& rules);
// "unknown experience type 'job'", with a suggestion and the types.
std::string period_type_problem(const std::string& type, const RuleTables& rules);
// A period's scope, setting or programme (formats.md, "The rule language, for
// real postings"): "unknown scope 'abroad'; scopes are ...".
std::string scope_problem(const std::string& scope);
std::string setting_problem(const std::string& setting, const RuleTables& rules);
std::string programme_problem(const std::string& programme, const RuleTables& rules);

// An education entry that states both `completed` and an enrolment
// (`enrolled`, `expected`, `final_year`): "give completed or enrolled, not
// both"; the key to place it at in `key`.
std::string enrolment_problem(const EducationEntry& e, std::string& key);

// A work permit's kind (formats.md): unlimited, long_term, temporary or
// sponsored; "unknown permit kind 'x'; kinds are ..." otherwise.
std::string permit_kind_problem(const std::string& kind);

// "must be a number, found 'x'".
std::string not_a_number(const std::string& text);
// fte in [0, 1]: "must be between 0 and 1 (full time), found 1.5".
std::string fte_problem(double fte, const std::string& text);
// A fee above 0: "must be greater than 0, found 0".
std::string fee_problem(double fee, const std::string& text);
// An ISO 4217 code (three capitals): "must be an ISO 4217 code such as USD, ...".
std::string currency_problem(const std::string& currency);
// born names a day or a year, not a month: "must be a full date ...".
std::string born_problem(DatePrecision precision);
// Whether an end lies before its start even at its latest reading.
bool ends_before(const ParsedDate& start, const ParsedDate& end);
// `to` written as an open end (formats.md: `present`).
bool open_end(const std::string& to);

}  // namespace shortlist
