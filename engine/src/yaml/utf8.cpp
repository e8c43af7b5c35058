#include "yaml/utf8.h"

#include <cstdio>

namespace shortlist::yaml {
namespace {

// Length of the well-formed UTF-8 sequence at text[pos], or 0 if ill-formed
// (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
size_t sequence_length(std::string_view text, size_t pos) {
  const auto b = [&](size_t i) { return static_cast<unsigned char>(text[pos + i]); };
  const unsigned char lead = b(0);
  if (lead < 0x80) return 1;
  size_t len = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
  if (len == 0 || lead > 0xF4 || pos + len > text.size()) return 0;
  for (size_t i = 1; i < len; ++i)
    if ((b(i) & 0xC0) != 0x80) return 0;
  if (lead == 0xE0 && b(1) < 0xA0) return 0;  // overlong
  if (lead == 0xED && b(1) > 0x9F) return 0;  // surrogate
  if (lead == 0xF0 && b(1) < 0x90) return 0;  // overlong
  if (lead == 0xF4 && b(1) > 0x8F) return 0;  // above U+10FFFF
  return len;
}

}  // namespace

std::optional<Utf8Problem> find_invalid_utf8(std::string_view text) {
  int line = 0;
  size_t line_start = 0;
  for (size_t pos = 0; pos < text.size();) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    const int column = static_cast<int>(pos - line_start) + 1;
    if (byte == 0)
      return Utf8Problem{line, column, "NUL byte: the file is binary or not UTF-8 text"};
    const size_t len = sequence_length(text, pos);
    if (len == 0) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", byte);
      return Utf8Problem{
          line, column,
          std::string("invalid UTF-8 byte ") + hex + ": save the file as UTF-8"};
    }
    if (byte == '\n') {
      ++line;
      line_start = pos + 1;
    }
    pos += len;
  }
  return std::nullopt;
}

}  // namespace shortlist::yaml
