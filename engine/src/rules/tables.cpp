// Lookups of the rule tables. Every name is folded before it is compared.
#include <algorithm>
#include <cctype>
#include <iterator>

#include "shortlist/rules.h"
#include "text.h"

namespace shortlist {
namespace {

// The chain of `broader` links from `narrow` up to `broad` (concepts,
// employers), both included; empty when `broad` is not reached. Depth-first
// in link order, iterative (a chain of any length costs no stack); the
// loader rejects cycles.
template <typename Entry>
std::vector<int> broader_path(const std::vector<Entry>& entries, int narrow, int broad) {
  std::vector<std::pair<int, size_t>> path = {{narrow, 0}};  // (entry, next link)
  std::vector<char> done(entries.size(), 0);                 // explored, broad not found
  while (!path.empty()) {
    auto& [entry, next] = path.back();
    if (entry == broad) {
      std::vector<int> out;
      for (const auto& step : path) out.push_back(step.first);
      return out;
    }
    const auto& links = entries[entry].broader;
    if (next == links.size()) {
      done[entry] = 1;
      path.pop_back();
      continue;
    }
    const int parent = links[next++];
    if (!done[parent]) path.push_back({parent, 0});
  }
  return {};
}

// For every entry (concept, employer), 1 if it is `broad` or reaches it by
// `broader` links. Iterative and memoised, so that a long chain of links
// costs its length once and no stack.
template <typename Entry>
std::vector<char> narrower_or_same_of(const std::vector<Entry>& entries, int broad) {
  enum : char { unseen, open, no, yes };
  std::vector<char> state(entries.size(), unseen);
  state[broad] = yes;
  std::vector<std::pair<int, size_t>> stack;  // (entry, next broader link to try)
  for (size_t start = 0; start < entries.size(); ++start) {
    if (state[start] != unseen) continue;
    stack.push_back({static_cast<int>(start), 0});
    state[start] = open;
    while (!stack.empty()) {
      auto& [entry, next] = stack.back();
      const auto& links = entries[entry].broader;
      if (state[entry] == yes || next == links.size()) {
        if (state[entry] != yes) state[entry] = no;
        const bool reached = state[entry] == yes;
        stack.pop_back();
        if (reached && !stack.empty()) state[stack.back().first] = yes;
        continue;
      }
      const int parent = links[next++];
      if (state[parent] == yes) {
        state[entry] = yes;
      } else if (state[parent] == unseen) {
        state[parent] = open;
        stack.push_back({parent, 0});
      }
    }
  }
  std::vector<char> out(entries.size());
  for (size_t i = 0; i < entries.size(); ++i) out[i] = state[i] == yes;
  return out;
}

// The folded words of a text, punctuation read as spaces.
std::vector<std::string> split_words(const std::string& text) {
  std::string folded = fold(text);
  for (char& c : folded)
    if (c == ',' || c == '(' || c == ')' || c == ';' || c == ':' || c == '&') c = ' ';
  std::vector<std::string> out;
  size_t start = 0;
  while (start < folded.size()) {
    size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    if (end > start) out.push_back(folded.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace

DegreeTable::DegreeTable(std::vector<Step> ladder, std::vector<Name> names)
    : ladder_(std::move(ladder)) {
  for (const Step& step : ladder_) {
    ladder_index_[fold(step.key)] = step.isced;
    for (const auto& alias : step.aliases) ladder_index_[fold(alias)] = step.isced;
  }
  for (Name& name : names) names_[fold(name.name)].push_back(std::move(name));
}

std::optional<int> DegreeTable::ladder_level(const std::string& key) const {
  auto found = ladder_index_.find(fold(key));
  if (found == ladder_index_.end()) return std::nullopt;
  return found->second;
}

std::optional<DegreeLevel> DegreeTable::level_of(const std::string& degree,
                                                 const std::string& country) const {
  auto found = names_.find(fold(degree));
  auto ladder = ladder_level(degree);
  if (found == names_.end() && !ladder) return std::nullopt;
  if (found == names_.end()) return DegreeLevel{*ladder, *ladder, step_name(*ladder), ""};
  const auto& entries = found->second;
  auto in_country = std::find_if(entries.begin(), entries.end(), [&](const Name& n) {
    return !country.empty() && n.country == country;
  });
  if (in_country == entries.end() && ladder)
    return DegreeLevel{*ladder, *ladder, step_name(*ladder), ""};
  if (in_country == entries.end())
    in_country = std::find_if(entries.begin(), entries.end(),
                              [](const Name& n) { return n.country.empty(); });
  if (in_country != entries.end()) {
    const Name& n = *in_country;
    std::string matched = n.name + (n.country.empty() ? "" : " (" + n.country + ")");
    return DegreeLevel{n.low, n.high, matched, n.note};
  }
  DegreeLevel range{99, 0, entries.front().name, ""};
  std::vector<std::string> where;
  for (const Name& n : entries) {
    range.low = std::min(range.low, n.low);
    range.high = std::max(range.high, n.high);
    where.push_back(n.country + " " + step_name(n.low));
  }
  range.note = "its level depends on the country, not given: " + join_words(where, "or");
  return range;
}

std::string DegreeTable::step_name(int isced) const {
  for (const Step& step : ladder_)
    if (step.isced == isced) return step.key;
  return "ISCED " + std::to_string(isced);
}

std::vector<std::string> DegreeTable::ladder_keys() const {
  std::vector<std::string> keys;
  for (const Step& step : ladder_) {
    keys.push_back(step.key);
    keys.insert(keys.end(), step.aliases.begin(), step.aliases.end());
  }
  return keys;
}

FieldTable::FieldTable(std::vector<Field> fields,
                       std::unordered_map<std::string, std::string> names)
    : code_of_(std::move(names)) {
  for (Field& field : fields) by_code_[field.code] = std::move(field);
  for (const auto& [code, field] : by_code_) {
    index_.emplace(code, static_cast<int>(ordered_.size()));
    ordered_.push_back(field);
  }
}

std::optional<int> FieldTable::index_of(const std::string& code) const {
  auto found = index_.find(code);
  if (found == index_.end()) return std::nullopt;
  return found->second;
}

std::optional<Field> FieldTable::place(const std::string& name) const {
  auto found = code_of_.find(fold(name));
  if (found == code_of_.end()) return by_code(name);
  return by_code(found->second);
}

std::optional<Field> FieldTable::by_code(const std::string& code) const {
  auto found = by_code_.find(code);
  if (found == by_code_.end()) return std::nullopt;
  return found->second;
}

std::vector<std::string> FieldTable::all_names() const {
  std::vector<std::string> out;
  for (const auto& [code, field] : by_code_) out.push_back(field.name);
  return out;
}

CodeList::CodeList(std::map<std::string, std::string> names_by_code,
                   std::unordered_map<std::string, std::string> code_of)
    : names_by_code_(std::move(names_by_code)), code_of_(std::move(code_of)) {
  for (const auto& entry : names_by_code_) {
    index_.emplace(entry.first, static_cast<int>(index_.size()));
    codes_.push_back(entry.first);
  }
}

std::optional<int> CodeList::index_of(const std::string& code) const {
  auto found = index_.find(code);
  if (found == index_.end()) return std::nullopt;
  return found->second;
}

std::optional<std::string> CodeList::code_of(const std::string& text) const {
  auto found = code_of_.find(fold(text));
  if (found == code_of_.end()) return std::nullopt;
  return found->second;
}

void CodeList::add_alias(const std::string& alias, const std::string& code) {
  code_of_.emplace(fold(alias), code);
}

std::string CodeList::name_of(const std::string& code) const {
  auto found = names_by_code_.find(code);
  return found == names_by_code_.end() ? code : found->second;
}

std::vector<std::string> CodeList::suggestions() const {
  std::vector<std::string> out;
  for (const auto& [code, name] : names_by_code_) {
    out.push_back(code);
    out.push_back(name);
  }
  return out;
}

const std::vector<std::string>* CodeList::set(const std::string& name) const {
  auto found = sets_.find(name);
  return found == sets_.end() ? nullptr : &found->second;
}

std::vector<std::string> CodeList::set_names() const {
  std::vector<std::string> out;
  for (const auto& [name, codes] : sets_) out.push_back(name);
  return out;
}

std::vector<std::string> CodeList::codes_of(const std::string& text) const {
  if (const auto* codes = set(text)) return *codes;
  if (auto code = code_of(text)) return {*code};
  return {};
}

void CodeList::add_set(const std::string& name, std::vector<std::string> codes) {
  sets_[name] = std::move(codes);
}

LevelScale::LevelScale(std::vector<std::string> steps,
                       std::unordered_map<std::string, int> words,
                       std::vector<std::string> skills, std::vector<std::string> values,
                       std::vector<FourSkillRule> rules)
    : steps_(std::move(steps)),
      rank_of_(std::move(words)),
      skills_(std::move(skills)),
      values_(std::move(values)),
      rules_(std::move(rules)) {}

std::optional<int> LevelScale::rank_of(const std::string& level) const {
  auto found = rank_of_.find(fold(level));
  if (found == rank_of_.end()) return std::nullopt;
  return found->second;
}

std::optional<int> LevelScale::un_rank_of(const std::string& level) const {
  std::string rest = fold(level);
  for (const char* prefix : {"un ", "level "})
    if (rest.rfind(prefix, 0) == 0) rest = rest.substr(std::string(prefix).size());
  for (size_t i = 0; i < un_.levels.size(); ++i)
    if (fold(un_.levels[i]) == rest) return static_cast<int>(i + 1);
  return std::nullopt;
}

std::string LevelScale::un_step(int rank) const {
  if (rank < 1 || rank > un_top()) return "none";
  return "UN " + un_.levels[rank - 1];
}

std::optional<int> LevelScale::cefr_of_un(int un_rank) const {
  auto found = un_.cefr_of.find(un_rank);
  if (found == un_.cefr_of.end()) return std::nullopt;
  return found->second;
}

std::optional<int> LevelScale::un_of_cefr(int rank) const {
  if (un_.cefr_of.empty()) return std::nullopt;
  int best = 0;
  for (const auto& [un, cefr] : un_.cefr_of)
    if (cefr <= rank) best = std::max(best, un);
  return best;
}

std::string LevelScale::step(int rank) const {
  if (rank < 1 || rank > static_cast<int>(steps_.size())) return "none";
  return steps_[rank - 1];
}

std::optional<int> LevelScale::value_index(const std::string& value) const {
  const std::string folded = fold(value);
  for (size_t i = 0; i < values_.size(); ++i)
    if (fold(values_[i]) == folded) return static_cast<int>(i);
  return std::nullopt;
}

int LevelScale::from_four_skill(const std::vector<int>& values) const {
  for (const FourSkillRule& rule : rules_) {
    const bool all_ok = rule.all_at_least < 0 ||
                        std::all_of(values.begin(), values.end(),
                                    [&](int v) { return v >= rule.all_at_least; });
    const auto count = std::count_if(values.begin(), values.end(),
                                     [&](int v) { return v >= rule.of_at_least; });
    const bool some_ok = rule.at_least == 0 || count >= rule.at_least;
    if (all_ok && some_ok) return rule.level;
  }
  return 0;
}

std::vector<std::string> LevelScale::words() const {
  std::vector<std::string> out = steps_;
  for (const auto& entry : rank_of_) {
    const std::string& word = entry.first;
    if (std::none_of(steps_.begin(), steps_.end(),
                     [&](const std::string& step) { return fold(step) == word; }))
      out.push_back(word);
  }
  std::sort(out.begin() + static_cast<long>(steps_.size()), out.end());
  return out;
}

SkillTaxonomy::SkillTaxonomy(std::vector<Concept> concepts,
                             std::unordered_map<std::string, int> index,
                             std::vector<std::string> ignore_words)
    : concepts_(std::move(concepts)), index_(std::move(index)) {
  names_.resize(concepts_.size());
  for (const auto& [name, id] : index_) names_[id].push_back(name);
  for (auto& names : names_) std::sort(names.begin(), names.end());
  for (const auto& word : ignore_words) ignore_words_.push_back(fold(word));
}

std::vector<std::string> SkillTaxonomy::words(const std::string& text) const {
  std::vector<std::string> out;
  for (auto& word : split_words(text))
    if (std::find(ignore_words_.begin(), ignore_words_.end(), word) ==
        ignore_words_.end())
      out.push_back(std::move(word));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::vector<std::string>> SkillTaxonomy::name_words(
    const std::string& wanted) const {
  std::vector<std::vector<std::string>> out = {words(wanted)};
  if (auto id = find(wanted))
    for (const auto& name : names_[*id]) out.push_back(words(name));
  return out;
}

std::optional<int> SkillTaxonomy::find(const std::string& name) const {
  auto found = index_.find(fold(name));
  if (found == index_.end()) return std::nullopt;
  return found->second;
}

std::vector<int> SkillTaxonomy::concepts_in(const std::string& text) const {
  const auto all = split_words(text);
  std::vector<int> found;
  for (size_t i = 0; i < all.size(); ++i) {
    std::string phrase;
    for (size_t n = 0; n < 5 && i + n < all.size(); ++n) {
      phrase += (n ? " " : "") + all[i + n];
      auto hit = index_.find(phrase);
      if (hit != index_.end() &&
          std::find(found.begin(), found.end(), hit->second) == found.end())
        found.push_back(hit->second);
    }
  }
  return found;
}

std::vector<int> SkillTaxonomy::path(int narrow, int broad) const {
  return broader_path(concepts_, narrow, broad);
}

std::vector<char> SkillTaxonomy::narrower_or_same(int broad) const {
  return narrower_or_same_of(concepts_, broad);
}

PeriodPolicy::PeriodPolicy(std::vector<Type> types, std::string default_type)
    : types_(std::move(types)), default_type_(std::move(default_type)) {}

const PeriodPolicy::Type* PeriodPolicy::type(const std::string& name) const {
  for (const Type& t : types_)
    if (t.name == name) return &t;
  return nullptr;
}

std::optional<int> PeriodPolicy::index_of(const std::string& name) const {
  for (size_t i = 0; i < types_.size(); ++i)
    if (types_[i].name == name) return static_cast<int>(i);
  return std::nullopt;
}

std::optional<int> PeriodPolicy::position(const std::vector<std::string>& list,
                                          const std::string& name) {
  auto it = std::find(list.begin(), list.end(), name);
  if (it == list.end()) return std::nullopt;
  return static_cast<int>(it - list.begin());
}

std::vector<std::string> PeriodPolicy::names() const {
  std::vector<std::string> out;
  for (const Type& t : types_) out.push_back(t.name);
  return out;
}

std::optional<FluencyTable::Level> FluencyTable::level_of(
    const std::string& value) const {
  auto it = words_.find(fold(value));
  if (it == words_.end()) return std::nullopt;
  return it->second;
}

const EducationCodes::Eqf* EducationCodes::eqf(int level) const {
  auto it = eqf_.find(level);
  return it == eqf_.end() ? nullptr : &it->second;
}

const EducationCodes::Isced97* EducationCodes::isced97(const std::string& code) const {
  auto it = isced97_.find(code);
  return it == isced97_.end() ? nullptr : &it->second;
}

bool PeriodWords::open_end(const std::string& value) const {
  const std::string folded = fold(value);
  return std::find(open_end_.begin(), open_end_.end(), folded) != open_end_.end();
}

namespace {

// Whether `phrase` stands in `text` as whole words (both folded).
bool holds_words(const std::string& text, const std::string& phrase) {
  const std::string padded = " " + text + " ";
  return padded.find(" " + phrase + " ") != std::string::npos;
}

bool holds_any(const std::string& text, const std::vector<std::string>& phrases) {
  return std::any_of(phrases.begin(), phrases.end(),
                     [&](const std::string& p) { return holds_words(text, p); });
}

}  // namespace

std::optional<PeriodWords::TitleType> PeriodWords::type_of_title(
    const std::string& title) const {
  std::string folded;  // its words, folded, one space apart (punctuation dropped)
  for (const auto& word : split_words(title))
    folded += (folded.empty() ? "" : " ") + word;
  for (const TypeWords& t : types_) {
    if (holds_any(folded, t.not_when)) continue;
    for (const auto& whole : t.whole_titles)
      if (folded == whole) return TitleType{t.type, whole};
    for (const auto& phrase : t.phrases)
      if (holds_words(folded, phrase)) return TitleType{t.type, phrase};
  }
  return std::nullopt;
}

}  // namespace shortlist

namespace shortlist {
namespace {

// The whole words of a text as written, split at every byte that is not an
// ASCII letter or digit (bytes of UTF-8 letters stay inside words).
std::vector<std::string> written_words(const std::string& text) {
  std::vector<std::string> out;
  std::string word;
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c >= 0x80) {
      word += ch;
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

void add_once(std::vector<int>& found, int entry) {
  if (std::find(found.begin(), found.end(), entry) == found.end()) found.push_back(entry);
}

}  // namespace

EmployerTable::EmployerTable(std::vector<Entry> entries,
                             std::unordered_map<std::string, int> names,
                             std::unordered_map<std::string, int> acronyms)
    : entries_(std::move(entries)),
      names_(std::move(names)),
      acronyms_(std::move(acronyms)) {
  for (size_t i = 0; i < entries_.size(); ++i) {
    ids_[entries_[i].id] = static_cast<int>(i);
    folded_ids_[fold(entries_[i].id)] = static_cast<int>(i);
  }
  for (const auto& [name, entry] : names_)
    longest_name_ = std::max(longest_name_, split_words(name).size());
}

std::optional<int> EmployerTable::index_of(const std::string& id) const {
  auto found = ids_.find(id);
  if (found == ids_.end()) return std::nullopt;
  return found->second;
}

std::vector<std::string> EmployerTable::ids() const {
  std::vector<std::string> out;
  for (const Entry& e : entries_) out.push_back(e.id);
  return out;
}

std::vector<int> EmployerTable::named_in(const std::string& employer) const {
  const std::string folded = fold(employer);
  if (auto whole = names_.find(folded); whole != names_.end()) return {whole->second};
  if (auto id = folded_ids_.find(folded); id != folded_ids_.end()) return {id->second};
  std::vector<std::pair<size_t, int>> found;  // (word position, entry)
  const auto written = written_words(employer);
  for (size_t i = 0; i < written.size(); ++i)
    if (auto hit = acronyms_.find(written[i]); hit != acronyms_.end())
      found.push_back({i, hit->second});
  const auto words = split_words(employer);
  for (size_t i = 0; i < words.size();) {
    size_t taken = 0;
    std::string phrase;
    for (size_t n = 0; n < longest_name_ && i + n < words.size(); ++n) {
      phrase += (n ? " " : "") + words[i + n];
      if (auto hit = names_.find(phrase); hit != names_.end()) {
        if (taken) found.pop_back();
        found.push_back({i, hit->second});
        taken = n + 1;
      }
    }
    i += taken ? taken : 1;
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<int> out;
  for (const auto& [at, entry] : found) add_once(out, entry);
  return out;
}

std::vector<char> EmployerTable::under(int broad) const {
  return narrower_or_same_of(entries_, broad);
}

std::vector<int> EmployerTable::path(int narrow, int broad) const {
  return broader_path(entries_, narrow, broad);
}

}  // namespace shortlist
