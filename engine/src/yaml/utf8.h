// UTF-8 validation before parsing: the first invalid byte or NUL, located.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace shortlist::yaml {

struct Utf8Problem {
  int line = 0;    // 0-based line within the text
  int column = 1;  // 1-based byte column
  std::string message;
};

std::optional<Utf8Problem> find_invalid_utf8(std::string_view text);

}  // namespace shortlist::yaml
