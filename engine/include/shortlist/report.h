// Reports: a readable table for a terminal, Markdown, CSV and the JSON of
// formats.md for other systems. Rendering is deterministic: the same ranking
// gives byte-identical text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "shortlist/ranking.h"

namespace shortlist {

enum class Format { table, json, markdown, csv };

std::optional<Format> parse_format(const std::string& name);

// `check`: every candidate in rank order with, for every minimum criterion,
// its verdict, the posting's words, the evidence and what is missing.
std::string render_check(const CompiledVacancy& vacancy, const Ranking& ranking,
                         Format format);

// `rank`: the ranked list, group by group, each entry with its reason; the
// first `top` entries (all when 0).
std::string render_rank(const CompiledVacancy& vacancy, const Ranking& ranking,
                        Format format, std::size_t top);

// One vacancy's ranking, for the reports of many.
struct VacancyRanking {
  const CompiledVacancy* vacancy = nullptr;
  Ranking ranking;
};

// `rank` on several vacancies: each ranking in turn; the JSON is one object
// keyed by vacancy id, the CSV has a first `vacancy` column.
std::string render_rankings(const std::vector<VacancyRanking>& rankings, Format format,
                            std::size_t top);

// `rank` of one candidate on several vacancies: the posts the person is
// eligible for, best first (eligible by score or combined points, then
// needs_review, not_eligible), with the reason for each.
std::string render_posts(const std::vector<VacancyRanking>& rankings, Format format);

// `explain`: the full reasoning for one candidate, with the score's tree.
std::string render_explain(const CompiledVacancy& vacancy, const Assessment& assessment,
                           Format format);

// One sentence of an explanation: summary, evidence and the gap.
std::string one_line(const Explanation& why);

}  // namespace shortlist
