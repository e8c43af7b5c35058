// Writes the YAML profiles of a generated roster as JSON Resume lines, for
// the reader benchmarks (docs/performance.md): the same people in the other
// format, one `.jsonl` line each. Levels go out as JSON Resume fluency text
// (the contract's level words), types as titles where JSON Resume has no
// field (an internship's title says "intern"; a volunteer period goes to
// `volunteer`); what JSON Resume cannot state (born, nationality, fte,
// four-skill levels) is left out.
// Usage: shortlist_to_json_resume PROFILES.yaml > profiles.jsonl
#include <cstdio>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "load/candidate_format.h"
#include "shortlist/engine.h"

using namespace shortlist;
using nlohmann::ordered_json;

namespace {

std::string date(const Date& d, DatePrecision p) { return written(d, p); }

ordered_json period(const Period& p) {
  ordered_json w;
  if (p.employer) w["name"] = p.employer->value;
  std::string title = p.title ? p.title->value : "";
  if (p.type && p.type->value == "internship" && title.find("ntern") == std::string::npos)
    title = title.empty() ? "Intern" : title + " (intern)";
  if (!title.empty()) w["position"] = title;
  w["startDate"] = date(p.from, p.from_precision);
  if (p.to) w["endDate"] = date(*p.to, p.to_precision);
  std::string areas;
  for (const Text& a : p.areas) areas += (areas.empty() ? "" : "; ") + a.value;
  if (!areas.empty()) w["summary"] = areas;
  return w;
}

ordered_json resume(const Candidate& c) {
  ordered_json r;
  r["meta"]["id"] = c.id;
  if (c.name) r["basics"]["name"] = *c.name;
  r["education"] = ordered_json::array();
  for (const EducationEntry& e : c.education) {
    ordered_json d{{"studyType", e.degree.value}};
    if (e.field) d["area"] = e.field->value;
    if (e.completed) d["endDate"] = date(*e.completed, e.completed_precision);
    r["education"].push_back(d);
  }
  r["work"] = ordered_json::array();
  r["volunteer"] = ordered_json::array();
  for (const Period& p : c.experience)
    r[p.type && p.type->value == "volunteer" ? "volunteer" : "work"].push_back(period(p));
  r["languages"] = ordered_json::array();
  for (const LanguageEntry& l : c.languages)
    if (l.level)
      r["languages"].push_back(
          {{"language", l.language.value}, {"fluency", l.level->value}});
  r["skills"] = ordered_json::array();
  for (const Text& s : c.skills) r["skills"].push_back({{"name", s.value}});
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s PROFILES.yaml > profiles.jsonl\n", argv[0]);
    return 2;
  }
  Diagnostics errors;
  const Engine engine = *Engine::open(Engine::default_rules_dir(), errors);
  std::ifstream in(argv[1], std::ios::binary);
  const std::vector<InputText> inputs = {
      {argv[1], std::make_shared<const std::string>(std::istreambuf_iterator<char>(in),
                                                    std::istreambuf_iterator<char>())}};
  const int32_t first = 0;
  const CandidateFormat& yaml = yaml_candidates();
  const Pieces pieces = yaml.cut(inputs, std::span<const int32_t>(&first, 1), {}, errors);
  for (size_t i = 0; i < pieces.size(); ++i)
    for (const LoadedCandidate& c :
         yaml.read(pieces.piece(i), inputs, engine.rules(), {}))
      if (c.valid()) std::puts(resume(*c.candidate).dump().c_str());
  return 0;
}
