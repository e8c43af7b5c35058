#include "load/criterion_parsers.h"

#include <algorithm>
#include <cmath>

#include "criteria/kinds.h"
#include "load/candidate_values.h"
#include "text.h"

namespace shortlist {
namespace {

using yaml::MapReader;
using yaml::Node;

Text to_text(const yaml::Located& l) { return {l.text, l.where}; }

std::vector<Text> text_list(const Node* node, const char* name, Diagnostics& errors) {
  std::vector<Text> out;
  if (auto list = yaml::read_text_list(node, name, errors))
    for (const auto& item : *list) out.push_back(to_text(item));
  return out;
}

void check_ladder_key(const Text& key, ParseContext& ctx) {
  if (!ctx.rules.degrees.ladder_level(key.value))
    ctx.errors.error(key.where,
                     "unknown degree level '" + key.value + "'" +
                         did_you_mean(key.value, ctx.rules.degrees.ladder_keys()) +
                         "; levels are " +
                         join_words(ctx.rules.degrees.ladder_keys(), "and"));
}

void check_level(const Text& level, ParseContext& ctx) {
  if (!ctx.rules.levels.rank_of(level.value))
    ctx.errors.error(level.where,
                     "unknown language level '" + level.value + "'" +
                         did_you_mean(level.value, ctx.rules.levels.words()));
}

// Each a country (a code or a name) or a set of rules/country-sets.yaml.
void check_countries(const std::vector<Text>& countries, ParseContext& ctx) {
  for (const Text& c : countries) {
    if (!ctx.rules.countries.codes_of(c.value).empty()) continue;
    auto names = ctx.rules.countries.set_names();
    auto more = ctx.rules.countries.suggestions();
    names.insert(names.end(), more.begin(), more.end());
    ctx.errors.error(c.where, "unknown country or country set '" + c.value + "'" +
                                  did_you_mean(c.value, names));
  }
}

std::optional<double> non_negative(const Node* node, const char* name,
                                   Diagnostics& errors) {
  auto value = yaml::read_number(node, name, errors);
  if (value && *value < 0) {
    errors.error(node->where,
                 std::string(name) + " must not be negative, found " + node->text);
    return std::nullopt;
  }
  return value;
}

// `NAME: {years: N}` or `{months: N}`, a whole number of months, 1 or more
// (within_last, completed_within); nullopt when absent or wrong.
std::optional<double> whole_months(const Node* node, const char* name,
                                   ParseContext& ctx) {
  if (!node) return std::nullopt;
  MapReader map(*node, name, ctx.errors);
  const auto units = map.present({"years", "months"});
  if (units.size() != 1) {
    ctx.errors.error(node->where,
                     std::string(name) + " needs exactly one of years and months");
    map.finish({"years", "months"});
    return std::nullopt;
  }
  const Node* value = map.get(units.front());
  map.finish();
  auto n = non_negative(value, units.front().c_str(), ctx.errors);
  if (!n) return std::nullopt;
  const double months = units.front() == "years" ? *n * 12 : *n;
  if (months >= 1 && months == std::floor(months)) return months;
  ctx.errors.error(value->where,
                   std::string(name) +
                       " must be a whole number of months, 1 or more, found " +
                       value->text + " " + units.front());
  return std::nullopt;
}

// `fields` and `related_fields` of a degree or an enrolment.
void parse_fields(MapReader& map, std::vector<Text>& fields, bool& related,
                  ParseContext& ctx) {
  fields = text_list(map.get("fields"), "fields", ctx.errors);
  for (const Text& field : fields)
    if (!ctx.rules.fields.place(field.value))
      ctx.errors.error(field.where,
                       "field of study '" + field.value +
                           "' is not in rules/fields.yaml" +
                           did_you_mean(field.value, ctx.rules.fields.all_names()));
  related = yaml::read_bool(map.get("related_fields"), "related_fields", ctx.errors)
                .value_or(false);
}

void parse_in_lieu(const Node* node, DegreeSpec& spec, ParseContext& ctx) {
  if (!node) return;
  MapReader map(*node, "in_lieu", ctx.errors);
  InLieu in_lieu;
  if (auto d = yaml::read_text(map.require("degree"), "degree", ctx.errors)) {
    in_lieu.degree = to_text(*d);
    check_ladder_key(in_lieu.degree, ctx);
  }
  in_lieu.extra_years =
      non_negative(map.require("extra_years"), "extra_years", ctx.errors).value_or(0);
  map.finish();
  spec.in_lieu = in_lieu;
}

}  // namespace

// `degree: LEVEL` takes its options (fields, related_fields, in_lieu,
// full_at) as siblings in the criterion map.
void parse_degree(const Node& value, MapReader& map, CriterionSpec& c,
                  ParseContext& ctx) {
  DegreeSpec spec;
  if (value.is_scalar()) {
    spec.level = {value.text, value.where};
    check_ladder_key(spec.level, ctx);
  } else {
    ctx.errors.error(value.where,
                     "degree must be a level such as master, found " + value.describe());
  }
  parse_fields(map, spec.fields, spec.related_fields, ctx);
  parse_in_lieu(map.get("in_lieu"), spec, ctx);
  if (auto full = yaml::read_text(map.get("full_at"), "full_at", ctx.errors)) {
    spec.full_at = to_text(*full);
    check_ladder_key(*spec.full_at, ctx);
  }
  spec.countries = text_list(map.get("countries"), "countries", ctx.errors);
  check_countries(spec.countries, ctx);
  spec.completed_within_months =
      whole_months(map.get("completed_within"), "completed_within", ctx);
  if (const Node* accredited = map.get("accredited")) {
    spec.accredited =
        yaml::read_bool(accredited, "accredited", ctx.errors).value_or(false);
    if (!spec.accredited)
      ctx.errors.error(accredited->where,
                       "accredited: false asks nothing; leave it out or give true");
  }
  c.kind = std::move(spec);
}

namespace {

// `years` or `more_than` (at least, more than), and `max_years` or
// `less_than` (at most, less than): one of each pair at most. Left out,
// `years` is 0 and strict when a filter says which periods count, so one
// counted period of any length meets the criterion; else `years` is needed.
void parse_bounds(MapReader& map, bool filtered, ExperienceSpec& spec,
                  ParseContext& ctx) {
  const auto lower = map.present({"years", "more_than"});
  const auto upper = map.present({"max_years", "less_than"});
  if (lower.size() > 1)
    ctx.errors.error(map.get("more_than")->where,
                     "give years (at least) or more_than (more than), not both");
  if (upper.size() > 1)
    ctx.errors.error(map.get("less_than")->where,
                     "give max_years (at most) or less_than (less than), not both");
  if (lower.empty() && !filtered)
    map.require("years");
  else if (lower.empty())
    spec.more_than = true;
  else {
    spec.more_than = lower.front() == "more_than";
    spec.years = non_negative(map.get(lower.front()), lower.front().c_str(), ctx.errors)
                     .value_or(0);
  }
  if (upper.empty()) return;
  spec.less_than = upper.front() == "less_than";
  const Node* node = map.get(upper.front());
  spec.max_years = non_negative(node, upper.front().c_str(), ctx.errors);
  if (spec.max_years &&
      (*spec.max_years < spec.years ||
       (*spec.max_years == spec.years && (spec.more_than || spec.less_than))))
    ctx.errors.error(node->where, upper.front() + " leaves no number of years possible");
}

// `after: first_degree` or `after: {degree: LEVEL}`.
void parse_after(const Node* node, ExperienceSpec& spec, ParseContext& ctx) {
  if (!node) return;
  if (node->is_scalar()) {
    if (node->text == "first_degree")
      spec.after_first_degree = true;
    else
      ctx.errors.error(
          node->where,
          "after must be first_degree or {degree: LEVEL}, found '" + node->text + "'");
    return;
  }
  MapReader map(*node, "after", ctx.errors);
  if (auto d = yaml::read_text(map.require("degree"), "degree", ctx.errors)) {
    spec.after_degree = to_text(*d);
    check_ladder_key(*spec.after_degree, ctx);
  }
  map.finish();
}

}  // namespace

namespace {

// A closed value of rules/policies.yaml (a setting, a programme).
void check_listed(const std::vector<Text>& values, const std::vector<std::string>& listed,
                  const std::string& what, ParseContext& ctx) {
  for (const Text& v : values)
    if (!PeriodPolicy::position(listed, v.value))
      ctx.errors.error(v.where, "unknown " + what + " '" + v.value +
                                    "' (rules/policies.yaml)" +
                                    did_you_mean(v.value, listed));
}

// The filters of an experience criterion or of an of_which sub-criterion
// (formats.md, "The rule language, for real postings"); `after` and
// `of_which` are the caller's.
void parse_filters(MapReader& map, ExperienceSpec& spec, ParseContext& ctx) {
  const bool filtered =
      !map.present({"areas", "all_areas", "types", "within_last", "employers",
                    "countries", "scope", "setting", "paid", "programmes"})
           .empty();
  parse_bounds(map, filtered, spec, ctx);
  spec.areas = text_list(map.get("areas"), "areas", ctx.errors);
  spec.all_areas = text_list(map.get("all_areas"), "all_areas", ctx.errors);
  if (const Node* types = map.get("types")) {
    spec.types = text_list(types, "types", ctx.errors);
    for (const Text& t : *spec.types)
      if (!ctx.rules.periods.type(t.value))
        ctx.errors.error(t.where, "unknown experience type '" + t.value + "'" +
                                      did_you_mean(t.value, ctx.rules.periods.names()));
  }
  spec.within_last_months = whole_months(map.get("within_last"), "within_last", ctx);
  spec.employers = text_list(map.get("employers"), "employers", ctx.errors);
  for (const Text& e : spec.employers)
    if (!ctx.rules.employers.index_of(e.value))
      ctx.errors.error(e.where, "unknown employer '" + e.value +
                                    "' (an id of rules/employers.yaml)" +
                                    did_you_mean(e.value, ctx.rules.employers.ids()));
  spec.countries = text_list(map.get("countries"), "countries", ctx.errors);
  check_countries(spec.countries, ctx);
  if (auto scope = yaml::read_text(map.get("scope"), "scope", ctx.errors)) {
    spec.scope = to_text(*scope);
    if (scope->text != "international" && scope->text != "national")
      ctx.errors.error(scope->where, "scope must be international or national, found '" +
                                         scope->text + "'");
  }
  if (const Node* setting = map.get("setting"))
    spec.settings = setting->is_scalar()
                        ? std::vector<Text>{{setting->text, setting->where}}
                        : text_list(setting, "setting", ctx.errors);
  check_listed(spec.settings, ctx.rules.periods.settings, "setting", ctx);
  spec.paid = yaml::read_bool(map.get("paid"), "paid", ctx.errors);
  spec.programmes = text_list(map.get("programmes"), "programmes", ctx.errors);
  check_listed(spec.programmes, ctx.rules.periods.programmes, "programme", ctx);
  spec.full_at = non_negative(map.get("full_at"), "full_at", ctx.errors);
}

// of_which: sub-criteria with the filters of the criterion but after and
// of_which; each asks a number of years.
void parse_of_which(const Node* node, ExperienceSpec& spec, ParseContext& ctx) {
  if (!node) return;
  const auto* items = yaml::read_list(node, "of_which", ctx.errors);
  if (!items) return;
  for (const Node& item : *items) {
    MapReader map(item, "of_which entry", ctx.errors);
    if (!map.ok()) continue;
    ExperienceSpec sub;
    sub.where = item.where;
    parse_filters(map, sub, ctx);
    if (sub.full_at)
      ctx.errors.error(map.get("full_at")->where,
                       "full_at is the criterion's, not of_which's");
    map.finish();
    spec.of_which.push_back(std::move(sub));
  }
}

}  // namespace

void parse_experience(const Node& value, MapReader&, CriterionSpec& c,
                      ParseContext& ctx) {
  ExperienceSpec spec;
  spec.where = value.where;
  if (value.is_scalar()) {
    spec.years = non_negative(&value, "experience", ctx.errors).value_or(0);
    c.kind = spec;
    return;
  }
  MapReader map(value, "experience", ctx.errors);
  parse_filters(map, spec, ctx);
  parse_after(map.get("after"), spec, ctx);
  parse_of_which(map.get("of_which"), spec, ctx);
  map.finish();
  c.kind = spec;
}

namespace {

void check_languages(const LanguageSpec& spec, const Location& where, ParseContext& ctx) {
  if (spec.languages.empty()) ctx.errors.error(where, "language lists no language");
  for (const Text& l : spec.languages) {
    if (ctx.rules.languages.set(l.value) || ctx.rules.languages.code_of(l.value))
      continue;
    auto names = ctx.rules.languages.set_names();
    auto more = ctx.rules.languages.suggestions();
    names.insert(names.end(), more.begin(), more.end());
    ctx.errors.error(l.where, "unknown language or language set '" + l.value + "'" +
                                  did_you_mean(l.value, names));
  }
  for (const Text& l : spec.other_than)
    if (!ctx.rules.languages.code_of(l.value))
      ctx.errors.error(l.where, "unknown language '" + l.value + "'");
}

// any_of / all_of of a language criterion: a list or the name of a set.
std::vector<Text> language_list(const Node* node, const char* name, ParseContext& ctx) {
  if (node && node->is_scalar()) return {{node->text, node->where}};
  return text_list(node, name, ctx.errors);
}

void read_level(const Node* node, const char* name, Text& level, ParseContext& ctx) {
  if (auto l = yaml::read_text(node, name, ctx.errors)) {
    level = to_text(*l);
    check_level(level, ctx);
  }
}

// un_level: III (each of the four skills), or un_levels: {read: III, ...}.
void read_un_levels(MapReader& map, const std::string& key, LanguageSpec& spec,
                    ParseContext& ctx) {
  const LevelScale& scale = ctx.rules.levels;
  auto check = [&](const Text& level) {
    if (!scale.un_rank_of(level.value))
      ctx.errors.error(level.where, "unknown UN level '" + level.value +
                                        "'; UN levels are I, II, III and IV");
  };
  const Node* node = map.get(key);
  if (key == "un_level") {
    if (auto level = yaml::read_text(node, "un_level", ctx.errors)) {
      check(to_text(*level));
      for (const std::string& skill : scale.skills())
        spec.un_levels[skill] = to_text(*level);
    }
    return;
  }
  MapReader skills(*node, "un_levels", ctx.errors);
  if (!skills.ok()) return;
  for (const std::string& skill : scale.skills())
    if (auto level = yaml::read_text(skills.get(skill), skill, ctx.errors)) {
      check(to_text(*level));
      spec.un_levels[skill] = to_text(*level);
    }
  skills.finish();
  if (spec.un_levels.empty())
    ctx.errors.error(node->where, "un_levels names no skill (" +
                                      join_words(scale.skills(), "or") + ")");
}

}  // namespace

// `language: CODE` takes its `level` from the criterion map; the map form
// holds it.
void parse_language(const Node& value, MapReader& criterion, CriterionSpec& c,
                    ParseContext& ctx) {
  LanguageSpec spec;
  if (value.is_scalar()) {
    spec.languages = {{value.text, value.where}};
    read_level(criterion.require("level"), "level", spec.level, ctx);
    check_languages(spec, criterion.where(), ctx);
    c.kind = std::move(spec);
    return;
  }
  MapReader map(value, "language", ctx.errors);
  auto modes = map.present({"any_of", "all_of"});
  if (modes.size() != 1)
    ctx.errors.error(value.where, "language needs exactly one of any_of and all_of");
  spec.all = !modes.empty() && modes.front() == "all_of";
  spec.languages =
      language_list(map.get(spec.all ? "all_of" : "any_of"), "languages", ctx);
  spec.other_than = text_list(map.get("other_than"), "other_than", ctx.errors);
  const auto levels = map.present({"level", "un_level", "un_levels"});
  if (levels.size() > 1)
    ctx.errors.error(value.where, "give one of level, un_level and un_levels");
  if (levels.empty() || levels.front() == "level")
    read_level(map.require("level"), "level", spec.level, ctx);
  else
    read_un_levels(map, levels.front(), spec, ctx);
  if (const Node* full = map.get("full_at")) {
    spec.full_at.emplace();
    read_level(full, "full_at", *spec.full_at, ctx);
  }
  // Keys beside the one chosen were reported above as given together.
  map.finish({spec.all ? "any_of" : "all_of", "level", "un_level", "un_levels"});
  check_languages(spec, value.where, ctx);
  c.kind = spec;
}

void parse_skills(const Node& value, MapReader&, CriterionSpec& c, ParseContext& ctx) {
  SkillsSpec spec;
  MapReader map(value, "skills", ctx.errors);
  const auto modes = map.present({"any_of", "all_of", "at_least"});
  map.finish({"any_of", "all_of", "at_least", "of"});
  c.kind = spec;
  if (!map.ok()) return;
  if (modes.size() != 1) {
    ctx.errors.error(value.where,
                     "skills needs exactly one of any_of, all_of and at_least");
    return;
  }
  const Node* mode = map.get(modes.front());
  if (!mode) {
    ctx.errors.error(value.where, "skills " + modes.front() + " has no value");
    return;
  }
  if (modes.front() == "at_least") {
    spec.mode = SkillsSpec::Mode::at_least;
    spec.at_least = yaml::read_whole(mode, "at_least", 1, 10000, ctx.errors).value_or(1);
    spec.concepts = text_list(map.require("of"), "of", ctx.errors);
    if (spec.at_least > static_cast<int>(spec.concepts.size()))
      ctx.errors.error(mode->where, "at_least is more than the concepts listed");
  } else {
    spec.mode =
        modes.front() == "all_of" ? SkillsSpec::Mode::all_of : SkillsSpec::Mode::any_of;
    spec.concepts = text_list(mode, modes.front().c_str(), ctx.errors);
    spec.at_least = spec.mode == SkillsSpec::Mode::all_of
                        ? static_cast<int>(spec.concepts.size())
                        : 1;
    if (spec.concepts.empty()) ctx.errors.error(mode->where, "skills lists no concept");
  }
  c.kind = spec;
}

namespace {
std::optional<int> whole_years(const Node* node, const char* name, Diagnostics& errors) {
  return yaml::read_whole(node, name, 0, 150, errors);
}
}  // namespace

void parse_age(const Node& value, MapReader&, CriterionSpec& c, ParseContext& ctx) {
  AgeSpec spec;
  MapReader map(value, "age", ctx.errors);
  spec.min = whole_years(map.get("min"), "min", ctx.errors);
  spec.max = whole_years(map.get("max"), "max", ctx.errors);
  if (map.ok() && !map.has("min") && !map.has("max"))
    ctx.errors.error(value.where, "age needs min, max or both");
  if (spec.min && spec.max && *spec.min > *spec.max)
    ctx.errors.error(value.where, "age min is above max");
  if (auto on = yaml::read_exact_date(map.get("on"), "on", DateRole::end, ctx.errors))
    spec.on = on->date;
  map.finish();
  c.kind = spec;
}

void parse_nationality(const Node& value, MapReader&, CriterionSpec& c,
                       ParseContext& ctx) {
  NationalitySpec spec;
  MapReader map(value, "nationality", ctx.errors);
  const auto modes = map.present({"any_of", "none_of"});
  if (map.ok() && modes.size() != 1)
    ctx.errors.error(value.where, "nationality needs exactly one of any_of and none_of");
  spec.excluded = !modes.empty() && modes.front() == "none_of";
  const char* mode = spec.excluded ? "none_of" : "any_of";
  spec.countries = text_list(map.get(mode), mode, ctx.errors);
  if (map.ok() && map.get(mode) && spec.countries.empty())
    ctx.errors.error(value.where, "nationality lists no country");
  check_countries(spec.countries, ctx);
  map.finish({"any_of", "none_of"});
  c.kind = spec;
}

// `manual: "<what a person checks>"`, with an optional sibling `see: URL`.
void parse_manual(const Node& value, MapReader& criterion, CriterionSpec& c,
                  ParseContext& ctx) {
  ManualSpec spec;
  if (auto check = yaml::read_text(&value, "manual", ctx.errors)) {
    spec.check = to_text(*check);
    if (spec.check.value.empty())
      ctx.errors.error(value.where, "manual must say what a person checks");
  }
  if (auto see = yaml::read_text(criterion.get("see"), "see", ctx.errors))
    spec.see = to_text(*see);
  c.kind = std::move(spec);
}

// `enrolled: {level: LEVEL, fields: [...], related_fields: bool,
// final_year: bool}`.
void parse_enrolled(const Node& value, MapReader&, CriterionSpec& c, ParseContext& ctx) {
  EnrolledSpec spec;
  MapReader map(value, "enrolled", ctx.errors);
  if (auto level = yaml::read_text(map.require("level"), "level", ctx.errors)) {
    spec.level = to_text(*level);
    check_ladder_key(spec.level, ctx);
  }
  parse_fields(map, spec.fields, spec.related_fields, ctx);
  spec.final_year =
      yaml::read_bool(map.get("final_year"), "final_year", ctx.errors).value_or(false);
  map.finish();
  c.kind = std::move(spec);
}

// `residence: {countries: [...]}`: codes, names or sets.
void parse_residence(const Node& value, MapReader&, CriterionSpec& c, ParseContext& ctx) {
  ResidenceSpec spec;
  MapReader map(value, "residence", ctx.errors);
  spec.countries = text_list(map.require("countries"), "countries", ctx.errors);
  if (map.ok() && map.get("countries") && spec.countries.empty())
    ctx.errors.error(value.where, "residence lists no country");
  check_countries(spec.countries, ctx);
  map.finish();
  c.kind = std::move(spec);
}

// `work_permit: {country: C, kinds: [...]}`.
void parse_work_permit(const Node& value, MapReader&, CriterionSpec& c,
                       ParseContext& ctx) {
  WorkPermitSpec spec;
  MapReader map(value, "work_permit", ctx.errors);
  if (auto country = yaml::read_text(map.require("country"), "country", ctx.errors)) {
    spec.country = to_text(*country);
    if (!ctx.rules.countries.code_of(spec.country.value))
      ctx.errors.error(spec.country.where,
                       country_problem(spec.country.value, ctx.rules));
  }
  spec.kinds = text_list(map.get("kinds"), "kinds", ctx.errors);
  for (const Text& k : spec.kinds)
    if (const std::string problem = permit_kind_problem(k.value); !problem.empty())
      ctx.errors.error(k.where, problem);
  map.finish();
  c.kind = std::move(spec);
}

namespace {
void parse_composite(const Node& value, CriterionSpec& c, ParseContext& ctx, bool all) {
  CompositeSpec spec;
  spec.all = all;
  const char* name = all ? "all_of" : "any_of";
  if (const auto* items = yaml::read_list(&value, name, ctx.errors)) {
    for (const Node& item : *items)
      spec.parts.push_back(parse_criterion(item, false, ctx));
    if (items->empty()) ctx.errors.error(value.where, std::string(name) + " is empty");
  }
  c.kind = std::move(spec);
}

}  // namespace

void parse_any_of(const Node& value, MapReader&, CriterionSpec& c, ParseContext& ctx) {
  parse_composite(value, c, ctx, false);
}

void parse_all_of(const Node& value, MapReader&, CriterionSpec& c, ParseContext& ctx) {
  parse_composite(value, c, ctx, true);
}

namespace {

std::vector<std::string> kind_names() {
  std::vector<std::string> names;
  for (const CriterionKind& kind : criterion_kinds()) names.push_back(kind.name);
  return names;
}

// Reads the one kind key of the criterion map; returns its kind, or null
// (with the error) when there is not exactly one.
const CriterionKind* parse_kind(MapReader& map, const Node& node, CriterionSpec& c,
                                ParseContext& ctx) {
  const std::vector<std::string> names = kind_names();
  auto kinds = map.present(names);
  if (kinds.size() != 1) {
    std::string found = kinds.empty() ? "none" : join_words(kinds, "and");
    ctx.errors.error(node.where, "a criterion needs exactly one kind (" +
                                     join_words(names, "or") + "); found " + found);
    return nullptr;
  }
  const Node* value = map.get(kinds.front());
  if (!value) {
    ctx.errors.error(node.where, kinds.front() + " has no value");
    return nullptr;
  }
  const CriterionKind* kind = kind_named(kinds.front());
  kind->parse(*value, map, c, ctx);
  return kind;
}

}  // namespace

CriterionSpec parse_criterion(const Node& node, bool top_level, ParseContext& ctx) {
  CriterionSpec c;
  c.where = node.where;
  MapReader map(node, top_level ? "criterion" : "part of a criterion", ctx.errors);
  if (!map.ok()) return c;
  if (top_level) {
    if (auto id = yaml::read_text(map.require("id"), "id", ctx.errors)) c.id = id->text;
    if (auto text = yaml::read_text(map.require("text"), "text", ctx.errors))
      c.text = text->text;
    c.weight = non_negative(map.get("weight"), "weight", ctx.errors);
  }
  std::vector<std::string> allowed = kind_names();
  if (const CriterionKind* kind = parse_kind(map, node, c, ctx))
    allowed.insert(allowed.end(), kind->options.begin(), kind->options.end());
  map.finish(allowed);
  return c;
}

}  // namespace shortlist
