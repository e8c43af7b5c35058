// A candidate's profile read through the rule tables: degree levels and
// ISCED-F fields, period types and area concepts, one language level on the
// ordinal scale, nationalities as ISO codes, skills as taxonomy concepts.
// What the tables cannot place is kept, marked unplaced, so that a criterion
// that depends on it is `unknown`, never failed.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "shortlist/date.h"
#include "shortlist/profile.h"
#include "shortlist/rules.h"

namespace shortlist {

struct DegreeFact {
  std::string label;                 // "Licence en sciences économiques (Licence)"
  std::string written;               // the degree as written
  std::optional<DegreeLevel> level;  // absent: a name rules/ does not know
  std::string field_text;            // as written; empty when not given
  std::optional<Field> field;        // absent: no field, or one not placed
  std::string field_note;            // why a stated field is not placed (codes disagree)
  std::optional<Date> completed;     // absent: not completed
  bool completed_year_only = false;  // completed any day of its year
  // Where it was obtained: a CountryTable index; -1 not stated, -2 a country
  // no table reads (country_written says which).
  int country = -1;
  std::string country_written;
  // formats.md, "The rule language, for real postings": as stated; absent
  // when not. An entry with `completed` is never an enrolment.
  std::optional<bool> enrolled, final_year, accredited;
  std::optional<Date> expected;  // the expected completion, for the explanation
};

enum class PeriodScope : uint8_t { to_judge, international, national };

struct PeriodFact {
  std::string label;  // "Research assistant, Institute of Development Studies"
  Date from;
  std::optional<Date> to;       // absent: ongoing until the as-of date
  bool from_year_only = false;  // from is 1 January of a year given alone
  bool to_year_only = false;    // to is 1 January of a year given alone
  std::string span;             // "2021-01 to 2022-03", as written
  double fte = 1.0;
  std::string type;
  std::string type_reason;                  // how a format chose the type, when it did
  std::vector<int> areas;                   // taxonomy concepts
  std::vector<std::string> unplaced_areas;  // areas the taxonomy does not know
  std::vector<int> title_areas;             // concepts named in the title
  // Entries of rules/employers.yaml its employer names, then its
  // employer_kind, each once; empty: none stated, or none the table knows.
  std::vector<int> employers;
  std::string employer_written;  // the employer and employer_kind as written, for texts
  // Where it was done: CountryTable indexes, -1 for a country no table
  // reads (its words in unread_countries, in order).
  std::vector<int> countries;
  std::vector<std::string> unread_countries;
  // formats.md, "The rule language, for real postings". Scope: stated, or
  // derived international (rules/policies.yaml international_abroad), else
  // to judge.
  PeriodScope scope = PeriodScope::to_judge;
  bool scope_derived = false;
  int setting = -1;    // PeriodPolicy::settings index; -1: not stated
  int programme = -1;  // PeriodPolicy::programmes index; -1: none
  // Paid: as stated, else by its type (paid_by_type); unknown for a type
  // the policy lacks.
  std::optional<bool> paid;
  bool paid_by_type = false;
};

// A permit to work in a country, valid to `until` (absent: no end).
struct PermitFact {
  int country = -1;           // CountryTable index; -1: one no table reads
  std::string kind;           // unlimited, long_term, temporary, sponsored; "" not stated
  std::optional<Date> until;  // the last day it is valid
};

struct LanguageFact {
  std::string code;
  int low = 0;      // proven rank on the scale; 0: no level given
  int high = 0;     // highest rank the profile allows (missing skills unknown)
  std::string how;  // "C1 as written", "four skills read fluent, ... -> B2"
  // UN Language Framework ranks (1..4) per skill of the four-skill form, in
  // its order: the lowest and highest the profile allows (0 and the top
  // when it says nothing a table reads); un_how says how, for explanations.
  std::array<int, 4> un_low{}, un_high{};
  std::string un_how;
};

struct Term {
  std::string written;
  std::string folded;             // written, folded (rules.h)
  std::optional<int> concept_id;  // absent: not in the taxonomy
  bool placed_field = false;      // a degree field rules/fields.yaml places
  std::vector<std::string>
      words;  // significant words, for lexical matches (unread terms only)
  // Neither a concept nor a placed field: the rules cannot read it.
  bool unread() const { return !concept_id && !placed_field; }
};

struct CandidateFacts {
  std::string id;
  std::optional<Date> born;  // the first day it may be: 1 January when born_year_only
  bool born_year_only = false;
  bool born_month_only = false;  // any day of born's month (a Europass year and month)
  // ISO codes, or words no table reads as written; absent: not given.
  std::optional<std::vector<std::string>> nationalities;
  std::vector<DegreeFact> degrees;
  std::vector<PeriodFact> periods;
  std::vector<LanguageFact> languages;
  std::vector<Term> terms;  // skills, experience areas and degree fields
  StatedSections stated;
  std::optional<Proposal> proposal;
  // formats.md, "Nationality and residence": CountryTable indexes (-1: a
  // country no table reads); absent: not stated.
  std::optional<int> residence;
  std::optional<Date> residence_since;
  std::optional<std::vector<PermitFact>> work_permits;
};

// What the facts are for: judging reads only what compact_facts.h keeps, so
// the texts that only explanations show (labels, spans as written, how a
// language level was read) are left empty.
enum class FactsFor { judging, explaining };

// REQUIRES: `candidate` loaded without errors against the same `rules`.
CandidateFacts normalise(const Candidate& candidate, const RuleTables& rules,
                         FactsFor use = FactsFor::explaining);

}  // namespace shortlist
