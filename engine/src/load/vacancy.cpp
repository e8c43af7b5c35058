// Vacancy files (formats.md, "Vacancy file").
#include <algorithm>
#include <set>

#include "file.h"
#include "load/criterion_parsers.h"
#include "shortlist/load.h"
#include "text.h"

namespace shortlist {
namespace {

using yaml::MapReader;
using yaml::Node;

const std::vector<std::string> kContracts = {"jpo", "consultancy", "staff", "internship",
                                             "other"};

std::vector<CriterionSpec> read_criteria(const Node* node, const char* name,
                                         ParseContext& ctx,
                                         std::map<std::string, Location>& ids) {
  std::vector<CriterionSpec> out;
  const auto* items = yaml::read_list(node, name, ctx.errors);
  if (!items) return out;
  for (const Node& item : *items) {
    CriterionSpec c = parse_criterion(item, true, ctx);
    if (!c.id.empty()) {
      auto [it, fresh] = ids.emplace(c.id, item.where);
      if (!fresh)
        ctx.errors.error(item.where, "criterion id '" + c.id +
                                         "' is already used at line " +
                                         std::to_string(it->second.line));
    }
    out.push_back(std::move(c));
  }
  return out;
}

std::optional<Evaluation> read_evaluation(const Node* node, Diagnostics& errors) {
  if (!node) return std::nullopt;
  MapReader map(*node, "evaluation", errors);
  Evaluation e;
  auto points = [&](const char* key, double fallback, double max) {
    const Node* v = map.require(key);
    auto n = yaml::read_number(v, key, errors);
    if (n && (*n < 0 || *n > max)) {
      errors.error(v->where, std::string(key) + " must be between 0 and " +
                                 format_number(max) + ", found " + v->text);
      return fallback;
    }
    return n.value_or(fallback);
  };
  e.technical = points("technical", 70, 1e9);
  e.financial = points("financial", 30, 1e9);
  e.threshold = points("threshold", 70, 100);
  if (auto currency = yaml::read_text(map.get("currency"), "currency", errors)) {
    e.currency = currency->text;
    if (e.currency.size() != 3 ||
        !std::all_of(e.currency.begin(), e.currency.end(),
                     [](char c) { return c >= 'A' && c <= 'Z'; }))
      errors.error(
          currency->where,
          "currency must be an ISO 4217 code such as USD, found '" + e.currency + "'");
  }
  map.finish();
  return e;
}

void read_header(MapReader& map, Vacancy& v, Diagnostics& errors) {
  auto text = [&](const char* key, bool required) {
    auto t = yaml::read_text(required ? map.require(key) : map.get(key), key, errors);
    return t ? t->text : std::string();
  };
  v.id = text("id", true);
  v.title = text("title", false);
  v.organization = text("organization", false);
  v.duty_station = text("duty_station", false);
  v.source = text("source", false);
  if (auto contract = yaml::read_text(map.get("contract"), "contract", errors)) {
    v.contract = contract->text;
    if (std::find(kContracts.begin(), kContracts.end(), v.contract) == kContracts.end())
      errors.error(contract->where, "unknown contract '" + v.contract + "'" +
                                        did_you_mean(v.contract, kContracts) +
                                        "; contracts are " +
                                        join_words(kContracts, "and"));
  }
  if (auto d = yaml::read_exact_date(map.require("deadline"), "deadline", DateRole::end,
                                     errors))
    v.deadline = d->date;
}

}  // namespace

LoadedVacancy load_vacancy(const std::string& path, const RuleTables& rules,
                           const ReadLimits& limits) {
  Diagnostics errors;
  auto bytes = read_file(path, limits.max_file_bytes, errors);
  if (bytes) return parse_vacancy(*bytes, path, rules, limits);
  LoadedVacancy out;
  out.errors = errors.sorted();
  return out;
}

LoadedVacancy parse_vacancy(std::string_view text, const std::string& path,
                            const RuleTables& rules, const ReadLimits& limits) {
  LoadedVacancy out;
  Diagnostics errors;
  std::vector<yaml::Document> docs = yaml::parse_documents(text, path, limits);
  if (docs.empty()) errors.error({path, 0, 0}, "the file holds no vacancy");
  if (docs.size() > 1)
    errors.error({path, docs[1].first_line, 1},
                 "a vacancy file holds one vacancy; found " +
                     std::to_string(docs.size()) + " documents");
  for (const auto& doc : docs) errors.append(doc.errors);
  if (!docs.empty() && docs[0].parsed) {
    Vacancy v;
    v.file = path;
    MapReader map(docs[0].root, "vacancy", errors);
    if (map.ok()) {
      ParseContext ctx{rules, errors};
      std::map<std::string, Location> ids;
      read_header(map, v, errors);
      v.minimum = read_criteria(map.get("minimum"), "minimum", ctx, ids);
      v.desirable = read_criteria(map.get("desirable"), "desirable", ctx, ids);
      v.evaluation = read_evaluation(map.get("evaluation"), errors);
      map.finish();
    }
    if (errors.empty()) out.vacancy = std::move(v);
  }
  out.errors = errors.sorted();
  return out;
}

}  // namespace shortlist
