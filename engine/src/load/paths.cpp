// Command-line paths to files, and what a file holds.
#include <algorithm>
#include <filesystem>
#include <fstream>

#include "shortlist/load.h"

namespace shortlist {

std::vector<std::string> expand_paths(const std::vector<std::string>& paths,
                                      const std::vector<std::string>& endings) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  for (const auto& path : paths) {
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::string> inside;
    for (const auto& entry : fs::recursive_directory_iterator(path, ec)) {
      const std::string ext = entry.path().extension().string();
      if (entry.is_regular_file(ec) &&
          std::find(endings.begin(), endings.end(), ext) != endings.end())
        inside.push_back(entry.path().string());
    }
    std::sort(inside.begin(), inside.end());
    files.insert(files.end(), inside.begin(), inside.end());
  }
  return files;
}

std::string guess_file_kind(const std::string& path) {
  static const std::vector<std::string> tables = rule_table_names();
  const auto stem = std::filesystem::path(path).stem().string();
  if (std::find(tables.begin(), tables.end(), stem) != tables.end()) return "rules";
  std::ifstream in(path);
  std::string line;
  for (int n = 0; n < 400 && std::getline(in, line); ++n) {
    for (const char* key : {"minimum:", "desirable:", "deadline:", "evaluation:"})
      if (line.rfind(key, 0) == 0) return "vacancy";
    if (line.rfind("table:", 0) == 0) return "rules";
  }
  return "candidate";
}

}  // namespace shortlist
