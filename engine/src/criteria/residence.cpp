// `residence` and `work_permit` (formats.md, "Nationality and residence"):
// where the candidate lives, and a permit to work in a country. A profile
// that states no residence (no work permits) is unknown, never failed; a
// country no table reads, or a permit kind unstated where kinds are asked,
// is to judge. A permit counts when it has no `until` or its `until` is on or
// after the as-of date. The measure is 1 when met.
#include <algorithm>

#include "criteria/leaves.h"
#include "text.h"

namespace shortlist {
namespace {

std::vector<char> country_mask(const std::vector<Text>& countries,
                               const RuleTables& rules) {
  std::vector<char> in(static_cast<size_t>(rules.countries.size()), 0);
  for (const Text& c : countries)
    for (const std::string& code : rules.countries.codes_of(c.value))
      if (auto index = rules.countries.index_of(code)) in[*index] = 1;
  return in;
}

std::string country_name(int index, const RuleTables& rules) {
  const std::string& code = rules.countries.code_at(index);
  return rules.countries.name_of(code) + " (" + code + ")";
}

class ResidenceRule final : public RuleOf<ResidenceRule> {
 public:
  ResidenceRule(const ResidenceSpec& spec, const CompileContext& ctx)
      : rules_(ctx.rules), in_(country_mask(spec.countries, ctx.rules)) {
    need = 1;
    for (const Text& c : spec.countries) names_.push_back(c.value);
  }

  std::string describe() const override {
    return "residence in " + join_words(names_, "or");
  }

  Measure measure(const CompactProfile& profile) const override {
    if (profile.residence == CompactProfile::kNoResidence) return {0, 0, false};
    if (profile.residence < 0) return {0, 1, true};
    const double in = in_[profile.residence];
    return {in, in, true};
  }

  void explain(const CompactProfile& profile, const CandidateFacts& facts,
               Explanation& why) const override {
    if (!facts.residence) {
      why.evidence.push_back(std::string("the profile states no residence"));
      return;
    }
    if (profile.residence < 0) {
      why.evidence.push_back(
          std::string("residence in a country no table reads, to judge"));
      return;
    }
    std::string line = "lives in " + country_name(profile.residence, rules_);
    if (facts.residence_since) line += " since " + facts.residence_since->iso_month();
    why.evidence.push_back(line);
  }

  void conclude(const Measure& m, Verdict v, Explanation& why) const override {
    why.found = !m.known       ? "states no residence"
                : m.proven > 0 ? "resident"
                               : "lives elsewhere";
    why.summary = "needs " + describe() + "; " + why.found;
    if (v == Verdict::not_met)
      why.missing = "not resident in " + join_words(names_, "or");
    if (v == Verdict::unknown)
      why.unknown = m.known ? "a person must judge the country of residence"
                            : "the profile states no residence: a person must check it";
  }

 private:
  const RuleTables& rules_;
  std::vector<char> in_;  // per CountryTable index: asked
  std::vector<std::string> names_;
};

class WorkPermitRule final : public RuleOf<WorkPermitRule> {
 public:
  WorkPermitRule(const WorkPermitSpec& spec, const CompileContext& ctx)
      : rules_(ctx.rules),
        as_of_(ctx.as_of),
        as_of_serial_(static_cast<int32_t>(ctx.as_of.serial())),
        country_name_(spec.country.value) {
    need = 1;
    const auto code = rules_.countries.code_of(spec.country.value);
    country_ = code ? rules_.countries.index_of(*code).value_or(-2) : -2;
    for (const Text& k : spec.kinds) {
      kind_names_.push_back(k.value);
      for (int8_t i = 0; i < 4; ++i)
        if (k.value == CompactPermit::kPermitKinds[i]) kinds_ |= 1u << i;
    }
  }

  std::string describe() const override {
    return "a permit to work in " + country_name_ +
           (kind_names_.empty() ? "" : " (" + join_words(kind_names_, "or") + ")") +
           ", valid on " + as_of_.iso();
  }

  Measure measure(const CompactProfile& profile) const override {
    if (!profile.permits_stated) return {0, 0, false};
    Measure m{0, 0, true};
    for (const CompactPermit& p : profile.permits) {
      const Standing s = standing(p);
      if (s == Standing::counts) m.proven = 1;
      if (s != Standing::left_out) m.optimistic = 1;
    }
    return m;
  }

  void explain(const CompactProfile& profile, const CandidateFacts& facts,
               Explanation& why) const override {
    if (!profile.permits_stated) {
      why.evidence.push_back(std::string("the profile states no work permits"));
      return;
    }
    for (size_t i = 0; i < profile.permits.size(); ++i)
      why.evidence.push_back(line(profile.permits[i], (*facts.work_permits)[i]));
    if (profile.permits.empty())
      why.evidence.push_back(std::string("no work permit listed"));
  }

  void conclude(const Measure& m, Verdict v, Explanation& why) const override {
    why.found = !m.known       ? "states no work permits"
                : m.proven > 0 ? "holds one"
                               : "none that counts";
    why.summary = "needs " + describe() + "; " + why.found;
    if (v == Verdict::not_met)
      why.missing = "no valid permit to work in " + country_name_;
    if (v == Verdict::unknown)
      why.unknown = m.known
                        ? "a person must judge the permit marked 'to judge'"
                        : "the profile states no work permits: a person must check them";
  }

 private:
  enum class Standing { counts, to_judge, left_out };

  Standing standing(const CompactPermit& p) const {
    if (p.country >= 0 && p.country != country_) return Standing::left_out;
    if (p.until < as_of_serial_) return Standing::left_out;
    if (kinds_ && p.kind >= 0 && !(kinds_ >> p.kind & 1)) return Standing::left_out;
    if (p.country < 0 || (kinds_ && p.kind < 0)) return Standing::to_judge;
    return Standing::counts;
  }

  std::string line(const CompactPermit& c, const PermitFact& f) const {
    std::string out = "permit for " +
                      (c.country >= 0 ? country_name(c.country, rules_)
                                      : std::string("a country no table reads")) +
                      (f.kind.empty() ? "" : ", " + f.kind) +
                      (f.until ? ", until " + f.until->iso() : ", no end");
    switch (standing(c)) {
      case Standing::counts:
        return out + ": counts";
      case Standing::to_judge:
        return out + (c.country < 0 ? ": to judge, the country is not read"
                                    : ": to judge, its kind is not stated");
      default:
        if (c.country >= 0 && c.country != country_) return out + ": another country";
        if (c.until < as_of_serial_) return out + ": expired before " + as_of_.iso();
        return out + ": not of the kinds asked (" + join_words(kind_names_, "or") + ")";
    }
  }

  const RuleTables& rules_;
  Date as_of_;
  int32_t as_of_serial_;
  std::string country_name_;  // as written
  int country_ = -2;          // CountryTable index
  uint32_t kinds_ = 0;        // bit per CompactPermit::kPermitKinds asked; 0: any
  std::vector<std::string> kind_names_;
};

}  // namespace

std::unique_ptr<Rule> make_residence_rule(const ResidenceSpec& spec,
                                          const CompileContext& ctx) {
  return std::make_unique<ResidenceRule>(spec, ctx);
}

std::unique_ptr<Rule> make_work_permit_rule(const WorkPermitSpec& spec,
                                            const CompileContext& ctx) {
  return std::make_unique<WorkPermitRule>(spec, ctx);
}

}  // namespace shortlist
