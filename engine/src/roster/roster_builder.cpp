// Building a roster: inputs read, cut by their formats into pieces, pieces
// read and normalised a block at a time on every core, profiles joined in
// input order with their ids checked and their compact facts kept.
#include <malloc.h>

#include <algorithm>
#include <future>
#include <stdexcept>
#include <unordered_map>

#include "file.h"
#include "parallel.h"
#include "roster/roster_data.h"
#include "shortlist/convert.h"

namespace shortlist {

Roster::Roster() : data_(std::make_unique<RosterData>()) {}
Roster::~Roster() = default;
Roster::Roster(Roster&&) noexcept = default;
Roster& Roster::operator=(Roster&&) noexcept = default;

namespace {

// Pieces read and normalised together: enough to use every core, few enough
// that their typed profiles cost little memory at once.
constexpr std::size_t kBlockPieces = 2048;

struct ReadProfile {
  LoadedCandidate loaded;  // `candidate` released once normalised
  std::optional<CandidateFacts> facts;
};
using ReadBlock = std::vector<std::vector<ReadProfile>>;  // per piece, its profiles

// The pieces one format cut from some inputs.
struct Cut {
  const CandidateFormat* format = nullptr;
  std::vector<int32_t> inputs;  // of RosterData::inputs
  Pieces pieces;
  Diagnostics errors;
};

// "FILE#N": the id of the n-th (1-based) profile of a file that gives none.
std::string fallback_id(const FileName& file, int n) {
  return file.str() + "#" + std::to_string(n);
}

// With `typed`, the builder hands each profile as read to it, typed, and
// keeps no facts: the roster then holds only the profiles' ids and errors.
class RosterBuilder {
 public:
  using Typed = std::function<void(ReadCandidate&&)>;
  RosterBuilder(Roster& roster, const RuleTables& rules, const ReadLimits& limits,
                const Typed* typed = nullptr)
      : roster_(roster), data_(RosterData::of(roster)), rules_(rules), typed_(typed) {
    data_.limits = limits;
  }

  // Reads every input, in order; each format that joins inputs is cut once,
  // at its first input.
  void add_all(const std::vector<CandidateInput>& inputs, Progress* progress) {
    std::vector<const CandidateFormat*> formats;
    for (const CandidateInput& input : inputs) formats.push_back(read_input(input));
    std::vector<const CandidateFormat*> joined;
    for (size_t i = 0; i < formats.size(); ++i) {
      if (progress && inputs.size() > 1) progress->update("files read", i, inputs.size());
      const CandidateFormat* format = formats[i];
      if (!format) continue;
      Cut cut{format, {input_of_[i]}, {}, {}};
      if (format->joins_inputs()) {
        if (std::find(joined.begin(), joined.end(), format) != joined.end()) continue;
        joined.push_back(format);
        cut.inputs.clear();
        for (size_t j = i; j < formats.size(); ++j)
          if (formats[j] == format) cut.inputs.push_back(input_of_[j]);
      }
      cut.pieces = format->cut(data_.inputs, cut.inputs, data_.limits, cut.errors);
      add_cut(cut, inputs.size() == 1 ? progress : nullptr);
    }
    if (progress && inputs.size() > 1)
      progress->update("files read", inputs.size(), inputs.size());
  }

 private:
  // Keeps the input's text and returns its format; null, with an invalid
  // entry, when it cannot be read.
  const CandidateFormat* read_input(const CandidateInput& input) {
    input_of_.push_back(static_cast<int32_t>(data_.inputs.size()));
    Diagnostics errors;
    std::optional<std::string> bytes = input.text;
    if (!bytes) bytes = read_file(input.name, data_.limits.max_file_bytes, errors);
    if (!bytes) {
      add_invalid(input.name, errors);
      input_of_.back() = -1;
      return nullptr;
    }
    data_.inputs.push_back({FileName(input.name),
                            std::make_shared<const std::string>(std::move(*bytes)),
                            input.columns});
    return &format_of(input.name);
  }

  // Reads the cut's pieces a block at a time; the next block is read while
  // one joins the roster (which only this thread does).
  void add_cut(const Cut& cut, Progress* progress) {
    for (int32_t input : cut.inputs) add_cut_errors(cut, input);
    const size_t before = roster_.profiles().size();
    const size_t n = cut.pieces.size();
    auto read = [&](size_t first) { return read_block(cut, first); };
    std::future<ReadBlock> next;
    if (n > 0) next = std::async(std::launch::async, read, 0);
    for (size_t first = 0; first < n; first += kBlockPieces) {
      ReadBlock block = next.get();
      if (first + kBlockPieces < n)
        next = std::async(std::launch::async, read, first + kBlockPieces);
      for (size_t i = 0; i < block.size(); ++i) join(cut, first + i, block[i]);
      if (progress) progress->update("profiles loaded", first + block.size(), n);
    }
    if (roster_.profiles().size() > before) return;
    Diagnostics empty;
    for (int32_t input : cut.inputs) {
      empty.error({data_.inputs[input].name, 0, 0}, "the file holds no profile");
      add_invalid(data_.inputs[input].name, empty);
      empty = {};
    }
  }

  // The cut's problems located in `input`, as one invalid entry.
  void add_cut_errors(const Cut& cut, int32_t input) {
    Diagnostics mine;
    for (const Diagnostic& d : cut.errors.all())
      if (d.where.file == data_.inputs[input].name) mine.error(d.where, d.message);
    if (!mine.empty()) add_invalid(data_.inputs[input].name, mine);
  }

  // Reads and normalises pieces [first, first + kBlockPieces) on every core.
  ReadBlock read_block(const Cut& cut, size_t first) const {
    ReadBlock block(std::min(kBlockPieces, cut.pieces.size() - first));
    parallel_for(block.size(), [&](std::size_t i) {
      for (LoadedCandidate& c : cut.format->read(cut.pieces.piece(first + i),
                                                 data_.inputs, rules_, data_.limits)) {
        ReadProfile read{std::move(c), std::nullopt};
        if (!typed_ && read.loaded.valid())
          read.facts = normalise(*read.loaded.candidate, rules_, FactsFor::judging);
        if (!typed_) read.loaded.candidate.reset();
        block[i].push_back(std::move(read));
      }
    });
    return block;
  }

  // Adds the profiles read from piece `index` of the cut.
  void join(const Cut& cut, size_t index, std::vector<ReadProfile>& read) {
    const uint32_t piece = static_cast<uint32_t>(data_.pieces.size());
    data_.pieces.add(cut.pieces.piece(index));
    const int32_t input = cut.pieces.piece(index).front().input;
    for (size_t k = 0; k < read.size(); ++k) {
      LoadedCandidate& c = read[k].loaded;
      const int n = ++documents_[input];
      if (c.id.empty()) c.id = fallback_id(data_.inputs[input].name, n);
      add(std::move(c), read[k].facts ? &*read[k].facts : nullptr,
          {piece, static_cast<uint32_t>(k), cut.format});
    }
  }

  void add_invalid(const std::string& file, const Diagnostics& errors) {
    LoadedCandidate bad;
    bad.file = file;
    bad.line = 1;
    bad.id = fallback_id(bad.file, 1);
    bad.errors = errors.sorted();
    add(std::move(bad), nullptr, {});
  }

  // Adds `c`; `facts` are its facts when valid.
  void add(LoadedCandidate c, const CandidateFacts* facts, RosterData::Source source) {
    if (typed_) return hand_over(std::move(c));
    RosterProfile p{std::move(c.id), c.file, c.line, std::move(c.errors), false};
    const int index = static_cast<int>(roster_.profiles().size());
    int32_t row = -1, proposal = -1;
    if (facts) {
      auto [first, fresh] = first_seen_.emplace(p.id, index);
      if (fresh) row = compact(*facts, p);
      if (!fresh) p.errors.push_back(duplicate(p, roster_.profiles()[first->second]));
    }
    if (row >= 0 && facts->proposal) {
      proposal = static_cast<int32_t>(data_.fees.size());
      data_.fees.push_back(std::make_shared<const Proposal>(*facts->proposal));
    }
    p.valid = row >= 0;
    RosterData::profiles(roster_).push_back(std::move(p));
    data_.sources.push_back(source);
    data_.rows.push_back(row);
    data_.proposals.push_back(proposal);
  }

  // Hands `c` to typed_, invalid when its id was already seen.
  void hand_over(LoadedCandidate c) {
    RosterProfile p{c.id, c.file, c.line, c.errors, false};
    const int index = static_cast<int>(roster_.profiles().size());
    if (c.candidate) {
      auto [first, fresh] = first_seen_.emplace(p.id, index);
      if (!fresh) {
        c.errors.push_back(duplicate(p, roster_.profiles()[first->second]));
        c.candidate.reset();
      }
    }
    p.valid = c.candidate.has_value();
    if (c.candidate) c.candidate->id = c.id;  // as the roster named it
    RosterData::profiles(roster_).push_back(std::move(p));
    (*typed_)(
        {std::move(c.id), c.file, c.line, std::move(c.candidate), std::move(c.errors)});
  }

  static Diagnostic duplicate(const RosterProfile& p, const RosterProfile& original) {
    return {{p.file, p.line, 1},
            "duplicate candidate id '" + p.id + "' (first in " + original.file.str() +
                " at line " + std::to_string(original.line) + ")"};
  }

  // The profile's row of compact facts, or -1 with the error when they cannot be kept.
  int32_t compact(const CandidateFacts& facts, RosterProfile& p) {
    try {
      return data_.compact.add(facts, rules_);
    } catch (const std::length_error& e) {
      p.errors.push_back({{p.file, p.line, 1}, e.what()});
      first_seen_.erase(p.id);
      return -1;
    }
  }

  Roster& roster_;
  RosterData& data_;
  const RuleTables& rules_;
  const Typed* typed_;
  std::vector<int32_t> input_of_;  // per CandidateInput: its input; -1: unread
  std::unordered_map<int32_t, int> documents_;       // per input: profiles read so far
  std::unordered_map<std::string, int> first_seen_;  // id -> profile index
};

}  // namespace

Roster build_roster(const std::vector<CandidateInput>& inputs, const RuleTables& rules,
                    const ReadLimits& limits, Progress* progress) {
  Roster roster;
  RosterBuilder(roster, rules, limits).add_all(inputs, progress);
  // The typed profiles were built and freed on worker threads; give their
  // pages back rather than keep them for allocations that will not come.
  ::malloc_trim(0);
  return roster;
}

void read_candidates(const Engine& engine, const std::vector<CandidateInput>& inputs,
                     const ReadLimits& limits,
                     const std::function<void(ReadCandidate&&)>& each) {
  Roster roster;
  RosterBuilder(roster, engine.rules(), limits, &each).add_all(inputs, nullptr);
}

CandidateFacts read_again(const Roster& roster, int index, const RuleTables& rules) {
  const RosterData& data = RosterData::of(roster);
  const RosterData::Source& s = data.sources[index];
  auto again =
      s.format->read(data.pieces.piece(s.piece), data.inputs, rules, data.limits);
  if (s.in_piece >= again.size() || !again[s.in_piece].valid())
    throw std::logic_error("profile " + roster.profiles()[index].id +
                           " no longer reads as it did");
  return normalise(*again[s.in_piece].candidate, rules);
}

}  // namespace shortlist
