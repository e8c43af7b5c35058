// CSV candidates (formats.md, "CSV"): spreadsheet exports, one file per
// section (candidates, education, experience, languages), told by the
// header row (load/csv_sections.h), joined on `id` across every `.csv` input
// of a run. Each person is a piece: their candidates row first, then their
// rows of the other sections in input order and file order. A row's values
// mean what the same keys mean in YAML and are checked as YAML checks them
// (load/candidate_values.h); an empty cell is a key left out.
//
// read() knows a fragment's section and cells by reading its input's header
// row again (a few hundred bytes) and the row itself: it keeps no state.
#include <unordered_map>

#include "load/candidate_format.h"
#include "load/candidate_values.h"
#include "load/csv_sections.h"
#include "text.h"

namespace shortlist {
namespace {

using csv::Column;
using csv::Layout;
using csv::Section;

std::string trimmed(std::string_view text) {
  const size_t first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return "";
  return std::string(text.substr(first, text.find_last_not_of(" \t") - first + 1));
}

// One row read against its header's layout, every problem reported as
// "FILE:LINE: NAME: message" (csv::cell_error).
class RowReader {
 public:
  RowReader(const csv::Table& header, const csv::Row& row, const Layout& layout,
            Diagnostics& errors)
      : header_(header), row_(row), layout_(layout), errors_(errors) {}

  // The cell of `column`, trimmed, with where it starts; nullopt when the
  // header has no such column or the cell is empty (a key left out).
  std::optional<Text> get(Column column) const {
    const int cell = layout_.cell[column];
    if (cell < 0) return std::nullopt;
    std::string value = trimmed(row_.cells[cell]);
    if (value.empty()) return std::nullopt;
    return Text{std::move(value), csv::cell_location(header_, row_, cell)};
  }

  // Reports `problem` about `column` unless it is empty; a column the header
  // lacks is named by its contract name.
  void report(Column column, const std::string& problem) {
    if (problem.empty()) return;
    const int cell = layout_.cell[column];
    if (cell >= 0) return csv::cell_error(errors_, header_, row_, cell, problem);
    errors_.error({header_.file, row_.line, 0},
                  csv::column_name(column) + ": " + problem);
  }

  std::optional<ParsedDate> date(Column column, DateRole role) {
    auto text = get(column);
    if (!text) return std::nullopt;
    std::string why;
    auto date = parse_date(text->value, role, &why);
    if (!date) report(column, why);
    return date;
  }

  // A number in the cell; one that is not is reported.
  std::optional<double> number(Column column) {
    auto text = get(column);
    if (!text) return std::nullopt;
    auto value = parse_number(text->value);
    if (!value) report(column, not_a_number(text->value));
    return value;
  }

  // The items of a list cell, split at any of `separators`, trimmed, empty
  // items left out; nullopt when the cell is empty.
  std::optional<std::vector<Text>> list(Column column,
                                        std::string_view separators) const {
    auto text = get(column);
    if (!text) return std::nullopt;
    std::vector<Text> items;
    size_t start = 0;
    while (start <= text->value.size()) {
      size_t end = text->value.find_first_of(separators, start);
      if (end == std::string::npos) end = text->value.size();
      std::string item =
          trimmed(std::string_view(text->value).substr(start, end - start));
      if (!item.empty()) items.push_back({std::move(item), text->where});
      start = end + 1;
    }
    return items;
  }

  // true or false in the cell (also yes/no, 1/0, any case); another value
  // is reported.
  std::optional<bool> boolean(Column column) {
    auto text = get(column);
    if (!text) return std::nullopt;
    const std::string v = csv::match_key(text->value);
    if (v == "true" || v == "yes" || v == "1") return true;
    if (v == "false" || v == "no" || v == "0") return false;
    report(column, "must be true or false, found '" + text->value + "'");
    return std::nullopt;
  }

  // Whether every cell but the id is empty: the row states its section
  // empty for the person (as `education: []` does in YAML).
  bool only_id() const {
    for (int c = 0; c < csv::kColumns; ++c)
      if (c != csv::kId && get(static_cast<Column>(c))) return false;
    return true;
  }

  Location where() const { return {header_.file, row_.line, 0}; }

 private:
  const csv::Table& header_;
  const csv::Row& row_;
  const Layout& layout_;
  Diagnostics& errors_;
};

void read_proposal(RowReader& r, Candidate& c) {
  auto fee = r.number(csv::kFee);
  auto currency = r.get(csv::kCurrency);
  if (!fee && !currency) return;
  if (fee) r.report(csv::kFee, fee_problem(*fee, r.get(csv::kFee)->value));
  if (currency) r.report(csv::kCurrency, currency_problem(currency->value));
  if (!r.get(csv::kFee)) r.report(csv::kFee, "a currency is given, the fee is not");
  if (!currency) r.report(csv::kCurrency, "a fee is given, its currency is not");
  c.proposal = Proposal{fee.value_or(0), currency ? currency->value : "",
                        r.get(csv::kFee) ? r.get(csv::kFee)->where : r.where()};
}

void read_identity(RowReader& r, Candidate& c, const RuleTables& rules) {
  c.id = r.get(csv::kId)->value;
  if (auto name = r.get(csv::kName)) c.name = name->value;
  if (auto born = r.date(csv::kBorn, DateRole::start)) {
    r.report(csv::kBorn, born_problem(born->precision));
    c.born = born->date;
    c.born_precision = born->precision;
  }
  if (auto nationality = r.list(csv::kNationality, ";,")) {
    for (const Text& n : *nationality)
      r.report(csv::kNationality, country_problem(n.value, rules));
    c.nationality = std::move(*nationality);
  }
  if (auto gender = r.get(csv::kGender)) c.gender = gender->value;
  if (auto skills = r.list(csv::kSkills, ";")) {
    c.skills = std::move(*skills);
    c.stated.skills = true;
  }
  read_proposal(r, c);
}

EducationEntry read_education(RowReader& r, const RuleTables& rules) {
  EducationEntry e;
  e.where = r.where();
  if (auto degree = r.get(csv::kDegree))
    e.degree = *degree;
  else
    r.report(csv::kDegree, "an education row needs its degree");
  e.title = r.get(csv::kTitle);
  e.field = r.get(csv::kField);
  e.institution = r.get(csv::kInstitution);
  e.country = r.get(csv::kCountry);
  if (e.country) r.report(csv::kCountry, country_problem(e.country->value, rules));
  if (auto completed = r.date(csv::kCompleted, DateRole::end)) {
    e.completed = completed->date;
    e.completed_precision = completed->precision;
  }
  e.enrolled = r.boolean(csv::kEnrolled);
  e.final_year = r.boolean(csv::kFinalYear);
  e.accredited = r.boolean(csv::kAccredited);
  if (auto expected = r.date(csv::kExpected, DateRole::end)) {
    e.expected = expected->date;
    e.expected_precision = expected->precision;
  }
  std::string key;
  const std::string problem = enrolment_problem(e, key);
  if (!problem.empty())
    r.report(key == "enrolled"   ? csv::kEnrolled
             : key == "expected" ? csv::kExpected
                                 : csv::kFinalYear,
             problem);
  return e;
}

// The period's end: empty or `present` is ongoing.
void read_period_end(RowReader& r, const std::optional<ParsedDate>& from, Period& p) {
  auto to_text = r.get(csv::kTo);
  if (!to_text || open_end(to_text->value)) return;
  auto to = r.date(csv::kTo, DateRole::end);
  if (!to) return;
  p.to = to->date;
  p.to_precision = to->precision;
  if (from && ends_before(*from, *to))
    r.report(csv::kTo, to_text->value + " is before from (" +
                           written(from->date, from->precision) + ")");
}

Period read_period(RowReader& r, const RuleTables& rules) {
  Period p;
  p.where = r.where();
  p.title = r.get(csv::kTitle);
  p.employer = r.get(csv::kEmployer);
  auto from = r.date(csv::kFrom, DateRole::start);
  if (from) {
    p.from = from->date;
    p.from_precision = from->precision;
  } else if (!r.get(csv::kFrom)) {
    r.report(csv::kFrom,
             "an experience row needs its start (YYYY-MM-DD, YYYY-MM or YYYY)");
  }
  read_period_end(r, from, p);
  if (auto fte = r.number(csv::kFte)) {
    const std::string problem = fte_problem(*fte, r.get(csv::kFte)->value);
    r.report(csv::kFte, problem);
    if (problem.empty()) p.fte = *fte;
  }
  p.type = r.get(csv::kType);
  if (p.type) r.report(csv::kType, period_type_problem(p.type->value, rules));
  if (auto areas = r.list(csv::kAreas, ";")) p.areas = std::move(*areas);
  if (auto countries = r.list(csv::kCountry, ";,")) {
    for (const Text& c : *countries)
      r.report(csv::kCountry, country_problem(c.value, rules));
    p.country = std::move(*countries);
  }
  p.employer_kind = r.get(csv::kEmployerKind);
  if (p.employer_kind)
    r.report(csv::kEmployerKind, employer_kind_problem(p.employer_kind->value, rules));
  p.scope = r.get(csv::kScope);
  if (p.scope) r.report(csv::kScope, scope_problem(p.scope->value));
  p.setting = r.get(csv::kSetting);
  if (p.setting) r.report(csv::kSetting, setting_problem(p.setting->value, rules));
  p.programme = r.get(csv::kProgramme);
  if (p.programme)
    r.report(csv::kProgramme, programme_problem(p.programme->value, rules));
  p.paid = r.boolean(csv::kPaid);
  return p;
}

// The column of a four-skill name of rules/language-levels.yaml.
std::optional<Column> skill_column(const std::string& skill) {
  const auto& names = csv::column_names();
  for (int c = csv::kRead; c <= csv::kUnderstand; ++c)
    if (names[c] == skill) return static_cast<Column>(c);
  return std::nullopt;
}

LanguageEntry read_language(RowReader& r, const RuleTables& rules) {
  LanguageEntry l;
  l.where = r.where();
  if (auto language = r.get(csv::kLanguage)) {
    l.language = *language;
    r.report(csv::kLanguage, language_problem(language->value, rules));
  } else {
    r.report(csv::kLanguage, "a languages row needs its language");
  }
  l.level = r.get(csv::kLevel);
  if (l.level) r.report(csv::kLevel, level_problem(l.level->value, rules));
  std::optional<Column> first_skill;
  for (const auto& skill : rules.levels.skills()) {
    const auto column = skill_column(skill);
    auto value = column ? r.get(*column) : std::nullopt;
    if (!value) continue;
    if (rules.levels.un_rank_of(value->value)) {  // "UN III": the UN framework's
      l.un_skills[skill] = *value;
      continue;
    }
    r.report(*column, skill_value_problem(value->value, rules));
    if (!first_skill) first_skill = column;
    l.skills[skill] = *value;
  }
  if (l.level && first_skill) r.report(*first_skill, level_and_skills_problem(rules));
  l.un_level = r.get(csv::kUnLevel);
  if (l.un_level && !rules.levels.un_rank_of(l.un_level->value))
    r.report(csv::kUnLevel, "unknown UN level '" + l.un_level->value +
                                "'; UN levels are I, II, III and IV");
  if (l.un_level && !l.un_skills.empty())
    r.report(csv::kUnLevel, "give either un_level or UN levels per skill, not both");
  return l;
}

// Adds what one row of `section` states to the person.
void read_row(RowReader& r, Section section, Candidate& c, const RuleTables& rules) {
  if (section == Section::candidates) return read_identity(r, c, rules);
  const bool none = r.only_id();  // states the section empty
  if (section == Section::education) {
    c.stated.education = true;
    if (!none) c.education.push_back(read_education(r, rules));
  } else if (section == Section::experience) {
    c.stated.experience = true;
    if (!none) c.experience.push_back(read_period(r, rules));
  } else {
    c.stated.languages = true;
    if (!none) c.languages.push_back(read_language(r, rules));
  }
}

// A row of a section as cut: whose it is, and where.
struct CutRow {
  std::string id;
  Fragment fragment;
};

struct CutRows {
  std::vector<CutRow> people;  // candidates rows, in input and file order
  std::vector<CutRow> others;  // rows of the other sections, likewise
  std::unordered_map<int32_t, std::string> id_name;  // per input: its id column's name
};

// The rows of one input, by section, keeping only their ids and places; its
// problems go to `errors`.
void cut_input(const InputText& input, int32_t index, const ReadLimits& limits,
               CutRows& rows, Diagnostics& errors) {
  std::optional<Layout> layout;
  bool placed = false;
  auto keep = [&](const csv::Table& table, csv::Row row) {
    if (!placed) {
      layout = csv::layout_of(table, input.columns.get(), errors);
      placed = true;
    }
    if (!layout) return;
    const int id_cell = layout->cell[csv::kId];
    std::string id = trimmed(row.cells[id_cell]);
    if (id.empty())
      return csv::cell_error(errors, table, row, id_cell,
                             "every row needs the id of its candidate");
    rows.id_name.emplace(index, csv::header_name(table, id_cell));
    const Fragment f{index, static_cast<uint32_t>(row.offset),
                     static_cast<uint32_t>(row.size), row.line};
    (layout->section == Section::candidates ? rows.people : rows.others)
        .push_back({std::move(id), f});
  };
  const csv::Table table = csv::scan_table(*input.bytes, input.name, limits, keep);
  if (!placed) csv::layout_of(table, input.columns.get(), errors);  // no row: the header
  errors.append(table.errors);
}

// Each person's piece: their candidates row, then their other rows. A row
// whose id no candidates row has is an error; rows of an id given twice
// join the first (the roster refuses the second as a duplicate).
Pieces join(const CutRows& rows, std::span<const InputText> inputs, Diagnostics& errors) {
  std::unordered_map<std::string_view, size_t> person_of;
  for (size_t i = 0; i < rows.people.size(); ++i) person_of.emplace(rows.people[i].id, i);
  std::vector<std::vector<Fragment>> pieces(rows.people.size());
  for (size_t i = 0; i < rows.people.size(); ++i)
    pieces[i].push_back(rows.people[i].fragment);
  for (const CutRow& row : rows.others) {
    const auto it = person_of.find(row.id);
    if (it != person_of.end()) {
      pieces[it->second].push_back(row.fragment);
      continue;
    }
    const Fragment& f = row.fragment;
    errors.error({inputs[f.input].name, f.first_line, 0},
                 rows.id_name.at(f.input) + ": '" + row.id +
                     "' has no row in the candidates section");
  }
  Pieces out;
  for (const auto& piece : pieces) out.add(piece);
  return out;
}

class CsvCandidates final : public CandidateFormat {
 public:
  std::string_view name() const override { return "csv"; }
  std::vector<std::string> endings() const override { return {".csv"}; }
  bool joins_inputs() const override { return true; }

  Pieces cut(std::span<const InputText> inputs, std::span<const int32_t> which,
             const ReadLimits& limits, Diagnostics& errors) const override {
    CutRows rows;
    for (int32_t input : which) cut_input(inputs[input], input, limits, rows, errors);
    return join(rows, inputs, errors);
  }

  std::vector<LoadedCandidate> read(std::span<const Fragment> piece,
                                    std::span<const InputText> inputs,
                                    const RuleTables& rules,
                                    const ReadLimits& limits) const override {
    LoadedCandidate out;
    out.file = inputs[piece.front().input].name;
    out.line = piece.front().first_line;
    Candidate c;
    c.where = {out.file, out.line, 1};
    Diagnostics errors;
    for (const Fragment& f : piece)
      read_fragment(f, inputs[f.input], rules, limits, c, errors);
    out.id = c.id;
    if (errors.empty()) out.candidate = std::move(c);
    out.errors = errors.sorted();
    return {std::move(out)};
  }

 private:
  // Reads one row again, with its input's header.
  static void read_fragment(const Fragment& f, const InputText& input,
                            const RuleTables& rules, const ReadLimits& limits,
                            Candidate& c, Diagnostics& errors) {
    const csv::Table header = csv::read_header_only(*input.bytes, input.name, limits);
    Diagnostics cut_already_said;
    const auto layout = csv::layout_of(header, input.columns.get(), cut_already_said);
    const auto row = layout ? csv::read_row_again(header, *input.bytes, f.offset, f.size,
                                                  f.first_line, limits)
                            : std::nullopt;
    if (!row) {
      errors.error({input.name, f.first_line, 0}, "the row no longer reads as it did");
      return;
    }
    RowReader r(header, *row, *layout, errors);
    read_row(r, layout->section, c, rules);
  }
};

}  // namespace

const CandidateFormat& csv_candidates() {
  static const CsvCandidates format;
  return format;
}

}  // namespace shortlist
