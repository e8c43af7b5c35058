// End to end: the shortlist command on the bundled rules and profiles.
#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support.h"

namespace {

struct Run {
  int exit_code = -1;
  std::string out;
};

// Runs a shell command; returns its exit code and stdout.
Run run_shortlist_raw(const std::string& command) {
  Run run;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe);
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) run.out.append(buf.data(), n);
  const int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

// Runs the shortlist binary with `args` (stderr to /dev/null) from the source tree.
Run run_shortlist(const std::string& args) {
  return run_shortlist_raw(std::string("cd ") + SHORTLIST_SOURCE_DIR + " && " +
                           SHORTLIST_BINARY + " " + args + " 2>/dev/null");
}

}  // namespace

TEST_CASE("help explains every command with an example") {
  auto top = run_shortlist("--help");
  CHECK(top.exit_code == 0);
  CHECK(top.out.find("check") != std::string::npos);
  for (const char* cmd : {"check", "explain", "validate"}) {
    auto help = run_shortlist(std::string(cmd) + " --help");
    CHECK(help.exit_code == 0);
    CHECK(help.out.find("Example:") != std::string::npos);
  }
}

TEST_CASE("validate reports every problem as file:line:column: message") {
  const std::string bad = shortlist::test::write_temp(
      "bad.yaml", "id: c-1\nlangauges: []\nexperience:\n  - {from: 2020-13}\n");
  auto run = run_shortlist("validate " + bad);
  CHECK(run.exit_code == 1);
  CHECK(run.out ==
        bad + ":2:1: unknown key 'langauges' in candidate (did you mean 'languages'?)\n" +
            bad + ":4:12: from: month 13 does not exist\n");
}

TEST_CASE("the bundled rules, vacancies and candidates validate cleanly") {
  auto run = run_shortlist("validate rules profiles/vacancies profiles/candidates");
  INFO(run.out);
  CHECK(run.exit_code == 0);
  CHECK(run.out.empty());
}

namespace {

// vacancy id -> candidate id -> verdict, from the hand-derived golden file.
std::map<std::string, std::map<std::string, std::string>> expected_verdicts() {
  std::ifstream in(std::string(SHORTLIST_SOURCE_DIR) +
                   "/tests/e2e/expected_verdicts.tsv");
  std::map<std::string, std::map<std::string, std::string>> out;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string vacancy, candidate, verdict;
    std::getline(fields, vacancy, '\t');
    std::getline(fields, candidate, '\t');
    std::getline(fields, verdict, '\t');
    out[vacancy][candidate] = verdict;
  }
  return out;
}

}  // namespace

TEST_CASE("check on every seed vacancy gives the hand-derived verdicts") {
  const auto expected = expected_verdicts();
  REQUIRE(expected.size() == 5);
  namespace fs = std::filesystem;
  for (const auto& entry : fs::directory_iterator(std::string(SHORTLIST_SOURCE_DIR) +
                                                  "/profiles/vacancies")) {
    auto run =
        run_shortlist("check " + entry.path().string() + " profiles/candidates -f json");
    REQUIRE(run.exit_code == 0);
    auto json = nlohmann::json::parse(run.out);
    const std::string vacancy = json["vacancy"];
    INFO(vacancy);
    REQUIRE(expected.count(vacancy));
    const auto& wanted = expected.at(vacancy);
    CHECK(json["candidates"].size() == wanted.size());
    for (const auto& c : json["candidates"]) {
      INFO(c["id"].get<std::string>());
      CHECK(c["verdict"] == wanted.at(c["id"]));
    }
  }
}

TEST_CASE("check JSON has the shape of formats.md, in rank order") {
  auto run = run_shortlist(
      "check profiles/vacancies/ilo-jpo-2025-1-10-ai-innovation.yaml profiles/candidates "
      "--format json");
  auto json = nlohmann::json::parse(run.out);
  CHECK(json["vacancy"] == "ilo-jpo-2025-1-10-ai-innovation");
  CHECK(json["as_of"] == "2025-03-31");
  const std::vector<std::string> order = {"eligible", "needs_review", "not_eligible",
                                          "invalid"};
  size_t group = 0;
  int rank = 0;
  for (const auto& c : json["candidates"]) {
    CHECK(c["rank"] == ++rank);
    for (const char* key : {"id", "rank", "verdict", "score", "criteria"})
      CHECK(c.contains(key));
    while (group < order.size() && c["verdict"] != order[group]) ++group;
    CHECK(group < order.size());  // groups never go back
    for (const auto& k : c["criteria"])
      for (const char* key : {"id", "kind", "required", "verdict", "credit", "weight",
                              "contribution", "explanation"})
        CHECK(k.contains(key));
  }
}

TEST_CASE("check explains a failure with the gap as of the deadline") {
  auto run = run_shortlist(
      "check profiles/vacancies/ilo-jpo-2025-1-10-ai-innovation.yaml "
      "profiles/candidates/c-0003-giulia-romano.yaml --format json");
  auto json = nlohmann::json::parse(run.out);
  const auto& criteria = json["candidates"][0]["criteria"];
  const auto& experience = criteria[1];
  CHECK(experience["id"] == "experience");
  CHECK(experience["verdict"] == "not_met");
  const std::string text = experience["explanation"];
  CHECK(text.rfind(
            "needs 24 months of experience in development, employment or labour market "
            "after the first degree; counted 23 months",
            0) == 0);
  const std::string gap = ": 1 month short";
  CHECK(text.compare(text.size() - gap.size(), gap.size(), gap) == 0);
  CHECK(text.find("'Consultant, rural development', FAO, Rome, 2025-06 to present: not "
                  "counted, starts after the deadline (2025-03-31)") !=
        std::string::npos);
}

TEST_CASE("an invalid profile is reported and the others are judged") {
  const std::string file = shortlist::test::write_temp(
      "mixed.yaml", "id: ok-1\n---\nid: bad-1\nborn: 1990-13-01\n---\nid: ok-2\n");
  auto run = run_shortlist("check profiles/vacancies/unesco-clt-jpo-culture.yaml " +
                           file + " --format json");
  CHECK(run.exit_code == 1);
  auto json = nlohmann::json::parse(run.out);
  REQUIRE(json["candidates"].size() == 3);
  const auto& last = json["candidates"][2];
  CHECK(last["id"] == "bad-1");
  CHECK(last["verdict"] == "invalid");
  CHECK(last["errors"][0]["line"] == 4);
  CHECK(last["errors"][0]["column"] == 7);
  CHECK(last["errors"][0]["message"] == "born: month 13 does not exist");
}

TEST_CASE("output is byte-identical from run to run, in every format") {
  for (const char* format : {"table", "json", "markdown"}) {
    const std::string args =
        std::string(
            "check profiles/vacancies/ipu-consultancy-parliaments-ai.yaml "
            "profiles/candidates --format ") +
        format;
    CHECK(run_shortlist(args).out == run_shortlist(args).out);
  }
}

TEST_CASE("a broken vacancy stops the run before any candidate is judged") {
  const std::string vacancy = shortlist::test::write_temp(
      "v.yaml",
      "id: v\ndeadline: 2025-03-31\nminimum:\n  - {id: d, text: t, degree: mastr}\n");
  auto run = run_shortlist("check " + vacancy + " profiles/candidates");
  CHECK(run.exit_code == 2);
  CHECK(run.out.empty());
}

TEST_CASE("rank in every format lists the same candidates in the same order") {
  const std::string base =
      "rank profiles/vacancies/ilo-jpo-2025-1-10-ai-innovation.yaml profiles/candidates ";
  auto json = nlohmann::json::parse(run_shortlist(base + "--format json").out);
  std::vector<std::string> ids;
  for (const auto& c : json["candidates"]) ids.push_back(c["id"]);
  REQUIRE(ids.size() == 27);
  CHECK(ids[0] == "c-0011");  // 83.33, ties broken by id
  CHECK(ids[1] == "c-0013");
  CHECK(json["candidates"][0]["score"].get<double>() == Approx(250.0 / 3));
  auto csv = run_shortlist(base + "--format csv").out;
  std::istringstream lines(csv);
  std::string line;
  std::getline(lines, line);
  CHECK(line ==
        "rank,id,verdict,standing,score,technical_points,financial_points,combined,"
        "reason\r");
  for (size_t i = 0; i < ids.size(); ++i) {
    REQUIRE(std::getline(lines, line));
    CHECK(line.rfind(std::to_string(i + 1) + "," + ids[i] + ",", 0) == 0);
  }
  auto markdown = run_shortlist(base + "--format markdown").out;
  CHECK(markdown.find("| 1 | c-0011 | eligible | 83.33 |") != std::string::npos);
  auto table = run_shortlist(base).out;
  CHECK(table.find("Eligible, ranked by score") != std::string::npos);
  CHECK(table.find("Not eligible: a minimum requirement is not met") !=
        std::string::npos);
}

TEST_CASE("rank --top keeps the first N, with their reasons") {
  auto json = nlohmann::json::parse(
      run_shortlist("rank profiles/vacancies/ilo-jpo-2025-1-10-ai-innovation.yaml "
                    "profiles/candidates "
                    "--top 3 --format json")
          .out);
  REQUIRE(json["candidates"].size() == 3);
  CHECK(json["candidates"][2]["rank"] == 3);
  CHECK(json["candidates"][0]["reason"] == "meets every minimum requirement");
}

TEST_CASE("rank on a consultancy shows technical, financial and combined points") {
  auto json = nlohmann::json::parse(
      run_shortlist("rank profiles/vacancies/ipu-consultancy-parliaments-ai.yaml "
                    "profiles/candidates "
                    "--format json")
          .out);
  CHECK(json["evaluation"]["currency"] == "USD");
  const auto& first = json["candidates"][0];
  CHECK(first["id"] == "c-0005");
  CHECK(first["technical_points"].get<double>() == Approx(70));
  CHECK(first["financial_points"].get<double>() == Approx(30));
  CHECK(first["combined"].get<double>() == Approx(100));
  const auto& second = json["candidates"][1];
  CHECK(second["standing"] == "below_threshold");
  CHECK(second["financial_points"].is_null());
}

TEST_CASE("rank --output writes the report whole, and a failed run leaves the old one") {
  const std::string out = shortlist::test::write_temp("report.csv", "old report\n");
  const std::string base =
      "rank profiles/vacancies/unesco-ed-jpo-higher-education.yaml profiles/candidates "
      "--format csv";
  auto ok = run_shortlist(base + " --output " + out);
  CHECK(ok.exit_code == 0);
  CHECK(ok.out.empty());
  std::ifstream in(out);
  std::string written((std::istreambuf_iterator<char>(in)),
                      std::istreambuf_iterator<char>());
  CHECK(written == run_shortlist(base).out);
  // A vacancy that cannot be used: nothing is judged and the report stays as it was.
  const std::string bad = shortlist::test::write_temp("v.yaml", "id: v\n");
  std::ofstream(out) << "old report\n";
  auto failed = run_shortlist("rank " + bad + " profiles/candidates --output " + out);
  CHECK(failed.exit_code == 2);
  std::ifstream again(out);
  CHECK(std::string((std::istreambuf_iterator<char>(again)),
                    std::istreambuf_iterator<char>()) == "old report\n");
  // An output folder that does not exist: exit 3, nothing left behind.
  auto nowhere = run_shortlist(base + " --output /nonexistent-folder/report.csv");
  CHECK(nowhere.exit_code == 3);
}

TEST_CASE("explain shows the score's tree, adding up to the score shown") {
  auto run = run_shortlist(
      "explain profiles/vacancies/ipu-consultancy-parliaments-ai.yaml "
      "profiles/candidates/c-0009-marco-bianchi.yaml");
  CHECK(run.out.find("score 66.67 = 100 x sum(weight x credit) / sum(weight)") !=
        std::string::npos);
  CHECK(run.out.find("parliaments              1       1       33.34         0") !=
        std::string::npos);
  CHECK(run.out.find("gender-human-rights      1       1       33.33         0") !=
        std::string::npos);
  CHECK(run.out.find("communities-of-practice  1       0       0.00          33.33") !=
        std::string::npos);
}

TEST_CASE("rank on several vacancies loads once and keys the JSON by vacancy") {
  auto run =
      run_shortlist("rank profiles/vacancies profiles/candidates --top 2 --format json");
  INFO(run.exit_code);
  INFO(run.out);
  auto folder = nlohmann::json::parse(run.out);
  REQUIRE(folder["vacancies"].size() == 5);
  CHECK(folder["vacancies"]["ilo-jpo-2025-1-10-ai-innovation"]["candidates"][0]["id"] ==
        "c-0011");
  CHECK(folder["vacancies"]["ipu-consultancy-parliaments-ai"]["candidates"][0]
              ["combined"] == 100.0);
  auto repeated = nlohmann::json::parse(
      run_shortlist(
          "rank --vacancy profiles/vacancies/unesco-clt-jpo-culture.yaml --vacancy "
          "profiles/vacancies/unesco-ed-jpo-higher-education.yaml profiles/candidates "
          "--format json")
          .out);
  CHECK(repeated["vacancies"].size() == 2);
  CHECK(repeated["vacancies"]["unesco-clt-jpo-culture"]["candidates"].size() == 27);
}

TEST_CASE("rank of one candidate on a folder of vacancies lists the posts, best first") {
  auto run = run_shortlist(
      "rank --vacancy profiles/vacancies profiles/candidates/c-0013-park-min-jun.yaml");
  CHECK(run.out.rfind(
            "Posts for c-0013, best first\n"
            "  ilo-jpo-2025-1-10-ai-innovation  eligible  score 83.33  meets every "
            "minimum requirement\n",
            0) == 0);
  auto json =
      nlohmann::json::parse(run_shortlist("rank --vacancy profiles/vacancies "
                                          "profiles/candidates/c-0013-park-min-jun.yaml "
                                          "--format json")
                                .out);
  CHECK(json["candidate"] == "c-0013");
  REQUIRE(json["posts"].size() == 5);
  CHECK(json["posts"][0]["vacancy"] == "ilo-jpo-2025-1-10-ai-innovation");
  CHECK(json["posts"][4]["verdict"] == "not_eligible");
}

TEST_CASE("the progress bar shows on a terminal and never in a pipe") {
  const std::string args = "rank profiles/vacancies profiles/candidates --format csv";
  const std::string err = shortlist::test::write_temp("stderr.txt", "");
  const std::string piped = std::string("cd ") + SHORTLIST_SOURCE_DIR + " && " +
                            SHORTLIST_BINARY + " " + args + " >/dev/null 2>" + err;
  REQUIRE(std::system(piped.c_str()) == 0);
  std::ifstream in(err);
  CHECK(
      std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>())
          .empty());
  // `script` gives the command a terminal; its transcript holds the bar.
  const std::string tty = std::string("cd ") + SHORTLIST_SOURCE_DIR +
                          " && script -qec '" + SHORTLIST_BINARY + " " + args +
                          " >/dev/null' /dev/null";
  auto run = run_shortlist_raw(tty);
  CHECK(run.out.find("25/25 files read") != std::string::npos);
  CHECK(run.out.find("27/27 profiles judged") != std::string::npos);
}

TEST_CASE("check reads spreadsheet exports, one file per section, joined on id") {
  namespace fs = std::filesystem;
  const std::string people = shortlist::test::write_temp(
      "a.csv", "id,name,nationality\nc-1,Amina Diallo,SN\nc-2,Ben,FR\n");
  const std::string dir = fs::path(people).parent_path().string();
  std::ofstream(dir + "/b.csv")
      << "\xEF\xBB\xBFid;degree;field;completed\nc-1;master;economics;2020-09\n"
         "c-9;master;law;2020\n";
  const std::string vacancy = shortlist::test::write_temp(
      "v.yaml",
      "id: v\ndeadline: 2025-03-31\nminimum:\n"
      "  - {id: degree, text: t, degree: master, fields: [economics]}\n");
  auto run = run_shortlist("check " + vacancy + " " + people + " " + dir +
                           "/b.csv --format json");
  CHECK(run.exit_code == 1);  // c-9's row has no candidate
  auto json = nlohmann::json::parse(run.out);
  std::map<std::string, std::string> verdicts;
  for (const auto& c : json["candidates"])
    verdicts[c["id"].get<std::string>()] = c["verdict"].get<std::string>();
  CHECK(verdicts == std::map<std::string, std::string>{{"c-1", "eligible"},
                                                       {"c-2", "needs_review"},
                                                       {dir + "/b.csv#1", "invalid"}});
  run = run_shortlist_raw("cd " + dir + " && " + SHORTLIST_BINARY +
                          " validate a.csv b.csv 2>/dev/null");
  CHECK(run.exit_code == 1);
  CHECK(run.out == "b.csv:3: id: 'c-9' has no row in the candidates section\n");
  // The same with another export's column names and a map; a bad map stops the run.
  std::ofstream(dir + "/renamed.csv") << "Applicant No.,Full name\nc-1,Amina Diallo\n";
  std::ofstream(dir + "/map.yaml") << "\"Applicant No.\": id\nFull name: name\n";
  run = run_shortlist("check " + vacancy + " " + dir + "/renamed.csv --columns " + dir +
                      "/map.yaml --format json");
  CHECK(run.exit_code == 0);
  CHECK(nlohmann::json::parse(run.out)["candidates"][0]["id"] == "c-1");
  std::ofstream(dir + "/bad.yaml") << "\"Applicant No.\": identifier\n";
  run = run_shortlist_raw("cd " + dir + " && " + SHORTLIST_BINARY + " validate " +
                          "renamed.csv --columns bad.yaml 2>&1");
  CHECK(run.exit_code == 2);
  CHECK(
      run.out.starts_with("bad.yaml:1:18: 'identifier' is not a column of the contract; "
                          "the columns are id,"));
  CHECK(run.out.ends_with(
      "shortlist: the column map bad.yaml cannot be used; no candidate was read\n"));
}

namespace {

std::string file_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// A JSON report without its "file" and "line" members.
std::string without_places(const std::string& json) {
  nlohmann::json j = nlohmann::json::parse(json);
  for (auto& c : j["candidates"]) {
    c.erase("file");
    c.erase("line");
  }
  return j.dump(1);
}

}  // namespace

TEST_CASE("convert writes one YAML file per candidate, which check judges the same",
          "[convert]") {
  namespace fs = std::filesystem;
  const std::string resume = shortlist::test::write_temp(
      "amina.json",
      R"({"meta": {"id": "c/7"}, "basics": {"name": "A"}, "languages": [{"language": )"
      R"("English", "fluency": "Fluent"}], "education": [{"studyType": "Master of Science", )"
      R"("area": "economics", "endDate": "2019"}]})");
  const std::string bad = shortlist::test::write_temp("bad.json", R"({"work": 3})");
  const fs::path out = fs::path(resume).parent_path() / "out" / "converted";
  auto run = run_shortlist("convert " + resume + " " + bad + " --out " + out.string());
  CHECK(run.exit_code == 1);  // as validate: a profile was invalid
  CHECK(run.out == bad + ":1:10: /work: must be an array, found 3\n");
  CHECK(std::distance(fs::directory_iterator(out), fs::directory_iterator()) == 1);
  const std::string yaml = file_text(out / "c_7.yaml");
  CHECK(yaml == "# converted by shortlist convert from " + resume +
                    " (line 1)\n"
                    "id: c/7\nname: A\neducation:\n"
                    "  - degree: Master of Science  # 'Master of Science' -> master\n"
                    "    field: economics\n    completed: 2019\n"
                    "languages:\n  - language: English  # 'English' -> en\n"
                    "    level: Fluent  # 'Fluent' -> C1\n");
  // A file already there is not overwritten, unless --force; reruns give
  // the same bytes.
  CHECK(run_shortlist("convert " + resume + " --out " + out.string()).exit_code == 3);
  CHECK(run_shortlist("convert " + resume + " --out " + out.string() + " --force")
            .exit_code == 0);
  CHECK(file_text(out / "c_7.yaml") == yaml);
  const std::string vacancy = "profiles/vacancies/ilo-jpo-2025-1-10-ai-innovation.yaml";
  auto original = run_shortlist("check " + vacancy + " " + resume + " --format json");
  auto converted = run_shortlist("check " + vacancy + " " + (out / "c_7.yaml").string() +
                                 " --format json");
  CHECK(original.exit_code == converted.exit_code);
  CHECK(without_places(converted.out) == without_places(original.out));
}
