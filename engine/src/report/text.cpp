// The table (terminal) and Markdown reports.
#include <sstream>

#include "report/json.h"
#include "shortlist/report.h"
#include "text.h"

namespace shortlist {
namespace {

std::string verdict_word(Verdict v) {
  switch (v) {
    case Verdict::met: return "met";
    case Verdict::not_met: return "NOT MET";
    default: return "unknown";
  }
}

std::string score_text(const Assessment& a) {
  if (!a.score || !a.score->score) return "";
  return "  score " + format_number(*a.score->score);
}

std::string header(const CompiledVacancy& v) {
  const Vacancy& vac = v.vacancy();
  std::string out = vac.id;
  if (!vac.title.empty()) out += ": " + vac.title;
  if (!vac.organization.empty()) out += " (" + vac.organization + ")";
  return out;
}

// Indents every line after the first of `text` by `pad`.
void put_wrapped(std::ostringstream& out, const std::string& pad, const std::string& text) {
  out << pad << text << "\n";
}

void table_criterion(std::ostringstream& out, const CriterionResult& r) {
  out << "  [" << verdict_word(r.verdict) << "] " << r.criterion->id << " ("
      << r.criterion->root.kind << (r.criterion->required ? ", minimum" : ", desirable")
      << ")\n";
  out << "      \"" << r.criterion->text << "\"\n";
  if (r.why) put_wrapped(out, "      ", one_line(*r.why));
}

void table_assessment(std::ostringstream& out, const Assessment& a, bool minimum_only) {
  out << a.id << "  " << to_string(a.eligibility) << score_text(a) << "\n";
  for (const auto& e : a.errors) out << "  " << e.to_string() << "\n";
  if (!a.judgement) return;
  for (const CriterionResult& r : a.judgement->criteria)
    if (!minimum_only || r.criterion->required) table_criterion(out, r);
}

void md_escape(std::ostringstream& out, const std::string& text) {
  for (char c : text) {
    if (c == '|' || c == '*' || c == '_' || c == '`') out << '\\';
    out << c;
  }
}

void markdown_assessment(std::ostringstream& out, const Assessment& a) {
  out << "## " << a.id << ": " << to_string(a.eligibility) << score_text(a) << "\n\n";
  for (const auto& e : a.errors) {
    out << "- ";
    md_escape(out, e.to_string());
    out << "\n";
  }
  if (!a.judgement) {
    out << "\n";
    return;
  }
  out << "| criterion | kind | verdict | explanation |\n|---|---|---|---|\n";
  for (const CriterionResult& r : a.judgement->criteria) {
    if (!r.criterion->required) continue;
    out << "| " << r.criterion->id << " | " << r.criterion->root.kind << " | "
        << to_string(r.verdict) << " | ";
    md_escape(out, r.criterion->text + " " + (r.why ? one_line(*r.why) : ""));
    out << " |\n";
  }
  out << "\n";
}

void explain_tree(std::ostringstream& out, const Explanation& e, const std::string& pad) {
  out << pad << "[" << verdict_word(e.verdict) << "] " << e.label << "\n";
  if (!e.summary.empty()) out << pad << "  " << e.summary << "\n";
  for (const auto& line : e.evidence) out << pad << "  - " << line << "\n";
  if (!e.missing.empty()) out << pad << "  missing: " << e.missing << "\n";
  if (!e.unknown.empty()) out << pad << "  to judge: " << e.unknown << "\n";
  for (const auto& alt : e.alternatives) out << pad << "  alternative: " << alt << "\n";
  for (const auto& part : e.parts) explain_tree(out, part, pad + "    ");
}

}  // namespace

std::optional<Format> parse_format(const std::string& name) {
  if (name == "table") return Format::table;
  if (name == "json") return Format::json;
  if (name == "markdown") return Format::markdown;
  return std::nullopt;
}

std::string one_line(const Explanation& why) {
  std::string out = why.summary;
  for (size_t i = 0; i < why.evidence.size(); ++i)
    out += (i == 0 ? ": " : "; ") + why.evidence[i];
  if (!why.missing.empty()) out += ": " + why.missing;
  if (!why.unknown.empty()) out += "; to judge: " + why.unknown;
  return out;
}

std::string render_check(const CompiledVacancy& vacancy,
                         const std::vector<Assessment>& assessments, Format format) {
  std::ostringstream out;
  if (format == Format::json) return check_json(vacancy, assessments).dump(2) + "\n";
  if (format == Format::markdown) {
    out << "# ";
    md_escape(out, header(vacancy));
    out << "\n\nAs of " << vacancy.as_of().iso() << ".\n\n";
    for (const auto& a : assessments) markdown_assessment(out, a);
    return out.str();
  }
  out << header(vacancy) << "\nas of " << vacancy.as_of().iso() << "\n\n";
  for (const auto& a : assessments) {
    table_assessment(out, a, true);
    out << "\n";
  }
  return out.str();
}

std::string render_explain(const CompiledVacancy& vacancy, const Assessment& a,
                           Format format) {
  if (format == Format::json) return assessment_json(a, 1).dump(2) + "\n";
  std::ostringstream out;
  out << header(vacancy) << "\nas of " << vacancy.as_of().iso() << "\n\n";
  out << a.id << ": " << to_string(a.eligibility) << score_text(a) << "\n";
  for (const auto& e : a.errors) out << "  " << e.to_string() << "\n";
  if (!a.judgement) return out.str();
  for (const CriterionResult& r : a.judgement->criteria) {
    out << "\n" << r.criterion->id << " (" << r.criterion->root.kind << ", "
        << (r.criterion->required ? "minimum" : "desirable") << ", weight "
        << format_number(r.criterion->weight) << ")\n";
    if (r.why) explain_tree(out, *r.why, "  ");
  }
  return out.str();
}

}  // namespace shortlist
