#include "file.h"

#include <array>
#include <filesystem>
#include <fstream>

namespace shortlist {

std::optional<std::string> read_file(const std::string& path, std::size_t max_bytes,
                                     Diagnostics& errors) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const Location whole{path, 0, 0};
  if (!fs::exists(path, ec)) {
    errors.error(whole, "no such file");
    return std::nullopt;
  }
  if (fs::is_directory(path, ec)) {
    errors.error(whole, "is a folder, not a file");
    return std::nullopt;
  }
  const auto size = fs::file_size(path, ec);
  if (!ec && size > max_bytes) {
    errors.error(whole, "file is " + std::to_string(size) + " bytes; the limit is " +
                            std::to_string(max_bytes) + " (see --max-file-bytes)");
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    errors.error(whole, "cannot be read");
    return std::nullopt;
  }
  // One read of the size the file has, into a buffer of that size (no
  // doubling copies: a roster file can be large); then whatever follows, for
  // a file that grew or has no size (a pipe), a chunk at a time.
  std::string bytes;
  if (!ec) {
    bytes.resize(size);
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
  }
  std::array<char, 1 << 16> chunk;
  while (bytes.size() <= max_bytes &&
         (in.read(chunk.data(), chunk.size()) || in.gcount() > 0))
    bytes.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
  if (bytes.size() > max_bytes) {
    errors.error(whole, "file is larger than the limit of " + std::to_string(max_bytes) +
                            " bytes (see --max-file-bytes)");
    return std::nullopt;
  }
  return bytes;
}

}  // namespace shortlist
