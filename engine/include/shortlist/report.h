// Reports of assessments: a readable table for a terminal, Markdown, and
// the JSON of formats.md for other systems. Rendering is deterministic: the
// same assessments give byte-identical text.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "shortlist/engine.h"

namespace shortlist {

enum class Format { table, json, markdown };

std::optional<Format> parse_format(const std::string& name);

// `check`: every candidate's verdict and, for every criterion, its verdict
// with the posting's words, the evidence and what is missing.
std::string render_check(const CompiledVacancy& vacancy,
                         const std::vector<Assessment>& assessments, Format format);

// `explain`: the full reasoning for one candidate.
std::string render_explain(const CompiledVacancy& vacancy, const Assessment& assessment,
                           Format format);

// One sentence of an explanation: summary, evidence and the gap.
std::string one_line(const Explanation& why);

}  // namespace shortlist
