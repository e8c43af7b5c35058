// YAML candidate files (formats.md, "Candidate file"): one profile per YAML
// document; shape, types and closed vocabularies checked, every problem of a
// profile collected. Closed vocabularies (language codes and levels,
// countries, period types) are errors with a suggestion; open ones (degree
// names, fields, skills) are judged later.
#include <algorithm>

#include "load/candidate_format.h"
#include "load/candidate_values.h"
#include "text.h"
#include "yaml/document.h"
#include "yaml/reader.h"

namespace shortlist {
namespace {

using yaml::MapReader;
using yaml::Node;

Text to_text(const yaml::Located& l) { return {l.text, l.where}; }

std::optional<Text> opt_text(MapReader& map, const char* key) {
  auto t = yaml::read_text(map.get(key), key, map.errors());
  if (!t) return std::nullopt;
  return to_text(*t);
}

// Reports `problem` at `where` unless it is empty (load/candidate_values.h).
void report(const Location& where, const std::string& problem, Diagnostics& errors) {
  if (!problem.empty()) errors.error(where, problem);
}

void check_country(const Text& country, const RuleTables& rules, Diagnostics& errors) {
  report(country.where, country_problem(country.value, rules), errors);
}

// The codes other formats state beside a degree name (an extension of
// formats.md, "Candidate file", for `convert`): `eqf` an EQF level 1 to 8
// (a closed vocabulary), `field_code` an ISCED-F 2013 code and
// `isced97_field` an ISCED-1997 field code (open: a code the tables do not
// place leaves the field to judge, as a field name does).
void read_codes(MapReader& map, EducationEntry& e, Diagnostics& errors) {
  e.eqf_level = opt_text(map, "eqf");
  const std::string& eqf = e.eqf_level ? e.eqf_level->value : "";
  if (e.eqf_level && (eqf.size() != 1 || eqf[0] < '1' || eqf[0] > '8')) {
    errors.error(e.eqf_level->where,
                 "eqf must be an EQF level from 1 to 8, found '" + eqf + "'");
    e.eqf_level.reset();
  }
  e.field_code = opt_text(map, "field_code");
  e.isced97_field = opt_text(map, "isced97_field");
}

// An entry's enrolment (enrolled, expected, final_year) and accreditation.
void read_enrolment(MapReader& map, EducationEntry& e, Diagnostics& errors) {
  e.enrolled = yaml::read_bool(map.get("enrolled"), "enrolled", errors);
  e.final_year = yaml::read_bool(map.get("final_year"), "final_year", errors);
  e.accredited = yaml::read_bool(map.get("accredited"), "accredited", errors);
  if (auto d = yaml::read_date(map.get("expected"), "expected", DateRole::end, errors)) {
    e.expected = d->date;
    e.expected_precision = d->precision;
  }
  std::string key;
  if (const std::string problem = enrolment_problem(e, key); !problem.empty())
    errors.error(map.get(key.c_str())->where, problem);
}

EducationEntry read_education(const Node& node, const RuleTables& rules,
                              Diagnostics& errors) {
  MapReader map(node, "education entry", errors);
  EducationEntry e;
  e.where = node.where;
  read_codes(map, e, errors);
  const Node* degree = e.eqf_level ? map.get("degree") : map.require("degree");
  if (auto d = yaml::read_text(degree, "degree", errors)) e.degree = to_text(*d);
  e.title = opt_text(map, "title");
  e.field = opt_text(map, "field");
  e.institution = opt_text(map, "institution");
  e.country = opt_text(map, "country");
  if (auto c =
          yaml::read_date(map.get("completed"), "completed", DateRole::end, errors)) {
    e.completed = c->date;
    e.completed_precision = c->precision;
  }
  read_enrolment(map, e, errors);
  map.finish();
  if (e.country) check_country(*e.country, rules, errors);
  return e;
}

void read_period_end(MapReader& map, Period& p, Diagnostics& errors) {
  const Node* to = map.get("to");
  if (!to) return;
  if (to->is_scalar() && open_end(to->text)) return;
  if (auto d = yaml::read_date(to, "to", DateRole::end, errors)) {
    p.to = d->date;
    p.to_precision = d->precision;
    if (ends_before({p.from, p.from_precision}, *d))
      errors.error(to->where, "to (" + to->text + ") is before from (" +
                                  written(p.from, p.from_precision) + ")");
  }
}

void check_fte(const Node* node, Period& p, Diagnostics& errors) {
  auto fte = yaml::read_number(node, "fte", errors);
  if (!fte) return;
  if (const std::string problem = fte_problem(*fte, node->text); !problem.empty()) {
    errors.error(node->where, "fte " + problem);
    return;
  }
  p.fte = *fte;
}

// A period's `country`: one country or a list of them.
void read_period_countries(const Node* node, const RuleTables& rules, Period& p,
                           Diagnostics& errors) {
  if (!node) return;
  if (node->is_scalar()) {
    if (auto c = yaml::read_text(node, "country", errors))
      p.country.push_back(to_text(*c));
  } else if (auto list = yaml::read_text_list(node, "country", errors)) {
    for (const auto& c : *list) p.country.push_back(to_text(c));
  }
  for (const Text& c : p.country) check_country(c, rules, errors);
}

// A period's scope, setting, programme and paid.
void read_period_setting(MapReader& map, const RuleTables& rules, Period& p,
                         Diagnostics& errors) {
  p.scope = opt_text(map, "scope");
  if (p.scope) report(p.scope->where, scope_problem(p.scope->value), errors);
  p.setting = opt_text(map, "setting");
  if (p.setting)
    report(p.setting->where, setting_problem(p.setting->value, rules), errors);
  p.programme = opt_text(map, "programme");
  if (p.programme)
    report(p.programme->where, programme_problem(p.programme->value, rules), errors);
  p.paid = yaml::read_bool(map.get("paid"), "paid", errors);
}

Period read_period(const Node& node, const RuleTables& rules, Diagnostics& errors) {
  MapReader map(node, "experience entry", errors);
  Period p;
  p.where = node.where;
  p.title = opt_text(map, "title");
  p.employer = opt_text(map, "employer");
  if (auto f = yaml::read_date(map.require("from"), "from", DateRole::start, errors)) {
    p.from = f->date;
    p.from_precision = f->precision;
  }
  read_period_end(map, p, errors);
  if (const Node* fte = map.get("fte")) check_fte(fte, p, errors);
  p.type = opt_text(map, "type");
  if (p.type) report(p.type->where, period_type_problem(p.type->value, rules), errors);
  if (auto areas = yaml::read_text_list(map.get("areas"), "areas", errors))
    for (const auto& a : *areas) p.areas.push_back(to_text(a));
  read_period_countries(map.get("country"), rules, p, errors);
  p.employer_kind = opt_text(map, "employer_kind");
  if (p.employer_kind)
    report(p.employer_kind->where, employer_kind_problem(p.employer_kind->value, rules),
           errors);
  read_period_setting(map, rules, p, errors);
  map.finish();
  return p;
}

LanguageEntry read_language(const Node& node, const RuleTables& rules,
                            Diagnostics& errors) {
  MapReader map(node, "language entry", errors);
  LanguageEntry l;
  l.where = node.where;
  if (auto t = yaml::read_text(map.require("language"), "language", errors)) {
    l.language = to_text(*t);
    report(t->where, language_problem(t->text, rules), errors);
  }
  l.level = opt_text(map, "level");
  if (l.level) report(l.level->where, level_problem(l.level->value, rules), errors);
  // Free words of another format, read through rules/fluency.yaml (an
  // extension of formats.md, for `convert`): words no table maps are kept,
  // and the level is to judge.
  l.fluency = opt_text(map, "fluency");
  for (const auto& skill : rules.levels.skills()) {
    auto value = opt_text(map, skill.c_str());
    if (!value) continue;
    if (rules.levels.un_rank_of(value->value)) {
      l.un_skills[skill] = *value;
      continue;
    }
    if (const auto problem = skill_value_problem(value->value, rules); !problem.empty())
      errors.error(value->where, skill + " " + problem);
    l.skills[skill] = *value;
  }
  l.un_level = opt_text(map, "un_level");
  if (l.un_level && !rules.levels.un_rank_of(l.un_level->value))
    errors.error(l.un_level->where, "unknown UN level '" + l.un_level->value +
                                        "'; UN levels are I, II, III and IV");
  if (l.un_level && !l.un_skills.empty())
    errors.error(l.un_skills.begin()->second.where,
                 "give either un_level or UN levels per skill, not both");
  map.finish();
  if (l.level && !l.skills.empty())
    errors.error(l.skills.begin()->second.where, level_and_skills_problem(rules));
  if (l.fluency && (l.level || !l.skills.empty()))
    errors.error(l.fluency->where,
                 "give either fluency or a level (level or the four skills), not both");
  return l;
}

void read_proposal(const Node* node, Candidate& c, Diagnostics& errors) {
  if (!node) return;
  MapReader map(*node, "proposal", errors);
  Proposal p;
  p.where = node->where;
  const Node* fee = map.require("fee");
  if (auto v = yaml::read_number(fee, "fee", errors)) {
    if (const auto problem = fee_problem(*v, fee->text); !problem.empty())
      errors.error(fee->where, "fee " + problem);
    p.fee = *v;
  }
  if (auto cur = yaml::read_text(map.require("currency"), "currency", errors)) {
    if (const auto problem = currency_problem(cur->text); !problem.empty())
      errors.error(cur->where, "currency " + problem);
    p.currency = cur->text;
  }
  map.finish();
  c.proposal = p;
}

// residence: {country, since} (formats.md, "Nationality and residence").
void read_residence(const Node* node, Candidate& c, const RuleTables& rules,
                    Diagnostics& errors) {
  if (!node) return;
  MapReader map(*node, "residence", errors);
  if (!map.ok()) return;
  Residence r;
  r.where = node->where;
  if (auto country = yaml::read_text(map.require("country"), "country", errors)) {
    r.country = to_text(*country);
    check_country(r.country, rules, errors);
  }
  if (auto since = yaml::read_date(map.get("since"), "since", DateRole::start, errors)) {
    r.since = since->date;
    r.since_precision = since->precision;
  }
  map.finish();
  c.residence = r;
}

// work_permits: [{country, kind, until}].
void read_work_permits(const Node* node, Candidate& c, const RuleTables& rules,
                       Diagnostics& errors) {
  if (!node) return;
  const auto* items = yaml::read_list(node, "work_permits", errors);
  if (!items) return;
  c.work_permits.emplace();
  for (const Node& item : *items) {
    MapReader map(item, "work permit", errors);
    if (!map.ok()) continue;
    WorkPermit w;
    w.where = item.where;
    if (auto country = yaml::read_text(map.require("country"), "country", errors)) {
      w.country = to_text(*country);
      check_country(w.country, rules, errors);
    }
    w.kind = opt_text(map, "kind");
    if (w.kind) report(w.kind->where, permit_kind_problem(w.kind->value), errors);
    if (auto until = yaml::read_date(map.get("until"), "until", DateRole::end, errors)) {
      w.until = until->date;
      w.until_precision = until->precision;
    }
    map.finish();
    c.work_permits->push_back(w);
  }
}

template <typename Entry, typename Reader>
void read_entries(MapReader& map, const char* key, std::vector<Entry>& out,
                  Reader reader) {
  if (const auto* items = yaml::read_list(map.get(key), key, map.errors()))
    for (const Node& item : *items) out.push_back(reader(item));
}

void read_identity(MapReader& map, Candidate& c, const RuleTables& rules,
                   Diagnostics& errors) {
  if (auto id = yaml::read_text(map.require("id"), "id", errors)) c.id = id->text;
  if (auto name = yaml::read_text(map.get("name"), "name", errors)) c.name = name->text;
  if (auto born = yaml::read_date(map.get("born"), "born", DateRole::start, errors)) {
    if (const auto problem = born_problem(born->precision); !problem.empty())
      errors.error(map.get("born")->where, "born " + problem);
    c.born = born->date;
    c.born_precision = born->precision;
  }
  if (auto nat = yaml::read_text_list(map.get("nationality"), "nationality", errors)) {
    c.nationality.emplace();
    for (const auto& n : *nat) {
      c.nationality->push_back(to_text(n));
      check_country(c.nationality->back(), rules, errors);
    }
  }
  if (auto g = yaml::read_text(map.get("gender"), "gender", errors)) c.gender = g->text;
}

Candidate read_candidate(const Node& root, const RuleTables& rules, Diagnostics& errors) {
  MapReader map(root, "candidate", errors);
  Candidate c;
  c.where = root.where;
  if (!map.ok()) return c;
  read_identity(map, c, rules, errors);
  read_entries(map, "education", c.education,
               [&](const Node& n) { return read_education(n, rules, errors); });
  read_entries(map, "experience", c.experience,
               [&](const Node& n) { return read_period(n, rules, errors); });
  read_entries(map, "languages", c.languages,
               [&](const Node& n) { return read_language(n, rules, errors); });
  if (auto skills = yaml::read_text_list(map.get("skills"), "skills", errors))
    for (const auto& s : *skills) c.skills.push_back(to_text(s));
  c.stated = {map.has("education"), map.has("experience"), map.has("languages"),
              map.has("skills")};
  read_proposal(map.get("proposal"), c, errors);
  read_residence(map.get("residence"), c, rules, errors);
  read_work_permits(map.get("work_permits"), c, rules, errors);
  map.finish();
  return c;
}

// One document; an id it lacks is given by the roster.
LoadedCandidate load_document(const yaml::Document& doc, const FileName& file,
                              const RuleTables& rules) {
  LoadedCandidate out;
  out.file = file;
  out.line = doc.first_line;
  Diagnostics errors = doc.errors;
  if (doc.parsed) {
    Candidate c = read_candidate(doc.root, rules, errors);
    out.id = c.id;
    if (errors.empty()) out.candidate = std::move(c);
  }
  out.errors = errors.sorted();
  return out;
}

// Cut at every `---` line: each piece parses on its own (yaml::split_pieces).
class YamlCandidates final : public CandidateFormat {
 public:
  std::string_view name() const override { return "yaml"; }
  std::vector<std::string> endings() const override { return {".yaml", ".yml"}; }

  Pieces cut(std::span<const InputText> inputs, std::span<const int32_t> which,
             const ReadLimits&, Diagnostics&) const override {
    Pieces out;
    for (int32_t input : which) {
      const std::string& text = *inputs[input].bytes;
      for (const yaml::Piece& p : yaml::split_pieces(text))
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
    const yaml::Piece text{text_of(f, inputs), f.first_line};
    std::vector<LoadedCandidate> out;
    for (const auto& doc : yaml::parse_piece(text, input.name, limits))
      out.push_back(load_document(doc, input.name, rules));
    return out;
  }
};

}  // namespace

const CandidateFormat& yaml_candidates() {
  static const YamlCandidates format;
  return format;
}

}  // namespace shortlist
