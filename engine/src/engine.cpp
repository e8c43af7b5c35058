#include "shortlist/engine.h"

#include <malloc.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <stdexcept>
#include <unordered_map>

#include "file.h"
#include "load/pieces.h"
#include "parallel.h"
#include "yaml/document.h"

namespace shortlist {
namespace {

std::string executable_dir() {
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : exe.parent_path().string();
}

}  // namespace

std::optional<Engine> Engine::open(const std::string& dir, Diagnostics& errors) {
  auto rules = load_rules(dir, errors);
  if (!rules) return std::nullopt;
  spdlog::debug("rules loaded from {}", dir);
  return Engine(std::move(*rules));
}

std::string Engine::default_rules_dir() {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("SHORTLIST_RULES"); env && *env) return env;
  const std::string exe = executable_dir();
  std::error_code ec;
  if (!exe.empty()) {
    const fs::path installed = fs::path(exe) / ".." / "share" / "shortlist" / "rules";
    if (fs::is_directory(installed, ec)) return installed.lexically_normal().string();
  }
  return SHORTLIST_RULES_DIR;
}

std::optional<CompiledVacancy> Engine::vacancy(const std::string& path,
                                               std::optional<Date> as_of,
                                               const ReadLimits& limits,
                                               Diagnostics& errors) const {
  LoadedVacancy loaded = load_vacancy(path, rules_, limits);
  for (const auto& e : loaded.errors) errors.error(e.where, e.message);
  if (!loaded.vacancy) return std::nullopt;
  return CompiledVacancy(*loaded.vacancy, rules_, as_of);
}

namespace {

// Documents parsed and normalised together: enough to use every core, few
// enough that their typed profiles cost little memory at once.
constexpr std::size_t kBlockPieces = 2048;

struct ReadProfile {
  LoadedCandidate loaded;  // `candidate` released once normalised
  std::optional<CandidateFacts> facts;
};
using ReadBlock = std::vector<std::vector<ReadProfile>>;  // per piece, its profiles

// Parses and normalises pieces [first, first + kBlockPieces) on every core.
ReadBlock read_block(const std::vector<yaml::Piece>& pieces, size_t first,
                     const FileName& name, const RuleTables& rules,
                     const ReadLimits& limits) {
  ReadBlock block(std::min(kBlockPieces, pieces.size() - first));
  parallel_for(block.size(), [&](std::size_t i) {
    for (LoadedCandidate& c : load_piece(pieces[first + i], name, rules, limits)) {
      ReadProfile read{std::move(c), std::nullopt};
      if (read.loaded.valid())
        read.facts = normalise(*read.loaded.candidate, rules, FactsFor::judging);
      read.loaded.candidate.reset();
      block[i].push_back(std::move(read));
    }
  });
  return block;
}

// Gathers a roster's profiles in input order: rows of compact facts for the
// valid ones, and the duplicate-id check.
class RosterBuilder {
 public:
  RosterBuilder(Roster& roster, const RuleTables& rules)
      : roster_(roster), rules_(rules) {}

  // Adds every profile of the file at `path`, or one invalid entry for a
  // file that cannot be read or holds none. The next block of documents is
  // read while one joins the roster (which only one thread may do).
  void add_file(const std::string& path, Progress* progress) {
    Diagnostics file_errors;
    auto bytes = read_file(path, roster_.limits.max_file_bytes, file_errors);
    if (!bytes) {
      add(file_error(path, file_errors), path, nullptr);
      return;
    }
    roster_.texts.push_back(std::make_shared<const std::string>(std::move(*bytes)));
    const std::string& text = *roster_.texts.back();
    const FileName name(path);
    const auto pieces = yaml::split_pieces(text);
    int documents = 0;
    auto read = [&](size_t first) {
      return read_block(pieces, first, name, rules_, roster_.limits);
    };
    std::future<ReadBlock> next;
    if (!pieces.empty()) next = std::async(std::launch::async, read, 0);
    for (size_t first = 0; first < pieces.size(); first += kBlockPieces) {
      ReadBlock block = next.get();
      if (first + kBlockPieces < pieces.size())
        next = std::async(std::launch::async, read, first + kBlockPieces);
      for (size_t i = 0; i < block.size(); ++i)
        join(block[i], pieces[first + i], name, documents);
      if (progress)
        progress->update("profiles loaded", first + block.size(), pieces.size());
    }
    if (documents == 0) {
      Diagnostics empty;
      empty.error({path, 0, 0}, "the file holds no profile");
      add(file_error(path, empty), path, nullptr);
    }
  }

  // Adds `c`, read from `file`; `facts` are its facts when valid.
  RosterProfile& add(LoadedCandidate c, const FileName& file,
                     const CandidateFacts* facts) {
    RosterProfile p;
    p.id = std::move(c.id);
    p.file = file;
    p.line = c.line;
    p.errors = std::move(c.errors);
    const int index = static_cast<int>(roster_.profiles.size());
    if (facts) {
      auto [first, fresh] = first_seen_.emplace(p.id, index);
      if (fresh) p.row = compact(*facts, p);
      if (p.row >= 0) {
        if (facts->proposal) {
          p.proposal = static_cast<int>(roster_.proposals.size());
          roster_.proposals.push_back(std::make_shared<const Proposal>(*facts->proposal));
        }
      } else if (!fresh) {
        const RosterProfile& original = roster_.profiles[first->second];
        p.errors.push_back({{p.file, p.line, 1},
                            "duplicate candidate id '" + p.id + "' (first in " +
                                original.file.str() + " at line " +
                                std::to_string(original.line) + ")"});
      }
    }
    roster_.profiles.push_back(std::move(p));
    return roster_.profiles.back();
  }

 private:
  // Adds the profiles read from one piece of the last text, counting the
  // file's documents in `documents`.
  void join(std::vector<ReadProfile>& read, const yaml::Piece& piece,
            const FileName& name, int& documents) {
    const std::string& text = *roster_.texts.back();
    for (size_t k = 0; k < read.size(); ++k) {
      LoadedCandidate& c = read[k].loaded;
      c.document = documents;
      if (c.id.empty()) c.id = fallback_id(name, documents);
      ++documents;
      RosterProfile& p =
          add(std::move(c), name, read[k].facts ? &*read[k].facts : nullptr);
      p.text = static_cast<int>(roster_.texts.size()) - 1;
      p.offset = static_cast<uint32_t>(piece.text.data() - text.data());
      p.size = static_cast<uint32_t>(piece.text.size());
      p.piece_line = piece.first_line;
      p.in_piece = static_cast<int>(k);
    }
  }

  // The profile's row of compact facts, or -1 with the error when they cannot be kept.
  int compact(const CandidateFacts& facts, RosterProfile& p) {
    try {
      return roster_.compact.add(facts, rules_);
    } catch (const std::length_error& e) {
      p.errors.push_back({{p.file, p.line, 1}, e.what()});
      first_seen_.erase(p.id);
      return -1;
    }
  }

  Roster& roster_;
  const RuleTables& rules_;
  std::unordered_map<std::string, int> first_seen_;  // id -> profile index
};

}  // namespace

std::vector<LoadedCandidate> Engine::candidates(const std::vector<std::string>& files,
                                                const ReadLimits& limits,
                                                Progress* progress) const {
  std::vector<LoadedCandidate> all;
  std::unordered_map<std::string, std::pair<std::string, int>> first_seen;
  for (size_t f = 0; f < files.size(); ++f) {
    const auto& file = files[f];
    // One file: progress by profile; several: by file.
    if (progress && files.size() > 1) progress->update("files read", f, files.size());
    for (auto& c :
         load_candidates(file, rules_, limits, files.size() == 1 ? progress : nullptr)) {
      if (c.valid()) {
        auto [it, fresh] = first_seen.emplace(c.id, std::make_pair(c.file, c.line));
        if (!fresh) {
          c.candidate.reset();
          c.errors.push_back({{c.file, c.line, 1},
                              "duplicate candidate id '" + c.id + "' (first in " +
                                  it->second.first + " at line " +
                                  std::to_string(it->second.second) + ")"});
        }
      }
      all.push_back(std::move(c));
    }
  }
  if (progress && files.size() > 1)
    progress->update("files read", files.size(), files.size());
  return all;
}

Roster Engine::roster(const std::vector<std::string>& files, const ReadLimits& limits,
                      Progress* progress) const {
  Roster r;
  r.limits = limits;
  RosterBuilder builder(r, rules_);
  for (size_t f = 0; f < files.size(); ++f) {
    // One file: progress by profile; several: by file.
    if (progress && files.size() > 1) progress->update("files read", f, files.size());
    builder.add_file(files[f], files.size() == 1 ? progress : nullptr);
  }
  if (progress && files.size() > 1)
    progress->update("files read", files.size(), files.size());
  // The typed profiles were built and freed on worker threads; give their
  // pages back rather than keep them for allocations that will not come.
  ::malloc_trim(0);
  return r;
}

Roster Engine::roster(std::vector<LoadedCandidate> loaded) const {
  Roster r;
  RosterBuilder builder(r, rules_);
  std::vector<CandidateFacts> facts(loaded.size());
  parallel_for(loaded.size(), [&](std::size_t i) {
    if (loaded[i].valid()) facts[i] = normalise(*loaded[i].candidate, rules_);
  });
  for (size_t i = 0; i < loaded.size(); ++i) {
    const bool valid = loaded[i].valid();
    const FileName file(loaded[i].file);
    const RosterProfile& p =
        builder.add(std::move(loaded[i]), file, valid ? &facts[i] : nullptr);
    if (p.row >= 0) r.kept_facts.push_back(std::move(facts[i]));
  }
  return r;
}

CandidateFacts Engine::facts(const Roster& roster, int index) const {
  const RosterProfile& p = roster.profiles[index];
  if (p.text < 0) return roster.kept_facts[p.row];
  const std::string& text = *roster.texts[p.text];
  const yaml::Piece piece{std::string_view(text).substr(p.offset, p.size), p.piece_line};
  auto again = load_piece(piece, p.file, rules_, roster.limits);
  if (p.in_piece >= static_cast<int>(again.size()) || !again[p.in_piece].valid())
    throw std::logic_error("profile " + p.id + " no longer reads as it did");
  return normalise(*again[p.in_piece].candidate, rules_);
}

std::vector<Assessment> Engine::assess(const CompiledVacancy& vacancy,
                                       const std::vector<LoadedCandidate>& candidates,
                                       Detail detail) const {
  return assess(vacancy, roster(candidates), detail);
}

std::vector<Assessment> Engine::assess(const CompiledVacancy& vacancy,
                                       const Roster& roster, Detail detail,
                                       Progress* progress) const {
  const BatchResult batch = vacancy.judge(roster.compact, detail == Detail::criteria);
  if (progress)
    progress->update("profiles judged", roster.profiles.size(), roster.profiles.size());
  std::vector<Assessment> out(roster.profiles.size());
  parallel_for(roster.profiles.size(), [&](std::size_t i) {
    const RosterProfile& p = roster.profiles[i];
    Assessment& a = out[i];
    a.id = p.id;
    a.file = p.file;
    a.line = p.line;
    a.errors = p.errors;
    if (p.row < 0) return;
    if (detail == Detail::explained) {
      a.judgement = vacancy.explain(facts(roster, static_cast<int>(i)));
    } else if (detail == Detail::criteria) {
      a.judgement = vacancy.judgement(batch, p.row);
    } else {
      a.judgement.emplace();
      a.judgement->eligibility = batch.eligibility[p.row];
      if (batch.has_score) a.judgement->score = batch.scores[p.row];
    }
    a.eligibility = a.judgement->eligibility;
    if (p.proposal >= 0) a.proposal = roster.proposals[p.proposal];
  });
  return out;
}

void Engine::explain(const CompiledVacancy& vacancy, const Roster& roster, int index,
                     Assessment& assessment) const {
  if (roster.profiles[index].row < 0 || !assessment.judgement) return;
  assessment.judgement = vacancy.explain(facts(roster, index));
}

}  // namespace shortlist
