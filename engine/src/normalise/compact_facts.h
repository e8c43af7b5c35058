// A roster's facts in compact form: only what the leaf rules read, as small
// numbers in pooled arrays shared by every profile (one allocation per kind
// of fact for the whole roster, not several per profile). Codes, fields,
// period types and concepts are indexes into the rule tables; dates are
// month coordinates (date.h), a birth date a day serial. Texts are kept only where a rule
// compares texts (terms and areas the taxonomy does not know), each distinct
// text once per roster.
//
// Built from CandidateFacts (normalise.h) and read by Rule::measure's fast
// path (criteria/rule.h); the explanations are built from the CandidateFacts,
// which the roster can rebuild from the input text (engine.h).
#pragma once

#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "normalise/normalise.h"
#include "shortlist/rules.h"

namespace shortlist {

// A date that gives only the year spans this much of the month line: from
// 1 January to 31 December (month_coordinate of the two days, date.h).
inline constexpr double kYearSpread = 11 + 30.0 / 31;

struct CompactDegree {
  // month_coordinate of the day after completion: orders completion dates
  // (a degree completed by day D has cut_month <= the coordinate of D + 1)
  // and is where experience after it starts. +infinity: not completed.
  double cut_month = std::numeric_limits<double>::infinity();
  bool completed() const { return cut_month != std::numeric_limits<double>::infinity(); }
  // The earliest the cut may be: cut_month is the latest, after 31 December
  // when the completion gives only the year.
  double earliest_cut() const { return year_only ? cut_month - kYearSpread : cut_month; }
  int16_t field = -1;        // FieldTable index; -1: no field, or one not placed
  int16_t country = -1;      // CountryTable index; -1: not stated; -2: not read
  int8_t low = 0, high = 0;  // ISCED range; meaningful when level_known
  uint8_t level_known : 1 = 0;
  uint8_t year_only : 1 = 0;  // completed some day of a year given alone
  // What the entry states (kUnstated, kNo or kYes): enrolled, in its final
  // year, accredited (formats.md, "The rule language, for real postings").
  uint8_t enrolled : 2 = kUnstated;
  uint8_t final_year : 2 = kUnstated;
  uint8_t accredited : 2 = kUnstated;
  static constexpr uint8_t kUnstated = 0, kNo = 1, kYes = 2;
  static uint8_t stated(const std::optional<bool>& b) {
    return !b ? kUnstated : *b ? kYes : kNo;
  }
};

struct CompactPeriod {
  // month_coordinate of the first day, and of the day after the last
  // (+infinity when ongoing): the widest reading when a date gives only the
  // year (1 January to 31 December).
  double from_month = 0;
  double end_month = 0;
  double fte = 1.0;
  uint32_t first = 0;         // where its ids start in the roster's pool:
  uint16_t areas = 0;         // concept ids of its areas,
  uint16_t title_areas = 0;   // then of the concepts named in its title,
  uint16_t unplaced = 0;      // then the CompactRoster texts of areas the taxonomy lacks
  int16_t type = -1;          // PeriodPolicy index; -1: a type the policy lacks
  uint8_t year_only : 2 = 0;  // bit 0: from gives only the year; bit 1: to does
  uint8_t scope : 2 = 0;      // PeriodScope (normalise.h)
  uint8_t paid : 2 = 0;       // kPaidUnknown, kUnpaid or kPaid
  uint8_t employers = 0;      // then the EmployerTable entries its employer names,
  uint8_t countries = 0;      // then its CountryTable indexes (-1: one no table reads)
  uint8_t setting : 3 = kNoSetting;      // PeriodPolicy::settings index
  uint8_t programme : 5 = kNoProgramme;  // PeriodPolicy::programmes index
  // The narrowest reading: from the latest possible start to the earliest
  // possible end (equal to the widest when every date gives a month or a day).
  double sure_from() const {
    return year_only & 1 ? from_month + kYearSpread : from_month;
  }
  double sure_end() const { return year_only & 2 ? end_month - kYearSpread : end_month; }
  static constexpr uint8_t kPaidUnknown = 0, kUnpaid = 1, kPaid = 2;
  static constexpr uint8_t kNoSetting = 7;     // policies.yaml lists at most 7
  static constexpr uint8_t kNoProgramme = 31;  // policies.yaml lists at most 31
  static constexpr size_t kMaxIds = 65535;   // per list; CompactRoster::add refuses more
  static constexpr size_t kMaxPlaces = 255;  // employers or countries of one period
};
static_assert(sizeof(CompactPeriod) == 40);
static_assert(sizeof(CompactDegree) == 16);

struct CompactLanguage {
  int16_t code = -1;  // LanguageTable index
  uint8_t low = 0;    // proven rank; 0: no level
  uint8_t high = 0;   // highest rank the profile allows
  // UN Language Framework ranks per skill of the four-skill form: the
  // lowest in the low nibble, the highest the profile allows in the high one.
  std::array<uint8_t, 4> un{};
  int un_low(size_t skill) const { return un[skill] & 15; }
  int un_high(size_t skill) const { return un[skill] >> 4; }
};
static_assert(sizeof(CompactLanguage) == 8);

// A permit to work in a country (formats.md, "Nationality and residence").
struct CompactPermit {
  int32_t until =
      std::numeric_limits<int32_t>::max();  // last valid day serial; max: no end
  int16_t country = -1;                     // CountryTable index; -1: one no table reads
  int8_t kind = -1;                         // index of kPermitKinds; -1: not stated
  static constexpr const char* kPermitKinds[] = {"unlimited", "long_term", "temporary",
                                                 "sponsored"};
};
static_assert(sizeof(CompactPermit) == 8);

struct CompactTerm {
  int32_t concept_id = -1;  // -1: not in the taxonomy; then `text` is its text
  int32_t text : 31 = -1;   // CompactRoster text (see text_id, words)
  bool unread : 1 = false;  // neither a concept nor a placed field
};
static_assert(sizeof(CompactTerm) == 8);

class CompactRoster;

// How a profile's periods lie: when they are pairwise disjoint and none is
// over full time (the usual CV), any subset of them counts as the sum of its
// parts, taken in date order (criteria/months.h).
enum class PeriodOrder : uint8_t { overlapping, ascending, descending };

// One profile's facts: views into the roster's pools.
struct CompactProfile {
  const CompactRoster* roster = nullptr;
  PeriodOrder period_order = PeriodOrder::overlapping;
  bool has_unread_terms = false;  // a term that is neither a concept nor a placed field
  StatedSections stated;          // which sections the profile states
  std::optional<int32_t> born;    // day serial; 1 January when born_year_only
  bool born_year_only = false;
  bool born_month_only = false;  // born is the first day of its month, any day of it
  bool nationality_known = false;
  std::span<const int16_t> nationalities;  // CountryTable indexes (-1: unknown)
  std::span<const CompactDegree> degrees;
  std::span<const CompactPeriod> periods;
  std::span<const CompactLanguage> languages;
  std::span<const CompactTerm> terms;
  // Where the person lives: a CountryTable index; kNoResidence when not
  // stated, -1 for a country no table reads.
  int16_t residence = kNoResidence;
  static constexpr int16_t kNoResidence = -3;
  bool permits_stated = false;  // work_permits given (perhaps empty)
  std::span<const CompactPermit> permits;

  // A period's concept ids, title concepts and unplaced-area texts.
  std::span<const int32_t> areas(const CompactPeriod& p) const;
  std::span<const int32_t> title_areas(const CompactPeriod& p) const;
  std::span<const int32_t> unplaced(const CompactPeriod& p) const;
  std::span<const int32_t> employers(const CompactPeriod& p) const;
  std::span<const int32_t> countries(const CompactPeriod& p) const;

 private:
  const int32_t* ids(const CompactPeriod& p) const;
};

class CompactRoster {
 public:
  // Appends one profile; returns its row. Throws std::length_error, adding
  // nothing, for a period with more than CompactPeriod::kMaxIds areas (only
  // possible with --max-list-items raised that far).
  int add(const CandidateFacts& facts, const RuleTables& rules);
  int size() const { return static_cast<int>(records_.size()); }
  CompactProfile profile(int row) const;

  // A text of the roster (a term with no concept, an area the taxonomy
  // lacks), numbered per roster: its TextIds id (rules.texts), and the ids
  // of its significant words (SkillTaxonomy::words), sorted.
  int32_t text_id(int32_t text) const { return text_ids_[text]; }
  std::span<const int32_t> words(int32_t text) const {
    return {word_ids_.data() + word_begin_[text],
            word_begin_[text + 1] - word_begin_[text]};
  }
  // One bit (word id % 64) per word of `text`: two texts share no word when
  // their signatures share no bit.
  uint64_t word_signature(int32_t text) const { return word_signature_[text]; }

  // Bytes held, for the memory figures of bench/.
  size_t bytes() const;

 private:
  friend struct CompactProfile;
  struct Record {
    int32_t born = kNoDate;
    uint32_t nationalities = 0, degrees = 0, periods = 0, languages = 0, terms = 0,
             permits = 0;  // begins
    int16_t residence = CompactProfile::kNoResidence;
    bool nationality_known = false;
    bool has_unread_terms = false;
    PeriodOrder period_order = PeriodOrder::overlapping;
    // StatedSections as bits: education 1, experience 2, languages 4, skills
    // 8; and 16: born gives only the year, 32: only the year and month; 64:
    // work permits stated.
    uint8_t stated = 0;
  };
  static_assert(sizeof(Record) == 36);
  static constexpr int32_t kNoDate = std::numeric_limits<int32_t>::min();

  // The residence and work permits of `facts` into `r` and the pool.
  void add_residence(const CandidateFacts& facts, Record& r);
  // The roster text of `folded`, made (with its words) on first sight.
  int32_t text(const std::string& folded, const RuleTables& rules);
  template <typename T>
  static std::span<const T> slice(const std::vector<T>& pool, uint32_t begin,
                                  uint32_t end) {
    return {pool.data() + begin, end - begin};
  }

  std::vector<Record> records_;
  std::vector<int16_t> nationalities_;
  std::vector<CompactDegree> degrees_;
  std::vector<CompactPeriod> periods_;
  std::vector<CompactLanguage> languages_;
  std::vector<CompactTerm> terms_;
  std::vector<CompactPermit> permits_;
  std::vector<int32_t>
      ids_;  // period areas, title areas, unplaced-area texts, employers, countries
  std::vector<uint64_t> word_signature_;  // per roster text: bit (word id % 64) per word
  std::vector<int32_t> text_ids_;         // per roster text: its TextIds id
  std::vector<uint32_t> word_begin_ = {0};  // per roster text, and one past the last
  std::vector<int32_t> word_ids_;
  std::unordered_map<int32_t, int32_t> text_of_;  // TextIds id -> roster text
};

inline const int32_t* CompactProfile::ids(const CompactPeriod& p) const {
  return roster->ids_.data() + p.first;
}
inline std::span<const int32_t> CompactProfile::areas(const CompactPeriod& p) const {
  return {ids(p), p.areas};
}
inline std::span<const int32_t> CompactProfile::title_areas(
    const CompactPeriod& p) const {
  return {ids(p) + p.areas, p.title_areas};
}
inline std::span<const int32_t> CompactProfile::unplaced(const CompactPeriod& p) const {
  return {ids(p) + p.areas + p.title_areas, p.unplaced};
}
inline std::span<const int32_t> CompactProfile::employers(const CompactPeriod& p) const {
  return {ids(p) + p.areas + p.title_areas + p.unplaced, p.employers};
}
inline std::span<const int32_t> CompactProfile::countries(const CompactPeriod& p) const {
  return {ids(p) + p.areas + p.title_areas + p.unplaced + p.employers, p.countries};
}

}  // namespace shortlist
