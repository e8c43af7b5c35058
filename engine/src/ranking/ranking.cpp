#include "shortlist/ranking.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "text.h"

namespace shortlist {
namespace {

std::optional<double> score_of(const Assessment& a) {
  return a.judgement ? a.judgement->score : std::nullopt;
}

// "degree (a person must judge ...); english (...)": the minimum criteria
// with `verdict`, and what their explanations say, when built.
std::string criteria_with(const Assessment& a, Verdict verdict) {
  std::string out;
  for (const CriterionResult& r : a.judgement->criteria) {
    if (!r.criterion->required || r.verdict != verdict) continue;
    std::string part = r.criterion->id;
    if (r.why) {
      const std::string& detail =
          verdict == Verdict::unknown ? r.why->unknown : r.why->missing;
      if (!detail.empty()) part += " (" + detail + ")";
    }
    out += (out.empty() ? "" : "; ") + part;
  }
  return out;
}

std::string reason_for(const Assessment& a) {
  switch (a.eligibility) {
    case Eligibility::eligible:
      return "meets every minimum requirement";
    case Eligibility::needs_review:
      return "to judge: " + criteria_with(a, Verdict::unknown);
    case Eligibility::not_eligible:
      return "not met: " + criteria_with(a, Verdict::not_met);
    default:
      break;
  }
  std::string out =
      std::to_string(a.errors.size()) + (a.errors.size() == 1 ? " problem" : " problems");
  if (!a.errors.empty()) out += "; first: " + a.errors.front().to_string();
  return out;
}

Standing standing_of(Eligibility e) {
  switch (e) {
    case Eligibility::eligible:
      return Standing::ranked;
    case Eligibility::needs_review:
      return Standing::needs_review;
    case Eligibility::not_eligible:
      return Standing::not_eligible;
    default:
      return Standing::invalid;
  }
}

// The currency of the financial stage: the vacancy's, else the one most of
// its candidates use (ties: alphabetical).
std::string stage_currency(const Evaluation& e, const std::vector<RankedEntry*>& stage) {
  if (!e.currency.empty()) return e.currency;
  std::map<std::string, int> count;
  for (const RankedEntry* entry : stage)
    if (entry->assessment.proposal) ++count[entry->assessment.proposal->currency];
  std::string best;
  int most = 0;
  for (const auto& [currency, n] : count)
    if (n > most) best = currency, most = n;
  return best;
}

void send_to_review(RankedEntry& entry, const std::string& why) {
  entry.standing = Standing::needs_review;
  entry.verdict = Eligibility::needs_review;
  entry.reason = why;
}

// Technical points for every eligible candidate; those below the threshold
// leave the stage.
std::vector<RankedEntry*> technical_stage(const Evaluation& e,
                                          std::vector<RankedEntry>& entries) {
  std::vector<RankedEntry*> stage;
  for (RankedEntry& entry : entries) {
    if (entry.standing != Standing::ranked) continue;
    const double score = score_of(entry.assessment).value_or(0);
    entry.technical_points = e.technical * score / 100;
    if (score + 1e-9 >= e.threshold) {
      stage.push_back(&entry);
      continue;
    }
    entry.standing = Standing::below_threshold;
    entry.reason = "technical score " + format_number(score) +
                   " is below the threshold of " + format_number(e.threshold) +
                   ": the financial proposal is not considered";
  }
  return stage;
}

void financial_stage(const Evaluation& e, std::vector<RankedEntry>& entries,
                     Ranking& ranking) {
  const std::vector<RankedEntry*> stage = technical_stage(e, entries);
  FinancialStage fs;
  fs.currency = stage_currency(e, stage);
  std::vector<RankedEntry*> compared;
  for (RankedEntry* entry : stage) {
    const auto& proposal = entry->assessment.proposal;
    if (!proposal)
      send_to_review(*entry, "reached the financial stage with no financial proposal");
    else if (proposal->currency != fs.currency)
      send_to_review(*entry, "reached the financial stage, but the fee is in " +
                                 proposal->currency + ", not " + fs.currency +
                                 ": not compared");
    else
      compared.push_back(entry);
  }
  for (const RankedEntry* entry : compared)
    fs.lowest_fee = std::min(fs.lowest_fee.value_or(entry->assessment.proposal->fee),
                             entry->assessment.proposal->fee);
  for (RankedEntry* entry : compared) {
    const double fee = entry->assessment.proposal->fee;
    entry->financial_points = e.financial * *fs.lowest_fee / fee;
    entry->combined = *entry->technical_points + *entry->financial_points;
    entry->reason = "reached the financial stage (technical score " +
                    format_number(*score_of(entry->assessment)) + ", threshold " +
                    format_number(e.threshold) + "); fee " + format_number(fee) + " " +
                    fs.currency + ", lowest " + format_number(*fs.lowest_fee);
  }
  fs.candidates = static_cast<int>(compared.size());
  ranking.financial = fs;
}

// Sort key: standing, then the number that ranks it (combined, else the
// score; absent last), then id.
auto order_key(const RankedEntry& e) {
  std::optional<double> value = e.combined ? e.combined : score_of(e.assessment);
  return std::make_tuple(static_cast<int>(e.standing), !value.has_value(),
                         value ? -*value : 0.0, e.assessment.id);
}

}  // namespace

void refresh_reason(RankedEntry& entry) {
  if (entry.verdict == entry.assessment.eligibility &&
      (entry.standing == Standing::needs_review ||
       entry.standing == Standing::not_eligible))
    entry.reason = reason_for(entry.assessment);
}

std::string to_string(Standing standing) {
  switch (standing) {
    case Standing::ranked:
      return "ranked";
    case Standing::below_threshold:
      return "below_threshold";
    case Standing::needs_review:
      return "needs_review";
    case Standing::not_eligible:
      return "not_eligible";
    case Standing::invalid:
      return "invalid";
  }
  return "invalid";
}

Ranking rank(const CompiledVacancy& vacancy, std::vector<Assessment> assessments) {
  Ranking ranking;
  std::vector<RankedEntry>& entries = ranking.entries;
  entries.reserve(assessments.size());
  for (size_t i = 0; i < assessments.size(); ++i) {
    RankedEntry entry;
    entry.source = static_cast<int>(i);
    entry.verdict = assessments[i].eligibility;
    entry.standing = standing_of(entry.verdict);
    entry.reason = reason_for(assessments[i]);
    entry.assessment = std::move(assessments[i]);
    entries.push_back(std::move(entry));
  }
  std::vector<Assessment>().swap(assessments);  // moved from: give the memory back
  if (vacancy.vacancy().evaluation && vacancy.has_score())
    financial_stage(*vacancy.vacancy().evaluation, entries, ranking);
  else if (vacancy.vacancy().evaluation)
    for (RankedEntry& entry : entries)
      if (entry.standing == Standing::ranked)
        entry.reason +=
            "; no criterion has a weight, so there is no technical score: ranked by id";
  std::stable_sort(entries.begin(), entries.end(),
                   [](const RankedEntry& a, const RankedEntry& b) {
                     return order_key(a) < order_key(b);
                   });
  for (size_t i = 0; i < entries.size(); ++i) entries[i].rank = static_cast<int>(i + 1);
  return ranking;
}

}  // namespace shortlist
