// CSV of a ranking (RFC 4180: fields with commas, quotes or line breaks
// quoted, quotes doubled), one row per candidate shown.
#include <sstream>

#include "report/common.h"

namespace shortlist {
namespace {

std::string field(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// Full precision, so that a spreadsheet can add the numbers up again.
std::string number(const std::optional<double>& v) {
  if (!v) return "";
  std::ostringstream out;
  out.precision(17);
  out << *v;
  return out.str();
}

}  // namespace

std::string render_csv_rank(const CompiledVacancy&, const Ranking& ranking,
                            std::size_t top) {
  std::ostringstream out;
  out << "rank,id,verdict,standing,score,technical_points,financial_points,combined,"
         "reason\r\n";
  for (size_t i = 0; i < shown(ranking, top); ++i) {
    const RankedEntry& e = ranking.entries[i];
    const auto& j = e.assessment.judgement;
    out << e.rank << "," << field(e.assessment.id) << "," << to_string(e.verdict) << ","
        << to_string(e.standing) << "," << number(j ? j->score : std::nullopt) << ","
        << number(e.technical_points) << "," << number(e.financial_points) << ","
        << number(e.combined) << "," << field(e.reason) << "\r\n";
  }
  return out.str();
}

}  // namespace shortlist
