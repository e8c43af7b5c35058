#include "normalise/normalise.h"

#include <algorithm>

#include "text.h"

namespace shortlist {
namespace {

std::string value_or_empty(const std::optional<Text>& t) { return t ? t->value : ""; }

// The ISCED-F field a code gives: an ISCED-F code, or an ISCED-1997 one
// through rules/education-codes.yaml.
std::optional<Field> coded_field(const EducationEntry& e, const RuleTables& rules) {
  if (e.field_code) return rules.fields.by_code(e.field_code->value);
  if (!e.isced97_field) return std::nullopt;
  const EducationCodes::Isced97* field =
      rules.education_codes.isced97(e.isced97_field->value);
  if (!field || !field->isced_f) return std::nullopt;
  return rules.fields.by_code(*field->isced_f);
}

// The field from its name and its code; a name and a code that place it in
// different fields leave it unplaced, to judge.
void place_field(const EducationEntry& e, const RuleTables& rules, DegreeFact& d) {
  d.field_text = value_or_empty(e.field);
  const std::optional<Field> by_code = coded_field(e, rules);
  if (d.field_text.empty()) {
    if (e.field_code || e.isced97_field)
      d.field_text = e.field_code ? "ISCED-F " + e.field_code->value
                                  : "ISCED-1997 " + e.isced97_field->value;
    d.field = by_code;
    return;
  }
  d.field = rules.fields.place(d.field_text);
  if (!by_code) return;
  if (!d.field) {
    d.field = by_code;
  } else if (d.field->code != by_code->code) {
    d.field_note =
        "its name places it in " + d.field->code + ", its code in " + by_code->code;
    d.field.reset();
  }
}

// The level an EQF code gives (rules/education-codes.yaml); nullopt for a
// code the table does not map.
std::optional<DegreeLevel> eqf_level(const Text& code, const RuleTables& rules) {
  const EducationCodes::Eqf* eqf = nullptr;
  if (code.value.size() == 1 && code.value[0] >= '1' && code.value[0] <= '8')
    eqf = rules.education_codes.eqf(code.value[0] - '0');
  if (!eqf || !eqf->isced) return std::nullopt;
  return DegreeLevel{eqf->isced->first, eqf->isced->second, "EQF " + code.value,
                     eqf->note};
}

// One fact stated twice: the reading both agree on, or, when they disagree,
// the span of both (formats.md, "Candidates in other formats").
std::optional<DegreeLevel> both_readings(std::optional<DegreeLevel> name,
                                         std::optional<DegreeLevel> code) {
  if (!name || !code) return name ? name : code;
  if (name->low == code->low && name->high == code->high) return name;
  return DegreeLevel{std::min(name->low, code->low), std::max(name->high, code->high),
                     name->matched + " / " + code->matched,
                     "the name and the EQF level disagree: uncertain between them"};
}

DegreeFact degree_fact(const EducationEntry& e, const RuleTables& rules, bool texts) {
  DegreeFact d;
  const std::string country =
      e.country ? rules.countries.code_of(e.country->value).value_or("") : "";
  std::optional<DegreeLevel> by_name;
  if (!e.degree.value.empty()) by_name = rules.degrees.level_of(e.degree.value, country);
  d.level =
      both_readings(by_name, e.eqf_level ? eqf_level(*e.eqf_level, rules) : std::nullopt);
  if (texts) {
    d.written = e.degree.value.empty() && e.eqf_level ? "EQF " + e.eqf_level->value
                                                      : e.degree.value;
    d.label = e.title ? e.title->value + " (" + d.written + ")" : d.written;
    if (d.label.empty()) d.label = "an education entry";
    if (e.institution) d.label += ", " + e.institution->value;
  }
  place_field(e, rules, d);
  if (e.country) {
    const auto index = country.empty() ? std::nullopt : rules.countries.index_of(country);
    d.country = index.value_or(-2);
    if (texts) d.country_written = e.country->value;
  }
  d.completed = e.completed;
  d.completed_year_only = e.completed_precision == DatePrecision::year;
  d.enrolled = e.enrolled;
  d.final_year = e.final_year;
  d.accredited = e.accredited;
  d.expected = e.expected;
  return d;
}

std::string period_label(const Period& p) {
  std::vector<std::string> parts;
  if (p.title) parts.push_back("'" + p.title->value + "'");
  if (p.employer) parts.push_back(p.employer->value);
  if (parts.empty()) return "a period";
  return parts.size() == 1 ? parts[0] : parts[0] + ", " + parts[1];
}

void read_setting(const Period& p, const RuleTables& rules, PeriodFact& f);

PeriodFact period_fact(const Period& p, const RuleTables& rules, bool texts) {
  PeriodFact f;
  f.from = p.from;
  f.to = p.to;
  f.from_year_only = p.from_precision == DatePrecision::year;
  f.to_year_only = p.to && p.to_precision == DatePrecision::year;
  if (texts) {
    f.label = period_label(p);
    f.span = written(p.from, p.from_precision) + " to " +
             (p.to ? written(*p.to, p.to_precision) : "present");
  }
  f.fte = p.fte;
  f.type = p.type ? p.type->value : rules.periods.default_type();
  f.type_reason = p.type_reason;
  if (p.title) f.title_areas = rules.skills.concepts_in(p.title->value);
  if (p.employer) f.employers = rules.employers.named_in(p.employer->value);
  if (p.employer_kind)
    if (auto kind = rules.employers.index_of(p.employer_kind->value);
        kind &&
        std::find(f.employers.begin(), f.employers.end(), *kind) == f.employers.end())
      f.employers.push_back(*kind);
  if (texts) {
    std::vector<std::string> written;
    if (p.employer) written.push_back("'" + p.employer->value + "'");
    if (p.employer_kind) written.push_back("employer_kind " + p.employer_kind->value);
    f.employer_written = join_words(written, "and");
  }
  for (const Text& c : p.country) {
    const auto code = rules.countries.code_of(c.value);
    const auto index = code ? rules.countries.index_of(*code) : std::nullopt;
    f.countries.push_back(index.value_or(-1));
    if (!index) f.unread_countries.push_back(c.value);
  }
  for (const Text& area : p.areas) {
    if (auto concept_id = rules.skills.find(area.value))
      f.areas.push_back(*concept_id);
    else
      f.unplaced_areas.push_back(area.value);
  }
  read_setting(p, rules, f);
  return f;
}

// A period's setting, programme and paid; its scope as stated (derived
// later, from the nationalities: derive_scope).
void read_setting(const Period& p, const RuleTables& rules, PeriodFact& f) {
  if (p.scope)
    f.scope =
        p.scope->value == "national" ? PeriodScope::national : PeriodScope::international;
  const PeriodPolicy& policy = rules.periods;
  if (p.setting)
    f.setting = PeriodPolicy::position(policy.settings, p.setting->value).value_or(-1);
  if (p.programme)
    f.programme =
        PeriodPolicy::position(policy.programmes, p.programme->value).value_or(-1);
  if (p.paid) {
    f.paid = p.paid;
  } else if (const auto* type = policy.type(f.type)) {
    f.paid = type->paid;
    f.paid_by_type = true;
  }
}

// rules/policies.yaml international_abroad: a period that states no scope,
// done only in countries none of which is a nationality, is international.
void derive_scope(const RuleTables& rules,
                  const std::optional<std::vector<std::string>>& nationalities,
                  PeriodFact& f) {
  if (f.scope != PeriodScope::to_judge || !rules.periods.international_abroad) return;
  if (!nationalities || nationalities->empty() || f.countries.empty()) return;
  for (const std::string& n : *nationalities)
    if (!rules.countries.index_of(n)) return;  // a nationality no table reads
  for (int c : f.countries) {
    if (c < 0) return;
    const std::string& code = rules.countries.code_at(c);
    if (std::find(nationalities->begin(), nationalities->end(), code) !=
        nationalities->end())
      return;
  }
  f.scope = PeriodScope::international;
  f.scope_derived = true;
}

// A level of another format's free text: a word of the level scale, else of
// rules/fluency.yaml (perhaps a span), else unread (no level, to judge).
void read_fluency(const Text& words, const RuleTables& rules, bool texts,
                  LanguageFact& f) {
  if (auto rank = rules.levels.rank_of(words.value)) {
    f.low = f.high = *rank;
    if (texts) f.how = rules.levels.step(f.low) + " from '" + words.value + "'";
  } else if (auto level = rules.fluency.level_of(words.value)) {
    f.low = level->low;
    f.high = level->high;
    if (!texts) return;
    f.how = "'" + words.value + "' -> " + rules.levels.step(f.low);
    if (f.high != f.low) f.how += " to " + rules.levels.step(f.high);
    if (!level->note.empty()) f.how += " (" + level->note + ")";
  } else if (texts) {
    f.how = "'" + words.value + "' is not in rules/fluency.yaml";
  }
}

// A self-assessed CEFR grid (formats.md, "Europass CV"): the lowest skill
// given; a skill not given could be any level, so the level is then a range
// from the scale's first step up to that lowest skill.
void read_grid(const std::vector<CefrSkill>& grid, const RuleTables& rules, bool texts,
               LanguageFact& f) {
  int lowest = 0;
  std::vector<std::string> shown, missing;
  for (const CefrSkill& s : grid) {
    if (!s.level) {
      missing.push_back(s.skill);
      continue;
    }
    const int rank = rules.levels.rank_of(s.level->value).value_or(0);
    lowest = shown.empty() ? rank : std::min(lowest, rank);
    shown.push_back(s.skill + " " + s.level->value);
  }
  f.high = lowest;
  f.low = missing.empty() || lowest == 0 ? lowest : 1;
  if (!texts) return;
  if (shown.empty()) {
    f.how = "no level given";
    return;
  }
  f.how = rules.levels.step(lowest) + ", the lowest of " + join_words(shown, "and");
  if (!missing.empty())
    f.how = rules.levels.step(f.low) + " to " + f.how + "; " +
            join_words(missing, "and") + " not given";
}

// The entry's level on the scale (CEFR and its words).
void read_cefr(const LanguageEntry& l, const RuleTables& rules, bool texts,
               LanguageFact& f) {
  if (!l.grid.empty()) {
    read_grid(l.grid, rules, texts, f);
    return;
  }
  if (l.fluency) {
    read_fluency(*l.fluency, rules, texts, f);
    return;
  }
  if (l.level) {
    f.low = f.high = rules.levels.rank_of(l.level->value).value_or(0);
    if (texts) f.how = rules.levels.step(f.low) + " from '" + l.level->value + "'";
    return;
  }
  if (l.skills.empty()) {
    if (texts) f.how = "no level given";
    return;
  }
  std::vector<int> low, high;
  std::vector<std::string> shown, missing;
  const int top = static_cast<int>(rules.levels.values().size()) - 1;
  for (const auto& skill : rules.levels.skills()) {
    auto it = l.skills.find(skill);
    if (it == l.skills.end()) {
      missing.push_back(skill);
      low.push_back(0);
      high.push_back(top);
      continue;
    }
    const int v = rules.levels.value_index(it->second.value).value_or(0);
    low.push_back(v);
    high.push_back(v);
    shown.push_back(skill + " " + it->second.value);
  }
  f.low = rules.levels.from_four_skill(low);
  f.high = rules.levels.from_four_skill(high);
  if (!texts) return;
  f.how = "four skills " + join_words(shown, "and") + " give " + rules.levels.step(f.low);
  if (!missing.empty())
    f.how += "; " + join_words(missing, "and") + " not given (up to " +
             rules.levels.step(f.high) + ")";
}

// UN levels per skill: as stated (un_level, or "UN III" per skill), else
// through the correspondence table when an organisation filled it, else
// nothing read (0 to the top: unknown on a UN-level criterion).
void read_un_levels(const LanguageEntry& l, const RuleTables& rules, bool texts,
                    LanguageFact& f) {
  const LevelScale& scale = rules.levels;
  const auto& skills = scale.skills();
  std::vector<std::string> shown;
  for (size_t s = 0; s < skills.size() && s < 4; ++s) {
    std::optional<int> rank;
    if (l.un_level) rank = scale.un_rank_of(l.un_level->value);
    if (auto it = l.un_skills.find(skills[s]); it != l.un_skills.end()) {
      rank = scale.un_rank_of(it->second.value);
      shown.push_back(skills[s] + " " + scale.un_step(*rank));
    }
    f.un_low[s] = rank.value_or(0);
    f.un_high[s] = rank.value_or(scale.un_top());
  }
  const bool stated = l.un_level || !l.un_skills.empty();
  if (!stated && (f.low > 0 || f.high > 0))
    if (auto low = scale.un_of_cefr(f.low)) {
      const int high = f.high > 0 ? scale.un_of_cefr(f.high).value_or(0) : scale.un_top();
      f.un_low.fill(*low);
      f.un_high.fill(high);
      if (texts)
        f.un_how =
            scale.un_step(*low) + " by the correspondence of rules/language-levels.yaml";
      return;
    }
  if (!texts) return;
  if (l.un_level)
    f.un_how = scale.un_step(f.un_low[0]) + " as written";
  else if (!shown.empty())
    f.un_how = join_words(shown, "and") + " as written";
  else
    f.un_how = "no UN level stated (the UN publishes no correspondence with CEFR)";
}

// A UN level stated alone gives a level of the scale only through the
// correspondence table: the lowest skill's.
void cefr_from_un(const RuleTables& rules, bool texts, LanguageFact& f) {
  if (f.low > 0 || f.high > 0) return;
  const int lowest = *std::min_element(f.un_low.begin(), f.un_low.end());
  if (lowest == 0) return;
  if (auto rank = rules.levels.cefr_of_un(lowest)) {
    f.low = f.high = *rank;
    if (texts)
      f.how = rules.levels.step(*rank) + " from " + rules.levels.un_step(lowest) +
              " by the correspondence of rules/language-levels.yaml";
  } else if (texts) {
    f.how = rules.levels.un_step(lowest) +
            " stated, no CEFR level (the UN publishes no correspondence)";
  }
}

LanguageFact language_fact(const LanguageEntry& l, const RuleTables& rules, bool texts) {
  LanguageFact f;
  f.code = rules.languages.code_of(l.language.value).value_or(l.language.value);
  read_cefr(l, rules, texts, f);
  read_un_levels(l, rules, texts, f);
  cefr_from_un(rules, texts, f);
  return f;
}

void add_term(CandidateFacts& facts, const std::string& written, const RuleTables& rules,
              bool placed_field = false) {
  std::string folded = fold(written);
  for (const Term& t : facts.terms)
    if (t.folded == folded) return;
  Term term{written, std::move(folded), rules.skills.find(written), placed_field, {}};
  if (term.unread()) term.words = rules.skills.words(written);
  facts.terms.push_back(std::move(term));
}

}  // namespace

int country_index(const Text& country, const RuleTables& rules) {
  const auto code = rules.countries.code_of(country.value);
  return code ? rules.countries.index_of(*code).value_or(-1) : -1;
}

// Residence and work permits (formats.md, "Nationality and residence").
void read_residence(const Candidate& c, const RuleTables& rules, CandidateFacts& facts) {
  if (c.residence) {
    facts.residence = country_index(c.residence->country, rules);
    facts.residence_since = c.residence->since;
  }
  if (!c.work_permits) return;
  facts.work_permits.emplace();
  for (const WorkPermit& w : *c.work_permits) {
    PermitFact f;
    f.country = country_index(w.country, rules);
    if (w.kind) f.kind = w.kind->value;
    if (w.until) f.until = latest_day(*w.until, w.until_precision);
    facts.work_permits->push_back(f);
  }
}

CandidateFacts normalise(const Candidate& c, const RuleTables& rules, FactsFor use) {
  const bool texts = use == FactsFor::explaining;
  CandidateFacts facts;
  facts.id = c.id;
  facts.born = c.born;
  facts.born_year_only = c.born_precision == DatePrecision::year;
  facts.born_month_only = c.born_precision == DatePrecision::month;
  if (c.nationality) {
    facts.nationalities.emplace();
    for (const Text& n : *c.nationality)
      facts.nationalities->push_back(rules.countries.code_of(n.value).value_or(n.value));
  }
  // Words no table reads stay as written, never looked up: unknown.
  if (!c.unread_nationalities.empty() && !facts.nationalities)
    facts.nationalities.emplace();
  for (const Text& n : c.unread_nationalities) facts.nationalities->push_back(n.value);
  read_residence(c, rules, facts);
  for (const auto& e : c.education) facts.degrees.push_back(degree_fact(e, rules, texts));
  for (const auto& p : c.experience) {
    facts.periods.push_back(period_fact(p, rules, texts));
    derive_scope(rules, facts.nationalities, facts.periods.back());
  }
  for (const auto& l : c.languages)
    facts.languages.push_back(language_fact(l, rules, texts));
  for (const Text& s : c.skills) add_term(facts, s.value, rules);
  for (const auto& p : c.experience)
    for (const Text& a : p.areas) add_term(facts, a.value, rules);
  for (const auto& d : facts.degrees)
    if (!d.field_text.empty() && d.completed)
      add_term(facts, d.field_text, rules, d.field.has_value());
  facts.stated = c.stated;
  facts.proposal = c.proposal;
  return facts;
}

}  // namespace shortlist
