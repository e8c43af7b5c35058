// The rule language for real postings (formats.md, "The rule language, for
// real postings"): each key at its boundaries, with its explanation.
#include <catch2/catch.hpp>

#include "roster/roster_data.h"
#include "support.h"

using namespace shortlist;
using Lines = std::vector<std::string>;

namespace {

// A vacancy (deadline 2025-03-31) whose one minimum criterion is `experience`.
CompiledVacancy experience(const std::string& spec) {
  return test::one_minimum("experience: " + spec);
}

const Explanation& why(const Judgement& j) { return *j.criteria.at(0).why; }

Judgement explained(const CompiledVacancy& v, const std::string& candidate) {
  return test::explain(v, test::facts_of(candidate));
}

Verdict verdict(const CompiledVacancy& v, const std::string& candidate) {
  const Verdict fast = test::judge(v, test::facts_of(candidate)).criteria.at(0).verdict;
  CHECK(explained(v, candidate).criteria.at(0).verdict == fast);  // one selection
  return fast;
}

// Exactly 60 months: 2020-04-01 to 2025-03-31.
const char* kFiveYears = "id: a\nexperience:\n  - {from: 2020-04, to: 2025-03}\n";

}  // namespace

TEST_CASE("more_than: exactly N years is not met, a day more is", "[rule-language]") {
  const auto v = experience("{more_than: 5}");
  CHECK(verdict(v, kFiveYears) == Verdict::not_met);
  const Judgement j = explained(v, kFiveYears);
  CHECK(why(j).summary == "needs more than 60 months of experience; counted 60 months");
  CHECK(why(j).missing == "exactly 60 months: more than that is asked");
  CHECK(verdict(v, "id: a\nexperience:\n  - {from: 2020-03-31, to: 2025-03}\n") ==
        Verdict::met);
  CHECK(verdict(experience("{years: 5}"), kFiveYears) == Verdict::met);
}

TEST_CASE("less_than: exactly N years is not met, a day less is", "[rule-language]") {
  const auto v = experience("{years: 0, less_than: 5}");
  CHECK(verdict(v, kFiveYears) == Verdict::not_met);
  CHECK(why(explained(v, kFiveYears)).missing ==
        "has 60 months: less than 60 months is asked");
  CHECK(verdict(v, "id: a\nexperience:\n  - {from: 2020-04-02, to: 2025-03}\n") ==
        Verdict::met);
  CHECK(verdict(experience("{years: 0, max_years: 5}"), kFiveYears) == Verdict::met);
  // A year alone may be either side of the bound: unknown.
  CHECK(verdict(v, "id: a\nexperience:\n  - {from: 2020, to: 2025-03}\n") ==
        Verdict::unknown);
}

TEST_CASE("bounds that contradict each other are located errors", "[rule-language]") {
  const auto errors = [](const std::string& spec) {
    auto loaded = load_vacancy(
        test::write_temp("v.yaml",
                         "id: v\ndeadline: 2025-03-31\nminimum:\n  - {id: c, "
                         "text: t, experience: " +
                             spec + "}\n"),
        test::fixture_rules());
    return test::messages(loaded.errors);
  };
  CHECK(errors("{years: 2, more_than: 2}") ==
        Lines{"v.yaml:4:56: give years (at least) or more_than (more than), not both"});
  CHECK(
      errors("{max_years: 2, less_than: 2, years: 1}") ==
      Lines{"v.yaml:4:60: give max_years (at most) or less_than (less than), not both"});
  CHECK(errors("{more_than: 2, less_than: 2}") ==
        Lines{"v.yaml:4:60: less_than leaves no number of years possible"});
  CHECK(errors("{max_years: 1}") == Lines{"v.yaml:4:34: experience has no 'years'"});
  CHECK(errors("{areas: [x], within_last: {years: 0.01}}") ==
        Lines{"v.yaml:4:68: within_last must be a whole number of months, 1 or more, "
              "found 0.01 years"});
  CHECK(errors("{areas: [x], within_last: {years: 1, months: 2}}") ==
        Lines{"v.yaml:4:60: within_last needs exactly one of years and months"});
  CHECK(errors("{years: 1, after: {degree: masters}}").size() == 1);
}

TEST_CASE("years left out with a filter: one counted period of any length",
          "[rule-language]") {
  const auto v = experience("{areas: [labour market]}");
  const std::string one_month =
      "id: a\nexperience:\n  - {from: 2024-01, to: 2024-01, areas: [labour market]}\n";
  CHECK(verdict(v, one_month) == Verdict::met);
  const Judgement j = explained(v, one_month);
  CHECK(why(j).summary == "needs experience in labour market; counted 1 month");
  CHECK(why(j).found == "1 month counted");
  const std::string other =
      "id: a\nexperience:\n  - {from: 2024-01, to: 2024-12, areas: [innovation]}\n";
  CHECK(verdict(v, other) == Verdict::not_met);
  CHECK(why(explained(v, other)).missing == "no period counts");
}

TEST_CASE("within_last: a period straddling the window counts only the months inside",
          "[rule-language]") {
  const auto v = experience("{years: 2, within_last: {years: 3}}");
  // The window is 2022-04-01 to 2025-03-31; 2021-04 to 2023-03 has 12 months in it.
  const std::string straddling =
      "id: a\nexperience:\n  - {from: 2021-04, to: 2023-03, title: Analyst}\n"
      "  - {from: 2018-01, to: 2019-12, title: Assistant}\n";
  CHECK(test::proven(v, test::facts_of(straddling)) == Approx(12).margin(1e-9));
  CHECK(verdict(v, straddling) == Verdict::not_met);
  CHECK(test::texts(why(explained(v, straddling)).evidence) ==
        Lines{"'Analyst', 2021-04 to 2023-03: 12 months, counted from 2022-04-01, within "
              "the last 36 months",
              "'Assistant', 2018-01 to 2019-12: not counted, ended before the last 36 "
              "months (from 2022-04-01)"});
  CHECK(why(explained(v, straddling)).summary ==
        "needs 24 months of experience within the last 36 months; counted 12 months");
  CHECK(verdict(experience("{years: 2, within_last: {months: 48}}"), straddling) ==
        Verdict::met);  // 2021-04-01 on: all 24 months
}

TEST_CASE("after: {degree: LEVEL} counts from the first degree at that level or above",
          "[rule-language]") {
  const auto v = experience("{years: 2, after: {degree: master}}");
  const std::string c =
      "id: a\neducation:\n  - {degree: bachelor, field: economics, completed: 2018-06}\n"
      "  - {degree: master, field: economics, completed: 2021-06}\n"
      "experience:\n  - {from: 2019-01, to: 2024-12, title: Analyst}\n";
  // From 2021-07-01 to 2024-12-31: 42 months.
  CHECK(test::proven(v, test::facts_of(c)) == Approx(42).margin(1e-9));
  const Judgement j = explained(v, c);
  CHECK(test::texts(why(j).evidence) ==
        Lines{"first degree at master level or above completed 2021-06",
              "'Analyst', 2019-01 to 2024-12: 42 months, counted from 2021-07-01, after "
              "the first degree at master level or above"});
  CHECK(test::proven(experience("{years: 2, after: first_degree}"), test::facts_of(c)) ==
        Approx(72).margin(1e-9));
}

TEST_CASE("all_areas: a period must be tagged with every concept", "[rule-language]") {
  const auto v = experience("{years: 1, areas: [labour market], all_areas: [research]}");
  const std::string both =
      "id: a\nexperience:\n  - {from: 2020-01, to: 2021-12, title: Analyst, areas: "
      "[labour market, research]}\n"
      "  - {from: 2022-01, to: 2023-12, title: Officer, areas: [labour market]}\n";
  CHECK(test::proven(v, test::facts_of(both)) == Approx(24).margin(1e-9));
  const Judgement j = explained(v, both);
  CHECK(test::texts(why(j).evidence) ==
        Lines{"'Analyst', 2020-01 to 2021-12: 24 months",
              "'Officer', 2022-01 to 2023-12: not counted, not in research"});
  CHECK(why(j).summary ==
        "needs 12 months of experience in labour market, each period also in research; "
        "counted 24 months");
}

TEST_CASE("nationality none_of: met when no nationality is listed", "[rule-language]") {
  const auto v = test::one_minimum("nationality: {none_of: [FR, DE]}");
  CHECK(verdict(v, "id: a\nnationality: [SN]\n") == Verdict::met);
  CHECK(verdict(v, "id: a\nnationality: [SN, FR]\n") == Verdict::not_met);
  CHECK(verdict(v, "id: a\nnationality: []\n") == Verdict::met);
  CHECK(verdict(v, "id: a\n") == Verdict::unknown);
  const Judgement j = explained(v, "id: a\nnationality: [SN, FR]\n");
  CHECK(test::texts(why(j).evidence) == Lines{"nationality Senegal (SN): not excluded",
                                              "nationality France (FR): excluded"});
  CHECK(why(j).summary == "needs no nationality of France (FR) or Germany (DE)");
  CHECK(why(j).missing == "holds a nationality excluded");
}

TEST_CASE("manual: always to judge, with what a person checks", "[rule-language]") {
  const auto v = test::compile_vacancy(
      "id: v\ndeadline: 2025-03-31\nminimum:\n"
      "  - {id: roster, text: Candidates must be on the roster., manual: "
      "\"on the UNDP roster of experts\", see: \"https://example.org/roster\"}\n"
      "desirable:\n  - {id: award, text: t, manual: \"a prize in the field\"}\n");
  const Judgement j = test::explain(v, test::facts_of("id: a\n"));
  CHECK(j.eligibility == Eligibility::needs_review);
  CHECK(j.criteria.at(0).verdict == Verdict::unknown);
  CHECK(
      test::texts(why(j).evidence) ==
      Lines{"to judge: on the UNDP roster of experts (see https://example.org/roster)"});
  CHECK(why(j).unknown ==
        "on the UNDP roster of experts: a person must check it (see "
        "https://example.org/roster)");
  CHECK(j.criteria.at(1).verdict == Verdict::unknown);
  CHECK(j.criteria.at(1).credit == 0);
}

TEST_CASE("nationality any_of and none_of take named sets of rules/country-sets.yaml",
          "[rule-language]") {
  const auto v = test::one_minimum("nationality: {any_of: [western_africa, DE]}");
  CHECK(verdict(v, "id: a\nnationality: [SN]\n") == Verdict::met);
  CHECK(verdict(v, "id: a\nnationality: [FR]\n") == Verdict::not_met);
  CHECK(why(explained(v, "id: a\nnationality: [FR]\n")).summary ==
        "needs a nationality of western_africa or Germany (DE)");
  const auto weog =
      test::one_minimum("nationality: {none_of: [western_european_and_others_group]}");
  CHECK(verdict(weog, "id: a\nnationality: [SN, RU]\n") == Verdict::met);
  CHECK(verdict(weog, "id: a\nnationality: [SN, GB]\n") == Verdict::not_met);
  auto loaded = load_vacancy(
      test::write_temp("v.yaml",
                       "id: v\ndeadline: 2025-03-31\nminimum:\n"
                       "  - {id: c, text: t, nationality: {any_of: [westrn_africa]}}\n"),
      test::fixture_rules());
  CHECK(test::messages(loaded.errors) ==
        Lines{"v.yaml:4:45: unknown country or country set 'westrn_africa' (did you mean "
              "'western_africa'?)"});
}

TEST_CASE("employers: a name, an acronym inside the text, the longest name at each place",
          "[rule-language]") {
  const EmployerTable& t = test::fixture_rules().employers;
  const auto ids = [&](const std::string& employer) {
    Lines out;
    for (int e : t.named_in(employer)) out.push_back(t.at(e).id);
    return out;
  };
  CHECK(ids("United Nations Children's Fund") == Lines{"unicef"});
  CHECK(ids("unicef") == Lines{"unicef"});  // a whole-text id
  CHECK(ids("UNICEF Kenya Country Office") == Lines{"unicef"});
  CHECK(ids("Unicef Kenya") == Lines{});  // acronyms keep their case inside a text
  CHECK(ids("ocha") == Lines{"ocha"});    // an id is a whole text only
  CHECK(ids("un_women") == Lines{"un_women"});
  CHECK(ids("ocha office") == Lines{});
  CHECK(ids("UN Women Kenya") == Lines{"un_women"});
  CHECK(ids("Ministry of Health, seconded to UNDP") == Lines{"government", "undp"});
  CHECK(ids("PNUD Sénégal") == Lines{"undp"});
  CHECK(ids("Save the Children") == Lines{});
  const int unicef = *t.index_of("unicef");
  CHECK(t.under(*t.index_of("un_system"))[unicef] == 1);
  CHECK(t.under(*t.index_of("ifi"))[unicef] == 0);
  Lines chain;
  for (int e :
       t.path(*t.index_of("world_bank"), *t.index_of("international_organization")))
    chain.push_back(t.at(e).id);
  CHECK(chain == Lines{"world_bank", "un_system", "international_organization"});
}

TEST_CASE("employers: a period counts when its employer is under one asked",
          "[rule-language]") {
  const auto v = experience("{years: 1, employers: [un_system]}");
  const std::string c =
      "id: a\nexperience:\n"
      "  - {from: 2015-01, to: 2015-12, title: Officer, employer: UNICEF Kenya}\n"
      "  - {from: 2016-01, to: 2016-12, title: Officer, employer: Save the Children, "
      "employer_kind: ngo}\n"
      "  - {from: 2017-01, to: 2017-12, title: Adviser, employer: Acme Consulting}\n"
      "  - {from: 2018-01, to: 2018-12, title: Analyst}\n"
      "  - {from: 2019-01, to: 2019-12, title: Secondee, employer: \"Ministry of Health, "
      "seconded to UNDP\"}\n"
      "  - {from: 2020-01, to: 2020-12, title: Officer, employer: Banque mondiale}\n";
  CHECK(test::proven(v, test::facts_of(c)) == Approx(24).margin(1e-9));
  CHECK(verdict(v, c) == Verdict::met);
  CHECK(
      test::texts(why(explained(v, c)).evidence) ==
      Lines{
          "'Officer', UNICEF Kenya, 2015-01 to 2015-12: 12 months",
          "'Officer', Save the Children, 2016-01 to 2016-12: not counted, employer "
          "'Save the Children' and employer_kind ngo (ngo) is not under un_system",
          "'Adviser', Acme Consulting, 2017-01 to 2017-12: to judge, employer 'Acme "
          "Consulting' is not in rules/employers.yaml: a person must judge whether it "
          "is under un_system",
          "'Analyst', 2018-01 to 2018-12: to judge, no employer given: a person must "
          "judge whether it is under un_system",
          "'Secondee', Ministry of Health, seconded to UNDP, 2019-01 to 2019-12: to "
          "judge, employer 'Ministry of Health, seconded to UNDP' (government and undp) "
          "is partly under un_system: a person must judge it",
          "'Officer', Banque mondiale, 2020-01 to 2020-12: 12 months"});
  CHECK(why(explained(v, c)).summary ==
        "needs 12 months of experience with un_system; counted 24 months");
  // At most one year in the UN system: the unknown periods may add to it.
  const auto cap = experience("{years: 0, max_years: 1, employers: [un_common_system]}");
  CHECK(verdict(cap,
                "id: a\nexperience:\n  - {from: 2015-01, to: 2015-06, employer: "
                "UNICEF}\n  - {from: 2016-01, to: 2017-12, employer: Acme}\n") ==
        Verdict::unknown);
  CHECK(verdict(cap,
                "id: a\nexperience:\n  - {from: 2015-01, to: 2015-06, employer: "
                "UNICEF}\n  - {from: 2016-01, to: 2017-12, employer: NGO Acme}\n") ==
        Verdict::met);
}

TEST_CASE("countries: a period done in a country or a set asked", "[rule-language]") {
  const auto v = experience("{years: 1, countries: [western_africa, DE]}");
  const std::string c =
      "id: a\nexperience:\n"
      "  - {from: 2015-01, to: 2015-12, title: Officer, country: SN}\n"
      "  - {from: 2016-01, to: 2016-12, title: Officer, country: [FR, Germany]}\n"
      "  - {from: 2017-01, to: 2017-12, title: Officer, country: FR}\n"
      "  - {from: 2018-01, to: 2018-12, title: Officer}\n";
  CHECK(test::proven(v, test::facts_of(c)) == Approx(24).margin(1e-9));
  CHECK(test::texts(why(explained(v, c)).evidence) ==
        Lines{"'Officer', 2015-01 to 2015-12: 12 months",
              "'Officer', 2016-01 to 2016-12: 12 months",
              "'Officer', 2017-01 to 2017-12: not counted, done in France (FR), not in "
              "western_africa or DE",
              "'Officer', 2018-01 to 2018-12: to judge, no country given: a person must "
              "judge whether it was in western_africa or DE"});
  CHECK(test::candidate_errors(
            "id: a\nexperience:\n  - {from: 2015-01, country: Atlantis}\n") ==
        Lines{"c.yaml:3:30: unknown country 'Atlantis'"});
  CHECK(test::candidate_errors(
            "id: a\nexperience:\n  - {from: 2015-01, employer_kind: ngos}\n") ==
        Lines{"c.yaml:3:36: unknown employer class 'ngos' (did you mean 'ngo'?); classes "
              "are those of rules/employers.yaml (international_organization, un_system, "
              "un_common_system, un_secretariat, ifi, ngo and government)"});
}

TEST_CASE("country and employer_kind in a CSV experience export", "[rule-language]") {
  const Roster r =
      test::roster_of({{"c.csv", "id,name\nc-1,A\n"},
                       {"x.csv",
                        "id,title,employer,from,to,country,employer_kind\n"
                        "c-1,Officer,Save the Children,2015-01,2015-12,SN;FR,ngo\n"}});
  REQUIRE(r.profiles().size() == 1);
  for (const auto& e : r.profiles()[0].errors) UNSCOPED_INFO(e.to_string());
  REQUIRE(r.profiles()[0].valid);
  const CandidateFacts f = read_again(r, 0, test::fixture_rules());
  REQUIRE(f.periods.size() == 1);
  CHECK(f.periods[0].countries.size() == 2);
  CHECK(f.periods[0].employer_written == "'Save the Children' and employer_kind ngo");
  CHECK(test::judge(experience("{years: 1, countries: [western_africa]}"), f)
            .criteria[0]
            .verdict == Verdict::met);
  CHECK(test::judge(experience("{years: 1, employers: [ngo]}"), f).criteria[0].verdict ==
        Verdict::met);
}

TEST_CASE("employers: under() follows every broader link, each entry once",
          "[rule-language]") {
  const EmployerTable& bundled = test::bundled_rules().employers;
  const auto un = bundled.under(*bundled.index_of("un_system"));
  const auto ifi = bundled.under(*bundled.index_of("ifi"));
  for (const char* id : {"unicef", "ocha", "world_bank", "ifad", "unv"}) {
    INFO(id);
    CHECK(un[*bundled.index_of(id)] == 1);
  }
  CHECK(ifi[*bundled.index_of("world_bank")] == 1);
  CHECK(ifi[*bundled.index_of("unicef")] == 0);
  CHECK(un[*bundled.index_of("ngo")] == 0);
  // The same answers as the chain of links, entry by entry.
  for (int e = 0; e < bundled.size(); ++e)
    CHECK(static_cast<bool>(un[e]) ==
          !bundled.path(e, *bundled.index_of("un_system")).empty());
}

TEST_CASE("degree countries: obtained in a country or a set asked", "[rule-language]") {
  const auto v = test::one_minimum("degree: master, countries: [western_africa]");
  CHECK(verdict(v,
                "id: a\neducation:\n  - {degree: master, country: SN, completed: "
                "2020-06}\n") == Verdict::met);
  const std::string france =
      "id: a\neducation:\n  - {degree: master, country: FR, completed: 2020-06}\n";
  CHECK(verdict(v, france) == Verdict::not_met);
  CHECK(test::texts(why(explained(v, france)).evidence) ==
        Lines{"master: obtained in France (FR), not in western_africa, does not count"});
  const std::string nowhere =
      "id: a\neducation:\n  - {degree: master, completed: 2020-06}\n";
  CHECK(verdict(v, nowhere) == Verdict::unknown);
  CHECK(test::texts(why(explained(v, nowhere)).evidence) ==
        Lines{"master: master (ISCED 7), completed 2020-06; no country given, to judge "
              "whether it was obtained in western_africa"});
  CHECK(why(explained(v, nowhere)).summary ==
        "needs a completed master's degree or higher, obtained in western_africa; found "
        "none that qualifies");
}

TEST_CASE("completed_within: on or after the day N months before the as-of date",
          "[rule-language]") {
  // Deadline 2025-03-31: twelve months back is 2024-03-31.
  const auto v = test::one_minimum("degree: bachelor, completed_within: {months: 12}");
  const auto with = [](const std::string& completed) {
    return "id: a\neducation:\n  - {degree: bachelor, completed: " + completed + "}\n";
  };
  CHECK(verdict(v, with("2024-03-31")) == Verdict::met);
  CHECK(verdict(v, with("2024-03-30")) == Verdict::not_met);
  CHECK(test::texts(why(explained(v, with("2024-03-30"))).evidence) ==
        Lines{"bachelor: completed 2024-03, before 2024-03-31 (within the last 12 "
              "months), does not count"});
  CHECK(verdict(v, with("2024")) == Verdict::unknown);  // any day of 2024
  CHECK(verdict(v, with("2023")) == Verdict::not_met);
  CHECK(verdict(test::one_minimum("degree: bachelor, completed_within: {years: 2}"),
                with("2023-04")) == Verdict::met);
}

TEST_CASE("employers and countries a vacancy names must be in the tables",
          "[rule-language]") {
  auto loaded = load_vacancy(
      test::write_temp("v.yaml",
                       "id: v\ndeadline: 2025-03-31\nminimum:\n"
                       "  - {id: c, text: t, experience: {employers: [unicf], countries: "
                       "[westrn_africa]}}\n"),
      test::fixture_rules());
  CHECK_FALSE(loaded.vacancy);
  CHECK(
      test::messages(loaded.errors) ==
      Lines{"v.yaml:4:47: unknown employer 'unicf' (an id of rules/employers.yaml) (did "
            "you mean 'unicef'?)",
            "v.yaml:4:67: unknown country or country set 'westrn_africa' (did you mean "
            "'western_africa'?)"});
}

TEST_CASE("employers or countries alone say which periods count: any length meets",
          "[rule-language]") {
  const std::string c =
      "id: a\nexperience:\n  - {from: 2024-01, to: 2024-01, employer: UNICEF, country: "
      "SN}\n";
  CHECK(verdict(experience("{employers: [un_system]}"), c) == Verdict::met);
  CHECK(verdict(experience("{countries: [western_africa]}"), c) == Verdict::met);
  CHECK(verdict(experience("{countries: [europe]}"), c) == Verdict::not_met);
}

TEST_CASE("scope: stated, derived from a country outside the nationalities, or to judge",
          "[rule-language]") {
  const auto v = experience("{years: 1, scope: international}");
  const std::string stated =
      "id: a\nnationality: [FR]\nexperience:\n"
      "  - {from: 2023-01, to: 2023-12, title: Officer, scope: international}\n"
      "  - {from: 2022-01, to: 2022-12, title: Clerk, scope: national}\n";
  CHECK(verdict(v, stated) == Verdict::met);
  CHECK(test::texts(why(explained(v, stated)).evidence) ==
        Lines{"'Officer', 2023-01 to 2023-12: 12 months",
              "'Clerk', 2022-01 to 2022-12: not counted, its scope is national, not "
              "international"});
  // No scope stated: done in Senegal by a French national is international
  // (rules/policies.yaml international_abroad); in France it is to judge.
  const std::string abroad =
      "id: a\nnationality: [FR]\nexperience:\n"
      "  - {from: 2023-01, to: 2023-12, title: Officer, country: SN}\n";
  CHECK(verdict(v, abroad) == Verdict::met);
  CHECK(test::texts(why(explained(v, abroad)).evidence) ==
        Lines{"'Officer', 2023-01 to 2023-12: 12 months (international: done outside the "
              "candidate's nationalities, rules/policies.yaml)"});
  const std::string at_home =
      "id: a\nnationality: [FR]\nexperience:\n"
      "  - {from: 2023-01, to: 2023-12, title: Officer, country: FR}\n";
  CHECK(verdict(v, at_home) == Verdict::unknown);
  CHECK(test::texts(why(explained(v, at_home)).evidence) ==
        Lines{"'Officer', 2023-01 to 2023-12: to judge, no scope given (nor a country "
              "outside the nationalities): a person must judge whether it was "
              "international"});
  // Without a nationality nothing is derived.
  CHECK(
      verdict(v, "id: a\nexperience:\n  - {from: 2023-01, to: 2023-12, country: SN}\n") ==
      Verdict::unknown);
  CHECK(verdict(experience("{years: 1, scope: national}"), at_home) == Verdict::unknown);
}

TEST_CASE("setting: one of the settings asked, never derived", "[rule-language]") {
  const auto v = experience("{years: 1, setting: [field, country_office]}");
  const std::string c =
      "id: a\nexperience:\n"
      "  - {from: 2023-01, to: 2023-06, title: A, setting: field}\n"
      "  - {from: 2022-01, to: 2022-12, title: B, setting: headquarters}\n"
      "  - {from: 2021-01, to: 2021-06, title: C}\n";
  CHECK(verdict(v, c) == Verdict::unknown);  // 6 months sure, up to 12 with C
  const Judgement j = explained(v, c);
  CHECK(test::texts(why(j).evidence) ==
        Lines{"'A', 2023-01 to 2023-06: 6 months",
              "'B', 2022-01 to 2022-12: not counted, its setting is headquarters, not "
              "field or country_office",
              "'C', 2021-01 to 2021-06: to judge, no setting given: a person must judge "
              "whether it was field or country_office"});
  CHECK(why(j).summary ==
        "needs 12 months of experience, in a setting field or country_office; counted 6 "
        "months");
}

TEST_CASE("paid: by type unless stated, and with paid a paid internship counts",
          "[rule-language]") {
  const auto v = experience("{years: 1, paid: true}");
  const std::string c =
      "id: a\nexperience:\n"
      "  - {from: 2023-01, to: 2023-06, title: Intern, type: internship, paid: true}\n"
      "  - {from: 2022-01, to: 2022-06, title: Analyst}\n"
      "  - {from: 2021-01, to: 2021-06, title: Volunteer, type: volunteer}\n"
      "  - {from: 2020-01, to: 2020-06, title: Helper, paid: false}\n";
  CHECK(verdict(v, c) == Verdict::met);
  CHECK(test::texts(why(explained(v, c)).evidence) ==
        Lines{"'Intern', 2023-01 to 2023-06: 6 months",
              "'Analyst', 2022-01 to 2022-06: 6 months",
              "'Volunteer', 2021-01 to 2021-06: not counted, unpaid (volunteer, by "
              "rules/policies.yaml), not paid",
              "'Helper', 2020-01 to 2020-06: not counted, unpaid, not paid"});
  // Without paid, the default types count: the internship is left out, the
  // unpaid employment is counted.
  CHECK(test::texts(why(explained(experience("{years: 1}"), c)).evidence).at(3) ==
        "'Helper', 2020-01 to 2020-06: 6 months");
  // A criterion's types still apply beside paid.
  CHECK(verdict(experience("{years: 0.5, paid: true, types: [internship]}"), c) ==
        Verdict::met);
  CHECK(verdict(experience("{years: 0.6, paid: true, types: [internship]}"), c) ==
        Verdict::not_met);
}

TEST_CASE("programmes: no previous JPO assignment", "[rule-language]") {
  const auto v = experience("{years: 0, max_years: 0, programmes: [jpo]}");
  const std::string jpo =
      "id: a\nexperience:\n  - {from: 2022-01, to: 2023-12, title: JPO, programme: jpo}\n"
      "  - {from: 2020-01, to: 2021-12, title: Analyst}\n";
  CHECK(verdict(v, jpo) == Verdict::not_met);
  CHECK(test::texts(why(explained(v, jpo)).evidence) ==
        Lines{"'JPO', 2022-01 to 2023-12: 24 months",
              "'Analyst', 2020-01 to 2021-12: not counted, under no programme, not jpo"});
  CHECK(why(explained(v, jpo)).missing == "exceeds the maximum of 0 months by 24 months");
  // A period that names no programme was done under none: met, not unknown.
  CHECK(verdict(v, "id: a\nexperience:\n  - {from: 2020-01, to: 2021-12}\n") ==
        Verdict::met);
}

TEST_CASE("of_which: a sub-total over the criterion's counted months",
          "[rule-language]") {
  const auto v = experience(
      "{years: 3, areas: [labour market], of_which: [{years: 2, scope: international}]}");
  const auto facts = [](const char* second_scope) {
    return std::string("id: a\nexperience:\n") +
           "  - {from: 2021-01, to: 2022-12, title: A, areas: [labour market], scope: "
           "international}\n"
           "  - {from: 2019-01, to: 2020-12, title: B, areas: [labour market], scope: " +
           second_scope +
           "}\n"
           "  - {from: 2017-01, to: 2018-12, title: C, areas: [innovation], scope: "
           "international}\n";
  };
  CHECK(verdict(v, facts("national")) ==
        Verdict::met);  // 48 months, of which 24 international
  const auto v3 = experience(
      "{years: 3, areas: [labour market], of_which: [{years: 3, scope: international}]}");
  // The innovation period is international but not counted by the parent.
  CHECK(verdict(v3, facts("national")) == Verdict::not_met);
  CHECK(verdict(v3, facts("international")) == Verdict::met);
  const Judgement j = explained(v3, facts("national"));
  REQUIRE(j.criteria.at(0).why->parts.size() == 2);
  const Explanation& sub = j.criteria.at(0).why->parts.at(1);
  CHECK(sub.summary ==
        "needs 36 months of experience, international (of the months the criterion "
        "counts); counted 24 months");
  CHECK(sub.missing == "12 months short");
  CHECK(test::texts(sub.evidence) ==
        Lines{"'A', 2021-01 to 2022-12: 24 months",
              "'B', 2019-01 to 2020-12: not counted, its scope is national, not "
              "international",
              "'C', 2017-01 to 2018-12: not counted, not in labour market"});
}

TEST_CASE("period facts of the rule language are located errors when unknown",
          "[rule-language]") {
  CHECK(
      test::candidate_errors(
          "id: a\nexperience:\n  - {from: 2020-01, scope: abroad, setting: hq, "
          "programme: jpoo, paid: maybe}\n") ==
      Lines{
          "c.yaml:3:28: unknown scope 'abroad'; scopes are international and national",
          "c.yaml:3:45: unknown setting 'hq'; settings (rules/policies.yaml) are field, "
          "country_office, regional_office, headquarters and remote",
          "c.yaml:3:60: unknown programme 'jpoo' (did you mean 'jpo'?); programmes "
          "(rules/policies.yaml) are jpo, unv and ypp",
          "c.yaml:3:72: paid must be true or false, found 'maybe'"});
}

TEST_CASE("enrolled: an enrolment at the level asked, in its final year where asked",
          "[rule-language]") {
  const auto v = test::one_minimum("enrolled: {level: master, fields: [economics]}");
  const auto verdict_of = [&](const CompiledVacancy& vac, const std::string& c) {
    const Verdict fast = test::judge(vac, test::facts_of(c)).criteria.at(0).verdict;
    CHECK(test::explain(vac, test::facts_of(c)).criteria.at(0).verdict == fast);
    return fast;
  };
  const std::string enrolled =
      "id: a\neducation:\n  - {degree: MSc, field: economics, enrolled: true, expected: "
      "2025-09}\n  - {degree: BSc, field: economics, completed: 2023-06}\n";
  CHECK(verdict_of(v, enrolled) == Verdict::met);
  const Judgement j = test::explain(v, test::facts_of(enrolled));
  CHECK(test::texts(why(j).evidence) ==
        Lines{"MSc: master programme, enrolled, completion expected 2025-09; field "
              "'economics' (ISCED-F 0311 Economics) is in the fields asked",
              "BSc: completed 2023-06: not an enrolment"});
  CHECK(why(j).summary ==
        "needs enrolment on 2025-03-31 in a master's programme or higher in economics; "
        "enrolled at master level");
  // Neither completed nor enrolled: to judge; a bachelor's enrolment: short.
  CHECK(verdict_of(v, "id: a\neducation:\n  - {degree: MSc, field: economics}\n") ==
        Verdict::unknown);
  CHECK(verdict_of(v,
                   "id: a\neducation:\n  - {degree: BSc, field: economics, enrolled: "
                   "true}\n") == Verdict::not_met);
  CHECK(verdict_of(v, "id: a\neducation: []\n") == Verdict::not_met);
  CHECK(verdict_of(v, "id: a\n") == Verdict::unknown);  // education left out
  const auto last = test::one_minimum("enrolled: {level: bachelor, final_year: true}");
  CHECK(verdict_of(last,
                   "id: a\neducation:\n  - {degree: BSc, enrolled: true, "
                   "final_year: true}\n") == Verdict::met);
  CHECK(verdict_of(last, "id: a\neducation:\n  - {degree: BSc, enrolled: true}\n") ==
        Verdict::unknown);
  CHECK(verdict_of(last,
                   "id: a\neducation:\n  - {degree: BSc, enrolled: true, "
                   "final_year: false}\n") == Verdict::not_met);
  // An entry with completed is never an enrolment.
  CHECK(test::candidate_errors("id: a\neducation:\n  - {degree: BSc, completed: 2020-06, "
                               "enrolled: true}\n") ==
        Lines{"c.yaml:3:49: an entry with completed is not an enrolment: give completed "
              "or enrolled, not both"});
}

TEST_CASE("accredited: stated true counts, false does not, unstated is to judge",
          "[rule-language]") {
  const auto v = test::one_minimum("degree: master, accredited: true");
  const auto one = [&](const char* accredited) {
    return test::judge(v, test::facts_of(std::string("id: a\neducation:\n  - {degree: "
                                                     "MSc, completed: 2020-06") +
                                         accredited + "}\n"))
        .criteria.at(0)
        .verdict;
  };
  CHECK(one(", accredited: true") == Verdict::met);
  CHECK(one(", accredited: false") == Verdict::not_met);
  CHECK(one("") == Verdict::unknown);
  const Judgement j = test::explain(
      v, test::facts_of("id: a\neducation:\n  - {degree: MSc, completed: 2020-06}\n"));
  CHECK(test::texts(why(j).evidence) ==
        Lines{"MSc: master (ISCED 7, as MSc), completed 2020-06; accreditation not "
              "stated, to "
              "judge whether the institution is accredited"});
}

TEST_CASE("residence and work_permit: stated, valid on the as-of date, or unknown",
          "[rule-language]") {
  const auto lives = test::one_minimum("residence: {countries: [western_africa]}");
  const auto judged = [](const CompiledVacancy& v, const std::string& c) {
    return test::judge(v, test::facts_of(c)).criteria.at(0).verdict;
  };
  CHECK(judged(lives, "id: a\nresidence: {country: SN, since: 2019-01}\n") ==
        Verdict::met);
  CHECK(judged(lives, "id: a\nresidence: {country: FR}\n") == Verdict::not_met);
  CHECK(judged(lives, "id: a\n") == Verdict::unknown);
  CHECK(test::texts(why(test::explain(lives, test::facts_of(
                                                 "id: a\nresidence: {country: SN, since: "
                                                 "2019-01}\n")))
                        .evidence) == Lines{"lives in Senegal (SN) since 2019-01"});

  const auto permit = test::one_minimum(
      "work_permit: {country: FR, kinds: [unlimited, "
      "long_term]}");
  const std::string permits =
      "id: a\nwork_permits:\n  - {country: FR, kind: temporary}\n"
      "  - {country: FR, kind: long_term, until: 2025-03-30}\n"
      "  - {country: DE, kind: unlimited}\n";
  CHECK(judged(permit, permits) == Verdict::not_met);
  CHECK(test::texts(why(test::explain(permit, test::facts_of(permits))).evidence) ==
        Lines{"permit for France (FR), temporary, no end: not of the kinds asked "
              "(unlimited or long_term)",
              "permit for France (FR), long_term, until 2025-03-30: expired before "
              "2025-03-31",
              "permit for Germany (DE), unlimited, no end: another country"});
  CHECK(judged(permit,
               "id: a\nwork_permits:\n  - {country: FR, kind: long_term, until: "
               "2025-03-31}\n") == Verdict::met);  // valid on the as-of date
  CHECK(judged(permit, "id: a\nwork_permits:\n  - {country: FR}\n") == Verdict::unknown);
  CHECK(judged(permit, "id: a\nwork_permits: []\n") == Verdict::not_met);
  CHECK(judged(permit, "id: a\n") == Verdict::unknown);
  CHECK(
      test::candidate_errors(
          "id: a\nwork_permits:\n  - {country: FR, kind: forever}\n") ==
      Lines{"c.yaml:3:25: unknown permit kind 'forever'; kinds are unlimited, long_term, "
            "temporary and sponsored"});
}

namespace {
// A candidate with one language entry written inline ("{language: en, ...}").
std::string speaks(const std::string& entry) {
  return "id: a\nlanguages:\n  - " + entry + "\n";
}
}  // namespace

TEST_CASE("un_level: each skill at or above the UN level, CEFR alone is unknown",
          "[rule-language]") {
  const auto v = test::one_minimum("language: {all_of: [en, fr], un_level: III}");
  const auto both = [](const std::string& en, const std::string& fr) {
    return "id: a\nlanguages:\n  - {language: en, " + en + "}\n  - {language: fr, " + fr +
           "}\n";
  };
  CHECK(verdict(v, both("un_level: IV", "un_level: III")) == Verdict::met);
  CHECK(verdict(v, both("un_level: IV", "un_level: II")) == Verdict::not_met);
  // Per skill: one skill below is not met; a skill not given is to judge.
  CHECK(verdict(v, both("un_level: IV",
                        "read: UN III, write: UN II, speak: UN III, "
                        "understand: UN III")) == Verdict::not_met);
  CHECK(verdict(v, both("un_level: IV", "read: UN III, write: UN III, speak: UN IV")) ==
        Verdict::unknown);
  // A CEFR-only candidate: the UN publishes no correspondence.
  CHECK(verdict(v, both("level: C2", "level: C1")) == Verdict::unknown);
  const Judgement j = explained(v, both("un_level: IV", "level: C1"));
  CHECK(test::texts(why(j).evidence) ==
        Lines{"English: UN IV as written",
              "French: no UN level stated (the UN publishes no correspondence with "
              "CEFR), to judge"});
  CHECK(why(j).summary ==
        "needs UN III or better in each of English and French; no UN level that "
        "settles it");
  // And a UN level on a CEFR criterion is unknown the same way.
  CHECK(verdict(test::one_minimum("language: {any_of: [en], level: B2}"),
                speaks("{language: en, un_level: IV}")) == Verdict::unknown);
  const auto skills =
      test::one_minimum("language: {any_of: [en], un_levels: {read: III, write: II}}");
  CHECK(verdict(skills, speaks("{language: en, read: UN III, write: UN II}")) ==
        Verdict::met);
  CHECK(why(explained(skills, speaks("{language: en, read: UN III, write: UN II}")))
            .summary ==
        "needs read UN III and write UN II or better in English; has the "
        "UN levels asked");
}

TEST_CASE("un_level: a correspondence an organisation fills is used both ways",
          "[rule-language]") {
  RuleTables rules = test::fixture_rules();
  LevelScale::UnFramework un{
      {"I", "II", "III", "IV"},
      {{3, *rules.levels.rank_of("C1")}, {2, *rules.levels.rank_of("B2")}}};
  rules.levels.set_un(un);
  auto loaded = parse_vacancy(
      "id: v\ndeadline: 2025-03-31\nminimum:\n  - {id: c, text: t, language: {any_of: "
      "[en], un_level: III}}\n  - {id: d, text: t, language: {any_of: [fr], level: "
      "B2}}\n",
      "v.yaml", rules);
  REQUIRE(loaded.vacancy);
  const CompiledVacancy v(*loaded.vacancy, rules);
  Candidate c;
  c.id = "a";
  c.stated.languages = true;
  LanguageEntry en, fr;
  en.language = {"en", {}};
  en.level = Text{"C1", {}};
  fr.language = {"fr", {}};
  fr.un_level = Text{"II", {}};
  c.languages = {en, fr};
  const Judgement j = test::explain(v, normalise(c, rules));
  CHECK(j.criteria.at(0).verdict == Verdict::met);  // C1 -> UN III
  CHECK(j.criteria.at(1).verdict == Verdict::met);  // UN II -> B2
  CHECK(test::texts(j.criteria.at(0).why->evidence) ==
        Lines{"English: UN III by the correspondence of rules/language-levels.yaml"});
}

TEST_CASE("UN levels that no framework has are located errors", "[rule-language]") {
  CHECK(test::candidate_errors(speaks("{language: en, un_level: V}")) ==
        Lines{"c.yaml:3:30: unknown UN level 'V'; UN levels are I, II, III and IV"});
  auto loaded = parse_vacancy(
      "id: v\ndeadline: 2025-03-31\nminimum:\n  - {id: c, text: t, language: {any_of: "
      "[en], un_level: 3, level: C1}}\n",
      "v.yaml", test::fixture_rules());
  CHECK(test::messages(loaded.errors) ==
        Lines{"v.yaml:4:32: give one of level, un_level and un_levels"});
}
