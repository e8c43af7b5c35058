// Vacancies and candidates as written in their files (formats.md), every
// value with the place it was written. Names stay as written here; the rule
// tables give them meaning later (see normalise.h).
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "shortlist/date.h"
#include "shortlist/status.h"

namespace shortlist {

// A text as written, with where.
struct Text {
  std::string value;
  Location where;
};

// ---- Vacancy -------------------------------------------------------------

struct InLieu {
  Text degree;             // the lower ladder level accepted instead
  double extra_years = 0;  // on top of the vacancy's minimum experience criterion
};

struct DegreeSpec {
  Text level;                // a ladder key or alias
  std::vector<Text> fields;  // empty: any field
  bool related_fields = false;
  std::optional<InLieu> in_lieu;
  std::optional<Text> full_at;  // weighted minimum: level that earns full credit
  // The degree was obtained in one of these (countries or sets), from the
  // education entry's `country`.
  std::vector<Text> countries;
  // completed_within: {months: N}: completed on or after the day N months
  // before the as-of date.
  std::optional<double> completed_within_months;
  bool accredited = false;  // the education entry states accredited: true
};

struct ExperienceSpec {
  // The months asked: at least `years`, or more than `years` with
  // `more_than` (formats.md, "The rule language, for real postings"). Left
  // out where a filter is given, it is more than 0: one counted period of
  // any length meets it.
  double years = 0;
  bool more_than = false;
  // At most `max_years`, or less than them with `less_than`.
  std::optional<double> max_years;
  bool less_than = false;
  std::vector<Text> areas;      // empty: any area
  std::vector<Text> all_areas;  // a period must be tagged with every one
  bool after_first_degree = false;
  std::optional<Text> after_degree;        // after: {degree: LEVEL}: a ladder key
  std::optional<std::vector<Text>> types;  // overrides the policy's counted types
  std::vector<Text>
      employers;  // ids of rules/employers.yaml: the employer is, or is under, one
  std::vector<Text>
      countries;  // countries or sets of rules/country-sets.yaml: done in one
  // within_last: {years: N} or {months: N}: only the days of the last N
  // months before the as-of date count.
  std::optional<double> within_last_months;
  std::optional<Text> scope;      // international or national
  std::vector<Text> settings;     // field, country_office, ...: done in one
  std::optional<bool> paid;       // paid (or unpaid) only; then any type counts
  std::vector<Text> programmes;   // done under one of these (rules/policies.yaml)
  std::optional<double> full_at;  // years that earn full credit
  // of_which: sub-criteria over the months this criterion counts, each with
  // its own years and filters ("ten years, of which five international").
  std::vector<ExperienceSpec> of_which;
  Location where;  // of a sub-criterion, for its explanation
};

struct LanguageSpec {
  bool all = false;              // all_of instead of any_of
  std::vector<Text> languages;   // codes, English names or one named set
  std::vector<Text> other_than;  // codes excluded from a set
  Text level;                    // a CEFR level or word; empty with UN levels
  std::optional<Text> full_at;
  // UN Language Framework (formats.md): one level (I..IV) for each of the
  // four skills, or a level per skill (read, write, understand, speak).
  std::map<std::string, Text> un_levels;
  bool uses_un_levels() const { return !un_levels.empty(); }
};

struct SkillsSpec {
  enum class Mode { any_of, all_of, at_least };
  Mode mode = Mode::any_of;
  int at_least = 1;
  std::vector<Text> concepts;
};

struct AgeSpec {
  std::optional<int> min;
  std::optional<int> max;
  std::optional<Date> on;  // reference date; default the deadline
};

struct NationalitySpec {
  // One of the two: any_of is met by a nationality listed, none_of when no
  // nationality of the candidate is listed (ISO 3166-1 alpha-2 codes).
  bool excluded = false;  // none_of
  std::vector<Text> countries;
};

// On the as-of date, enrolled in a programme at or above `level` (a ladder
// key), in one of `fields` (empty: any), and in its final year when asked.
struct EnrolledSpec {
  Text level;
  std::vector<Text> fields;
  bool related_fields = false;
  bool final_year = false;
};

// The candidate lives in one of these countries (codes or sets).
struct ResidenceSpec {
  std::vector<Text> countries;
};

// The candidate holds a permit to work in `country` of one of `kinds`
// (empty: any), valid on the as-of date.
struct WorkPermitSpec {
  Text country;
  std::vector<Text> kinds;
};

// What a person must check, that no profile shows (a roster status, an
// accreditation list behind a link): always unknown until a reviewer decides.
struct ManualSpec {
  Text check;               // "<what a person checks>"
  std::optional<Text> see;  // a URL
};

struct CriterionSpec;
struct CompositeSpec {
  bool all = false;  // all_of; else any_of
  std::vector<CriterionSpec> parts;
};

// One criterion: exactly one kind.
struct CriterionSpec {
  std::string id;    // empty inside a composite
  std::string text;  // the posting's own words; empty inside a composite
  std::optional<double> weight;
  Location where;
  std::variant<DegreeSpec, ExperienceSpec, LanguageSpec, SkillsSpec, AgeSpec,
               NationalitySpec, ManualSpec, EnrolledSpec, ResidenceSpec, WorkPermitSpec,
               CompositeSpec>
      kind;

  // "degree", "experience", "language", "skills", "age", "nationality",
  // "manual", "enrolled", "residence", "work_permit", "any_of" or "all_of".
  std::string kind_name() const;
};

struct Evaluation {
  double technical = 70;
  double financial = 30;
  double threshold = 70;  // % of the technical score to reach the financial stage
  // The currency fees are compared in (an extension of formats.md); empty:
  // the currency most candidates reaching the financial stage use.
  std::string currency;
};

struct Vacancy {
  std::string id;
  std::string title;
  std::string organization;
  std::string duty_station;
  std::string contract;
  Date deadline;
  std::string source;
  std::vector<CriterionSpec> minimum;
  std::vector<CriterionSpec> desirable;
  std::optional<Evaluation> evaluation;
  std::string file;
};

// ---- Candidate -----------------------------------------------------------

struct EducationEntry {
  Text degree;  // a degree name; empty when a format gives only a level code
  std::optional<Text> title, field, institution, country;
  // What other formats state beside the name (formats.md, "Candidates in
  // other formats"): an EQF level, an ISCED-F 2013 field code, an ISCED-1997
  // field code. A code that disagrees with the name makes the fact uncertain.
  std::optional<Text> eqf_level, field_code, isced97_field;
  std::optional<Date> completed;  // absent: not completed
  DatePrecision completed_precision = DatePrecision::day;
  // formats.md, "The rule language, for real postings": an entry without
  // `completed` may say the person is enrolled, when they expect to
  // complete, and that they are in the final year; `accredited` says the
  // institution is accredited by the body a posting names.
  std::optional<bool> enrolled, final_year, accredited;
  std::optional<Date> expected;
  DatePrecision expected_precision = DatePrecision::day;
  Location where;
};

struct Period {
  std::optional<Text> title, employer;
  Date from;
  std::optional<Date> to;  // absent or `present`: ongoing
  // The end as written when a format read it as ongoing ("Present"), for
  // `convert` to say so; absent otherwise.
  std::optional<Text> open_end;
  DatePrecision from_precision = DatePrecision::day;
  DatePrecision to_precision = DatePrecision::day;
  double fte = 1.0;
  std::optional<Text> type;  // absent: the policy's default type
  std::string type_reason;   // why a format gave the type ("title word 'intern'")
  std::vector<Text> areas;
  // Where the work was done: countries as written (codes or names; a
  // regional post may name several). Empty: not stated.
  std::vector<Text> country;
  // A class of rules/employers.yaml for an employer the table does not know
  // ("ngo"), as written.
  std::optional<Text> employer_kind;
  // formats.md, "The rule language, for real postings": international or
  // national; field, country_office, ...; paid or not (absent: by type, in
  // rules/policies.yaml); the programme it was done under (absent: none).
  std::optional<Text> scope, setting, programme;
  std::optional<bool> paid;
  Location where;
};

// The four-skill form: skill name to value, as written.
using FourSkill = std::map<std::string, Text>;

// One skill of a self-assessed CEFR grid (a Europass CV's five skills).
struct CefrSkill {
  std::string skill;          // "listening", "spoken interaction", ...
  std::optional<Text> level;  // A1..C2 as written; absent: left out or empty
};

struct LanguageEntry {
  Text language;
  std::optional<Text> level;    // a level of the closed vocabulary (YAML)
  std::optional<Text> fluency;  // free text of another format (rules/fluency.yaml)
  FourSkill skills;             // read, write, speak, understand
  // UN Language Framework levels (I..IV, formats.md): one for all four
  // skills, or per skill (a four-skill key written "UN III").
  std::optional<Text> un_level;
  FourSkill un_skills;
  // A self-assessed CEFR grid whose skills differ or are not all given
  // (formats.md, "Europass CV"): the level is the lowest skill given, and a
  // skill not given leaves it a range from the scale's first step.
  std::vector<CefrSkill> grid;
  Location where;
};

// Where the person lives, since when (formats.md, "Nationality and
// residence").
struct Residence {
  Text country;
  std::optional<Date> since;
  DatePrecision since_precision = DatePrecision::day;
  Location where;
};

// A permit to work in a country: unlimited, long_term, temporary or
// sponsored; valid to `until` (absent: no end).
struct WorkPermit {
  Text country;
  std::optional<Text> kind;
  std::optional<Date> until;
  DatePrecision until_precision = DatePrecision::day;
  Location where;
};

struct Proposal {
  double fee = 0;
  std::string currency;
  Location where;
};

// Which sections a profile states (formats.md, "Absent is not none"): a
// section left out says nothing, and what needs it is unknown; a section
// given empty says there is none, and is judged as stated.
struct StatedSections {
  bool education = false;
  bool experience = false;
  bool languages = false;
  bool skills = false;
};

// Something a format's file states that the profile does not hold, and
// why (formats.md, "Candidates in other formats": nothing is dropped
// silently). `convert` writes each as a comment; judging never reads them.
struct LeftOut {
  std::string what;  // where in the file, in its own terms: "basics.location"
  std::string why;   // "where the person lives, not a nationality"
};

struct Candidate {
  std::string id;
  std::optional<std::string> name;
  std::optional<Date> born;  // with born_precision: a year or a month is a range
  DatePrecision born_precision = DatePrecision::day;
  std::optional<std::vector<Text>> nationality;
  // Nationalities stated in words no table reads, as written (a Europass
  // Nationality with a Label and no Code): a nationality criterion that the
  // others do not meet is unknown.
  std::vector<Text> unread_nationalities;
  std::optional<std::string> gender;
  std::vector<EducationEntry> education;
  std::vector<Period> experience;
  std::vector<LanguageEntry> languages;
  std::vector<Text> skills;
  StatedSections stated;  // born and nationality are optional values instead
  std::optional<Proposal> proposal;
  std::optional<Residence> residence;
  std::optional<std::vector<WorkPermit>> work_permits;  // absent: not stated
  std::vector<LeftOut> left_out;  // in the order the file states them
  Location where;                 // the document's first position
};

}  // namespace shortlist
