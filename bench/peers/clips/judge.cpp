// CLIPS peer of shortlist: judges every (candidate, vacancy) pair of
// DIR/facts.jsonl with the generic rules of eligibility.clp, run by CLIPS 6.30
// (Debian's libclips) through its C API.
//
//   [CLIPS_BATCH=N] judge DIR OUT [eligibility.clp]
//
// OUT gets `candidate<TAB>vacancy<TAB>verdict` per input line, in input order.
// stdout gets one JSON summary line (see ../README.md).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <vector>

extern "C" {
#include <clips/clips.h>
}

using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

// Pairs asserted per assert / run / reset cycle ($CLIPS_BATCH overrides).
// Larger batches are slower per pair in CLIPS 6.30 (see ../README.md).
constexpr size_t kBatch = 1000;

struct Vacancy {
  std::string name;
  size_t leaves = 0;
  std::vector<size_t> minimum;
};

struct Pair {
  std::string candidate;
  size_t vacancy;
  std::vector<double> proven, optimistic, known;
};

[[noreturn]] void die(const std::string& why) {
  std::cerr << "clips peer: " << why << "\n";
  std::exit(2);
}

// A CLIPS FLOAT literal that reads back as exactly this double.
std::string float_literal(double x) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", x);
  std::string s = buf;
  if (s.find_first_of(".eE") == std::string::npos) s += ".0";
  return s;
}

double seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

class Judge {
 public:
  Judge(const std::string& clp, const json& rules) : env_(CreateEnvironment()) {
    if (!env_ || !EnvLoad(env_, clp.c_str())) die("cannot load " + clp);
    // The criteria of every vacancy, as deffacts: each reset re-asserts them.
    std::string facts = "(deffacts criteria";
    for (const json& v : rules) {
      Vacancy vac{v.at("vacancy").get<std::string>(), v.at("leaves").size(), {}};
      const json& leaves = v.at("leaves");
      for (const json& i : v.at("minimum")) {
        size_t leaf = i.get<size_t>();
        if (leaf >= vac.leaves) die("minimum leaf out of range in " + vac.name);
        const json& l = leaves.at(leaf);
        const json& cap = l.at("cap");
        facts += "\n (criterion (vacancy " + std::to_string(vacancies_.size()) +
                 ") (index " + std::to_string(leaf) + ") (need " +
                 float_literal(l.at("need").get<double>()) + ") (cap " +
                 (cap.is_null() ? "none" : float_literal(cap.get<double>())) + "))";
        vac.minimum.push_back(leaf);
      }
      index_[vac.name] = vacancies_.size();
      vacancies_.push_back(std::move(vac));
    }
    facts += ")";
    if (!EnvBuild(env_, facts.c_str())) die("cannot build the criteria");
    pair_t_ = EnvFindDeftemplate(env_, "pair");
    measure_t_ = EnvFindDeftemplate(env_, "measure");
    verdict_t_ = EnvFindDeftemplate(env_, "verdict");
    EnvReset(env_);
  }
  ~Judge() { DestroyEnvironment(env_); }

  size_t vacancy(const std::string& name) const {
    auto it = index_.find(name);
    if (it == index_.end()) die("unknown vacancy " + name);
    return it->second;
  }
  size_t leaves(size_t v) const { return vacancies_[v].leaves; }
  const std::string& name(size_t v) const { return vacancies_[v].name; }

  // Asserts the batch, runs the rules, reads the verdicts, resets.
  void judge(const std::vector<Pair>& batch, std::vector<const char*>& verdicts) {
    auto t0 = Clock::now();
    for (size_t id = 0; id < batch.size(); ++id) {
      const Pair& p = batch[id];
      assert_fact(pair_t_, {{"id", integer(id)}, {"vacancy", integer(p.vacancy)}});
      for (size_t leaf : vacancies_[p.vacancy].minimum)
        assert_fact(measure_t_, {{"pair", integer(id)},
                                 {"vacancy", integer(p.vacancy)},
                                 {"index", integer(leaf)},
                                 {"proven", number(p.proven[leaf])},
                                 {"optimistic", number(p.optimistic[leaf])},
                                 {"known", number(p.known[leaf])}});
    }
    auto t1 = Clock::now();
    EnvRun(env_, -1);
    auto t2 = Clock::now();
    verdicts.assign(batch.size(), nullptr);
    for (void* f = EnvGetNextFactInTemplate(env_, verdict_t_, nullptr); f;
         f = EnvGetNextFactInTemplate(env_, verdict_t_, f)) {
      DATA_OBJECT id, value;
      EnvGetFactSlot(env_, f, "pair", &id);
      EnvGetFactSlot(env_, f, "value", &value);
      size_t i = size_t(DOToLong(id));
      if (i >= batch.size() || verdicts[i]) die("pair with two verdicts");
      verdicts[i] = intern(DOToString(value));
    }
    for (const char* v : verdicts)
      if (!v) die("pair without a verdict");
    EnvReset(env_);
    auto t3 = Clock::now();
    assert_s += seconds(t1 - t0);
    run_s += seconds(t2 - t1);
    collect_s += seconds(t3 - t2);
  }

  double assert_s = 0, run_s = 0, collect_s = 0;

 private:
  using Slot = std::pair<const char*, DATA_OBJECT>;

  DATA_OBJECT integer(size_t n) {
    DATA_OBJECT d;
    SetType(d, INTEGER);
    SetValue(d, EnvAddLong(env_, (long long)n));
    return d;
  }
  DATA_OBJECT number(double x) {
    DATA_OBJECT d;
    SetType(d, FLOAT);
    SetValue(d, EnvAddDouble(env_, x));
    return d;
  }
  void assert_fact(void* tmpl, std::initializer_list<Slot> slots) {
    void* f = EnvCreateFact(env_, tmpl);
    for (Slot s : slots) EnvPutFactSlot(env_, f, s.first, &s.second);
    if (!EnvAssert(env_, f)) die("assert failed");
  }
  const char* intern(const char* s) {
    for (const char* v : {"eligible", "not_eligible", "needs_review"})
      if (std::string(s) == v) return v;
    die(std::string("unexpected verdict ") + s);
  }

  void* env_;
  void *pair_t_, *measure_t_, *verdict_t_;
  std::vector<Vacancy> vacancies_;
  std::unordered_map<std::string, size_t> index_;
};

std::vector<double> numbers(const json& a, size_t n, const std::string& what) {
  if (!a.is_array() || a.size() != n) die(what + ": wrong length");
  std::vector<double> out;
  out.reserve(n);
  for (const json& x : a) out.push_back(x.get<double>());
  return out;
}

std::string default_clp(const char* argv0) {
  std::string self = argv0;
  size_t slash = self.rfind('/');
  std::string dir = slash == std::string::npos ? "." : self.substr(0, slash);
  for (std::string c : {dir + "/eligibility.clp", dir + "/../eligibility.clp"})
    if (std::ifstream(c)) return c;
  die("eligibility.clp not found; pass it as third argument");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3 || argc > 4) {
    std::cerr << "usage: judge DIR OUT [eligibility.clp]\n";
    return 2;
  }
  const std::string dir = argv[1];
  auto start = Clock::now();
  std::ifstream rules_in(dir + "/rules.json");
  if (!rules_in) die("cannot read " + dir + "/rules.json");
  Judge judge(argc == 4 ? argv[3] : default_clp(argv[0]), json::parse(rules_in));

  std::ifstream in(dir + "/facts.jsonl");
  if (!in) die("cannot read " + dir + "/facts.jsonl");
  std::FILE* out = std::fopen(argv[2], "w");
  if (!out) die(std::string("cannot write ") + argv[2]);

  const char* batch_env = std::getenv("CLIPS_BATCH");
  const size_t batch_size = batch_env ? std::strtoul(batch_env, nullptr, 10) : kBatch;
  if (batch_size == 0) die("CLIPS_BATCH must be a positive number");
  std::vector<Pair> batch;
  std::vector<const char*> verdicts;
  size_t pairs = 0;
  auto flush = [&] {
    judge.judge(batch, verdicts);
    for (size_t i = 0; i < batch.size(); ++i)
      std::fprintf(out, "%s\t%s\t%s\n", batch[i].candidate.c_str(),
                   judge.name(batch[i].vacancy).c_str(), verdicts[i]);
    pairs += batch.size();
    batch.clear();
  };
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    json j = json::parse(line);
    Pair p;
    p.candidate = j.at("candidate").get<std::string>();
    p.vacancy = judge.vacancy(j.at("vacancy").get<std::string>());
    size_t n = judge.leaves(p.vacancy);
    p.proven = numbers(j.at("proven"), n, p.candidate + " proven");
    p.optimistic = numbers(j.at("optimistic"), n, p.candidate + " optimistic");
    p.known = numbers(j.at("known"), n, p.candidate + " known");
    batch.push_back(std::move(p));
    if (batch.size() == batch_size) flush();
  }
  if (!batch.empty()) flush();
  if (std::fclose(out) != 0) die("cannot write the verdicts");

  double total = seconds(Clock::now() - start);
  double evaluate = judge.assert_s + judge.run_s + judge.collect_s;
  std::printf(
      "{\"peer\": \"clips\", \"version\": \"6.30\", \"pairs\": %zu, "
      "\"batch\": %zu, \"load_s\": %.6f, \"evaluate_s\": %.6f, \"assert_s\": %.6f, "
      "\"run_s\": %.6f, \"collect_reset_s\": %.6f, \"total_s\": %.6f}\n",
      pairs, batch_size, total - evaluate, evaluate, judge.assert_s, judge.run_s,
      judge.collect_s, total);
  return 0;
}
