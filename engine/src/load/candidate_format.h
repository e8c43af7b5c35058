// Candidate formats (formats.md, "Candidate file", "Candidates in other
// formats"). A format cuts its input texts into pieces that read on their
// own, and reads one piece into typed profiles with their locations. It
// knows nothing of threads, ids across inputs or rosters: the roster builder
// (roster/roster_builder.cpp) reads pieces a block at a time on every core,
// names a profile that gives no id, refuses a duplicate id, and turns an
// input that cannot be read or holds no profile into an invalid entry.
//
// A new format is one file under load/ defining a CandidateFormat and one
// line in candidate_formats() (candidate_format.cpp).
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "load/loaded_candidate.h"
#include "shortlist/limits.h"
#include "shortlist/load.h"
#include "shortlist/rules.h"
#include "shortlist/status.h"

namespace shortlist {

// One input text, as the roster keeps it.
struct InputText {
  FileName name;
  std::shared_ptr<const std::string> bytes;
  std::shared_ptr<const ColumnMap> columns;  // CandidateInput::columns
};

// Bytes [offset, offset + size) of input `input`, whose first byte is on
// 1-based line `first_line` of that input.
struct Fragment {
  int32_t input = 0;
  uint32_t offset = 0;
  uint32_t size = 0;
  int32_t first_line = 1;
};

// Pieces as ranges of fragments: piece i is fragments [begin[i], begin[i+1]).
// Usually one fragment a piece (a YAML document, a JSON file); a format that
// joins files gives a piece one fragment in each (a person's rows in each
// CSV section).
struct Pieces {
  std::vector<Fragment> fragments;
  std::vector<uint32_t> begin = {0};
  size_t size() const { return begin.size() - 1; }
  std::span<const Fragment> piece(size_t i) const {
    return {fragments.data() + begin[i], begin[i + 1] - begin[i]};
  }
  void add(std::span<const Fragment> piece);
  // Adds a piece of one fragment: `part`, a view into `text`, the text of
  // input `input`, whose first byte is on line `first_line`.
  void add_part(int32_t input, std::string_view text, std::string_view part,
                int first_line);
};

// The bytes of a fragment.
std::string_view text_of(const Fragment& fragment, std::span<const InputText> inputs);

class CandidateFormat {
 public:
  virtual ~CandidateFormat() = default;
  // "yaml", "json-resume", ...: for logs and messages.
  virtual std::string_view name() const = 0;
  // File name endings of the format, with the dot (".yaml").
  virtual std::vector<std::string> endings() const = 0;
  // Whether every input of the format in one run is cut together (records
  // joined by id across files) rather than one input at a time.
  virtual bool joins_inputs() const { return false; }
  // Cuts inputs `which` (indexes of `inputs`: one, unless joins_inputs) into
  // pieces, in input order, within `limits` as read() will read them. A
  // problem no piece can carry (a header row that names no section) goes to
  // `errors`, located in its input.
  virtual Pieces cut(std::span<const InputText> inputs, std::span<const int32_t> which,
                     const ReadLimits& limits, Diagnostics& errors) const = 0;
  // The profiles of one piece, in order. Called from several threads at once.
  virtual std::vector<LoadedCandidate> read(std::span<const Fragment> piece,
                                            std::span<const InputText> inputs,
                                            const RuleTables& rules,
                                            const ReadLimits& limits) const = 0;
};

// Every format, in the order the roster tries them.
const std::vector<const CandidateFormat*>& candidate_formats();
// The format of a file by its name's ending; YAML, the contract's own format,
// for a name no format claims.
const CandidateFormat& format_of(const std::string& name);

// Defined by each format's file.
const CandidateFormat& yaml_candidates();
const CandidateFormat& json_resume_candidates();
const CandidateFormat& europass_xml_candidates();
const CandidateFormat& csv_candidates();

}  // namespace shortlist
