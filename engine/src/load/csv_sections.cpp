#include "load/csv_sections.h"

#include <algorithm>

#include "text.h"

namespace shortlist::csv {
namespace {

constexpr int kSections = 4;

// The sections that hold each column: bit s for Section s.
constexpr std::array<unsigned, kColumns> kHeldBy = {
    0b1111,                    // id
    1, 1, 1, 1, 1, 1, 1,       // name .. currency
    2, 2 | 4, 2, 2, 2 | 4, 2,  // degree, title, field, institution, country,
                               // completed
    4, 4, 4, 4, 4, 4, 4,       // employer .. areas, employer_kind
    4, 4, 4, 4,                // scope, setting, paid, programme
    2, 2, 2, 2,                // enrolled, expected, final_year, accredited
    8, 8, 8, 8, 8, 8, 8,       // language, level, un_level, read .. understand
};

// The columns held by section `s` alone: what names it in a message.
std::string own_columns(int s) {
  std::vector<std::string> names;
  for (int c = 0; c < kColumns; ++c)
    if (kHeldBy[c] == (1u << s)) names.push_back(column_name(static_cast<Column>(c)));
  return join_words(names, "or");
}

void header_error(Diagnostics& errors, const Table& header, const std::string& message) {
  errors.error({header.file, header.header_line, 0}, message);
}

// The column of each cell (-1 for a cell no column is), reporting unknown
// names and columns given twice; false when any is.
bool place_cells(const Table& header, const ColumnMap* renames, std::vector<int>& of,
                 Diagnostics& errors) {
  bool ok = true;
  std::array<int, kColumns> first;
  first.fill(-1);
  for (size_t i = 0; i < header.header.size(); ++i) {
    const std::string& name = header.header[i];
    std::string key = match_key(name);
    if (renames)
      if (auto it = renames->names.find(key); it != renames->names.end())
        key = it->second;
    const auto& names = column_names();
    const auto at = std::find(names.begin(), names.end(), key);
    of.push_back(at == names.end() ? -1 : static_cast<int>(at - names.begin()));
    if (name.empty()) {
      ok = false;  // the table reported it
    } else if (of.back() < 0) {
      header_error(errors, header,
                   name + ": unknown column" + did_you_mean(key, names) +
                       "; --columns MAP.yaml renames the columns of "
                       "another export");
      ok = false;
    } else if (first[of.back()] >= 0) {
      const std::string& before = header.header[first[of.back()]];
      if (before != name)  // the same name twice the table reported
        header_error(errors, header,
                     name + ": the column " + key + " again (first as '" + before + "')");
      ok = false;
    } else {
      first[of.back()] = static_cast<int>(i);
    }
  }
  return ok;
}

// The one section holding every column placed; reports a header that names
// none or several.
std::optional<Section> section_of(const Table& header, const std::vector<int>& of,
                                  Diagnostics& errors) {
  unsigned sections = (1u << kSections) - 1;
  int last = -1;  // a cell whose column narrowed the sections
  for (size_t i = 0; i < of.size(); ++i) {
    const unsigned narrowed = sections & kHeldBy[of[i]];
    if (narrowed == 0) {
      header_error(errors, header,
                   header.header[i] + ": a column of another section than '" +
                       header.header[last] + "': one file per section");
      return std::nullopt;
    }
    if (narrowed != sections) last = static_cast<int>(i);
    sections = narrowed;
  }
  if (sections == (1u << kSections) - 1) return Section::candidates;  // id alone
  for (int s = 0; s < kSections; ++s)
    if (sections == (1u << s)) return static_cast<Section>(s);
  header_error(errors, header,
               "the header names no section: add a column of education (" +
                   own_columns(1) + ") or of experience (" + own_columns(2) + ")");
  return std::nullopt;
}

}  // namespace

const std::vector<std::string>& column_names() {
  static const std::vector<std::string> names = {
      "id",          "name",       "born",
      "nationality", "gender",     "skills",
      "fee",         "currency",   "degree",
      "title",       "field",      "institution",
      "country",     "completed",  "employer",
      "from",        "to",         "fte",
      "type",        "areas",      "employer_kind",
      "scope",       "setting",    "paid",
      "programme",   "enrolled",   "expected",
      "final_year",  "accredited", "language",
      "level",       "un_level",   "read",
      "write",       "speak",      "understand"};
  return names;
}

const std::string& column_name(Column column) { return column_names()[column]; }

std::string section_name(Section section) {
  static const char* const names[] = {"candidates", "education", "experience",
                                      "languages"};
  return names[static_cast<int>(section)];
}

std::string match_key(const std::string& name) {
  const size_t first = name.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  std::string key = name.substr(first, name.find_last_not_of(" \t") - first + 1);
  for (char& c : key)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return key;
}

std::optional<Layout> layout_of(const Table& header, const ColumnMap* renames,
                                Diagnostics& errors) {
  if (header.header_line == 0) return std::nullopt;  // the table says why
  std::vector<int> of;
  if (!place_cells(header, renames, of, errors)) return std::nullopt;
  if (std::find(of.begin(), of.end(), kId) == of.end()) {
    header_error(errors, header,
                 "the header has no id column: every row needs the id of its candidate");
    return std::nullopt;
  }
  auto section = section_of(header, of, errors);
  if (!section) return std::nullopt;
  Layout layout;
  layout.section = *section;
  for (size_t i = 0; i < of.size(); ++i) layout.cell[of[i]] = static_cast<int>(i);
  return layout;
}

}  // namespace shortlist::csv
