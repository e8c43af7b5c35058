// CSV candidates (formats.md, "CSV"): sections told by their header rows,
// rows joined on id across files, values read as YAML reads them, every
// problem located as FILE:LINE: COLUMN: message, column maps (--columns),
// and the same person as in YAML.
#include <catch2/catch.hpp>

#include "load/candidate_format.h"
#include "roster/roster_data.h"
#include "support.h"

using namespace shortlist;
using Lines = std::vector<std::string>;
using Files = std::vector<std::pair<std::string, std::string>>;

namespace {

const char* kCandidates =
    "id,name,born,nationality,gender,skills\n"
    "c-1,Amina Diallo,1996-04-12,\"SN;FR\",female,policy analysis; drafting\n"
    "c-2,Ben Okafor,1990,FR,,\n";
const char* kEducation =
    "id,degree,title,field,institution,country,completed\n"
    "c-1,bachelor,Licence en sciences économiques,economics,UCAD,SN,2018-07\n"
    "c-1,master,,development economics,,,2020\n";
const char* kExperience =
    "id,title,employer,from,to,fte,type,areas\n"
    "c-1,Research assistant,Institute for Labour Studies,2020-10,2022-12,0.5,employment,"
    "labour market;research\n"
    "c-2,Volunteer,Red Cross,2015,present,,volunteer,\n";
const char* kLanguages =
    "id,language,level,read,write,speak,understand\n"
    "c-1,fr,native,,,,\n"
    "c-1,es,,confident,not fluent,confident,confident\n";

// Every profile the format reads from `files`, through cut and read as the
// roster calls them, and the problems of the cut.
struct Read {
  std::vector<LoadedCandidate> people;
  Lines cut_errors;
};

Read read_csv(const Files& files, const ColumnMap* columns = nullptr,
              const ReadLimits& limits = {}) {
  std::vector<InputText> inputs;
  std::vector<int32_t> which;
  auto map = columns ? std::make_shared<const ColumnMap>(*columns) : nullptr;
  for (const auto& [name, text] : files) {
    which.push_back(static_cast<int32_t>(inputs.size()));
    inputs.push_back({name, std::make_shared<const std::string>(text), map});
  }
  Diagnostics errors;
  const CandidateFormat& format = csv_candidates();
  const Pieces pieces = format.cut(inputs, which, limits, errors);
  Read out{{}, test::messages(errors.all())};
  for (size_t i = 0; i < pieces.size(); ++i)
    for (auto& c : format.read(pieces.piece(i), inputs, test::fixture_rules(), limits))
      out.people.push_back(std::move(c));
  return out;
}

const Candidate& person(const Read& r, size_t i) {
  REQUIRE(i < r.people.size());
  for (const auto& e : r.people[i].errors) UNSCOPED_INFO(e.to_string());
  REQUIRE(r.people[i].valid());
  return *r.people[i].candidate;
}

Lines errors_of(const Read& r, size_t i) {
  REQUIRE(i < r.people.size());
  CHECK_FALSE(r.people[i].valid());
  return test::messages(r.people[i].errors);
}

// The errors of one person whose candidates row is given with `section`.
Lines row_errors(const std::string& section) {
  return errors_of(read_csv({{"c.csv", "id\nc-1\n"}, {"s.csv", section}}), 0);
}

Lines header_errors(const std::string& text) {
  const Read r = read_csv({{"h.csv", text}});
  CHECK(r.people.empty());
  return r.cut_errors;
}

Lines texts(const std::vector<Text>& items) {
  Lines out;
  for (const auto& t : items) out.push_back(t.value);
  return out;
}

}  // namespace

TEST_CASE("four exports, one per section, join on id into people", "[csv-candidates]") {
  const Read r = read_csv({{"candidates.csv", kCandidates},
                           {"education.csv", kEducation},
                           {"experience.csv", kExperience},
                           {"languages.csv", kLanguages}});
  CHECK(r.cut_errors.empty());
  REQUIRE(r.people.size() == 2);
  CHECK(r.people[0].id == "c-1");
  CHECK(r.people[0].file.str() == "candidates.csv");
  CHECK(r.people[0].line == 2);
  CHECK(r.people[1].line == 3);
  const Candidate& a = person(r, 0);
  CHECK(*a.name == "Amina Diallo");
  CHECK(a.born->iso() == "1996-04-12");
  CHECK(a.born_precision == DatePrecision::day);
  CHECK(texts(*a.nationality) == Lines{"SN", "FR"});
  CHECK(*a.gender == "female");
  CHECK(texts(a.skills) == Lines{"policy analysis", "drafting"});
  CHECK(a.stated.education);
  CHECK(a.stated.experience);
  CHECK(a.stated.languages);
  CHECK(a.stated.skills);
  REQUIRE(a.education.size() == 2);
  CHECK(a.education[0].degree.value == "bachelor");
  CHECK(a.education[0].title->value == "Licence en sciences économiques");
  CHECK(a.education[0].country->value == "SN");
  CHECK(a.education[0].completed->iso() == "2018-07-31");
  CHECK(a.education[0].where.line == 2);
  CHECK(a.education[1].completed->iso() == "2020-01-01");
  CHECK(a.education[1].completed_precision == DatePrecision::year);
  CHECK_FALSE(a.education[1].title);
  REQUIRE(a.experience.size() == 1);
  const Period& p = a.experience[0];
  CHECK(p.from.iso() == "2020-10-01");
  CHECK(p.to->iso() == "2022-12-31");
  CHECK(p.fte == 0.5);
  CHECK(p.type->value == "employment");
  CHECK(texts(p.areas) == Lines{"labour market", "research"});
  REQUIRE(a.languages.size() == 2);
  CHECK(a.languages[0].level->value == "native");
  CHECK(a.languages[0].skills.empty());
  CHECK_FALSE(a.languages[1].level);
  CHECK(a.languages[1].skills.at("write").value == "not fluent");
  CHECK(a.languages[1].skills.size() == 4);
  CHECK_FALSE(a.proposal);

  const Candidate& b = person(r, 1);
  CHECK(b.born->iso() == "1990-01-01");
  CHECK(b.born_precision == DatePrecision::year);
  CHECK_FALSE(b.gender);  // an empty cell is a key left out
  CHECK_FALSE(b.stated.skills);
  CHECK(b.skills.empty());
  CHECK_FALSE(b.stated.education);  // no row in the education export
  CHECK_FALSE(b.stated.languages);
  REQUIRE(b.experience.size() == 1);
  CHECK(b.experience[0].from_precision == DatePrecision::year);
  CHECK_FALSE(b.experience[0].to);  // present: ongoing
  CHECK(b.experience[0].fte == 1.0);
}

TEST_CASE("the input order does not matter, rows keep file order", "[csv-candidates]") {
  const Read r =
      read_csv({{"education.csv", kEducation}, {"candidates.csv", kCandidates}});
  CHECK(r.cut_errors.empty());
  REQUIRE(r.people.size() == 2);
  CHECK(r.people[0].file.str() == "candidates.csv");
  const Candidate& a = person(r, 0);
  REQUIRE(a.education.size() == 2);
  CHECK(a.education[0].degree.value == "bachelor");
  CHECK(a.education[1].degree.value == "master");
}

TEST_CASE("a header names its section by its columns", "[csv-candidates]") {
  // id alone is a list of applicants; name, title and language tell the rest.
  CHECK(read_csv({{"a.csv", "id\nc-1\n"}}).people.size() == 1);
  const Read r =
      read_csv({{"a.csv", "ID , Name\nc-1,Ana\n"},
                {"b.csv", "Id,Title,Employer,From\nc-1,Analyst,UNDP,2020-01\n"},
                {"c.csv", "id,language,level\nc-1,en,C1\n"},
                {"d.csv", "id,title,completed,degree\nc-1,MSc,2020,master\n"}});
  CHECK(r.cut_errors.empty());
  const Candidate& c = person(r, 0);
  CHECK(*c.name == "Ana");
  CHECK(c.experience.at(0).title->value == "Analyst");
  CHECK(c.languages.at(0).level->value == "C1");
  CHECK(c.education.at(0).title->value == "MSc");
}

TEST_CASE("a header that cannot be read: located errors naming line and column",
          "[csv-candidates]") {
  CHECK(header_errors("id,title\nc-1,x\n") ==
        Lines{"h.csv:1: the header names no section: add a column of education (degree, "
              "field, institution, completed, enrolled, expected, final_year or "
              "accredited) or of experience (employer, from, to, fte, type, areas, "
              "employer_kind, scope, setting, paid or programme)"});
  CHECK(header_errors("\n\nid,degre\nc-1,x\n") ==
        Lines{"h.csv:3: degre: unknown column (did you mean 'degree'?); --columns "
              "MAP.yaml renames the columns of another export"});
  CHECK(header_errors("name,born\nAna,1990\n") ==
        Lines{"h.csv:1: the header has no id column: every row needs the id of its "
              "candidate"});
  CHECK(header_errors("id,Name,NAME\nc-1,a,b\n") ==
        Lines{"h.csv:1: NAME: the column name again (first as 'Name')"});
  CHECK(header_errors("id,name,name\nc-1,a,b\n") ==
        Lines{"h.csv:1:9: duplicate header name 'name' (first at column 4)"});
  CHECK(header_errors("id,degree,from\nc-1,a,b\n") ==
        Lines{"h.csv:1: from: a column of another section than 'degree': one file per "
              "section"});
  CHECK(header_errors("id,,name\nc-1,a,b\n") ==
        Lines{"h.csv:1:4: header cell 2 is empty: every column needs a name"});
}

TEST_CASE("a byte-order mark, a semicolon export, quoted cells across lines",
          "[csv-candidates]") {
  const Read r = read_csv(
      {{"c.csv", "\xEF\xBB\xBFid;name;skills\nc-1;\"Diallo; Amina\";\"a;b\"\nc-2;Ben;\n"},
       {"e.csv",
        "id;degree;field;completed\n"
        "c-1;master;\"development\neconomics, and\n\"\"labour\"\"\";2020-09\n"
        "c-2;master;law;2020-13\n"}});
  CHECK(r.cut_errors.empty());
  const Candidate& a = person(r, 0);
  CHECK(*a.name == "Diallo; Amina");
  CHECK(texts(a.skills) == Lines{"a", "b"});
  CHECK(a.education.at(0).field->value == "development\neconomics, and\n\"labour\"");
  // The row after the one spanning three lines is on line 5.
  CHECK(errors_of(r, 1) == Lines{"e.csv:5: completed: month 13 does not exist"});
}

TEST_CASE("a row whose id has no candidates row is an error at that row",
          "[csv-candidates]") {
  const Read r =
      read_csv({{"c.csv", "id\nc-1\n"},
                {"e.csv", "id,degree\nc-1,master\nc-9,bachelor\n , master\n"}});
  CHECK(r.cut_errors == Lines{"e.csv:4: id: every row needs the id of its candidate",
                              "e.csv:3: id: 'c-9' has no row in the candidates section"});
  CHECK(person(r, 0).education.size() == 1);
  // In a roster the file carries its own problems, and c-1 is judged.
  const Roster roster = test::roster_of(
      {{"c.csv", "id\nc-1\n"}, {"e.csv", "id,degree\nc-1,master\nc-9,x\n"}});
  REQUIRE(roster.profiles().size() == 2);
  CHECK(roster.profiles()[0].id.ends_with("/e.csv#1"));
  CHECK(test::messages(roster.profiles()[0].errors) ==
        Lines{"e.csv:3: id: 'c-9' has no row in the candidates section"});
  CHECK(roster.profiles()[1].valid);
}

TEST_CASE("an id-only row states a section empty, no row leaves it out",
          "[csv-candidates]") {
  const Read r = read_csv({{"c.csv", "id,name\nc-1,A\nc-2,B\n"},
                           {"e.csv", "id,degree,completed\nc-1, ,\n"},
                           {"l.csv", "id,language,level\nc-2,en,\n"}});
  const Candidate& a = person(r, 0);
  CHECK(a.stated.education);
  CHECK(a.education.empty());
  CHECK_FALSE(a.stated.languages);
  const Candidate& b = person(r, 1);
  CHECK_FALSE(b.stated.education);
  CHECK(b.languages.at(0).language.value == "en");
  CHECK_FALSE(b.languages.at(0).level);  // an empty cell: no level, to judge
  const auto v = test::one_minimum("degree: master");
  CHECK(test::explain(v, normalise(a, test::fixture_rules())).criteria[0].verdict ==
        Verdict::not_met);
  CHECK(test::explain(v, normalise(b, test::fixture_rules())).criteria[0].verdict ==
        Verdict::unknown);
}

TEST_CASE("every problem with a value, as FILE:LINE: COLUMN: message",
          "[csv-candidates]") {
  CHECK(row_errors("id,degree,completed,country\nc-1,master,2020-13,XX\n") ==
        Lines{"s.csv:2: completed: month 13 does not exist",
              "s.csv:2: country: unknown country 'XX' (did you mean 'XK'?)"});
  CHECK(row_errors("id,title,completed\nc-1,MSc,2020\n") ==
        Lines{"s.csv:2: degree: an education row needs its degree"});
  CHECK(row_errors("id,employer,from,to,fte,type\nc-1,UN,2020-05,2020-01,1.5,job\n") ==
        Lines{"s.csv:2: fte: must be between 0 and 1 (full time), found 1.5",
              "s.csv:2: to: 2020-01 is before from (2020-05)",
              "s.csv:2: type: unknown experience type 'job'; types are employment, "
              "consultancy, fellowship, internship and volunteer"});
  CHECK(row_errors("id,employer,from,fte\nc-1,UN,,half\n") ==
        Lines{"s.csv:2: from: an experience row needs its start (YYYY-MM-DD, YYYY-MM or "
              "YYYY)",
              "s.csv:2: fte: must be a number, found 'half'"});
  CHECK(row_errors("id,employer,from\nc-1,UN,May 2020\n") ==
        Lines{"s.csv:2: from: 'May 2020' is not a date: write YYYY-MM-DD, YYYY-MM or "
              "YYYY"});
  CHECK(row_errors("id,language,level,read\nc-1,xx,C3,good\n") ==
        Lines{"s.csv:2: language: unknown language 'xx'",
              "s.csv:2: level: unknown language level 'C3' (did you mean 'C1'?); levels "
              "are A1, A2, B1, B2, C1, C2, native, basic, command, excellent, fluent, "
              "good, knowledge, mother tongue and working knowledge",
              "s.csv:2: read: give either level or the four skills (read, write, speak "
              "and understand), not both",
              "s.csv:2: read: must be not fluent, confident or fluent (or a UN level "
              "such as UN III), found 'good'"});
  CHECK(row_errors("id,level\nc-1,C1\n") ==
        Lines{"s.csv:2: language: a languages row needs its language"});
  CHECK(errors_of(read_csv({{"c.csv", "id,born,fee\nc-1,1990-04,0\n"}}), 0) ==
        Lines{"c.csv:2: born: must be a full date YYYY-MM-DD, or a year alone YYYY",
              "c.csv:2: currency: a fee is given, its currency is not",
              "c.csv:2: fee: must be greater than 0, found 0"});
  CHECK(errors_of(read_csv({{"c.csv", "id,fee,currency\nc-1,,usd\n"}}), 0) ==
        Lines{"c.csv:2: currency: must be an ISO 4217 code such as USD, found 'usd'",
              "c.csv:2: fee: a currency is given, the fee is not"});
}

TEST_CASE("a fee and its currency are the proposal", "[csv-candidates]") {
  const Read r = read_csv({{"c.csv", "id;fee;currency\nc-1;42000.5;USD\n"}});
  const Candidate& c = person(r, 0);
  REQUIRE(c.proposal);
  CHECK(c.proposal->fee == 42000.5);
  CHECK(c.proposal->currency == "USD");
}

TEST_CASE("two candidates rows with one id: the second is a duplicate",
          "[csv-candidates]") {
  const Roster r = test::roster_of(
      {{"a.csv", "id,name\nc-1,A\n"}, {"b.csv", "id,name\nc-2,B\nc-1,again\n"}});
  REQUIRE(r.profiles().size() == 3);
  CHECK(r.profiles()[0].valid);
  CHECK(r.profiles()[1].valid);
  CHECK_FALSE(r.profiles()[2].valid);
  const Lines duplicate = test::messages(r.profiles()[2].errors);
  REQUIRE(duplicate.size() == 1);
  CHECK(duplicate[0].starts_with("b.csv:3:1: duplicate candidate id 'c-1' (first in "));
  CHECK(duplicate[0].ends_with("/a.csv at line 2)"));
}

TEST_CASE("mismatched rows, huge fields, binary: located errors, the rest read",
          "[csv-candidates]") {
  ReadLimits small;
  small.max_scalar_bytes = 16;
  const Read r = read_csv({{"c.csv", "id,name\nc-1,A\nc-2\nc-3,B,extra\nc-4," +
                                         std::string(40, 'x') + "\nc-5,E\n"}},
                          nullptr, small);
  CHECK(r.cut_errors == Lines{"c.csv:3:1: row has 1 cell, the header has 2",
                              "c.csv:4:1: row has 3 cells, the header has 2",
                              "c.csv:5:5: value is 40 bytes long; the limit is 16"});
  REQUIRE(r.people.size() == 2);
  CHECK(r.people[0].id == "c-1");
  CHECK(r.people[1].id == "c-5");
  const Read binary = read_csv({{"b.csv", std::string("id\n\x00\xff\xfe", 5)}});
  CHECK(binary.people.empty());
  CHECK(binary.cut_errors.size() == 1);
  const Roster roster = test::roster_of({{"b.csv", std::string("\xff\xfe\x00\x01", 4)}});
  REQUIRE(roster.profiles().size() == 2);
  CHECK_FALSE(roster.profiles()[0].valid);
}

namespace {

const char* kVacancy =
    "id: v\ndeadline: 2025-03-31\nminimum:\n"
    "  - {id: degree, text: t, degree: master, fields: [economics]}\n"
    "  - {id: experience, text: t, experience: {years: 2, areas: [labour market]}}\n"
    "  - {id: english, text: t, language: {any_of: [en], level: B2}}\n"
    "  - {id: age, text: t, age: {max: 32}}\n"
    "  - {id: nationality, text: t, nationality: {any_of: [SN]}}\n"
    "desirable:\n  - {id: spanish, text: t, language: {any_of: [es], level: B2}}\n"
    "  - {id: drafting, text: t, skills: {any_of: [drafting]}}\n";

std::string check_json(const Roster& roster) {
  return test::check_json(test::compile_vacancy(kVacancy), roster);
}

}  // namespace

TEST_CASE("the same person in YAML and in CSV gives the same check report",
          "[csv-candidates]") {
  const Roster yaml = test::roster_of(
      {{"c.yaml",
        "id: c-1\nname: Amina Diallo\nborn: 1996\nnationality: [SN, FR]\n"
        "education:\n"
        "  - {degree: bachelor, field: economics, institution: UCAD, country: SN, "
        "completed: 2018-07}\n"
        "  - {degree: master, field: development economics, completed: 2020}\n"
        "experience:\n"
        "  - {title: Research assistant, employer: ILS, from: 2020-10, to: 2022-12, fte: "
        "0.5, areas: [labour market]}\n"
        "  - {title: Analyst, employer: UNDP, from: 2023, type: consultancy}\n"
        "languages:\n  - {language: en, level: C1}\n"
        "  - {language: es, read: confident, write: not fluent, speak: confident, "
        "understand: confident}\n"
        "skills: [policy analysis, drafting]\n"}});
  const Roster csv = test::roster_of(
      {{"c.csv",
        "id,name,born,nationality,skills\n"
        "c-1,Amina Diallo,1996,\"SN,FR\",policy analysis;drafting\n"},
       {"e.csv",
        "id;degree;field;institution;country;completed\n"
        "c-1;bachelor;economics;UCAD;SN;2018-07\n"
        "c-1;master;development economics;;;2020\n"},
       {"x.csv",
        "id,title,employer,from,to,fte,type,areas\n"
        "c-1,Research assistant,ILS,2020-10,2022-12,0.5,,labour market\n"
        "c-1,Analyst,UNDP,2023,,,consultancy,\n"},
       {"l.csv",
        "id,language,level,read,write,speak,understand\n"
        "c-1,en,C1,,,,\nc-1,es,,confident,not fluent,confident,confident\n"}});
  REQUIRE(csv.profiles().size() == 1);
  for (const auto& e : csv.profiles()[0].errors) UNSCOPED_INFO(e.to_string());
  REQUIRE(csv.profiles()[0].valid);
  const std::string from_csv = check_json(csv);
  CHECK(from_csv == check_json(yaml));
  CHECK(from_csv.find("\"verdict\": \"needs_review\"") != std::string::npos);
}

TEST_CASE("a column map renames another export's columns", "[csv-candidates]") {
  Diagnostics errors;
  const auto map =
      parse_column_map("\"Applicant No.\": id\nFull name: name\n\" Diploma \": degree\n",
                       "map.yaml", errors);
  CHECK(test::messages(errors.all()).empty());
  REQUIRE(map);
  CHECK(map->names == std::map<std::string, std::string>{{"applicant no.", "id"},
                                                         {"full name", "name"},
                                                         {"diploma", "degree"}});
  const Read r = read_csv({{"a.csv", "APPLICANT NO.,Full Name\nA-7,Ana\n"},
                           {"b.csv", "Applicant No.;diploma\nA-7;master\n"}},
                          &*map);
  CHECK(r.cut_errors.empty());
  const Candidate& c = person(r, 0);
  CHECK(c.id == "A-7");
  CHECK(*c.name == "Ana");
  CHECK(c.education.at(0).degree.value == "master");
  // Errors name the column as the export writes it.
  const Read bad = read_csv({{"a.csv", "Applicant No.,born\nA-7,1990-13-01\n"}}, &*map);
  CHECK(errors_of(bad, 0) == Lines{"a.csv:2: born: month 13 does not exist"});
  const Read renamed = read_csv({{"a.csv", "Applicant No.,Full name\n,Ana\n"}}, &*map);
  CHECK(renamed.cut_errors ==
        Lines{"a.csv:2: Applicant No.: every row needs the id of its candidate"});
}

TEST_CASE("a column map that cannot be used: every problem located", "[csv-candidates]") {
  auto problems = [](const std::string& text) {
    Diagnostics errors;
    CHECK_FALSE(parse_column_map(text, "map.yaml", errors));
    return test::messages(errors.sorted());
  };
  CHECK(problems("No.: id\nName: idd\nx: [id]\n' no. ': name\n") ==
        Lines{"map.yaml:2:7: 'idd' is not a column of the contract (did you mean 'id'?); "
              "the columns are id, name, born, nationality, gender, skills, fee, "
              "currency, degree, title, field, institution, country, completed, "
              "employer, from, to, fte, type, areas, employer_kind, scope, setting, "
              "paid, programme, enrolled, expected, final_year, accredited, language, "
              "level, un_level, "
              "read, write, "
              "speak and understand",
              "map.yaml:3:4: a column name must be a value, found a list",
              "map.yaml:4:1: ' no. ' is renamed twice (header names are read trimmed "
              "and in any case)"});
  CHECK(problems("- id\n") ==
        Lines{"map.yaml:1:1: column map must be a map of keys and values, found a list"});
  CHECK(problems("a: \n") ==
        Lines{"map.yaml:1:3: 'a' renames to nothing: give the contract's column name, "
              "such as id"});
}

TEST_CASE("a CSV profile reads again as it read, for its explanation",
          "[csv-candidates]") {
  const Roster r = test::roster_of({{"candidates.csv", kCandidates},
                                    {"education.csv", kEducation},
                                    {"experience.csv", kExperience},
                                    {"languages.csv", kLanguages}});
  REQUIRE(r.profiles().size() == 2);
  CHECK(r.profiles()[0].line == 2);
  const CandidateFacts facts = read_again(r, 0, test::fixture_rules());
  const Explanation why =
      *test::explain(test::compile_vacancy(kVacancy), facts).criteria.at(1).why;
  CHECK(test::texts(why.evidence) ==
        Lines{"'Research assistant', Institute for Labour Studies, 2020-10 to 2022-12: "
              "13.5 months (part-time 50%, pro rata)"});
}

TEST_CASE("the rule language's facts read the same from CSV columns as from YAML",
          "[csv-candidates]") {
  const CompiledVacancy v = test::compile_vacancy(
      "id: v\ndeadline: 2025-03-31\nminimum:\n"
      "  - {id: a, text: t, experience: {years: 1, scope: international, paid: true, "
      "setting: [field]}}\n"
      "  - {id: b, text: t, experience: {years: 0, max_years: 0, programmes: [jpo]}}\n"
      "  - {id: c, text: t, enrolled: {level: master, final_year: true}}\n"
      "  - {id: d, text: t, language: {any_of: [en], un_level: III}}\n"
      "  - {id: e, text: t, degree: bachelor, accredited: true}\n");
  const Roster yaml = test::roster_of(
      {{"c.yaml",
        "id: c-1\neducation:\n"
        "  - {degree: BSc, completed: 2020-06, accredited: true}\n"
        "  - {degree: MSc, enrolled: true, expected: 2025-09, final_year: true}\n"
        "experience:\n"
        "  - {title: Intern, from: 2023-01, to: 2023-12, type: internship, scope: "
        "international, paid: true, setting: field, programme: unv}\n"
        "languages:\n  - {language: en, read: UN III, write: UN III, speak: UN IV, "
        "understand: UN III}\n"}});
  const Roster csv = test::roster_of(
      {{"c.csv", "id\nc-1\n"},
       {"e.csv",
        "id,degree,completed,enrolled,expected,final_year,accredited\n"
        "c-1,BSc,2020-06,,,,true\nc-1,MSc,,yes,2025-09,TRUE,\n"},
       {"x.csv",
        "id,title,from,to,type,scope,paid,setting,programme\n"
        "c-1,Intern,2023-01,2023-12,internship,international,1,field,unv\n"},
       {"l.csv",
        "id,language,read,write,speak,understand\nc-1,en,UN III,UN III,UN IV,UN III\n"}});
  REQUIRE(csv.profiles().size() == 1);
  for (const auto& e : csv.profiles()[0].errors) UNSCOPED_INFO(e.to_string());
  REQUIRE(csv.profiles()[0].valid);
  const std::string from_csv = test::check_json(v, csv);
  CHECK(from_csv == test::check_json(v, yaml));
  CHECK(from_csv.find("\"verdict\": \"eligible\"") != std::string::npos);
}
