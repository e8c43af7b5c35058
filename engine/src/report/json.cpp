#include "report/json.h"

#include "shortlist/report.h"

namespace shortlist {

Json explanation_json(const Explanation& why) {
  Json j;
  j["text"] = why.label;
  j["verdict"] = to_string(why.verdict);
  j["summary"] = why.summary;
  j["evidence"] = why.evidence;
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

namespace {

Json criterion_json(const CriterionResult& r, const CriterionScore& s) {
  Json j;
  j["id"] = r.criterion->id;
  j["kind"] = r.criterion->root.kind;
  j["required"] = r.criterion->required;
  j["verdict"] = to_string(r.verdict);
  j["credit"] = s.credit;
  j["weight"] = s.weight;
  j["contribution"] = s.contribution;
  j["explanation"] = r.why ? Json(one_line(*r.why)) : Json();
  if (r.why) j["details"] = explanation_json(*r.why);
  return j;
}

Json error_json(const Diagnostic& d) {
  Json j;
  j["file"] = d.where.file;
  j["line"] = d.where.line;
  j["column"] = d.where.column;
  j["message"] = d.message;
  return j;
}

}  // namespace

Json assessment_json(const Assessment& a, int rank) {
  Json j;
  j["id"] = a.id;
  j["rank"] = rank;
  j["verdict"] = to_string(a.eligibility);
  j["score"] = a.score && a.score->score ? Json(*a.score->score) : Json();
  j["file"] = a.file;
  j["line"] = a.line;
  Json criteria = Json::array();
  if (a.judgement)
    for (size_t i = 0; i < a.judgement->criteria.size(); ++i)
      criteria.push_back(criterion_json(a.judgement->criteria[i], a.score->criteria[i]));
  j["criteria"] = std::move(criteria);
  if (!a.errors.empty()) {
    Json errors = Json::array();
    for (const auto& e : a.errors) errors.push_back(error_json(e));
    j["errors"] = std::move(errors);
  }
  return j;
}

Json check_json(const CompiledVacancy& vacancy, const std::vector<Assessment>& assessments) {
  Json j;
  j["vacancy"] = vacancy.vacancy().id;
  j["as_of"] = vacancy.as_of().iso();
  Json list = Json::array();
  for (size_t i = 0; i < assessments.size(); ++i)
    list.push_back(assessment_json(assessments[i], static_cast<int>(i + 1)));
  j["candidates"] = std::move(list);
  return j;
}

}  // namespace shortlist
