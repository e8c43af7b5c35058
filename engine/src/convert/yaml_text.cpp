// YAML scalars that read back as the text they hold, and file names for
// converted profiles (convert.h).
#include <algorithm>
#include <array>
#include <cstdio>

#include "shortlist/convert.h"
#include "text.h"

namespace shortlist {
namespace {

// Words a YAML 1.1 or 1.2 reader takes for null or a boolean, folded.
bool special_word(const std::string& text) {
  static const std::array<const char*, 12> words = {
      "~", "null", "y", "n", "yes", "no", "on", "off", "true", "false", "=", "<<"};
  std::string lower = text;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::find(words.begin(), words.end(), lower) != words.end();
}

// Bytes YAML reads as a line break or forbids in a plain scalar: controls,
// DEL, C1 controls (U+0080..U+009F, with NEL), U+2028, U+2029 and the BOM.
bool unprintable_at(const std::string& s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x20 || c == 0x7f) return true;
  const auto next = [&](size_t k) {
    return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0;
  };
  if (c == 0xc2 && next(1) >= 0x80 && next(1) <= 0x9f) return true;
  if (c == 0xe2 && next(1) == 0x80 && (next(2) == 0xa8 || next(2) == 0xa9)) return true;
  return c == 0xef && next(1) == 0xbb && next(2) == 0xbf;
}

bool plain_safe(const std::string& s) {
  if (s.empty() || s.front() == ' ' || s.back() == ' ' || s.back() == ':') return false;
  static const std::string indicators = "-?:,[]{}#&*!|>'\"%@`.+";
  const unsigned char first = static_cast<unsigned char>(s.front());
  if (indicators.find(s.front()) != std::string::npos || std::isdigit(first))
    return false;
  if (special_word(s)) return false;
  if (s.find(": ") != std::string::npos || s.find(" #") != std::string::npos)
    return false;
  for (size_t i = 0; i < s.size(); ++i)
    if (unprintable_at(s, i)) return false;
  return true;
}

// The escape of the unprintable character at s[i], and its length in bytes.
std::pair<std::string, size_t> escape_at(const std::string& s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  switch (c) {
    case '\n':
      return {"\\n", 1};
    case '\t':
      return {"\\t", 1};
    case '\r':
      return {"\\r", 1};
    default:
      break;
  }
  char buffer[12];
  if (c < 0x80) {
    std::snprintf(buffer, sizeof buffer, "\\x%02X", c);
    return {buffer, 1};
  }
  if (c == 0xc2) {
    std::snprintf(buffer, sizeof buffer, "\\u00%02X",
                  static_cast<unsigned char>(s[i + 1]));
    return {buffer, 2};
  }
  if (c == 0xef) return {"\\uFEFF", 3};
  return {s[i + 2] == '\xa8' ? "\\L" : "\\P", 3};
}

std::string double_quoted(const std::string& s) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '"' || s[i] == '\\') {
      out += '\\';
      out += s[i++];
    } else if (unprintable_at(s, i)) {
      auto [escape, size] = escape_at(s, i);
      out += escape;
      i += size;
    } else {
      out += s[i++];
    }
  }
  return out + "\"";
}

// The id's bytes made safe for a file name (see YamlFileNames).
std::string safe_stem(const std::string& id) {
  constexpr size_t kMaxBytes = 120;
  std::string out;
  for (const char ch : id) {
    const auto c = static_cast<unsigned char>(ch);
    const bool keep = std::isalnum(c) || c == '-' || c == '_' || c == '.' || c >= 0x80;
    out += keep ? ch : '_';
  }
  if (out.size() > kMaxBytes) {
    size_t cut = kMaxBytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xc0) == 0x80) --cut;
    out.resize(cut);
  }
  if (out.empty()) return "candidate";
  if (out.front() == '.') out.front() = '_';
  return out;
}

std::string ascii_lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

}  // namespace

std::string yaml_scalar(const std::string& text) {
  return plain_safe(text) ? text : double_quoted(text);
}

std::string YamlFileNames::next(const std::string& id) {
  const std::string stem = safe_stem(id);
  std::string name = stem + ".yaml";
  for (int n = 2; !taken_.insert(ascii_lower(name)).second; ++n)
    name = stem + "-" + std::to_string(n) + ".yaml";
  return name;
}

}  // namespace shortlist
