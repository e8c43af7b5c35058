#include "text.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <string_view>

namespace shortlist {
namespace {

// ASCII replacement for a Latin-1 Supplement or Latin Extended-A code point,
// or an empty view when it has none.
std::string_view latin_fold(unsigned cp) {
  static constexpr std::string_view kLatin1[] = {
      // U+00C0 .. U+00FF
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
      "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
      "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};
  // U+0100 .. U+017F, one letter each; '1' stands for "ij", '2' for "oe".
  static constexpr std::string_view kExtendedA =
      "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii11jjkkkllllllllllnnnnnnnnn"
      "oooooo22rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
  static_assert(kExtendedA.size() == 128);
  if (cp >= 0xC0 && cp <= 0xFF) return kLatin1[cp - 0xC0];
  if (cp < 0x100 || cp > 0x17F) return {};
  const char letter = kExtendedA[cp - 0x100];
  if (letter == '1') return "ij";
  if (letter == '2') return "oe";
  return kExtendedA.substr(cp - 0x100, 1);
}

bool is_separator(char c) {
  return c == ' ' || c == '-' || c == '/' || c == '_' || c == '\t';
}

void append_folded(std::string& out, unsigned cp, std::string_view raw) {
  if (cp < 0x80) {
    const char c = static_cast<char>(cp);
    if (c == '.' || c == '\'') return;
    if (is_separator(c)) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      return;
    }
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a')
                                       : c);  // ASCII, no locale
    return;
  }
  if (cp == 0x2019 || cp == 0x2018) return;  // typographic apostrophes
  if (auto ascii = latin_fold(cp); !ascii.empty()) {
    out += ascii;
    return;
  }
  out += raw;  // other scripts stay as written
}

}  // namespace

std::string fold(std::string_view name) {
  std::string out;
  for (size_t i = 0; i < name.size();) {
    const auto lead = static_cast<unsigned char>(name[i]);
    size_t len = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    len = std::min(len, name.size() - i);
    unsigned cp = lead;
    if (len == 2) cp = ((lead & 0x1F) << 6) | (name[i + 1] & 0x3F);
    if (len == 3)
      cp = ((lead & 0x0F) << 12) | ((name[i + 1] & 0x3F) << 6) | (name[i + 2] & 0x3F);
    append_folded(out, cp, name.substr(i, len));
    i += len;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

int edit_distance(std::string_view a, std::string_view b) {
  const size_t n = a.size(), m = b.size();
  std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
  for (size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
  for (size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
  for (size_t i = 1; i <= n; ++i) {
    for (size_t j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[n][m];
}

std::optional<std::string> closest(std::string_view word,
                                   const std::vector<std::string>& candidates) {
  if (word.size() > 64) return std::nullopt;  // not a typo of a short name
  const std::string folded = fold(word);
  const int allowed = std::min<int>(2, (static_cast<int>(folded.size()) + 2) / 3);
  std::optional<std::string> best;
  int best_distance = allowed + 1;
  for (const auto& candidate : candidates) {
    if (candidate.size() > 64) continue;
    const int distance = edit_distance(folded, fold(candidate));
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

std::string did_you_mean(std::string_view word,
                         const std::vector<std::string>& candidates) {
  auto best = closest(word, candidates);
  return best ? " (did you mean '" + *best + "'?)" : "";
}

std::string join_words(const std::vector<std::string>& words,
                       std::string_view conjunction) {
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i + 1 == words.size() ? " " + std::string(conjunction) + " " : ", ";
    out += words[i];
  }
  return out;
}

std::optional<double> parse_number(std::string_view text) {
  double value = 0;
  const char* first = text.data();
  const char* last = first + text.size();
  auto [end, ec] = std::from_chars(first, last, value);
  if (ec != std::errc() || end != last || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::string format_number(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", std::round(value * 100) / 100);
  std::string s = buf;
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  if (s == "-0") s = "0";
  return s;
}

}  // namespace shortlist
