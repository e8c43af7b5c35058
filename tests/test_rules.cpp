#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "shortlist/rules.h"
#include "support.h"

using namespace shortlist;
using shortlist::test::fixture_rules;

namespace {

// A fresh copy of tests/data/rules in a temporary folder, for a test to break.
std::filesystem::path copy_of_fixture_rules() {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(test::write_temp("x", "")).parent_path() / "rules";
  fs::copy(std::string(SHORTLIST_TEST_DATA) + "/rules", dir);
  return dir;
}

}  // namespace

TEST_CASE("degree names resolve through the ladder, the country, then anywhere") {
  const auto& degrees = fixture_rules().degrees;
  CHECK(degrees.level_of("master", "")->low == 7);
  CHECK(degrees.level_of("Advanced", "")->low == 7);
  CHECK(degrees.level_of("M.Sc.", "")->low == 7);
  CHECK(degrees.level_of("msc", "")->matched == "MSc");
  CHECK(degrees.level_of("Licence", "FR")->low == 6);
  CHECK(degrees.level_of("Diplom", "DE")->low == 7);
  CHECK(degrees.level_of("Diplom (FH)", "DE")->high == 6);
  CHECK_FALSE(degrees.level_of("Bachillerato Superior", ""));
}

TEST_CASE(
    "a name with different meanings by country spans them when no country is given") {
  auto level = fixture_rules().degrees.level_of("Diplom", "");
  REQUIRE(level);
  CHECK(level->low == 6);
  CHECK(level->high == 7);
  CHECK_FALSE(level->certain());
  CHECK(level->note ==
        "its level depends on the country, not given: DE master or XK bachelor");
}

TEST_CASE("an ambiguous degree keeps its range") {
  auto level = fixture_rules().degrees.level_of("Diplom specialista", "RU");
  REQUIRE(level);
  CHECK(level->low == 6);
  CHECK(level->high == 7);
}

TEST_CASE("fields of study are placed by name, folding case and accents") {
  const auto& fields = fixture_rules().fields;
  CHECK(fields.place("Development Economics")->code == "0311");
  CHECK(fields.place("economie")->code == "0311");
  CHECK(fields.place("Social sciences")->code == "031");
  CHECK_FALSE(fields.place("astrology"));
}

TEST_CASE("languages by code or name, and named sets") {
  const auto& languages = fixture_rules().languages;
  CHECK(languages.code_of("French") == "fr");
  CHECK(languages.code_of("FRANCAIS") == "fr");
  CHECK(languages.code_of("fr") == "fr");
  CHECK_FALSE(languages.code_of("Klingon"));
  REQUIRE(languages.set("un_official"));
  CHECK(languages.set("un_official")->size() == 6);
}

TEST_CASE("levels: CEFR, UN wording and the four-skill rule share one scale") {
  const auto& levels = fixture_rules().levels;
  CHECK(levels.rank_of("C1") == 5);
  CHECK(levels.rank_of("excellent") == 5);
  CHECK(levels.rank_of("fluent") == 5);
  CHECK(levels.rank_of("good") == 4);
  CHECK(levels.rank_of("working knowledge") == 3);
  CHECK(levels.rank_of("basic") == 2);
  CHECK(levels.rank_of("Mother tongue") == 7);
  CHECK_FALSE(levels.rank_of("C3"));
  // read, write, speak, understand as value indexes: 0 not fluent, 1 confident, 2 fluent.
  CHECK(levels.step(levels.from_four_skill({2, 2, 2, 2})) == "C1");
  CHECK(levels.step(levels.from_four_skill({2, 1, 1, 2})) == "B2");
  CHECK(levels.step(levels.from_four_skill({1, 0, 1, 0})) == "B1");
  CHECK(levels.step(levels.from_four_skill({2, 0, 0, 0})) == "A2");
}

TEST_CASE("countries: codes read as text, names folded") {
  const auto& countries = fixture_rules().countries;
  CHECK(countries.code_of("NO") == "NO");
  CHECK(countries.code_of("russia") == "RU");
  CHECK_FALSE(countries.code_of("Atlantis"));
}

TEST_CASE("skills: synonyms and narrower terms give a path") {
  const auto& skills = fixture_rules().skills;
  auto ml = skills.find("ML");
  auto tech = skills.find("technology");
  REQUIRE(ml);
  REQUIRE(tech);
  auto path = skills.path(*ml, *tech);
  REQUIRE(path.size() == 3);
  CHECK(skills.name(path[1]) == "artificial intelligence");
  CHECK(skills.path(*tech, *ml).empty());
}

TEST_CASE("a broken rule file is reported with its positions and stops loading") {
  const std::filesystem::path dir = copy_of_fixture_rules();
  std::ofstream(dir / "skills.yaml")
      << "table: skills\nconcepts:\n  - {id: a, broader: [b]}\n  - {id: c, nmaes: [x]}\n";
  Diagnostics errors;
  CHECK_FALSE(load_rules(dir.string(), errors));
  CHECK(test::messages(errors.sorted()) ==
        std::vector<std::string>{
            "skills.yaml:3:23: broader concept 'b' is not in the file",
            "skills.yaml:4:13: unknown key 'nmaes' in concept (did you mean 'names'?)"});
}

TEST_CASE(
    "policies name the first degree by a ladder key, checked against degrees.yaml") {
  CHECK(fixture_rules().first_degree.key == "bachelor");
  CHECK(fixture_rules().first_degree.isced == 6);
  const std::filesystem::path dir = copy_of_fixture_rules();
  std::ifstream in(dir / "policies.yaml");
  std::string text((std::istreambuf_iterator<char>(in)), {});
  text.replace(text.find("first_degree: bachelor"), 22, "first_degree: bachelr");
  std::ofstream(dir / "policies.yaml") << text;
  Diagnostics errors;
  CHECK_FALSE(load_rules(dir.string(), errors));
  CHECK(test::messages(errors.sorted()) ==
        std::vector<std::string>{
            "policies.yaml:15:15: first_degree 'bachelr' is not a level of "
            "degrees.yaml (did you mean 'bachelor'?)"});
}

TEST_CASE("fluency words map to a level or a span of levels of the one scale") {
  const auto& fluency = fixture_rules().fluency;
  const auto& levels = fixture_rules().levels;
  const auto ilr3 = fluency.level_of("Professional Working Proficiency");
  REQUIRE(ilr3);
  CHECK(levels.step(ilr3->low) == "B2");
  CHECK(levels.step(ilr3->high) == "C1");
  CHECK(ilr3->note == "ILR 3: a range");
  CHECK(levels.step(fluency.level_of("Langue maternelle")->low) == "native");
  CHECK_FALSE(fluency.level_of("Moderate"));
  CHECK_FALSE(fluency.level_of("intermediate level"));  // whole values only
}

TEST_CASE("EQF levels and ISCED-1997 fields map through education-codes") {
  const auto& codes = fixture_rules().education_codes;
  REQUIRE(codes.eqf(7));
  CHECK(codes.eqf(7)->isced == std::make_pair(7, 7));
  CHECK(codes.eqf(5)->isced == std::make_pair(3, 6));
  REQUIRE(codes.eqf(2));
  CHECK_FALSE(codes.eqf(2)->isced);  // known, but no ladder level
  CHECK_FALSE(codes.eqf(9));
  CHECK(codes.isced97("31")->isced_f == "031");
  CHECK_FALSE(codes.isced97("3")->isced_f);
  CHECK_FALSE(codes.isced97("99"));
}

TEST_CASE("period words: open ends as whole values, types from title words") {
  const auto& words = fixture_rules().period_words;
  CHECK(words.open_end("Present"));
  CHECK(words.open_end("Aujourd'hui"));
  CHECK_FALSE(words.open_end("present day job"));
  CHECK(words.type_of_title("Summer Intern, Country Office")->type == "internship");
  CHECK(words.type_of_title("Summer Intern, Country Office")->phrase == "intern");
  CHECK(words.type_of_title("Stage de fin d'études")->phrase == "stage de");
  CHECK(words.type_of_title("Stage")->type == "internship");
  CHECK_FALSE(words.type_of_title("Stage manager"));
  CHECK_FALSE(words.type_of_title("Internship coordinator"));
  CHECK_FALSE(words.type_of_title("International relations officer"));
  CHECK(words.type_of_title("UNV Programme Officer")->type == "volunteer");
}

TEST_CASE("a fluency word the level scale already reads is refused, naming the table") {
  const std::filesystem::path dir = copy_of_fixture_rules();
  std::ofstream(dir / "fluency.yaml")
      << "table: fluency\nwords:\n  - {words: [fluent], level: C1}\n"
         "  - {words: [fair], level: B7}\n";
  Diagnostics errors;
  CHECK_FALSE(load_rules(dir.string(), errors));
  CHECK(
      test::messages(errors.sorted()) ==
      std::vector<std::string>{
          "fluency.yaml:3:14: 'fluent' is a word of language-levels.yaml: it is read "
          "there",
          "fluency.yaml:4:28: 'B7' is not a level of language-levels.yaml (did you mean "
          "'B1'?)"});
}

TEST_CASE("three-letter language codes name the ISO 639-1 languages") {
  const auto& languages = fixture_rules().languages;
  CHECK(languages.code_of("eng") == "en");
  CHECK(languages.code_of("FRE") == "fr");
  CHECK(languages.code_of("fra") == "fr");
  CHECK_FALSE(
      languages.code_of("grc"));  // no ISO 639-1 code: not a language of the table
  const auto& bundled = test::bundled_rules().languages;
  CHECK(bundled.code_of("deu") == "de");
  CHECK(bundled.code_of("ger") == "de");
  CHECK(bundled.code_of("zho") == "zh");
  CHECK(bundled.code_of("chi") == "zh");
}

TEST_CASE("the EU's country codes UK and EL are GB and GR, in any case") {
  const auto& countries = fixture_rules().countries;
  CHECK(countries.code_of("UK") == "GB");
  CHECK(countries.code_of("uk") == "GB");
  CHECK(countries.code_of("EL") == "GR");
  CHECK(countries.code_of("GB") == "GB");
  CHECK_FALSE(countries.has("UK"));  // an alias, not a country of its own
}

TEST_CASE("country and language names in other languages, from iso-codes") {
  const auto& fixture = fixture_rules();
  CHECK(fixture.countries.code_of("Frankreich") == "FR");
  CHECK(fixture.countries.code_of("allemagne") == "DE");
  CHECK(fixture.countries.code_of("Republique du Senegal") == "SN");
  CHECK(fixture.countries.code_of("Франция") == "FR");
  CHECK(fixture.languages.code_of("Francese") == "fr");
  CHECK(fixture.languages.code_of("alemao") == "de");
  CHECK(fixture.languages.code_of("английский") == "en");
  const auto& bundled = test::bundled_rules();
  CHECK(bundled.countries.code_of("Deutschland") == "DE");
  CHECK(bundled.countries.code_of("Côte d'Ivoire") == "CI");
  CHECK(bundled.countries.code_of("Marruecos") == "MA");
  CHECK(bundled.countries.code_of("Royaume-Uni") == "GB");
  CHECK(bundled.countries.code_of("Российская Федерация") == "RU");
  CHECK(bundled.languages.code_of("Spanisch") == "es");
  CHECK(bundled.languages.code_of("portugais") == "pt");
  CHECK(bundled.languages.code_of("arabo") == "ar");
}

TEST_CASE("employers and country sets: every problem located, the load stopped") {
  const std::filesystem::path dir = copy_of_fixture_rules();
  std::ofstream(dir / "employers.yaml")
      << "table: employers\nemployers:\n"
         "  - {id: a, name: A, acronyms: [AA], broader: [b]}\n"
         "  - {id: b, name: B, acronyms: [AA], broader: [c]}\n"
         "  - {id: c, name: C, broader: [b]}\n"
         "  - {id: a, name: Other, broader: [nowhere]}\n";
  std::ofstream(dir / "country-sets.yaml")
      << "table: country-sets\nsets:\n  west: [SN, SN, ZZ]\n  France: [FR]\n";
  Diagnostics errors;
  CHECK_FALSE(load_rules(dir.string(), errors));
  CHECK(test::messages(errors.sorted()) ==
        std::vector<std::string>{
            "country-sets.yaml:3:14: set 'west' names 'SN' twice",
            "country-sets.yaml:3:18: set 'west' names unknown country 'ZZ'",
            "country-sets.yaml:4:3: set 'France' has the name of a country: give it "
            "another name",
            "employers.yaml:1:1: broader links form a cycle through 'b'",
            "employers.yaml:4:33: acronym 'AA' is already used at line 3",
            "employers.yaml:6:5: employer id 'a' is given twice",
            "employers.yaml:6:36: broader employer 'nowhere' is not in the file"});
}

TEST_CASE("a chain of 99999 broader links loads and is checked without recursion") {
  const std::filesystem::path dir = copy_of_fixture_rules();
  std::string text = "table: employers\nemployers:\n  - {id: e0, name: E0}\n";
  for (int i = 1; i < 99999; ++i)
    text += "  - {id: e" + std::to_string(i) + ", name: E" + std::to_string(i) +
            ", broader: [e" + std::to_string(i - 1) + "]}\n";
  std::ofstream(dir / "employers.yaml") << text;
  Diagnostics errors;
  auto rules = load_rules(dir.string(), errors);
  for (const auto& e : errors.all()) UNSCOPED_INFO(e.to_string());
  REQUIRE(rules);
  const auto under = rules->employers.under(*rules->employers.index_of("e0"));
  CHECK(std::count(under.begin(), under.end(), 1) == 99999);
  // A link from the first to the last makes a cycle: reported, not followed.
  text.replace(text.find("{id: e0, name: E0}"), 18,
               "{id: e0, name: E0, broader: [loop]}");
  std::ofstream(dir / "employers.yaml")
      << text << "  - {id: loop, name: Loop, broader: [e99998]}\n";
  Diagnostics cycle;
  CHECK_FALSE(load_rules(dir.string(), cycle));
  CHECK(test::messages(cycle.all()) ==
        std::vector<std::string>{
            "employers.yaml:1:1: broader links form a cycle through 'e0'"});
}
