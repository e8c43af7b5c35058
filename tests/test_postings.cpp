// The 20 real notices of ../shared/postings, encoded by hand under
// tests/data/postings (formats.md, "The rule language, for real
// postings"): each loads with the bundled rules, quotes its notice, and
// judges the bundled candidates.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support.h"

using namespace shortlist;
namespace fs = std::filesystem;

namespace {

const std::string kNotices = std::string(SHORTLIST_SOURCE_DIR) + "/../shared/postings/";
const std::string kEncoded = std::string(SHORTLIST_TEST_DATA) + "/postings/";

// Whitespace runs folded to one space: a notice's sentence may break lines.
std::string squeezed(const std::string& text) {
  std::string out;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  return out;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The notices, by stem; fails when ../shared/postings is missing.
std::vector<std::string> notice_stems() {
  std::vector<std::string> stems;
  if (!fs::is_directory(kNotices))
    FAIL("missing " + kNotices + ": clone beside ../shared");
  for (const auto& entry : fs::directory_iterator(kNotices))
    if (entry.path().extension() == ".txt") stems.push_back(entry.path().stem().string());
  std::sort(stems.begin(), stems.end());
  return stems;
}

const Engine& bundled_engine() {
  static const Engine engine(test::bundled_rules());
  return engine;
}

// Every criterion's posting text, composites' parts included.
void texts_of(const std::vector<CriterionSpec>& criteria, std::vector<std::string>& out) {
  for (const CriterionSpec& c : criteria) {
    if (!c.text.empty()) out.push_back(c.text);
    if (const auto* composite = std::get_if<CompositeSpec>(&c.kind))
      texts_of(composite->parts, out);
  }
}

bool has_manual_minimum(const Vacancy& v) {
  return std::any_of(v.minimum.begin(), v.minimum.end(), [](const CriterionSpec& c) {
    return std::holds_alternative<ManualSpec>(c.kind);
  });
}

}  // namespace

TEST_CASE("each real notice has its vacancy file, which loads with the bundled rules",
          "[postings]") {
  const auto stems = notice_stems();
  CHECK(stems.size() == 20);
  for (const std::string& stem : stems) {
    INFO(stem);
    auto loaded = load_vacancy(kEncoded + stem + ".yaml", test::bundled_rules());
    CHECK(test::messages(loaded.errors).empty());
    REQUIRE(loaded.vacancy);
    CHECK_FALSE(loaded.vacancy->minimum.empty());
  }
}

TEST_CASE("every criterion's text is a sentence of its notice, word for word",
          "[postings]") {
  for (const std::string& stem : notice_stems()) {
    const std::string notice = squeezed(read_file(kNotices + stem + ".txt"));
    auto loaded = load_vacancy(kEncoded + stem + ".yaml", test::bundled_rules());
    REQUIRE(loaded.vacancy);
    std::vector<std::string> texts;
    texts_of(loaded.vacancy->minimum, texts);
    texts_of(loaded.vacancy->desirable, texts);
    for (const std::string& text : texts) {
      INFO(stem << ": " << text);
      CHECK(notice.find(squeezed(text)) != std::string::npos);
    }
  }
}

TEST_CASE(
    "the notices judge every bundled candidate, and a minimum manual check sends "
    "everyone to review or out",
    "[postings]") {
  std::vector<CandidateInput> inputs;
  for (const auto& entry :
       fs::directory_iterator(std::string(SHORTLIST_SOURCE_DIR) + "/profiles/candidates"))
    inputs.push_back(CandidateInput::file(entry.path().string()));
  const Roster roster = bundled_engine().roster(inputs, {});
  for (const std::string& stem : notice_stems()) {
    INFO(stem);
    Diagnostics errors;
    const auto v =
        bundled_engine().vacancy(kEncoded + stem + ".yaml", std::nullopt, {}, errors);
    REQUIRE(v);
    const auto assessed = bundled_engine().assess(*v, roster, Detail::criteria);
    CHECK(assessed.size() == roster.profiles().size());
    for (const Assessment& a : assessed) {
      CHECK(a.eligibility != Eligibility::invalid);
      if (has_manual_minimum(v->vacancy())) CHECK(a.eligibility != Eligibility::eligible);
    }
  }
}
