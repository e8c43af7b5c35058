// Markdown reports of check and rank.
#include <sstream>

#include "report/common.h"
#include "text.h"

namespace shortlist {
namespace {

std::string escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '|' || c == '*' || c == '_' || c == '`' || c == '\\') out += '\\';
    out += c == '\n' ? ' ' : c;
  }
  return out;
}

std::string points(const std::optional<double>& v) { return v ? format_number(*v) : ""; }

}  // namespace

std::string render_markdown_check(const CompiledVacancy& vacancy,
                                  const Ranking& ranking) {
  std::ostringstream out;
  out << "# " << escape(vacancy_header(vacancy)) << "\n\nAs of " << vacancy.as_of().iso()
      << ".\n\n";
  for (const RankedEntry& e : ranking.entries) {
    out << "## " << escape(e.assessment.id) << ": " << to_string(e.verdict) << "\n\n";
    for (const auto& err : e.assessment.errors)
      out << "- " << escape(err.to_string()) << "\n";
    if (!e.assessment.judgement) {
      out << "\n";
      continue;
    }
    out << "| criterion | kind | verdict | explanation |\n|---|---|---|---|\n";
    for (const auto& r : e.assessment.judgement->criteria) {
      if (!r.criterion->required) continue;
      out << "| " << escape(r.criterion->id) << " | " << r.criterion->kind << " | "
          << to_string(r.verdict) << " | "
          << escape(r.criterion->text + " " + (r.why ? one_line(*r.why) : "")) << " |\n";
    }
    out << "\n";
  }
  return out.str();
}

std::string render_markdown_rank(const CompiledVacancy& vacancy, const Ranking& ranking,
                                 std::size_t top) {
  const bool evaluation = vacancy.vacancy().evaluation.has_value();
  std::ostringstream out;
  out << "# " << escape(vacancy_header(vacancy)) << "\n\nAs of " << vacancy.as_of().iso()
      << ".\n\n| rank | id | verdict | score |"
      << (evaluation ? " technical | financial | combined |" : "")
      << " why |\n|---|---|---|---|" << (evaluation ? "---|---|---|" : "") << "---|\n";
  for (size_t i = 0; i < shown(ranking, top); ++i) {
    const RankedEntry& e = ranking.entries[i];
    out << "| " << e.rank << " | " << escape(e.assessment.id) << " | "
        << to_string(e.verdict) << " | " << score_text(e.assessment) << " |";
    if (evaluation)
      out << " " << points(e.technical_points) << " | " << points(e.financial_points)
          << " | " << points(e.combined) << " |";
    out << " " << escape(e.reason) << " |\n";
  }
  return out.str();
}

}  // namespace shortlist
