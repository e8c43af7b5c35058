// Pieces shared by the report formats.
#pragma once

#include <string>
#include <vector>

#include "shortlist/report.h"

namespace shortlist {

std::string vacancy_header(const CompiledVacancy& vacancy);  // "id: title (organization)"
std::string verdict_word(Verdict v);  // "met", "NOT MET", "unknown"
std::string standing_title(Standing s, const CompiledVacancy& vacancy);  // group headings
std::string score_text(const Assessment& a);                             // "83.33" or ""

// Numbers with two decimals that add up, as shown, to `total` shown with two
// decimals (largest remainder rounding): the contributions of a score add up
// on screen as they do in the JSON. REQUIRES: parts >= 0.
std::vector<std::string> shares_that_add_up(const std::vector<double>& parts,
                                            double total);

// The entries to show: the first `top` (all when 0).
std::size_t shown(const Ranking& ranking, std::size_t top);

// The formats other than the table, each in its own file.
std::string render_markdown_check(const CompiledVacancy& vacancy, const Ranking& ranking);
std::string render_markdown_rank(const CompiledVacancy& vacancy, const Ranking& ranking,
                                 std::size_t top);
std::string render_csv_rank(const CompiledVacancy& vacancy, const Ranking& ranking,
                            std::size_t top);

}  // namespace shortlist
