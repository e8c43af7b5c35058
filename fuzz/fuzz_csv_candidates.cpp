// Fuzzes the CSV candidate format: the input is one or several CSV files
// separated by the byte 0x1E (the ASCII record separator), read together as
// the sections of one run, under small bounds and the default ones, then
// judged against every seed vacancy. The first byte, when it is '#', asks
// for a column map read from the first file instead (so maps are fuzzed too).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.h"

namespace {

constexpr shortlist::ReadLimits kSmall = {
    .max_file_bytes = 1 << 20,
    .max_document_bytes = 512,
    .max_scalar_bytes = 64,
    .max_depth = 8,
    .max_nodes = 1000,
    .max_list_items = 10,
};

std::vector<std::string> files_of(std::string_view text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    const size_t end = text.find('\x1e', start);
    out.emplace_back(
        text.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) return out;
    start = end + 1;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace shortlist;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  const bool mapped = text.starts_with("#");
  if (mapped) text.remove_prefix(1);
  std::vector<std::string> files = files_of(text);
  std::shared_ptr<const ColumnMap> columns;
  if (mapped) {
    Diagnostics errors;
    auto map = parse_column_map(files.front(), "map.yaml", errors, kSmall);
    if (map) columns = std::make_shared<const ColumnMap>(std::move(*map));
    files.erase(files.begin());
  }
  std::vector<CandidateInput> inputs;
  for (size_t i = 0; i < files.size(); ++i) {
    inputs.push_back(CandidateInput::bytes("f" + std::to_string(i) + ".csv", files[i]));
    inputs.back().columns = columns;
  }
  for (const ReadLimits& limits : {kSmall, ReadLimits{}}) {
    const Roster roster = fuzz::world().engine.roster(inputs, limits);
    if (roster.profiles().empty() && !inputs.empty()) __builtin_trap();
    fuzz::judge_everywhere(roster);
  }
  return 0;
}
