// Text helpers shared by the readers and the rule tables: name folding,
// edit distance and "did you mean" suggestions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace shortlist {

// Folds a name for matching (docs/rules-format.md): lower case, Latin
// diacritics removed, dots and apostrophes removed, runs of spaces, hyphens,
// slashes and underscores read as one space, trimmed. "M.Sc." -> "msc",
// "Diplôme d'ingénieur" -> "diplome dingenieur".
std::string fold(std::string_view name);

// Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps).
int edit_distance(std::string_view a, std::string_view b);

// The closest candidate to `word`, if it is close enough to be a likely typo:
// distance at most 2, and at most a third of the word's length (rounded up).
// Ties go to the earliest candidate.
std::optional<std::string> closest(std::string_view word,
                                   const std::vector<std::string>& candidates);

// " (did you mean 'x'?)" or "" when nothing is close.
std::string did_you_mean(std::string_view word,
                         const std::vector<std::string>& candidates);

// "a, b or c" (conjunction "or"/"and").
std::string join_words(const std::vector<std::string>& words,
                       std::string_view conjunction);

// A number as written, read as std::from_chars reads it (no sign but '-',
// no spaces); nullopt for anything else, or a number that is not finite.
std::optional<double> parse_number(std::string_view text);

// A number shown to people: at most two decimals, no trailing zeros ("24", "15.5").
std::string format_number(double value);

}  // namespace shortlist
