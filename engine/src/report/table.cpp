// The terminal table of check, rank and explain, and one_line().
#include <algorithm>
#include <sstream>

#include "report/common.h"
#include "report/json.h"
#include "text.h"

namespace shortlist {
namespace {

void criterion_block(std::ostringstream& out, const CriterionResult& r) {
  out << "  [" << verdict_word(r.verdict) << "] " << r.criterion->id << " ("
      << r.criterion->kind << (r.criterion->required ? ", minimum" : ", desirable")
      << ")\n"
      << "      \"" << r.criterion->text << "\"\n";
  if (r.why) out << "      " << one_line(*r.why) << "\n";
}

std::string entry_title(const RankedEntry& e) {
  std::string out = e.assessment.id + "  " + to_string(e.verdict);
  const std::string score = score_text(e.assessment);
  if (!score.empty()) out += "  score " + score;
  if (e.combined) out += "  combined " + format_number(*e.combined);
  return out;
}

// Fixed-width columns: every row padded to the widest cell of its column.
std::string columns(const std::vector<std::vector<std::string>>& rows) {
  std::vector<size_t> width;
  for (const auto& row : rows)
    for (size_t c = 0; c < row.size(); ++c) {
      if (width.size() <= c) width.push_back(0);
      width[c] = std::max(width[c], row[c].size());
    }
  std::ostringstream out;
  for (const auto& row : rows) {
    out << "  ";
    for (size_t c = 0; c < row.size(); ++c) {
      const bool last = c + 1 == row.size();
      out << row[c] << (last ? "" : std::string(width[c] - row[c].size() + 2, ' '));
    }
    out << "\n";
  }
  return out.str();
}

std::vector<std::string> rank_row(const RankedEntry& e, bool evaluation) {
  auto points = [](const std::optional<double>& v) {
    return v ? format_number(*v) : "-";
  };
  std::vector<std::string> row = {
      std::to_string(e.rank), e.assessment.id,
      score_text(e.assessment).empty() ? "-" : score_text(e.assessment)};
  if (evaluation) {
    row.push_back(points(e.technical_points));
    row.push_back(points(e.financial_points));
    row.push_back(points(e.combined));
  }
  row.push_back(e.reason);
  return row;
}

void explain_tree(std::ostringstream& out, const Explanation& e, const std::string& pad) {
  out << pad << "[" << verdict_word(e.verdict) << "] " << e.label << "\n";
  if (!e.summary.empty()) out << pad << "  " << e.summary << "\n";
  for (const auto& item : e.evidence) out << pad << "  - " << item.text << "\n";
  if (!e.missing.empty()) out << pad << "  missing: " << e.missing << "\n";
  if (!e.unknown.empty()) out << pad << "  to judge: " << e.unknown << "\n";
  for (const auto& alt : e.alternatives) out << pad << "  alternative: " << alt << "\n";
  for (const auto& part : e.parts) explain_tree(out, part, pad + "    ");
}

void score_tree(std::ostringstream& out, const Judgement& j) {
  if (!j.score) {
    out << "\nno score: no criterion of the vacancy has a weight\n";
    return;
  }
  std::vector<const CriterionResult*> weighted;
  std::vector<double> parts;
  for (const auto& r : j.criteria)
    if (r.criterion->weight > 0) {
      weighted.push_back(&r);
      parts.push_back(r.contribution);
    }
  const auto shown = shares_that_add_up(parts, *j.score);
  out << "\nscore " << format_number(*j.score)
      << " = 100 x sum(weight x credit) / sum(weight), criterion by criterion:\n";
  std::vector<std::vector<std::string>> rows = {
      {"criterion", "weight", "credit", "contribution", "lost"}};
  for (size_t i = 0; i < weighted.size(); ++i)
    rows.push_back(
        {weighted[i]->criterion->id, format_number(weighted[i]->criterion->weight),
         format_number(weighted[i]->credit), shown[i], format_number(weighted[i]->lost)});
  out << columns(rows);
}

}  // namespace

std::optional<Format> parse_format(const std::string& name) {
  if (name == "table") return Format::table;
  if (name == "json") return Format::json;
  if (name == "markdown") return Format::markdown;
  if (name == "csv") return Format::csv;
  return std::nullopt;
}

std::string one_line(const Explanation& why) {
  std::string out = why.summary;
  for (size_t i = 0; i < why.evidence.size(); ++i)
    out += (i == 0 ? ": " : "; ") + why.evidence[i].text;
  if (!why.missing.empty()) out += ": " + why.missing;
  if (!why.unknown.empty()) out += "; to judge: " + why.unknown;
  return out;
}

std::string render_check(const CompiledVacancy& vacancy, const Ranking& ranking,
                         Format format) {
  if (format == Format::json) return ranking_json(vacancy, ranking, 0).dump(2) + "\n";
  if (format == Format::markdown) return render_markdown_check(vacancy, ranking);
  if (format == Format::csv) return render_csv_rank(vacancy, ranking, 0);
  std::ostringstream out;
  out << vacancy_header(vacancy) << "\nas of " << vacancy.as_of().iso() << "\n\n";
  for (const RankedEntry& e : ranking.entries) {
    out << entry_title(e) << "\n";
    for (const auto& err : e.assessment.errors) out << "  " << err.to_string() << "\n";
    if (e.assessment.judgement)
      for (const auto& r : e.assessment.judgement->criteria)
        if (r.criterion->required) criterion_block(out, r);
    out << "\n";
  }
  return out.str();
}

std::string render_rank(const CompiledVacancy& vacancy, const Ranking& ranking,
                        Format format, std::size_t top) {
  if (format == Format::json) return ranking_json(vacancy, ranking, top).dump(2) + "\n";
  if (format == Format::markdown) return render_markdown_rank(vacancy, ranking, top);
  if (format == Format::csv) return render_csv_rank(vacancy, ranking, top);
  std::ostringstream out;
  out << vacancy_header(vacancy) << "\nas of " << vacancy.as_of().iso() << "\n";
  const bool evaluation = vacancy.vacancy().evaluation.has_value();
  if (ranking.financial && ranking.financial->lowest_fee)
    out << "financial stage: " << ranking.financial->candidates
        << (ranking.financial->candidates == 1 ? " candidate" : " candidates")
        << ", fees in " << ranking.financial->currency << ", lowest "
        << format_number(*ranking.financial->lowest_fee) << "\n";
  std::vector<std::vector<std::string>> rows;
  std::optional<Standing> group;
  auto flush = [&] {
    if (!rows.empty()) out << columns(rows);
    rows.clear();
  };
  for (size_t i = 0; i < shown(ranking, top); ++i) {
    const RankedEntry& e = ranking.entries[i];
    if (group != e.standing) {
      flush();
      group = e.standing;
      out << "\n" << standing_title(e.standing, vacancy) << "\n";
      rows.push_back(evaluation
                         ? std::vector<std::string>{"rank", "id", "score", "technical",
                                                    "financial", "combined", "why"}
                         : std::vector<std::string>{"rank", "id", "score", "why"});
    }
    rows.push_back(rank_row(e, evaluation));
  }
  flush();
  return out.str();
}

std::string render_explain(const CompiledVacancy& vacancy, const Assessment& a,
                           Format format) {
  if (format == Format::json) return assessment_json(a).dump(2) + "\n";
  std::ostringstream out;
  out << vacancy_header(vacancy) << "\nas of " << vacancy.as_of().iso() << "\n\n";
  out << a.id << ": " << to_string(a.eligibility) << "\n";
  for (const auto& e : a.errors) out << "  " << e.to_string() << "\n";
  if (!a.judgement) return out.str();
  for (const CriterionResult& r : a.judgement->criteria) {
    out << "\n"
        << r.criterion->id << " (" << r.criterion->kind << ", "
        << (r.criterion->required ? "minimum" : "desirable") << ", weight "
        << format_number(r.criterion->weight) << ", credit " << format_number(r.credit)
        << ")\n";
    if (r.why) explain_tree(out, *r.why, "  ");
  }
  score_tree(out, *a.judgement);
  return out.str();
}

}  // namespace shortlist
