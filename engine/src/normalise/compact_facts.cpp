#include "normalise/compact_facts.h"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <string>

#include "text.h"

namespace shortlist {
namespace {

int16_t index_or_none(std::optional<int> index) {
  return index ? static_cast<int16_t>(*index) : int16_t{-1};
}

uint8_t rank_byte(int rank) { return static_cast<uint8_t>(std::clamp(rank, 0, 255)); }

CompactDegree compact_degree(const DegreeFact& d, const RuleTables& rules) {
  CompactDegree c;
  if (d.completed) {
    c.year_only = d.completed_year_only;
    const Date latest = latest_day(
        *d.completed, d.completed_year_only ? DatePrecision::year : DatePrecision::day);
    c.cut_month = month_coordinate(latest.next_day());
  }
  if (d.field) c.field = index_or_none(rules.fields.index_of(d.field->code));
  c.country = static_cast<int16_t>(d.country);
  c.enrolled = CompactDegree::stated(d.enrolled);
  c.final_year = CompactDegree::stated(d.final_year);
  c.accredited = CompactDegree::stated(d.accredited);
  if (d.level) {
    c.level_known = true;
    c.low = static_cast<int8_t>(std::clamp(d.level->low, -128, 127));
    c.high = static_cast<int8_t>(std::clamp(d.level->high, -128, 127));
  }
  return c;
}

PeriodOrder order_of(const std::vector<CompactPeriod>& pool, size_t begin) {
  const size_t n = pool.size() - begin;
  auto disjoint_in = [&](bool ascending) {
    for (size_t i = begin; i < pool.size(); ++i) {
      if (pool[i].fte > 1) return false;
      if (i == begin) continue;
      const CompactPeriod& earlier = ascending ? pool[i - 1] : pool[i];
      const CompactPeriod& later = ascending ? pool[i] : pool[i - 1];
      if (!(earlier.end_month <= later.from_month)) return false;
    }
    return true;
  };
  if (disjoint_in(true)) return PeriodOrder::ascending;
  if (n > 1 && disjoint_in(false)) return PeriodOrder::descending;
  return PeriodOrder::overlapping;
}

uint16_t count(size_t n) {
  if (n > CompactPeriod::kMaxIds)
    throw std::length_error("a period lists " + std::to_string(n) + " areas; at most " +
                            std::to_string(CompactPeriod::kMaxIds) + " can be judged");
  return static_cast<uint16_t>(n);
}

uint8_t places(size_t n, const char* what) {
  if (n > CompactPeriod::kMaxPlaces)
    throw std::length_error("a period lists " + std::to_string(n) + " " + what +
                            "; at most " + std::to_string(CompactPeriod::kMaxPlaces) +
                            " can be judged");
  return static_cast<uint8_t>(n);
}

}  // namespace

int32_t CompactRoster::text(const std::string& folded, const RuleTables& rules) {
  const int32_t id = rules.texts->intern(folded);
  auto [found, fresh] = text_of_.emplace(id, static_cast<int32_t>(text_ids_.size()));
  if (!fresh) return found->second;
  text_ids_.push_back(id);
  const std::vector<int32_t> words = rules.texts->word_set(rules.skills.words(folded));
  word_ids_.insert(word_ids_.end(), words.begin(), words.end());
  word_begin_.push_back(static_cast<uint32_t>(word_ids_.size()));
  word_signature_.push_back(TextIds::signature(words));
  return found->second;
}

int CompactRoster::add(const CandidateFacts& facts, const RuleTables& rules) {
  for (const PeriodFact& p :
       facts.periods) {  // checked first: nothing is added on failure
    count(p.areas.size());
    count(p.title_areas.size());
    count(p.unplaced_areas.size());
    places(p.employers.size(), "employers");
    places(p.countries.size(), "countries");
  }
  Record r;
  if (facts.born) r.born = static_cast<int32_t>(facts.born->serial());
  r.nationality_known = facts.nationalities.has_value();
  r.stated = uint8_t(facts.stated.education | facts.stated.experience << 1 |
                     facts.stated.languages << 2 | facts.stated.skills << 3 |
                     facts.born_year_only << 4 | facts.born_month_only << 5);
  r.nationalities = static_cast<uint32_t>(nationalities_.size());
  if (facts.nationalities)
    for (const auto& code : *facts.nationalities)
      nationalities_.push_back(index_or_none(rules.countries.index_of(code)));
  r.degrees = static_cast<uint32_t>(degrees_.size());
  for (const DegreeFact& d : facts.degrees) degrees_.push_back(compact_degree(d, rules));
  r.periods = static_cast<uint32_t>(periods_.size());
  for (const PeriodFact& p : facts.periods) {
    CompactPeriod c;
    c.from_month = month_coordinate(p.from);
    const DatePrecision to = p.to_year_only ? DatePrecision::year : DatePrecision::day;
    c.end_month = p.to ? month_coordinate(latest_day(*p.to, to).next_day())
                       : std::numeric_limits<double>::infinity();
    c.year_only = uint8_t(p.from_year_only | p.to_year_only << 1) & 3;
    c.scope = static_cast<uint8_t>(p.scope) & 3;
    c.paid = !p.paid   ? CompactPeriod::kPaidUnknown
             : *p.paid ? CompactPeriod::kPaid
                       : CompactPeriod::kUnpaid;
    if (p.setting >= 0) c.setting = static_cast<uint8_t>(p.setting) & 7;
    if (p.programme >= 0) c.programme = static_cast<uint8_t>(p.programme) & 31;
    c.fte = p.fte;
    c.type = index_or_none(rules.periods.index_of(p.type));
    c.first = static_cast<uint32_t>(ids_.size());
    c.areas = count(p.areas.size());
    c.title_areas = count(p.title_areas.size());
    c.unplaced = count(p.unplaced_areas.size());
    ids_.insert(ids_.end(), p.areas.begin(), p.areas.end());
    ids_.insert(ids_.end(), p.title_areas.begin(), p.title_areas.end());
    for (const auto& area : p.unplaced_areas) ids_.push_back(text(fold(area), rules));
    c.employers = places(p.employers.size(), "employers");
    c.countries = places(p.countries.size(), "countries");
    ids_.insert(ids_.end(), p.employers.begin(), p.employers.end());
    ids_.insert(ids_.end(), p.countries.begin(), p.countries.end());
    periods_.push_back(c);
  }
  r.period_order = order_of(periods_, r.periods);
  r.languages = static_cast<uint32_t>(languages_.size());
  for (const LanguageFact& l : facts.languages) {
    CompactLanguage c{index_or_none(rules.languages.index_of(l.code)), rank_byte(l.low),
                      rank_byte(l.high)};
    for (size_t k = 0; k < 4; ++k)
      c.un[k] = static_cast<uint8_t>(std::clamp(l.un_low[k], 0, 15) |
                                     std::clamp(l.un_high[k], 0, 15) << 4);
    languages_.push_back(c);
  }
  r.terms = static_cast<uint32_t>(terms_.size());
  for (const Term& t : facts.terms) {
    CompactTerm c;
    c.unread = t.unread();
    r.has_unread_terms = r.has_unread_terms || c.unread;
    if (t.concept_id)
      c.concept_id = *t.concept_id;
    else
      c.text = text(t.folded, rules);
    terms_.push_back(c);
  }
  add_residence(facts, r);
  records_.push_back(r);
  return static_cast<int>(records_.size()) - 1;
}

void CompactRoster::add_residence(const CandidateFacts& facts, Record& r) {
  if (facts.residence) r.residence = static_cast<int16_t>(*facts.residence);
  r.permits = static_cast<uint32_t>(permits_.size());
  if (!facts.work_permits) return;
  r.stated |= 64;
  for (const PermitFact& f : *facts.work_permits) {
    CompactPermit c;
    c.country = static_cast<int16_t>(f.country);
    if (f.until) c.until = static_cast<int32_t>(f.until->serial());
    for (int8_t k = 0; k < 4; ++k)
      if (f.kind == CompactPermit::kPermitKinds[k]) c.kind = k;
    permits_.push_back(c);
  }
}

CompactProfile CompactRoster::profile(int row) const {
  const Record& r = records_[row];
  const bool last = row + 1 == size();
  const Record* next = last ? nullptr : &records_[row + 1];
  auto end = [&](uint32_t Record::*begin, size_t pool) {
    return next ? next->*begin : static_cast<uint32_t>(pool);
  };
  CompactProfile p;
  p.roster = this;
  p.period_order = r.period_order;
  p.has_unread_terms = r.has_unread_terms;
  if (r.born != kNoDate) p.born = r.born;
  p.nationality_known = r.nationality_known;
  p.stated = {bool(r.stated & 1), bool(r.stated & 2), bool(r.stated & 4),
              bool(r.stated & 8)};
  p.born_year_only = r.stated & 16;
  p.born_month_only = r.stated & 32;
  p.nationalities = slice(nationalities_, r.nationalities,
                          end(&Record::nationalities, nationalities_.size()));
  p.degrees = slice(degrees_, r.degrees, end(&Record::degrees, degrees_.size()));
  p.periods = slice(periods_, r.periods, end(&Record::periods, periods_.size()));
  p.languages =
      slice(languages_, r.languages, end(&Record::languages, languages_.size()));
  p.terms = slice(terms_, r.terms, end(&Record::terms, terms_.size()));
  p.residence = r.residence;
  p.permits_stated = r.stated & 64;
  p.permits = slice(permits_, r.permits, end(&Record::permits, permits_.size()));
  return p;
}

size_t CompactRoster::bytes() const {
  size_t n = records_.capacity() * sizeof(Record) + nationalities_.capacity() * 2 +
             degrees_.capacity() * sizeof(CompactDegree) +
             periods_.capacity() * sizeof(CompactPeriod) +
             languages_.capacity() * sizeof(CompactLanguage) +
             terms_.capacity() * sizeof(CompactTerm) + ids_.capacity() * 4 +
             permits_.capacity() * sizeof(CompactPermit);
  n += word_signature_.capacity() * 8 + text_ids_.capacity() * 4 +
       word_begin_.capacity() * 4 + word_ids_.capacity() * 4 + text_of_.size() * 32;
  return n;
}

}  // namespace shortlist
