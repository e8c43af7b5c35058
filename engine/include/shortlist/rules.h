// The rule tables of rules/ (docs/rules-format.md): what degree names,
// fields of study, languages, levels, countries, skills and period types
// mean. Every lookup folds the name first (see docs/rules-format.md), so
// "M.Sc." and "msc" are one name.
//
// Threading: every table is immutable once loaded, except RuleTables::texts,
// an append-only table of text ids that vacancies and rosters add to while
// they are built (and an explanation while it reads a profile again). It
// guards itself with a mutex and never changes an id it gave (text_ids.h), so
// the tables may be shared by any number of threads.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "shortlist/status.h"
#include "shortlist/text_ids.h"

namespace shortlist {

// A degree level as an ISCED 2011 range: [low, high] (equal when certain).
struct DegreeLevel {
  int low = 0;
  int high = 0;
  std::string matched;  // the table entry that gave it ("Licence (FR)")
  std::string note;     // why a range, when it is one
  bool certain() const { return low == high; }
};

class DegreeTable {
 public:
  struct Step {
    std::string key;
    int isced = 0;
    std::vector<std::string> aliases;
  };
  struct Name {
    std::string name;
    int low = 0, high = 0;
    std::string country;  // empty: anywhere
    std::string note;
  };

  DegreeTable() = default;
  DegreeTable(std::vector<Step> ladder, std::vector<Name> names);

  // ISCED level of a ladder key or alias ("master", "advanced").
  std::optional<int> ladder_level(const std::string& key) const;
  // A candidate's degree: the name as used in `country`, then a ladder key
  // or alias, then the name anywhere (the range of all its meanings when it
  // has several). nullopt: a name the table does not know.
  std::optional<DegreeLevel> level_of(const std::string& degree,
                                      const std::string& country) const;
  // The ladder key of an ISCED level ("master" for 7), or "ISCED n".
  std::string step_name(int isced) const;
  std::vector<std::string> ladder_keys() const;

 private:
  std::vector<Step> ladder_;
  std::unordered_map<std::string, int> ladder_index_;         // folded key/alias -> isced
  std::unordered_map<std::string, std::vector<Name>> names_;  // folded name -> entries
};

struct Field {
  std::string code;  // ISCED-F 2013: 2, 3 or 4 digits
  std::string name;
};

class FieldTable {
 public:
  FieldTable() = default;
  explicit FieldTable(std::vector<Field> fields,
                      std::unordered_map<std::string, std::string> names);
  std::optional<Field> place(const std::string& name) const;
  std::optional<Field> by_code(const std::string& code) const;
  std::vector<std::string> all_names() const;
  // Fields numbered 0..size()-1 in code order: a compact fact's field.
  std::optional<int> index_of(const std::string& code) const;
  const Field& at(int index) const { return ordered_[index]; }
  int size() const { return static_cast<int>(ordered_.size()); }

 private:
  std::map<std::string, Field> by_code_;
  std::vector<Field> ordered_;                            // by code
  std::unordered_map<std::string, int> index_;            // code -> position in ordered_
  std::unordered_map<std::string, std::string> code_of_;  // folded name -> code
};

// A list of codes (ISO 639-1, ISO 3166-1) with the names that mean them,
// and named sets of them ("un_official", "western_africa").
class CodeList {
 public:
  CodeList() = default;
  CodeList(std::map<std::string, std::string> names_by_code,
           std::unordered_map<std::string, std::string> code_of);
  // The code of a code or a name ("fr", "French", "francais").
  std::optional<std::string> code_of(const std::string& text) const;
  std::string name_of(const std::string& code) const;  // "French"; the code if unknown
  bool has(const std::string& code) const { return names_by_code_.count(code) > 0; }
  std::vector<std::string> suggestions() const;  // codes and names
  // Codes numbered 0..size()-1 in code order: a compact fact's code.
  std::optional<int> index_of(const std::string& code) const;
  const std::string& code_at(int index) const { return codes_[index]; }
  int size() const { return static_cast<int>(index_.size()); }
  // Another code for `code` (an ISO 639-2 code for an ISO 639-1 one), read
  // by code_of; for the loaders. A text code_of already reads is kept.
  void add_alias(const std::string& alias, const std::string& code);

  // The codes of a named set, or nullptr; the names of every set.
  const std::vector<std::string>* set(const std::string& name) const;
  std::vector<std::string> set_names() const;
  // The codes of `text`: a set's, or the one code it names; empty when it
  // names neither.
  std::vector<std::string> codes_of(const std::string& text) const;
  // For the loaders: REQUIRES every code `has`.
  void add_set(const std::string& name, std::vector<std::string> codes);

 private:
  std::map<std::string, std::string> names_by_code_;
  std::unordered_map<std::string, int> index_;  // code -> position in code order
  std::vector<std::string> codes_;              // in code order
  std::unordered_map<std::string, std::string> code_of_;  // folded code or name -> code
  std::map<std::string, std::vector<std::string>> sets_;
};

using LanguageTable = CodeList;

// One ordinal scale for language levels: rank 1 is the first step of the
// scale (A1); 0 means "no level".
class LevelScale {
 public:
  struct FourSkillRule {
    int level = 0;          // rank given when the rule holds
    int all_at_least = -1;  // every skill at least this value index
    int at_least = 0;       // or: at least this many skills ...
    int of_at_least = -1;   // ... at this value index or above
  };

  LevelScale() = default;
  LevelScale(std::vector<std::string> steps, std::unordered_map<std::string, int> words,
             std::vector<std::string> skills, std::vector<std::string> values,
             std::vector<FourSkillRule> rules);

  std::optional<int> rank_of(const std::string& level) const;  // "C1", "good", "native"
  std::string step(int rank) const;                            // "C1"
  const std::vector<std::string>& skills() const { return skills_; }
  std::optional<int> value_index(const std::string& value) const;  // "confident"
  // Level from the four-skill form; REQUIRES: one value index per skill.
  int from_four_skill(const std::vector<int>& values) const;
  std::vector<std::string> words() const;  // every accepted level word
  const std::vector<std::string>& values() const { return values_; }

  // The UN Language Framework (formats.md): levels I..IV ranked 1..4, and
  // the correspondence an organisation may fill (UN rank -> CEFR rank).
  struct UnFramework {
    std::vector<std::string> levels;  // "I", "II", "III", "IV"
    std::map<int, int> cefr_of;       // UN rank -> rank of the scale; empty as shipped
  };
  void set_un(UnFramework un) { un_ = std::move(un); }
  // The rank of "III", "UN III", "Level III" or "UN Level III" (any case).
  std::optional<int> un_rank_of(const std::string& level) const;
  std::string un_step(int rank) const;  // "UN III"; "none" for 0
  int un_top() const { return static_cast<int>(un_.levels.size()); }
  // The scale's rank a UN rank corresponds to; nullopt when the table says none.
  std::optional<int> cefr_of_un(int un_rank) const;
  // The highest UN rank whose correspondence is at or below `rank` of the
  // scale; 0 when none; nullopt when the correspondence table is empty.
  std::optional<int> un_of_cefr(int rank) const;

 private:
  UnFramework un_;
  std::vector<std::string> steps_;
  std::unordered_map<std::string, int> rank_of_;  // folded word -> rank
  std::vector<std::string> skills_;
  std::vector<std::string> values_;
  std::vector<FourSkillRule> rules_;
};

using CountryTable = CodeList;  // ISO 3166-1, with rules/country-sets.yaml

// Concepts for skills and experience areas, with synonyms and broader terms.
class SkillTaxonomy {
 public:
  struct Concept {
    std::string id;
    std::vector<int> broader;
  };
  SkillTaxonomy() = default;
  SkillTaxonomy(std::vector<Concept> concepts, std::unordered_map<std::string, int> index,
                std::vector<std::string> ignore_words);

  std::optional<int> find(const std::string& name) const;
  // Concepts named in free text ("Labour market specialist" holds 'labour
  // market'): every run of up to five whole words that is a concept's name.
  std::vector<int> concepts_in(const std::string& text) const;
  // A text's significant words: folded, sorted, unique, ignore_words left out.
  std::vector<std::string> words(const std::string& text) const;
  // The words of `wanted` and, when it is a concept, of each of its names.
  std::vector<std::vector<std::string>> name_words(const std::string& wanted) const;
  const std::string& name(int concept_id) const { return concepts_[concept_id].id; }
  // The chain from `narrow` up to `broad` (both included) if `narrow` is
  // `broad` or one of its narrower terms; empty otherwise.
  std::vector<int> path(int narrow, int broad) const;
  size_t size() const { return concepts_.size(); }
  // For every concept, 1 if it is `broad` or one of its narrower terms: the
  // table a compiled criterion looks matches up in.
  std::vector<char> narrower_or_same(int broad) const;

 private:
  std::vector<Concept> concepts_;
  std::unordered_map<std::string, int> index_;   // folded id or synonym -> concept
  std::vector<std::vector<std::string>> names_;  // folded names of each concept
  std::vector<std::string> ignore_words_;        // folded
};

// Employers (rules/employers.yaml): organisations and classes of employer
// linked by `broader` (unicef < un_fund_programme < un_common_system <
// un_system < international_organization): what an experience criterion's
// `employers:` filter asks of a period's employer.
class EmployerTable {
 public:
  struct Entry {
    std::string id;
    std::string name;
    bool is_class = false;
    std::vector<int> broader;
  };
  EmployerTable() = default;
  // `names`: folded name -> entry; `acronyms`: acronym as written -> entry.
  // REQUIRES: ids unique, broader links resolved and free of cycles.
  EmployerTable(std::vector<Entry> entries, std::unordered_map<std::string, int> names,
                std::unordered_map<std::string, int> acronyms);

  std::optional<int> index_of(const std::string& id) const;
  const Entry& at(int index) const { return entries_[index]; }
  int size() const { return static_cast<int>(entries_.size()); }
  std::vector<std::string> ids() const;
  // The entries an employer as written names, in the order they appear: the
  // one whose name, or id, is the whole text (folded); else every acronym written as
  // a whole word ("UNICEF Kenya Country Office": unicef), case as listed,
  // and every name that is a run of whole words of the text, the longest at
  // each place ("Ministry of Health": government). Empty: no entry named.
  std::vector<int> named_in(const std::string& employer) const;
  // For every entry, 1 if it is `broad` or under it (broader, transitively).
  std::vector<char> under(int broad) const;
  // The chain from `narrow` up to `broad`, both included; empty if not under.
  std::vector<int> path(int narrow, int broad) const;

 private:
  std::vector<Entry> entries_;
  std::unordered_map<std::string, int> names_;       // folded name -> entry
  std::unordered_map<std::string, int> acronyms_;    // as written -> entry
  std::unordered_map<std::string, int> ids_;         // id -> entry
  std::unordered_map<std::string, int> folded_ids_;  // folded id -> entry
  size_t longest_name_ = 1;                          // in words
};

class PeriodPolicy {
 public:
  struct Type {
    std::string name;
    bool counts = true;
    bool paid = true;  // a period of this type that does not say is paid
    std::string why;   // why it does not count
  };
  PeriodPolicy() = default;
  PeriodPolicy(std::vector<Type> types, std::string default_type);
  const Type* type(const std::string& name) const;
  const std::string& default_type() const { return default_type_; }
  std::vector<std::string> names() const;
  // Position of a type in names(); nullopt for a name the policy lacks.
  std::optional<int> index_of(const std::string& name) const;
  int size() const { return static_cast<int>(types_.size()); }

  // The closed lists a period's `setting` and `programme` take, in order;
  // positions are what compact facts store.
  std::vector<std::string> settings;
  std::vector<std::string> programmes;
  static std::optional<int> position(const std::vector<std::string>& list,
                                     const std::string& name);
  // A period that states no scope, done in a country that is none of the
  // candidate's nationalities, is international.
  bool international_abroad = false;

 private:
  std::vector<Type> types_;
  std::string default_type_;
};

// Partial-credit conventions of rules/policies.yaml `scoring`.
struct ScoringPolicy {
  double language_step = 0.5;  // credit lost per language level short
  double lexical_match = 0.5;  // most credit of a skill matched only by shared words
};

// Free-text language levels of other candidate formats (rules/fluency.yaml:
// JSON Resume's `fluency`, LinkedIn's scale, CV words), looked up after the
// level scale's own words. A word may stand for a span of levels.
class FluencyTable {
 public:
  struct Level {
    int low = 0, high = 0;  // ranks of the level scale (LevelScale)
    std::string note;       // why, for the explanation
    friend bool operator==(const Level&, const Level&) = default;
  };
  FluencyTable() = default;
  explicit FluencyTable(std::unordered_map<std::string, Level> words)
      : words_(std::move(words)) {}
  // The level of a whole value ("Professional working proficiency"); nullopt
  // when the table does not map it.
  std::optional<Level> level_of(const std::string& value) const;

 private:
  std::unordered_map<std::string, Level> words_;  // folded word -> level
};

// Codes other formats give for education (rules/education-codes.yaml): EQF
// levels, and the ISCED-1997 fields of the 2012-2020 Europass.
class EducationCodes {
 public:
  // A mapped code: an ISCED range or an ISCED-F code; empty when the code
  // is known but maps to nothing (a person judges it).
  struct Eqf {
    std::optional<std::pair<int, int>> isced;
    std::string note;
  };
  struct Isced97 {
    std::optional<std::string> isced_f;
    std::string note;
  };
  EducationCodes() = default;
  EducationCodes(std::map<int, Eqf> eqf, std::map<std::string, Isced97> isced97)
      : eqf_(std::move(eqf)), isced97_(std::move(isced97)) {}
  const Eqf* eqf(int level) const;                        // null: not an EQF level
  const Isced97* isced97(const std::string& code) const;  // null: not a code

 private:
  std::map<int, Eqf> eqf_;
  std::map<std::string, Isced97> isced97_;
};

// Words of other formats' periods (rules/period-words.yaml): an end that
// means "ongoing", and the title words that make a period an internship, a
// volunteer assignment or a consultancy.
class PeriodWords {
 public:
  struct TypeWords {
    std::string type;                       // a period type of policies.yaml
    std::vector<std::string> phrases;       // folded, matched as whole words
    std::vector<std::string> whole_titles;  // folded, matched as the whole title
    std::vector<std::string> not_when;      // folded phrases that rule the type out
  };
  // What a title's words gave.
  struct TitleType {
    std::string type;
    std::string phrase;  // as matched, folded
  };
  PeriodWords() = default;
  PeriodWords(std::vector<std::string> open_end, std::vector<TypeWords> by_precedence)
      : open_end_(std::move(open_end)), types_(std::move(by_precedence)) {}
  // Whether a whole end value ("Present", "aujourd'hui") means ongoing.
  bool open_end(const std::string& value) const;
  // The first type, in precedence order, whose words the title holds.
  std::optional<TitleType> type_of_title(const std::string& title) const;
  const std::vector<TypeWords>& types() const { return types_; }

 private:
  std::vector<std::string> open_end_;  // folded
  std::vector<TypeWords> types_;
};

// Where `after: first_degree` starts counting (rules/policies.yaml
// `first_degree`): the first completed degree at this ladder level or above.
struct FirstDegreePolicy {
  std::string key;  // a ladder key of degrees.yaml
  Location where;   // where policies.yaml names it
  int isced = 0;    // its level, resolved once every table is read
};

struct RuleTables {
  DegreeTable degrees;
  FieldTable fields;
  LanguageTable languages;
  LevelScale levels;
  CountryTable countries;
  SkillTaxonomy skills;
  PeriodPolicy periods;
  ScoringPolicy scoring;
  FirstDegreePolicy first_degree;
  FluencyTable fluency;
  EducationCodes education_codes;
  PeriodWords period_words;
  EmployerTable employers;
  std::map<std::string, std::string> versions;  // table -> version
  // Ids of the texts rosters and vacancies compare (text_ids.h): the one
  // part that grows after loading, guarded by its own mutex. Copies of the
  // tables share it, so their ids agree.
  std::shared_ptr<TextIds> texts = std::make_shared<TextIds>();
};

// The names of the tables of a rules/ folder ("degrees", ...), each read
// from NAME.yaml, in the order they are read.
std::vector<std::string> rule_table_names();

// Reads every table of `dir`. Every problem of every file goes to `errors`;
// nullopt when any table is unusable.
std::optional<RuleTables> load_rules(const std::string& dir, Diagnostics& errors);

// Checks one rule file on its own (for `shortlist validate`).
void validate_rule_file(const std::string& path, Diagnostics& errors);

// Reads the text of one table ("degrees", "fields", ...) into `tables`;
// false with every problem in `errors` when it is unusable.
bool parse_rule_table(const std::string& table, std::string_view text,
                      const std::string& file, RuleTables& tables, Diagnostics& errors);

}  // namespace shortlist
