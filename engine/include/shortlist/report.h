// Reports: a readable table for a terminal, Markdown, CSV and the JSON of
// formats.md for other systems. Rendering is deterministic: the same ranking
// gives byte-identical text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "shortlist/ranking.h"

namespace shortlist {

enum class Format { table, json, markdown, csv };

std::optional<Format> parse_format(const std::string& name);

// `check`: every candidate in rank order with, for every minimum criterion,
// its verdict, the posting's words, the evidence and what is missing.
std::string render_check(const CompiledVacancy& vacancy, const Ranking& ranking, Format format);

// `rank`: the ranked list, group by group, each entry with its reason; the
// first `top` entries (all when 0).
std::string render_rank(const CompiledVacancy& vacancy, const Ranking& ranking, Format format,
                        std::size_t top);

// `explain`: the full reasoning for one candidate, with the score's tree.
std::string render_explain(const CompiledVacancy& vacancy, const Assessment& assessment,
                           Format format);

// One sentence of an explanation: summary, evidence and the gap.
std::string one_line(const Explanation& why);

}  // namespace shortlist
