// JSON Resume candidates (formats.md, "Candidates in other formats"): a
// `.json` file holds one person, a `.jsonl` file one per line. Each becomes
// the typed profile the same facts written in YAML would give; values are
// mapped through rules/ (degree names, fluency words, period words), and a
// value no table maps is kept as written, for a person to judge.
#include <algorithm>
#include <filesystem>

#include "json/document.h"
#include "json/reader.h"
#include "load/candidate_format.h"
#include "load/europass.h"
#include "text.h"

namespace shortlist {
namespace {

using json::Node;
using json::ObjectReader;

Text to_text(const json::Located& l) { return {l.text, l.where}; }

// A text, or nullopt when absent, null or empty (an empty string is a
// value left out, as JSON Resume templates write them).
std::optional<Text> text_of(ObjectReader& object, std::string_view key) {
  auto t = json::read_text(object.get(key), object.errors());
  if (!t || t->text.empty()) return std::nullopt;
  return to_text(*t);
}

// A date, or nullopt when absent or empty.
std::optional<ParsedDate> date_of(ObjectReader& object, std::string_view key,
                                  DateRole role) {
  const Node* node = object.get(key);
  if (!node || (node->is_string() && node->text.empty())) return std::nullopt;
  return json::read_date(node, role, object.errors());
}

EducationEntry read_education(const Node& node, Diagnostics& errors) {
  ObjectReader entry(node, "education entry", errors);
  EducationEntry e;
  e.where = node.where;
  if (auto degree = text_of(entry, "studyType")) e.degree = *degree;
  e.field = text_of(entry, "area");
  e.institution = text_of(entry, "institution");
  // An absent end means ongoing in JSON Resume: not completed.
  if (auto end = date_of(entry, "endDate", DateRole::end)) {
    e.completed = end->date;
    e.completed_precision = end->precision;
  }
  return e;
}

// The concepts of rules/skills.yaml a work entry's texts name: its areas.
std::vector<Text> named_areas(ObjectReader& entry, const RuleTables& rules) {
  std::vector<std::string> texts;
  if (auto summary = text_of(entry, "summary")) texts.push_back(summary->value);
  if (auto highlights = json::read_text_list(entry.get("highlights"), entry.errors()))
    for (const auto& h : *highlights) texts.push_back(h.text);
  std::vector<Text> areas;
  std::vector<int> seen;
  for (const auto& text : texts)
    for (int concept_id : rules.skills.concepts_in(text))
      if (std::find(seen.begin(), seen.end(), concept_id) == seen.end()) {
        seen.push_back(concept_id);
        areas.push_back({rules.skills.name(concept_id), {}});
      }
  return areas;
}

// A period's start, and its end: absent, empty or an open end of
// rules/period-words.yaml ("Present") is ongoing.
void read_period_dates(ObjectReader& entry, const Node& node, const RuleTables& rules,
                       Period& p) {
  const Node* start = entry.get("startDate");
  if (!start || (start->is_string() && start->text.empty())) {
    json::report(node,
                 entry.what() +
                     " has no startDate: a period needs its start (YYYY-MM-DD, "
                     "YYYY-MM or YYYY)",
                 entry.errors());
  } else if (auto from = json::read_date(start, DateRole::start, entry.errors())) {
    p.from = from->date;
    p.from_precision = from->precision;
  }
  const Node* end = entry.get("endDate");
  const bool ongoing =
      !end ||
      (end->is_string() && (end->text.empty() || rules.period_words.open_end(end->text)));
  if (ongoing && end && !end->text.empty()) p.open_end = Text{end->text, end->where};
  if (ongoing) return;
  if (auto to = json::read_date(end, DateRole::end, entry.errors())) {
    p.to = to->date;
    p.to_precision = to->precision;
    if (start && latest_day(*p.to, p.to_precision) < p.from)
      json::report(*end,
                   "endDate (" + end->text + ") is before startDate (" +
                       written(p.from, p.from_precision) + ")",
                   entry.errors());
  }
}

// `location` ("Nairobi, Kenya"): its last comma-separated part, when
// rules/countries.yaml reads it as a country's name, is where the work was
// done; otherwise the location says nothing the engine reads. A part of two
// letters is never read as a code: "Menlo Park, CA" names a US state, not
// Canada. (A name shared with a US state, "Atlanta, Georgia", is read as the
// country: the explanation shows it.)
void read_location(ObjectReader& entry, const RuleTables& rules, Period& p) {
  auto location = text_of(entry, "location");
  if (!location) return;
  std::string last = location->value.substr(location->value.rfind(',') + 1);
  last.erase(0, last.find_first_not_of(' '));
  last.erase(last.find_last_not_of(' ') + 1);
  if (last.size() > 2 && rules.countries.code_of(last))
    p.country.push_back({last, location->where});
}

// A work or volunteer entry; `volunteer` entries are volunteer periods.
Period read_period(const Node& node, bool volunteer, const RuleTables& rules,
                   Diagnostics& errors) {
  ObjectReader entry(node, volunteer ? "volunteer entry" : "work entry", errors);
  Period p;
  p.where = node.where;
  p.title = text_of(entry, "position");
  p.employer = text_of(entry, volunteer ? "organization" : "name");
  if (!p.employer && !volunteer) p.employer = text_of(entry, "company");  // pre-1.0
  read_period_dates(entry, node, rules, p);
  p.areas = named_areas(entry, rules);
  read_location(entry, rules, p);
  if (volunteer) {
    p.type = Text{"volunteer", node.where};
    p.type_reason = "a volunteer entry";
  } else if (p.title) {
    if (auto typed = rules.period_words.type_of_title(p.title->value)) {
      p.type = Text{typed->type, p.title->where};
      p.type_reason = "title word '" + typed->phrase + "'";
    }
  }
  return p;
}

LanguageEntry read_language(const Node& node, Diagnostics& errors) {
  ObjectReader entry(node, "language entry", errors);
  LanguageEntry l;
  l.where = node.where;
  // A level of no language says nothing: the entry needs its language.
  if (auto language = json::read_text(entry.require("language"), errors))
    l.language = to_text(*language);
  l.fluency = text_of(entry, "fluency");
  if (!l.fluency) l.fluency = text_of(entry, "level");
  return l;
}

void read_skills(const Node* node, Candidate& c, Diagnostics& errors) {
  const auto* items = json::read_list(node, errors);
  if (!items) return;
  for (const Node& item : *items) {
    ObjectReader skill(item, "skill", errors);
    if (auto name = text_of(skill, "name")) c.skills.push_back(*name);
    if (auto keywords = json::read_text_list(skill.get("keywords"), errors))
      for (const auto& k : *keywords)
        if (!k.text.empty()) c.skills.push_back(to_text(k));
  }
}

// Reads the array `key` of the resume into `out`, one entry per item.
template <typename Entry, typename Read>
bool read_entries(ObjectReader& resume, std::string_view key, std::vector<Entry>& out,
                  Read read) {
  const auto* items = json::read_list(resume.get(key), resume.errors());
  if (!items) return false;
  for (const Node& item : *items) out.push_back(read(item));
  return true;
}

// Why a key of the resume that no criterion reads is left out; empty: a
// key that states nothing about the person (the schema, meta data).
std::string why_left_out(const std::string& key) {
  static const std::vector<std::pair<std::string, std::string>> reasons = {
      {"basics.location", "where the person lives, not a nationality"},
      {"basics.email", "contact details, not judged"},
      {"basics.phone", "contact details, not judged"},
      {"basics.url", "contact details, not judged"},
      {"basics.profiles", "contact details, not judged"},
      {"basics.image", "a photograph, not judged"},
      {"basics.label", "free text, not judged"},
      {"basics.summary", "free text, not judged"},
      {"$schema", ""},
      {"meta", ""}};
  for (const auto& [k, why] : reasons)
    if (k == key) return why;
  return "no criterion reads it";
}

// The keys of `object` other than `read` that state something, as left out.
void note_left_out(const Node& object, const std::string& prefix,
                   const std::vector<std::string_view>& read, Candidate& c) {
  for (const json::Member& m : object.members) {
    if (std::find(read.begin(), read.end(), m.key) != read.end()) continue;
    const Node& v = m.value;
    if (v.is_null() || (v.is_string() && v.text.empty()) ||
        ((v.is_array() || v.is_object()) && v.items.empty() && v.members.empty()))
      continue;
    const std::string what = prefix + m.key;
    std::string why = why_left_out(what);
    if (!why.empty()) c.left_out.push_back({what, std::move(why)});
  }
}

Candidate read_resume(const Node& root, const RuleTables& rules, Diagnostics& errors) {
  ObjectReader resume(root, "resume", errors);
  Candidate c;
  c.where = root.where;
  if (!resume.ok()) return c;
  if (const Node* basics = resume.get("basics")) {
    ObjectReader b(*basics, "basics", errors);
    if (auto name = text_of(b, "name")) c.name = name->value;
    note_left_out(*basics, "basics.", {"name"}, c);
  }
  note_left_out(
      root, "",
      {"basics", "meta", "education", "work", "volunteer", "languages", "skills"}, c);
  if (const Node* meta = resume.get("meta")) {
    ObjectReader m(*meta, "meta", errors);
    if (auto id = text_of(m, "id")) c.id = id->value;
  }
  auto period = [&](bool volunteer) {
    return [&, volunteer](const Node& n) {
      return read_period(n, volunteer, rules, errors);
    };
  };
  c.stated.education = read_entries(resume, "education", c.education, [&](const Node& n) {
    return read_education(n, errors);
  });
  const bool work = read_entries(resume, "work", c.experience, period(false));
  const bool volunteer = read_entries(resume, "volunteer", c.experience, period(true));
  c.stated.experience = work || volunteer;
  c.stated.languages = read_entries(resume, "languages", c.languages, [&](const Node& n) {
    return read_language(n, errors);
  });
  c.stated.skills = resume.has("skills");
  read_skills(resume.get("skills"), c, errors);
  return c;
}

// formats.md, "Ids": meta.id, else the file's name without its extension,
// or its folder's name for resume.json; in .jsonl, meta.id, else FILE#LINE.
std::string fallback_id(const FileName& file, int line, bool lines) {
  if (lines) return file.str() + "#" + std::to_string(line);
  const std::filesystem::path path(file.str());
  if (path.filename() == "resume.json" && path.has_parent_path() &&
      !path.parent_path().filename().empty())
    return path.parent_path().filename().string();
  return path.stem().string();
}

class JsonResume final : public CandidateFormat {
 public:
  std::string_view name() const override { return "json-resume"; }
  std::vector<std::string> endings() const override { return {".json", ".jsonl"}; }

  Pieces cut(std::span<const InputText> inputs, std::span<const int32_t> which,
             const ReadLimits&, Diagnostics&) const override {
    Pieces out;
    for (int32_t input : which) {
      const std::string& text = *inputs[input].bytes;
      if (!lines(inputs[input].name)) {
        out.add_part(input, text, text, 1);
        continue;
      }
      for (const json::Piece& p : json::split_lines(text))
        out.add_part(input, text, p.text, p.first_line);
    }
    return out;
  }

  std::vector<LoadedCandidate> read(std::span<const Fragment> piece,
                                    std::span<const InputText> inputs,
                                    const RuleTables& rules,
                                    const ReadLimits& limits) const override {
    const Fragment& f = piece.front();
    const InputText& input = inputs[f.input];
    const json::Piece text{text_of(f, inputs), f.first_line};
    json::Document doc = json::parse_piece(text, input.name, limits);
    LoadedCandidate out;
    out.file = input.name;
    out.line = f.first_line;
    Diagnostics errors = doc.errors;
    if (doc.parsed) {
      // formats.md: a .json file whose top key is SkillsPassport is a
      // Europass CV, its id the file's name.
      const bool europass = doc.root->find("SkillsPassport") != nullptr;
      Candidate c = europass ? read_europass_2012_json(*doc.root, rules, errors)
                             : read_resume(*doc.root, rules, errors);
      if (europass) c.id = std::filesystem::path(input.name.str()).stem().string();
      if (c.id.empty()) c.id = fallback_id(input.name, f.first_line, lines(input.name));
      out.id = c.id;
      if (errors.empty()) out.candidate = std::move(c);
    }
    out.errors = errors.sorted();
    return {std::move(out)};
  }

 private:
  static bool lines(const FileName& name) {
    return std::filesystem::path(name.str()).extension() == ".jsonl";
  }
};

}  // namespace

const CandidateFormat& json_resume_candidates() {
  static const JsonResume format;
  return format;
}

}  // namespace shortlist
