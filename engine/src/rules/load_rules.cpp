// Reads the rule tables of rules/ (docs/rules-format.md), every problem of
// every file collected with its position.
#include <algorithm>
#include <filesystem>
#include <functional>
#include <set>

#include "file.h"
#include "shortlist/rules.h"
#include "text.h"
#include "yaml/reader.h"

namespace shortlist {
namespace {

using yaml::Located;
using yaml::MapReader;
using yaml::Node;

// Folded name -> value, reporting a name given twice.
template <typename Value>
void add_name(std::unordered_map<std::string, Value>& index,
              std::map<std::string, Location>& seen, const std::string& name, Value value,
              const Location& where, Diagnostics& errors) {
  const std::string key = fold(name);
  if (key.empty()) {
    errors.error(where, "empty name");
    return;
  }
  auto [it, fresh] = seen.emplace(key, where);
  if (!fresh && !(index.count(key) && index.at(key) == value)) {
    errors.error(where, "name '" + name + "' is already used at line " +
                            std::to_string(it->second.line));
    return;
  }
  index[key] = std::move(value);
}

// Reads the common keys of a table's text and hands its root to `body`.
bool read_table(std::string_view text, const std::string& path, const std::string& table,
                Diagnostics& errors, RuleTables* tables,
                const std::function<void(MapReader&)>& body) {
  auto docs = yaml::parse_documents(text, path, kRuleTableLimits);
  if (docs.size() != 1) {
    if (docs.empty()) errors.error({path, 0, 0}, "the file is empty");
    for (const auto& doc : docs) errors.append(doc.errors);
    if (docs.size() > 1)
      errors.error(
          {path, docs[1].first_line, 1},
          "a rule file holds one document, found " + std::to_string(docs.size()));
    return false;
  }
  errors.append(docs[0].errors);
  if (!docs[0].parsed) return false;
  const size_t before = errors.size();
  MapReader root(docs[0].root, "rule file", errors);
  if (!root.ok()) return false;
  if (auto name = yaml::read_text(root.require("table"), "table", errors);
      name && name->text != table)
    errors.error(name->where, "table is '" + name->text + "' but the file holds '" +
                                  table + "' (its file name)");
  auto version = yaml::read_text(root.get("version"), "version", errors);
  if (tables && version) tables->versions[table] = version->text;
  yaml::read_text_list(root.get("sources"), "sources", errors);
  body(root);
  root.finish();
  return errors.size() == before;
}

std::string text_or(const Node* node, const char* name, Diagnostics& errors) {
  auto t = yaml::read_text(node, name, errors);
  return t ? t->text : "";
}

std::vector<std::string> texts(const Node* node, const char* name, Diagnostics& errors) {
  std::vector<std::string> out;
  if (auto list = yaml::read_text_list(node, name, errors))
    for (auto& item : *list) out.push_back(item.text);
  return out;
}

// The keys of a map whose values say what each key means, in file order.
std::vector<std::string> key_list(const Node* node, const char* name,
                                  Diagnostics& errors) {
  std::vector<std::string> out;
  if (!node) return out;
  MapReader map(*node, name, errors);
  if (!map.ok()) return out;
  for (const auto& [key, value] : node->entries) {
    yaml::read_text(&value, key.text.c_str(), errors);
    out.push_back(key.text);
  }
  return out;
}

// ---- degrees ---------------------------------------------------------------

std::vector<DegreeTable::Step> read_ladder(const Node* node, Diagnostics& errors) {
  std::vector<DegreeTable::Step> ladder;
  const auto* items = yaml::read_list(node, "levels", errors);
  if (!items) return ladder;
  for (const Node& item : *items) {
    MapReader step(item, "ladder step", errors);
    DegreeTable::Step s;
    s.key = text_or(step.require("key"), "key", errors);
    s.isced = yaml::read_whole(step.require("isced"), "isced", 0, 8, errors).value_or(0);
    s.aliases = texts(step.get("aliases"), "aliases", errors);
    step.finish();
    if (!ladder.empty() && s.isced <= ladder.back().isced)
      errors.error(item.where, "ladder steps must rise: '" + s.key + "' is not above '" +
                                   ladder.back().key + "'");
    ladder.push_back(std::move(s));
  }
  return ladder;
}

// A level written as one name or [low, high], each name ranked by `rank`
// (nullopt: a name it does not know, reported by `unknown`). `shape` names
// the name for the message of a wrong shape ("a ladder key").
std::optional<std::pair<int, int>> read_range(
    const Node* node, const std::string& shape,
    const std::function<std::optional<int>(const std::string&)>& rank,
    const std::function<std::string(const std::string&)>& unknown, Diagnostics& errors) {
  std::vector<Located> names;
  if (node && node->is_sequence()) {
    if (auto list = yaml::read_text_list(node, "level", errors)) names = *list;
  } else if (auto one = yaml::read_text(node, "level", errors)) {
    names = {*one, *one};
  }
  if (names.size() != 2) {
    if (node) errors.error(node->where, "level must be " + shape + " or [low, high]");
    return std::nullopt;
  }
  for (const auto& n : names)
    if (!rank(n.text)) errors.error(n.where, unknown(n.text));
  auto low = rank(names[0].text), high = rank(names[1].text);
  if (!low || !high) return std::nullopt;
  if (*low > *high) errors.error(node->where, "level range goes down");
  return std::make_pair(*low, *high);
}

std::optional<std::pair<int, int>> read_name_level(const Node* node,
                                                   const DegreeTable& ladder,
                                                   Diagnostics& errors) {
  return read_range(
      node, "a ladder key", [&](const std::string& k) { return ladder.ladder_level(k); },
      [&](const std::string& k) {
        return "unknown ladder level '" + k + "'" + did_you_mean(k, ladder.ladder_keys());
      },
      errors);
}

void read_degrees(MapReader& root, RuleTables& tables, Diagnostics& errors) {
  auto ladder = read_ladder(root.require("levels"), errors);
  DegreeTable ladder_only(ladder, {});
  std::vector<DegreeTable::Name> names;
  std::set<std::pair<std::string, std::string>> seen;
  if (const auto* items = yaml::read_list(root.require("names"), "names", errors)) {
    for (const Node& item : *items) {
      MapReader entry(item, "degree name", errors);
      DegreeTable::Name n;
      n.name = text_or(entry.require("name"), "name", errors);
      auto level = read_name_level(entry.require("level"), ladder_only, errors);
      n.country = text_or(entry.get("country"), "country", errors);
      n.note = text_or(entry.get("note"), "note", errors);
      entry.finish();
      if (!seen.insert({fold(n.name), n.country}).second)
        errors.error(item.where, "degree name '" + n.name + "' is listed twice for " +
                                     (n.country.empty() ? "no country" : n.country));
      if (!level) continue;
      std::tie(n.low, n.high) = *level;
      names.push_back(std::move(n));
    }
  }
  tables.degrees = DegreeTable(std::move(ladder), std::move(names));
}

// ---- fields ----------------------------------------------------------------

bool is_field_code(const std::string& code) {
  return (code.size() >= 2 && code.size() <= 4) &&
         std::all_of(code.begin(), code.end(),
                     [](char c) { return c >= '0' && c <= '9'; });
}

void read_fields(MapReader& root, RuleTables& tables, Diagnostics& errors) {
  std::vector<Field> fields;
  std::unordered_map<std::string, std::string> index;
  std::map<std::string, Location> seen;
  std::set<std::string> codes;
  if (const auto* items = yaml::read_list(root.require("fields"), "fields", errors)) {
    for (const Node& item : *items) {
      MapReader entry(item, "field", errors);
      auto code = yaml::read_text(entry.require("code"), "code", errors);
      std::string name = text_or(entry.require("name"), "name", errors);
      auto names = yaml::read_text_list(entry.get("names"), "names", errors);
      entry.finish();
      if (!code) continue;
      if (!is_field_code(code->text)) {
        errors.error(code->where,
                     "code '" + code->text + "' is not an ISCED-F code (2 to 4 digits)");
        continue;
      }
      if (!codes.insert(code->text).second)
        errors.error(code->where, "code '" + code->text + "' is listed twice");
      add_name(index, seen, name, code->text, item.where, errors);
      if (names)
        for (const auto& n : *names)
          add_name(index, seen, n.text, code->text, n.where, errors);
      fields.push_back({code->text, name});
    }
  }
  tables.fields = FieldTable(std::move(fields), std::move(index));
}

// ---- languages -------------------------------------------------------------

// Entries {code, name, names} of a code list; `valid` says whether a code
// has the standard's shape, `standard` names it for messages.
CodeList read_code_list(const Node* node, const char* what, const char* standard,
                        bool (*valid)(const std::string&), Diagnostics& errors) {
  std::map<std::string, std::string> names_by_code;
  std::unordered_map<std::string, std::string> index;
  std::map<std::string, Location> seen;
  const auto* items = yaml::read_list(node, what, errors);
  if (!items) return {};
  for (const Node& item : *items) {
    MapReader entry(item, what, errors);
    auto code = yaml::read_text(entry.require("code"), "code", errors);
    std::string name = text_or(entry.require("name"), "name", errors);
    auto names = yaml::read_text_list(entry.get("names"), "names", errors);
    entry.finish();
    if (!code) continue;
    if (!valid(code->text)) {
      errors.error(code->where,
                   "code '" + code->text + "' is not an " + standard + " code");
      continue;
    }
    names_by_code[code->text] = name;
    add_name(index, seen, code->text, code->text, code->where, errors);
    add_name(index, seen, name, code->text, item.where, errors);
    if (names)
      for (const auto& n : *names)
        add_name(index, seen, n.text, code->text, n.where, errors);
  }
  return CodeList(std::move(names_by_code), std::move(index));
}

bool two_letters(const std::string& code, bool upper) {
  return code.size() == 2 && std::all_of(code.begin(), code.end(), [&](char c) {
           return upper ? (c >= 'A' && c <= 'Z') : (c >= 'a' && c <= 'z');
         });
}

// The map `sets` of named sets of codes of `list` (`what`: "language");
// a member not in the list, a name that is also a code, or a member given
// twice is an error. An empty list (a sets file checked on its own) checks
// no member.
void read_sets(const Node* node, const char* what, CodeList& list, Diagnostics& errors) {
  if (!node) return;
  MapReader set_map(*node, "sets", errors);
  if (!set_map.ok()) return;
  for (const auto& [key, value] : node->entries) {
    auto members = yaml::read_text_list(&value, key.text, errors);
    if (!members) continue;
    if (list.code_of(key.text))
      errors.error(key.where, "set '" + key.text + "' has the name of a " + what +
                                  ": give it another name");
    std::vector<std::string> codes;
    for (const auto& c : *members) {
      if (list.size() > 0 && !list.has(c.text))
        errors.error(c.where, "set '" + key.text + "' names unknown " + what + " '" +
                                  c.text + "'");
      else if (std::find(codes.begin(), codes.end(), c.text) != codes.end())
        errors.error(c.where, "set '" + key.text + "' names '" + c.text + "' twice");
      else
        codes.push_back(c.text);
    }
    list.add_set(key.text, std::move(codes));
  }
}

void read_languages(MapReader& root, RuleTables& tables, Diagnostics& errors) {
  tables.languages = read_code_list(
      root.require("languages"), "language", "ISO 639-1",
      [](const std::string& c) { return two_letters(c, false); }, errors);
  read_sets(root.get("sets"), "language", tables.languages, errors);
}

// ---- language levels -------------------------------------------------------

std::vector<LevelScale::FourSkillRule> read_four_skill_rules(
    const Node* node, const std::vector<std::string>& values,
    const std::unordered_map<std::string, int>& ranks, Diagnostics& errors) {
  std::vector<LevelScale::FourSkillRule> rules;
  const auto* items = yaml::read_list(node, "rules", errors);
  if (!items) return rules;
  auto value_index = [&](const Node* v, const char* name) {
    auto t = yaml::read_text(v, name, errors);
    if (!t) return -1;
    auto it = std::find(values.begin(), values.end(), t->text);
    if (it == values.end()) {
      errors.error(t->where, "unknown four-skill value '" + t->text + "'" +
                                 did_you_mean(t->text, values));
      return -1;
    }
    return static_cast<int>(it - values.begin());
  };
  for (const Node& item : *items) {
    MapReader rule(item, "four-skill rule", errors);
    LevelScale::FourSkillRule r;
    auto level = yaml::read_text(rule.require("level"), "level", errors);
    if (level) {
      auto found = ranks.find(fold(level->text));
      if (found == ranks.end())
        errors.error(level->where, "unknown level '" + level->text + "'");
      else
        r.level = found->second;
    }
    if (rule.has("all_at_least"))
      r.all_at_least = value_index(rule.get("all_at_least"), "all_at_least");
    r.at_least =
        yaml::read_whole(rule.get("at_least"), "at_least", 0, 100, errors).value_or(0);
    if (rule.has("of_at_least"))
      r.of_at_least = value_index(rule.get("of_at_least"), "of_at_least");
    rule.finish();
    rules.push_back(r);
  }
  return rules;
}

// un_framework: {levels: [I, II, III, IV], correspondence: [{un_level,
// cefr, source}]}: the correspondence is shipped empty; each entry an
// organisation adds must cite its source.
void read_un_framework(const Node* node, LevelScale& scale, Diagnostics& errors) {
  if (!node) return;
  MapReader map(*node, "un_framework", errors);
  LevelScale::UnFramework un;
  un.levels = texts(map.require("levels"), "levels", errors);
  scale.set_un(un);
  if (const auto* items =
          yaml::read_list(map.get("correspondence"), "correspondence", errors))
    for (const Node& item : *items) {
      MapReader entry(item, "correspondence entry", errors);
      auto level = yaml::read_text(entry.require("un_level"), "un_level", errors);
      auto cefr = yaml::read_text(entry.require("cefr"), "cefr", errors);
      yaml::read_text(entry.require("source"), "source", errors);
      entry.finish();
      const auto un_rank = level ? scale.un_rank_of(level->text) : std::nullopt;
      const auto rank = cefr ? scale.rank_of(cefr->text) : std::nullopt;
      if (level && !un_rank)
        errors.error(level->where,
                     "'" + level->text + "' is not a UN level of un_framework");
      if (cefr && !rank)
        errors.error(cefr->where, "'" + cefr->text + "' is not a level of the scale");
      if (un_rank && rank) un.cefr_of[*un_rank] = *rank;
    }
  map.finish();
  scale.set_un(std::move(un));
}

void read_levels(MapReader& root, RuleTables& tables, Diagnostics& errors) {
  auto steps = texts(root.require("scale"), "scale", errors);
  std::unordered_map<std::string, int> ranks;
  std::map<std::string, Location> seen;
  for (size_t i = 0; i < steps.size(); ++i)
    add_name(ranks, seen, steps[i], static_cast<int>(i + 1), root.where(), errors);
  if (const Node* wording = root.get("wording")) {
    MapReader words(*wording, "wording", errors);
    if (words.ok())
      for (const auto& [key, value] : wording->entries) {
        auto rank = ranks.find(fold(key.text));
        if (rank == ranks.end()) {
          errors.error(key.where, "'" + key.text + "' is not a step of the scale" +
                                      did_you_mean(key.text, steps));
          continue;
        }
        const int r = rank->second;
        if (auto list = yaml::read_text_list(&value, key.text, errors))
          for (const auto& w : *list) add_name(ranks, seen, w.text, r, w.where, errors);
      }
  }
  std::vector<std::string> skills, values;
  std::vector<LevelScale::FourSkillRule> rules;
  if (const Node* node = root.require("four_skill")) {
    MapReader four(*node, "four_skill", errors);
    skills = texts(four.require("skills"), "skills", errors);
    values = texts(four.require("values"), "values", errors);
    rules = read_four_skill_rules(four.require("rules"), values, ranks, errors);
    four.finish();
  }
  tables.levels = LevelScale(std::move(steps), std::move(ranks), std::move(skills),
                             std::move(values), std::move(rules));
  read_un_framework(root.get("un_framework"), tables.levels, errors);
}

// ---- countries -------------------------------------------------------------

void read_countries(MapReader& root, RuleTables& tables, Diagnostics& errors) {
  tables.countries = read_code_list(
      root.require("countries"), "country", "ISO 3166-1 alpha-2",
      [](const std::string& c) { return two_letters(c, true); }, errors);
}

// ---- skills ----------------------------------------------------------------

// Whether the `broader` links of `entries` (concepts, employers) reach a
// cycle from `start`; `state` (0 unseen, 1 on the path, 2 done) is shared
// across calls. Iterative: a chain of any length costs no stack.
template <typename Entry>
bool has_cycle(const std::vector<Entry>& entries, int start, std::vector<int>& state) {
  if (state[start] != 0) return false;
  std::vector<std::pair<int, size_t>> path = {{start, 0}};  // (entry, next link)
  state[start] = 1;
  while (!path.empty()) {
    const auto [entry, next] = path.back();
    const auto& links = entries[entry].broader;
    if (next == links.size()) {
      state[entry] = 2;
      path.pop_back();
      continue;
    }
    ++path.back().second;
    const int parent = links[next];
    if (state[parent] == 1) return true;
    if (state[parent] == 0) {
      state[parent] = 1;
      path.push_back({parent, 0});
    }
  }
  return false;
}

// The first entry that reaches itself by `broader` links. REQUIRES: one does.
template <typename Entry>
int on_a_cycle(const std::vector<Entry>& entries) {
  for (size_t i = 0; i < entries.size(); ++i) {
    std::vector<int> todo = entries[i].broader;
    std::vector<char> seen(entries.size(), 0);
    while (!todo.empty()) {
      const int next = todo.back();
      todo.pop_back();
      if (next == static_cast<int>(i)) return next;
      if (seen[next]) continue;
      seen[next] = 1;
      todo.insert(todo.end(), entries[next].broader.begin(), entries[next].broader.end());
    }
  }
  return 0;
}

// Reports a cycle of `broader` links ("broader terms form a cycle through
// 'x'") and then drops every link, so that no lookup loops.
template <typename Entry>
void refuse_cycles(std::vector<Entry>& entries, const char* links, const Location& where,
                   Diagnostics& errors) {
  std::vector<int> state(entries.size(), 0);
  for (size_t i = 0; i < entries.size(); ++i)
    if (has_cycle(entries, static_cast<int>(i), state)) {
      errors.error(where, std::string(links) + " form a cycle through '" +
                              entries[on_a_cycle(entries)].id + "'");
      for (auto& e : entries) e.broader.clear();
      return;
    }
}

void read_skills(MapReader& root, RuleTables& tables, Diagnostics& errors) {
  std::vector<SkillTaxonomy::Concept> concepts;
  std::unordered_map<std::string, int> index;
  std::map<std::string, Location> seen;
  std::vector<std::vector<Located>> broader_names;
  if (const auto* items = yaml::read_list(root.require("concepts"), "concepts", errors)) {
    for (const Node& item : *items) {
      MapReader entry(item, "concept", errors);
      std::string id = text_or(entry.require("id"), "id", errors);
      auto names = yaml::read_text_list(entry.get("names"), "names", errors);
      auto broader = yaml::read_text_list(entry.get("broader"), "broader", errors);
      entry.finish();
      const int number = static_cast<int>(concepts.size());
      add_name(index, seen, id, number, item.where, errors);
      if (names)
        for (const auto& n : *names)
          add_name(index, seen, n.text, number, n.where, errors);
      concepts.push_back({id, {}});
      broader_names.push_back(broader.value_or(std::vector<Located>{}));
    }
  }
  for (size_t i = 0; i < concepts.size(); ++i)
    for (const auto& b : broader_names[i]) {
      auto found = index.find(fold(b.text));
      if (found == index.end()) {
        errors.error(b.where, "broader concept '" + b.text + "' is not in the file");
        continue;
      }
      concepts[i].broader.push_back(found->second);
    }
  refuse_cycles(concepts, "broader terms", root.where(), errors);
  auto ignore = texts(root.get("ignore_words"), "ignore_words", errors);
  tables.skills = SkillTaxonomy(std::move(concepts), std::move(index), std::move(ignore));
}

// ---- policies --------------------------------------------------------------

void read_policies(MapReader& root, RuleTables& tables, Diagnostics& errors) {
  std::vector<PeriodPolicy::Type> types;
  if (const Node* node = root.require("period_types")) {
    MapReader map(*node, "period_types", errors);
    if (map.ok())
      for (const auto& [key, value] : node->entries) {
        MapReader entry(value, "period type '" + key.text + "'", errors);
        PeriodPolicy::Type t;
        t.name = key.text;
        t.counts =
            yaml::read_bool(entry.require("counts"), "counts", errors).value_or(true);
        t.paid = yaml::read_bool(entry.get("paid"), "paid", errors).value_or(t.counts);
        t.why = text_or(entry.get("why"), "why", errors);
        entry.finish();
        types.push_back(std::move(t));
      }
  }
  auto def =
      yaml::read_text(root.require("default_period_type"), "default_period_type", errors);
  PeriodPolicy policy(std::move(types), def ? def->text : "");
  if (def && !policy.type(def->text))
    errors.error(def->where,
                 "default_period_type '" + def->text + "' is not a period type");
  policy.settings = key_list(root.get("settings"), "settings", errors);
  policy.programmes = key_list(root.get("programmes"), "programmes", errors);
  if (policy.settings.size() > 7)
    errors.error(root.get("settings")->where, "settings lists more than 7 settings");
  if (policy.programmes.size() > 31)
    errors.error(root.get("programmes")->where,
                 "programmes lists more than 31 programmes");
  policy.international_abroad =
      yaml::read_bool(root.get("international_abroad"), "international_abroad", errors)
          .value_or(false);
  tables.periods = std::move(policy);
  if (auto first = yaml::read_text(root.require("first_degree"), "first_degree", errors))
    tables.first_degree = {first->text, first->where, 0};
  if (const Node* node = root.require("scoring")) {
    MapReader scoring(*node, "scoring", errors);
    auto fraction = [&](const char* key, double& out) {
      const Node* value = scoring.require(key);
      auto n = yaml::read_number(value, key, errors);
      if (n && (*n < 0 || *n > 1))
        errors.error(value->where, std::string(key) + " must be between 0 and 1");
      else if (n)
        out = *n;
    };
    fraction("language_step", tables.scoring.language_step);
    fraction("lexical_match", tables.scoring.lexical_match);
    scoring.finish();
  }
}

// ---- fluency ---------------------------------------------------------------

// A level of the scale, or [low, high]; checked against the scale when
// language-levels.yaml was read first (load_rules), else by shape only.
std::optional<std::pair<int, int>> read_scale_range(const Node* node,
                                                    const LevelScale& scale,
                                                    Diagnostics& errors) {
  if (scale.words().empty())
    return read_range(
        node, "a step of the scale", [](const std::string&) { return 0; },
        [](const std::string&) { return ""; }, errors);
  return read_range(
      node, "a step of the scale", [&](const std::string& w) { return scale.rank_of(w); },
      [&](const std::string& w) {
        return "'" + w + "' is not a level of language-levels.yaml" +
               did_you_mean(w, scale.words());
      },
      errors);
}

void read_fluency(MapReader& root, RuleTables& tables, Diagnostics& errors) {
  std::unordered_map<std::string, FluencyTable::Level> words;
  std::map<std::string, Location> seen;
  const auto* items = yaml::read_list(root.require("words"), "words", errors);
  for (const Node& item : items ? *items : std::vector<Node>{}) {
    MapReader entry(item, "fluency entry", errors);
    auto list = yaml::read_text_list(entry.require("words"), "words", errors);
    auto level = read_scale_range(entry.require("level"), tables.levels, errors);
    const std::string note = text_or(entry.get("note"), "note", errors);
    entry.finish();
    if (!list || !level) continue;
    for (const auto& w : *list) {
      if (tables.levels.rank_of(w.text))
        errors.error(
            w.where,
            "'" + w.text + "' is a word of language-levels.yaml: it is read there");
      add_name(words, seen, w.text,
               FluencyTable::Level{level->first, level->second, note}, w.where, errors);
    }
  }
  tables.fluency = FluencyTable(std::move(words));
}

// ---- education codes -------------------------------------------------------

void read_eqf(const Node* node, RuleTables& tables,
              std::map<int, EducationCodes::Eqf>& out, Diagnostics& errors) {
  const auto* items = yaml::read_list(node, "eqf", errors);
  for (const Node& item : items ? *items : std::vector<Node>{}) {
    MapReader entry(item, "eqf level", errors);
    auto level = yaml::read_whole(entry.require("eqf"), "eqf", 1, 8, errors);
    EducationCodes::Eqf eqf;
    // `level: null`: an EQF level the ladder has no step for.
    if (!entry.has("level")) errors.error(item.where, "eqf level has no 'level'");
    const Node* ladder = entry.get("level");
    if (ladder && !tables.degrees.ladder_keys().empty())
      eqf.isced = read_name_level(ladder, tables.degrees, errors);
    eqf.note = text_or(entry.get("source_note"), "source_note", errors);
    entry.finish();
    if (level && !out.emplace(*level, std::move(eqf)).second)
      errors.error(item.where,
                   "EQF level " + std::to_string(*level) + " is listed twice");
  }
}

void read_isced97(const Node* node, RuleTables& tables,
                  std::map<std::string, EducationCodes::Isced97>& out,
                  Diagnostics& errors) {
  const auto* items = yaml::read_list(node, "isced97_fields", errors);
  for (const Node& item : items ? *items : std::vector<Node>{}) {
    MapReader entry(item, "ISCED-1997 field", errors);
    auto code = yaml::read_text(entry.require("code"), "code", errors);
    text_or(entry.require("name"), "name", errors);
    EducationCodes::Isced97 field;
    // `isced_f: null`: a field no ISCED-F code holds whole.
    if (!entry.has("isced_f"))
      errors.error(item.where, "ISCED-1997 field has no 'isced_f'");
    if (auto f = yaml::read_text(entry.get("isced_f"), "isced_f", errors)) {
      field.isced_f = f->text;
      if (tables.fields.size() > 0 && !tables.fields.by_code(f->text))
        errors.error(f->where, "'" + f->text + "' is not a code of fields.yaml");
    }
    texts(entry.get("splits_to"), "splits_to", errors);
    field.note = text_or(entry.get("note"), "note", errors);
    entry.finish();
    if (code && !out.emplace(code->text, std::move(field)).second)
      errors.error(code->where, "code '" + code->text + "' is listed twice");
  }
}

void read_education_codes(MapReader& root, RuleTables& tables, Diagnostics& errors) {
  std::map<int, EducationCodes::Eqf> eqf;
  std::map<std::string, EducationCodes::Isced97> isced97;
  read_eqf(root.require("eqf"), tables, eqf, errors);
  read_isced97(root.require("isced97_fields"), tables, isced97, errors);
  tables.education_codes = EducationCodes(std::move(eqf), std::move(isced97));
}

// ---- period words ----------------------------------------------------------

// The folded words of a group's `entries` ({words, lang, note}).
std::vector<std::string> entry_words(const Node* node, const std::string& group,
                                     Diagnostics& errors) {
  std::vector<std::string> out;
  const auto* items = yaml::read_list(node, "entries", errors);
  for (const Node& item : items ? *items : std::vector<Node>{}) {
    MapReader entry(item, group + " entry", errors);
    for (const auto& w : texts(entry.require("words"), "words", errors))
      out.push_back(fold(w));
    text_or(entry.get("lang"), "lang", errors);
    text_or(entry.get("note"), "note", errors);
    entry.finish();
  }
  return out;
}

std::vector<std::string> folded(const std::vector<std::string>& words) {
  std::vector<std::string> out;
  for (const auto& w : words) out.push_back(fold(w));
  return out;
}

PeriodWords::TypeWords read_type_words(const Node* node, const std::string& type,
                                       Diagnostics& errors) {
  PeriodWords::TypeWords t;
  t.type = type;
  MapReader group(*node, type, errors);
  text_or(group.get("match"), "match", errors);
  t.phrases = entry_words(group.require("entries"), type, errors);
  t.whole_titles =
      folded(texts(group.get("whole_title_only"), "whole_title_only", errors));
  t.not_when = folded(texts(group.get("not_when"), "not_when", errors));
  group.finish();
  return t;
}

void read_period_words(MapReader& root, RuleTables& tables, Diagnostics& errors) {
  std::vector<std::string> open_end;
  if (const Node* node = root.require("open_end")) {
    MapReader group(*node, "open_end", errors);
    text_or(group.get("match"), "match", errors);
    open_end = entry_words(group.require("entries"), "open_end", errors);
    group.finish();
  }
  std::vector<PeriodWords::TypeWords> types;
  const Node* order = root.require("precedence");
  for (const auto& type : texts(order, "precedence", errors)) {
    if (tables.periods.size() > 0 && !tables.periods.type(type))
      errors.error(order->where, "'" + type + "' is not a period type of policies.yaml");
    if (const Node* node = root.require(type))
      types.push_back(read_type_words(node, type, errors));
  }
  tables.period_words = PeriodWords(std::move(open_end), std::move(types));
}

// ---- employers ---------------------------------------------------------------

// Acronym as written -> entry, reporting one given twice.
void add_acronym(std::unordered_map<std::string, int>& acronyms,
                 std::map<std::string, Location>& seen, const Located& acronym, int entry,
                 Diagnostics& errors) {
  auto [it, fresh] = seen.emplace(acronym.text, acronym.where);
  if (!fresh) {
    errors.error(acronym.where, "acronym '" + acronym.text +
                                    "' is already used at line " +
                                    std::to_string(it->second.line));
    return;
  }
  acronyms[acronym.text] = entry;
}

void read_employers(MapReader& root, RuleTables& tables, Diagnostics& errors) {
  std::vector<EmployerTable::Entry> entries;
  std::unordered_map<std::string, int> names, acronyms, ids;
  std::map<std::string, Location> seen_names, seen_acronyms;
  std::vector<std::vector<Located>> broader_ids;
  const auto* items = yaml::read_list(root.require("employers"), "employers", errors);
  for (const Node& item : items ? *items : std::vector<Node>{}) {
    MapReader map(item, "employer", errors);
    EmployerTable::Entry entry;
    entry.id = text_or(map.require("id"), "id", errors);
    entry.name = text_or(map.require("name"), "name", errors);
    entry.is_class = yaml::read_bool(map.get("class"), "class", errors).value_or(false);
    auto more = yaml::read_text_list(map.get("names"), "names", errors);
    auto short_forms = yaml::read_text_list(map.get("acronyms"), "acronyms", errors);
    auto broader = yaml::read_text_list(map.get("broader"), "broader", errors);
    map.finish();
    const int number = static_cast<int>(entries.size());
    if (!ids.emplace(entry.id, number).second)
      errors.error(item.where, "employer id '" + entry.id + "' is given twice");
    add_name(names, seen_names, entry.name, number, item.where, errors);
    for (const auto& n : more.value_or(std::vector<Located>{}))
      add_name(names, seen_names, n.text, number, n.where, errors);
    for (const auto& a : short_forms.value_or(std::vector<Located>{}))
      add_acronym(acronyms, seen_acronyms, a, number, errors);
    entries.push_back(std::move(entry));
    broader_ids.push_back(broader.value_or(std::vector<Located>{}));
  }
  for (size_t i = 0; i < entries.size(); ++i)
    for (const auto& b : broader_ids[i]) {
      auto found = ids.find(b.text);
      if (found == ids.end())
        errors.error(b.where, "broader employer '" + b.text + "' is not in the file");
      else
        entries[i].broader.push_back(found->second);
    }
  refuse_cycles(entries, "broader links", root.where(), errors);
  tables.employers =
      EmployerTable(std::move(entries), std::move(names), std::move(acronyms));
}

// ---- other codes and names of listed codes ----------------------------------

// Reads the mapping `key` of other codes or names to codes of `list`
// (`list_file` names its table in messages); read after that table.
void read_aliases(MapReader& root, const char* key, CodeList& list, const char* list_file,
                  Diagnostics& errors) {
  const Node* aliases = root.require(key);
  if (!aliases) return;
  MapReader map(*aliases, key, errors);
  if (!map.ok()) return;
  for (const auto& [alias, value] : aliases->entries) {
    auto code = yaml::read_text(&value, alias.text, errors);
    if (!code) continue;
    if (list.size() > 0 && !list.has(code->text))
      errors.error(code->where, "'" + code->text + "' is not a code of " + list_file);
    else
      list.add_alias(alias.text, code->text);
  }
}

// Three-letter codes for the ISO 639-1 codes of languages.yaml.
void read_language_codes(MapReader& root, RuleTables& tables, Diagnostics& errors) {
  read_aliases(root, "codes", tables.languages, "languages.yaml", errors);
}

// Names of languages in other languages ("anglais"), from iso-codes.
void read_language_names(MapReader& root, RuleTables& tables, Diagnostics& errors) {
  read_aliases(root, "names", tables.languages, "languages.yaml", errors);
}

// Codes of countries outside ISO 3166-1 (the EU's UK and EL).
void read_country_codes(MapReader& root, RuleTables& tables, Diagnostics& errors) {
  read_aliases(root, "codes", tables.countries, "countries.yaml", errors);
}

// Names of countries in other languages ("Frankreich"), from iso-codes.
void read_country_names(MapReader& root, RuleTables& tables, Diagnostics& errors) {
  read_aliases(root, "names", tables.countries, "countries.yaml", errors);
}

// Named sets of countries (UN M49 regions, UN regional groups, ...).
void read_country_sets(MapReader& root, RuleTables& tables, Diagnostics& errors) {
  read_sets(root.require("sets"), "country", tables.countries, errors);
}

using TableReader = void (*)(MapReader&, RuleTables&, Diagnostics&);

const std::vector<std::pair<std::string, TableReader>>& table_readers() {
  static const std::vector<std::pair<std::string, TableReader>> readers = {
      {"degrees", read_degrees},
      {"fields", read_fields},
      {"languages", read_languages},
      {"language-levels", read_levels},
      {"countries", read_countries},
      {"skills", read_skills},
      {"policies", read_policies},
      // Read after the tables they name (levels, degrees, fields, policies,
      // languages).
      {"fluency", read_fluency},
      {"education-codes", read_education_codes},
      {"period-words", read_period_words},
      {"language-codes", read_language_codes},
      {"language-names", read_language_names},
      {"country-codes", read_country_codes},
      {"country-names", read_country_names},
      {"country-sets", read_country_sets},
      {"employers", read_employers}};
  return readers;
}

// policies.yaml names a ladder key of degrees.yaml: checked once both are read.
bool resolve_first_degree(RuleTables& tables, Diagnostics& errors) {
  FirstDegreePolicy& first = tables.first_degree;
  if (auto level = tables.degrees.ladder_level(first.key)) {
    first.isced = *level;
    return true;
  }
  errors.error(first.where, "first_degree '" + first.key +
                                "' is not a level of degrees.yaml" +
                                did_you_mean(first.key, tables.degrees.ladder_keys()));
  return false;
}

bool read_table_file(const std::string& path, const std::string& table,
                     RuleTables& tables, Diagnostics& errors) {
  auto bytes = read_file(path, kRuleTableLimits.max_file_bytes, errors);
  return bytes && parse_rule_table(table, *bytes, path, tables, errors);
}

}  // namespace

bool parse_rule_table(const std::string& table, std::string_view text,
                      const std::string& file, RuleTables& tables, Diagnostics& errors) {
  for (const auto& [name, reader] : table_readers())
    if (name == table)
      return read_table(text, file, table, errors, &tables,
                        [&, r = reader](MapReader& root) { r(root, tables, errors); });
  errors.error({file, 0, 0}, "no rule table is called '" + table + "'");
  return false;
}

std::vector<std::string> rule_table_names() {
  std::vector<std::string> names;
  for (const auto& [table, reader] : table_readers()) names.push_back(table);
  return names;
}

std::optional<RuleTables> load_rules(const std::string& dir, Diagnostics& errors) {
  RuleTables tables;
  bool ok = true;
  for (const auto& [table, reader] : table_readers()) {
    const std::string path = (std::filesystem::path(dir) / (table + ".yaml")).string();
    ok = read_table_file(path, table, tables, errors) && ok;
  }
  ok = ok && resolve_first_degree(tables, errors);
  if (!ok) return std::nullopt;
  return tables;
}

void validate_rule_file(const std::string& path, Diagnostics& errors) {
  const std::string stem = std::filesystem::path(path).stem().string();
  for (const auto& [table, reader] : table_readers()) {
    if (table != stem) continue;
    RuleTables scratch;
    read_table_file(path, table, scratch, errors);
    return;
  }
  std::vector<std::string> names;
  for (const auto& [table, reader] : table_readers()) names.push_back(table + ".yaml");
  errors.error({path, 0, 0},
               "not a rule file name; rule files are " + join_words(names, "and"));
}

}  // namespace shortlist
