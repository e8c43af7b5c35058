// A typed profile written as a YAML candidate file (convert.h): each value
// as written, with a comment on what the rule tables made of it.
#include <charconv>

#include "shortlist/convert.h"
#include "text.h"

namespace shortlist {
namespace {

// A comment's text on one line: line breaks and other controls as spaces.
std::string one_line(std::string text) {
  for (char& c : text)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  return text;
}

std::string number(double value) {
  char buffer[32];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, end);
}

class Writer {
 public:
  explicit Writer(const RuleTables& rules) : rules_(rules) {}

  // The next key starts an item of a list of maps.
  void begin_item() { item_open_ = true; }
  // "KEY: VALUE  # COMMENT" at `indent`.
  void key(int indent, const std::string& key, const std::string& value,
           const std::string& comment = "") {
    line(indent, key + ":" + (value.empty() ? "" : " " + value), comment, item_open_);
    item_open_ = false;
  }
  void text(int indent, const std::string& name, const std::optional<Text>& value) {
    if (value) key(indent, name, yaml_scalar(value->value));
  }
  // "- VALUE  # COMMENT", an item of a list of values, at `indent`.
  void item(int indent, const std::string& value, const std::string& comment = "") {
    line(indent, value, comment, true);
  }
  void comment(int indent, const std::string& text) {
    out_ += std::string(indent, ' ') + "# " + one_line(text) + "\n";
  }
  std::string done() { return std::move(out_); }

  const RuleTables& rules() const { return rules_; }

 private:
  void line(int indent, const std::string& text, const std::string& comment, bool first) {
    out_ += std::string(first ? indent - 2 : indent, ' ') + (first ? "- " : "") + text;
    if (!comment.empty()) out_ += "  # " + one_line(comment);
    out_ += "\n";
  }

  const RuleTables& rules_;
  std::string out_;
  bool item_open_ = false;
};

// "master", or "bachelor to master" for a range.
std::string ladder_span(int low, int high, const RuleTables& rules) {
  const std::string l = rules.degrees.step_name(low);
  return low == high ? l : l + " to " + rules.degrees.step_name(high);
}

std::string with_note(std::string text, const std::string& note) {
  return note.empty() ? text : text + " (" + note + ")";
}

std::string country_code(const std::optional<Text>& country, const RuleTables& rules) {
  return country ? rules.countries.code_of(country->value).value_or("") : "";
}

// What rules/degrees.yaml makes of a degree name; nothing for a ladder key.
std::string degree_comment(const EducationEntry& e, const RuleTables& rules) {
  const std::string& name = e.degree.value;
  if (name.empty()) return "no degree name given: to judge";
  if (rules.degrees.ladder_level(name)) return "";
  auto level = rules.degrees.level_of(name, country_code(e.country, rules));
  if (!level) return "'" + name + "' is not in rules/degrees.yaml: kept, to judge";
  return with_note("'" + name + "' -> " + ladder_span(level->low, level->high, rules),
                   level->note);
}

std::string eqf_comment(const Text& eqf, const RuleTables& rules) {
  const EducationCodes::Eqf* code = rules.education_codes.eqf(eqf.value[0] - '0');
  if (!code || !code->isced) return "EQF level " + eqf.value + " is not mapped: to judge";
  return "EQF level " + eqf.value + " -> " +
         ladder_span(code->isced->first, code->isced->second, rules);
}

std::string field_comment(const std::optional<Text>& field, const RuleTables& rules) {
  if (!field) return "";
  auto placed = rules.fields.place(field->value);
  if (!placed)
    return "'" + field->value + "' is not in rules/fields.yaml: kept, to judge";
  if (fold(placed->name) == fold(field->value)) return "";
  return "'" + field->value + "' -> ISCED-F " + placed->code + " " + placed->name;
}

std::string field_code_comment(const Text& code, const RuleTables& rules) {
  auto f = rules.fields.by_code(code.value);
  return f ? "ISCED-F " + f->code + " " + f->name
           : "not an ISCED-F code of rules/fields.yaml: to judge";
}

std::string isced97_comment(const Text& code, const RuleTables& rules) {
  const auto* f = rules.education_codes.isced97(code.value);
  if (!f || !f->isced_f)
    return "ISCED-1997 field " + code.value + " is not mapped: to judge";
  return "ISCED-1997 " + code.value + " -> ISCED-F " + *f->isced_f;
}

// Whether the YAML reader takes `eqf` (a level 1 to 8).
bool eqf_readable(const Text& eqf) {
  return eqf.value.size() == 1 && eqf.value[0] >= '1' && eqf.value[0] <= '8';
}

// A country a table knows, with what it maps to; nullopt: YAML cannot hold it.
std::optional<std::string> country_comment(const Text& country, const RuleTables& rules) {
  auto code = rules.countries.code_of(country.value);
  if (!code) return std::nullopt;
  return *code == country.value ? "" : "'" + country.value + "' -> " + *code;
}

void write_education(Writer& w, const EducationEntry& e) {
  const RuleTables& rules = w.rules();
  const bool eqf = e.eqf_level && eqf_readable(*e.eqf_level);
  w.begin_item();
  if (!e.degree.value.empty() || !eqf)  // "": no name, as the file gave none
    w.key(4, "degree", yaml_scalar(e.degree.value), degree_comment(e, rules));
  if (eqf) w.key(4, "eqf", e.eqf_level->value, eqf_comment(*e.eqf_level, rules));
  if (e.eqf_level && !eqf)
    w.comment(4,
              "left out: EQF level '" + e.eqf_level->value + "' is not a level 1 to 8");
  w.text(4, "title", e.title);
  if (e.field)
    w.key(4, "field", yaml_scalar(e.field->value), field_comment(e.field, rules));
  if (e.field_code)
    w.key(4, "field_code", yaml_scalar(e.field_code->value),
          field_code_comment(*e.field_code, rules));
  if (e.isced97_field)
    w.key(4, "isced97_field", yaml_scalar(e.isced97_field->value),
          isced97_comment(*e.isced97_field, rules));
  w.text(4, "institution", e.institution);
  if (e.country) {
    auto why = country_comment(*e.country, rules);
    if (why) w.key(4, "country", yaml_scalar(e.country->value), *why);
    if (!why)
      w.comment(4, "left out: country '" + e.country->value +
                       "' is not in rules/countries.yaml");
  }
  if (e.completed) w.key(4, "completed", written(*e.completed, e.completed_precision));
  if (e.enrolled) w.key(4, "enrolled", *e.enrolled ? "true" : "false");
  if (e.expected) w.key(4, "expected", written(*e.expected, e.expected_precision));
  if (e.final_year) w.key(4, "final_year", *e.final_year ? "true" : "false");
  if (e.accredited) w.key(4, "accredited", *e.accredited ? "true" : "false");
}

std::string areas_comment(const Period& p) {
  for (const Text& a : p.areas)
    if (a.where.line != 0) return "";
  return "concepts of rules/skills.yaml the entry's texts name";
}

// A period's `country` (a list: every one a table knows; the others left
// out as comments) and `employer_kind`.
void write_period_places(Writer& w, const Period& p) {
  const RuleTables& rules = w.rules();
  std::vector<std::pair<const Text*, std::string>> known;
  for (const Text& c : p.country)
    if (auto why = country_comment(c, rules)) known.push_back({&c, *why});
  if (!known.empty()) w.key(4, "country", "");
  for (const auto& [c, why] : known) w.item(8, yaml_scalar(c->value), why);
  for (const Text& c : p.country)
    if (!country_comment(c, rules))
      w.comment(4, "left out: country '" + c.value + "' is not in rules/countries.yaml");
  if (p.employer_kind) w.key(4, "employer_kind", yaml_scalar(p.employer_kind->value));
  w.text(4, "scope", p.scope);
  w.text(4, "setting", p.setting);
  if (p.paid) w.key(4, "paid", *p.paid ? "true" : "false");
  w.text(4, "programme", p.programme);
}

void write_period(Writer& w, const Period& p) {
  w.begin_item();
  w.text(4, "title", p.title);
  w.text(4, "employer", p.employer);
  w.key(4, "from", written(p.from, p.from_precision));
  if (p.to) w.key(4, "to", written(*p.to, p.to_precision));
  if (!p.to && p.open_end) w.comment(4, "to: '" + p.open_end->value + "' -> ongoing");
  if (p.fte != 1.0) w.key(4, "fte", number(p.fte));
  if (p.type)
    w.key(4, "type", yaml_scalar(p.type->value),
          p.type_reason.empty() ? "" : p.type_reason + " -> " + p.type->value);
  write_period_places(w, p);
  if (p.areas.empty()) return;
  w.key(4, "areas", "", areas_comment(p));
  for (const Text& a : p.areas) w.item(8, yaml_scalar(a.value));
}

std::string level_comment(const std::string& words, const RuleTables& rules) {
  auto rank = rules.levels.rank_of(words);
  if (!rank || fold(rules.levels.step(*rank)) == fold(words)) return "";
  return "'" + words + "' -> " + rules.levels.step(*rank);
}

std::string fluency_comment(const std::string& words, const RuleTables& rules) {
  auto level = rules.fluency.level_of(words);
  if (!level) return "'" + words + "' is not in rules/fluency.yaml: kept, unknown";
  std::string span = rules.levels.step(level->low);
  if (level->high != level->low) span += " to " + rules.levels.step(level->high);
  return with_note("'" + words + "' -> " + span, level->note);
}

// The entry's level: a word of the level scale as `level`, other free words
// as `fluency`, or the four skills.
void write_level(Writer& w, const LanguageEntry& l) {
  const RuleTables& rules = w.rules();
  const std::optional<Text>& words = l.fluency ? l.fluency : l.level;
  if (words && rules.levels.rank_of(words->value)) {
    w.key(4, "level", yaml_scalar(words->value), level_comment(words->value, rules));
  } else if (words) {
    w.key(4, "fluency", yaml_scalar(words->value), fluency_comment(words->value, rules));
  }
  for (const auto& [skill, value] : l.skills) w.key(4, skill, yaml_scalar(value.value));
}

void write_language(Writer& w, const LanguageEntry& l) {
  const RuleTables& rules = w.rules();
  auto code = rules.languages.code_of(l.language.value);
  if (!code) {
    w.comment(2, "left out: language '" + l.language.value +
                     "' is not in rules/languages.yaml" +
                     (l.fluency ? " (fluency '" + l.fluency->value + "')" : ""));
    return;
  }
  const std::string comment =
      *code == l.language.value ? "" : "'" + l.language.value + "' -> " + *code;
  w.begin_item();
  w.key(4, "language", yaml_scalar(l.language.value), comment);
  write_level(w, l);
  w.text(4, "un_level", l.un_level);
  for (const auto& [skill, value] : l.un_skills)
    w.key(4, skill, yaml_scalar(value.value));
}

template <typename Entry, typename Write>
void write_section(Writer& w, const char* name, bool stated,
                   const std::vector<Entry>& entries, Write write) {
  if (!stated && entries.empty()) return;
  w.key(0, name, entries.empty() ? "[]" : "");
  for (const Entry& e : entries) write(w, e);
}

void write_identity(Writer& w, const Candidate& c) {
  w.key(0, "id", yaml_scalar(c.id));
  if (c.name) w.key(0, "name", yaml_scalar(*c.name));
  if (c.born) w.key(0, "born", written(*c.born, c.born_precision));
  if (c.nationality) {
    w.key(0, "nationality", c.nationality->empty() ? "[]" : "");
    for (const Text& n : *c.nationality) {
      auto why = country_comment(n, w.rules());
      if (why) w.item(4, yaml_scalar(n.value), *why);
      if (!why)
        w.comment(2, "left out: '" + n.value + "' is not in rules/countries.yaml");
    }
  }
  if (c.gender) w.key(0, "gender", yaml_scalar(*c.gender));
}

// residence and work_permits (formats.md, "Nationality and residence").
void write_residence(Writer& w, const Candidate& c) {
  if (c.residence) {
    w.key(0, "residence", "");
    w.key(2, "country", yaml_scalar(c.residence->country.value));
    if (c.residence->since)
      w.key(2, "since", written(*c.residence->since, c.residence->since_precision));
  }
  if (!c.work_permits) return;
  w.key(0, "work_permits", c.work_permits->empty() ? "[]" : "");
  for (const WorkPermit& p : *c.work_permits) {
    w.begin_item();
    w.key(4, "country", yaml_scalar(p.country.value));
    w.text(4, "kind", p.kind);
    if (p.until) w.key(4, "until", written(*p.until, p.until_precision));
  }
}

void write_rest(Writer& w, const Candidate& c) {
  if (c.stated.skills || !c.skills.empty()) {
    w.key(0, "skills", c.skills.empty() ? "[]" : "");
    for (const Text& s : c.skills) w.item(4, yaml_scalar(s.value));
  }
  if (c.proposal) {
    w.key(0, "proposal", "");
    w.key(2, "fee", number(c.proposal->fee));
    w.key(2, "currency", yaml_scalar(c.proposal->currency));
  }
  write_residence(w, c);
  if (c.left_out.empty()) return;
  w.comment(0, "left out:");
  for (const LeftOut& l : c.left_out) w.comment(0, "  " + l.what + ": " + l.why);
}

}  // namespace

std::string candidate_yaml(const Candidate& c, const RuleTables& rules) {
  Writer w(rules);
  write_identity(w, c);
  write_section(w, "education", c.stated.education, c.education, write_education);
  write_section(w, "experience", c.stated.experience, c.experience, write_period);
  write_section(w, "languages", c.stated.languages, c.languages, write_language);
  write_rest(w, c);
  return w.done();
}

}  // namespace shortlist
