#include "load/candidate_values.h"

#include <algorithm>

#include "text.h"

namespace shortlist {

std::string country_problem(const std::string& country, const RuleTables& rules) {
  if (rules.countries.code_of(country)) return "";
  return "unknown country '" + country + "'" +
         did_you_mean(country, rules.countries.suggestions());
}

std::string language_problem(const std::string& language, const RuleTables& rules) {
  if (rules.languages.code_of(language)) return "";
  return "unknown language '" + language + "'" +
         did_you_mean(language, rules.languages.suggestions());
}

std::string level_problem(const std::string& level, const RuleTables& rules) {
  if (rules.levels.rank_of(level)) return "";
  return "unknown language level '" + level + "'" +
         did_you_mean(level, rules.levels.words()) + "; levels are " +
         join_words(rules.levels.words(), "and");
}

std::string skill_value_problem(const std::string& value, const RuleTables& rules) {
  if (rules.levels.value_index(value) || rules.levels.un_rank_of(value)) return "";
  return "must be " + join_words(rules.levels.values(), "or") +
         " (or a UN level such as UN III), found '" + value + "'" +
         did_you_mean(value, rules.levels.values());
}

std::string level_and_skills_problem(const RuleTables& rules) {
  return "give either level or the four skills (" +
         join_words(rules.levels.skills(), "and") + "), not both";
}

std::string employer_kind_problem(const std::string& kind, const RuleTables& rules) {
  const auto& employers = rules.employers;
  if (auto index = employers.index_of(kind); index && employers.at(*index).is_class)
    return "";
  std::vector<std::string> classes;
  for (int i = 0; i < employers.size(); ++i)
    if (employers.at(i).is_class) classes.push_back(employers.at(i).id);
  return "unknown employer class '" + kind + "'" + did_you_mean(kind, classes) +
         "; classes are those of rules/employers.yaml (" + join_words(classes, "and") +
         ")";
}

std::string period_type_problem(const std::string& type, const RuleTables& rules) {
  if (rules.periods.type(type)) return "";
  return "unknown experience type '" + type + "'" +
         did_you_mean(type, rules.periods.names()) + "; types are " +
         join_words(rules.periods.names(), "and");
}

namespace {
std::string closed_value_problem(const std::string& what, const std::string& value,
                                 const std::vector<std::string>& values,
                                 const std::string& plural) {
  if (std::find(values.begin(), values.end(), value) != values.end()) return "";
  return "unknown " + what + " '" + value + "'" + did_you_mean(value, values) + "; " +
         plural + " are " + join_words(values, "and");
}
}  // namespace

std::string scope_problem(const std::string& scope) {
  return closed_value_problem("scope", scope, {"international", "national"}, "scopes");
}

std::string permit_kind_problem(const std::string& kind) {
  return closed_value_problem(
      "permit kind", kind, {"unlimited", "long_term", "temporary", "sponsored"}, "kinds");
}

std::string setting_problem(const std::string& setting, const RuleTables& rules) {
  return closed_value_problem("setting", setting, rules.periods.settings,
                              "settings (rules/policies.yaml)");
}

std::string programme_problem(const std::string& programme, const RuleTables& rules) {
  return closed_value_problem("programme", programme, rules.periods.programmes,
                              "programmes (rules/policies.yaml)");
}

std::string enrolment_problem(const EducationEntry& e, std::string& key) {
  if (!e.completed) return "";
  key = e.enrolled     ? "enrolled"
        : e.expected   ? "expected"
        : e.final_year ? "final_year"
                       : "";
  if (key.empty()) return "";
  return "an entry with completed is not an enrolment: give completed or " + key +
         ", not both";
}

std::string not_a_number(const std::string& text) {
  return "must be a number, found '" + text + "'";
}

std::string fte_problem(double fte, const std::string& text) {
  if (fte >= 0 && fte <= 1) return "";
  return "must be between 0 and 1 (full time), found " + text;
}

std::string fee_problem(double fee, const std::string& text) {
  if (fee > 0) return "";
  return "must be greater than 0, found " + text;
}

std::string currency_problem(const std::string& currency) {
  const bool iso =
      currency.size() == 3 && std::all_of(currency.begin(), currency.end(),
                                          [](char c) { return c >= 'A' && c <= 'Z'; });
  if (iso) return "";
  return "must be an ISO 4217 code such as USD, found '" + currency + "'";
}

std::string born_problem(DatePrecision precision) {
  if (precision != DatePrecision::month) return "";
  return "must be a full date YYYY-MM-DD, or a year alone YYYY";
}

bool ends_before(const ParsedDate& start, const ParsedDate& end) {
  return latest_day(end.date, end.precision) < start.date;
}

bool open_end(const std::string& to) { return fold(to) == "present"; }

}  // namespace shortlist
