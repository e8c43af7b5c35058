#include "report/json.h"

#include "report/common.h"

namespace shortlist {
namespace {

Json number_or_null(const std::optional<double>& value) {
  return value ? Json(*value) : Json();
}

Json criterion_json(const CriterionResult& r) {
  Json j;
  j["id"] = r.criterion->id;
  j["kind"] = r.criterion->kind;
  j["required"] = r.criterion->required;
  j["verdict"] = to_string(r.verdict);
  j["credit"] = r.credit;
  j["weight"] = r.criterion->weight;
  j["contribution"] = r.contribution;
  j["lost"] = r.lost;
  j["explanation"] = r.why ? Json(one_line(*r.why)) : Json();
  if (r.why) j["details"] = explanation_json(*r.why);
  return j;
}

Json error_json(const Diagnostic& d) {
  Json j;
  j["file"] = d.where.file.str();
  j["line"] = d.where.line;
  j["column"] = d.where.column;
  j["message"] = d.message;
  return j;
}

Json evaluation_json(const Evaluation& e, const FinancialStage& fs) {
  Json j;
  j["technical"] = e.technical;
  j["financial"] = e.financial;
  j["threshold"] = e.threshold;
  j["currency"] = fs.currency.empty() ? Json() : Json(fs.currency);
  j["lowest_fee"] = number_or_null(fs.lowest_fee);
  j["financial_stage"] = fs.candidates;
  return j;
}

Json entry_json(const RankedEntry& entry, bool evaluation) {
  Json a = assessment_json(entry.assessment);
  Json j;
  j["id"] = a["id"];
  j["rank"] = entry.rank;
  j["verdict"] = to_string(entry.verdict);
  j["score"] = a["score"];
  if (evaluation) {
    j["technical_points"] = number_or_null(entry.technical_points);
    j["financial_points"] = number_or_null(entry.financial_points);
    j["combined"] = number_or_null(entry.combined);
  }
  j["standing"] = to_string(entry.standing);
  j["reason"] = entry.reason;
  for (const char* key : {"file", "line", "criteria", "errors"})
    if (a.contains(key)) j[key] = a[key];
  return j;
}

}  // namespace

Json explanation_json(const Explanation& why) {
  Json j;
  j["text"] = why.label;
  j["verdict"] = to_string(why.verdict);
  j["credit"] = why.credit;
  j["summary"] = why.summary;
  Json evidence = Json::array();
  for (const Evidence& item : why.evidence) evidence.push_back(item.text);
  j["evidence"] = std::move(evidence);
  j["found"] = why.found;
  j["missing"] = why.missing.empty() ? Json() : Json(why.missing);
  j["unknown"] = why.unknown.empty() ? Json() : Json(why.unknown);
  j["alternatives"] = why.alternatives;
  if (!why.parts.empty()) {
    j["decided_by"] = why.decided_by;
    Json parts = Json::array();
    for (const Explanation& part : why.parts) {
      Json p = explanation_json(part);
      p["kind"] = part.kind;
      parts.push_back(std::move(p));
    }
    j["parts"] = std::move(parts);
  }
  return j;
}

Json assessment_json(const Assessment& a) {
  Json j;
  j["id"] = a.id;
  j["verdict"] = to_string(a.eligibility);
  j["score"] = a.judgement ? number_or_null(a.judgement->score) : Json();
  j["file"] = a.file.str();
  j["line"] = a.line;
  Json criteria = Json::array();
  if (a.judgement)
    for (const auto& r : a.judgement->criteria) criteria.push_back(criterion_json(r));
  j["criteria"] = std::move(criteria);
  if (!a.errors.empty()) {
    Json errors = Json::array();
    for (const auto& e : a.errors) errors.push_back(error_json(e));
    j["errors"] = std::move(errors);
  }
  return j;
}

Json ranking_json(const CompiledVacancy& vacancy, const Ranking& ranking,
                  std::size_t top) {
  Json j;
  j["vacancy"] = vacancy.vacancy().id;
  j["as_of"] = vacancy.as_of().iso();
  const auto& evaluation = vacancy.vacancy().evaluation;
  if (evaluation && ranking.financial)
    j["evaluation"] = evaluation_json(*evaluation, *ranking.financial);
  Json list = Json::array();
  for (size_t i = 0; i < shown(ranking, top); ++i)
    list.push_back(entry_json(ranking.entries[i], evaluation.has_value()));
  j["candidates"] = std::move(list);
  return j;
}

}  // namespace shortlist
