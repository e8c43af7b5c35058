#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support.h"
#include "xml/document.h"
#include "xml/reader.h"

using namespace shortlist;
using test::messages;
using Lines = std::vector<std::string>;
using Precision = xml::PartialDate::Precision;

namespace {

const std::string kSamples = SHORTLIST_SOURCE_DIR "/../shared/samples/europass-2012-2020";

xml::Document parse(const std::string& text, const ReadLimits& limits = {}) {
  return xml::parse_document(text, "c.xml", limits);
}

// The one error of a document that must not parse.
Lines errors_of(const std::string& text, const ReadLimits& limits = {}) {
  const xml::Document doc = parse(text, limits);
  CHECK_FALSE(doc.parsed());
  return messages(doc.errors.all());
}

std::string sample(const std::string& name) {
  std::ifstream in(kSamples + "/" + name, std::ios::binary);
  REQUIRE(in);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string repeat(const std::string& text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += text;
  return out;
}

double seconds_to_parse(const std::string& text) {
  const auto start = std::chrono::steady_clock::now();
  (void)parse(text);
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

const std::string kPeriods =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<SkillsPassport xmlns=\"http://europass.cedefop.europa.eu/Europass\" "
    "locale=\"en\">\n"
    "  <LearnerInfo>\n"
    "    <WorkExperienceList>\n"
    "      <WorkExperience>\n"
    "        <Period><From year=\"2001\"/></Period>\n"
    "      </WorkExperience>\n"
    "      <WorkExperience>\n"
    "        <Period>\n"
    "          <From year=\"2009\" month=\"--13\"/>\n"
    "        </Period>\n"
    "        <Position><Label>\n   Field  officer \n</Label></Position>\n"
    "      </WorkExperience>\n"
    "    </WorkExperienceList>\n"
    "  </LearnerInfo>\n"
    "</SkillsPassport>\n";

}  // namespace

TEST_CASE("xml: elements have local names, attributes, trimmed text, lines and paths") {
  const xml::Document doc = parse(kPeriods);
  REQUIRE(doc.parsed());
  const xml::Element& root = doc.root;
  CHECK(root.name == "SkillsPassport");
  CHECK(root.ns == "http://europass.cedefop.europa.eu/Europass");
  CHECK(root.path == "/SkillsPassport");
  CHECK((root.where.line == 2 && root.where.column == 1));
  REQUIRE(root.attributes.size() == 1);  // xmlns is resolved, not an attribute
  CHECK(root.attribute("locale")->value == "en");
  const auto& list = root.children.at(0).children.at(0);
  REQUIRE(list.children.size() == 2);
  const xml::Element& from = list.children[1].children.at(0).children.at(0);
  CHECK(from.path ==
        "/SkillsPassport/LearnerInfo/WorkExperienceList/WorkExperience[2]/Period/From");
  CHECK((from.where.line == 10 && from.where.column == 11));
  CHECK(from.ns == root.ns);
  const xml::Attribute* month = from.attribute("month");
  REQUIRE(month);
  CHECK((month->value == "--13" && month->where.line == 10 && month->where.column == 29));
  CHECK(list.children[0].children.at(0).path ==
        "/SkillsPassport/LearnerInfo/WorkExperienceList/WorkExperience[1]/Period");
  CHECK(list.children[1].children.at(1).children.at(0).text == "Field  officer");
  CHECK(list.text.empty());
}

TEST_CASE("xml: columns count characters, not bytes") {
  const xml::Document doc = parse("<a><b>\xC3\xA9t\xC3\xA9</b><c/></a>");
  REQUIRE(doc.parsed());
  CHECK(doc.root.children.at(0).text == "\xC3\xA9t\xC3\xA9");
  CHECK(doc.root.children.at(1).where.column == 14);
}

TEST_CASE("xml: a byte-order mark is skipped, CDATA is text, comments are dropped") {
  const xml::Document doc = parse("\xEF\xBB\xBF<a>x<!-- y --><![CDATA[<z>]]></a>");
  REQUIRE(doc.parsed());
  CHECK(doc.root.where.column == 1);
  CHECK(doc.root.text == "x<z>");
}

TEST_CASE("xml: namespaces by default and by prefix, scoped to their element") {
  const xml::Document doc = parse(
      "<eures:Candidate xmlns:eures=\"http://www.europass.eu/1.0\"\n"
      "    xmlns:oa=\"http://www.openapplications.org/oagis/9\">\n"
      "  <eures:CandidatePerson xml:lang=\"fr\">\n"
      "    <oa:PersonName><oa:GivenName>Ada</oa:GivenName></oa:PersonName>\n"
      "    <Inner xmlns=\"urn:inner\"><Leaf/></Inner>\n"
      "  </eures:CandidatePerson>\n"
      "  <Plain/>\n"
      "</eures:Candidate>\n");
  REQUIRE(doc.parsed());
  CHECK((doc.root.name == "Candidate" && doc.root.ns == "http://www.europass.eu/1.0"));
  CHECK(doc.root.attributes.empty());
  const xml::Element& person = doc.root.children.at(0);
  CHECK(person.path == "/Candidate/CandidatePerson");
  CHECK(person.attribute("xml:lang")->value == "fr");
  const xml::Element& given = person.children.at(0).children.at(0);
  CHECK((given.name == "GivenName" &&
         given.ns == "http://www.openapplications.org/oagis/9"));
  CHECK(given.path == "/Candidate/CandidatePerson/PersonName/GivenName");
  CHECK((given.where.line == 4 && given.where.column == 20));
  CHECK(person.children.at(1).children.at(0).ns == "urn:inner");
  CHECK(doc.root.children.at(1).ns.empty());
}

TEST_CASE("xml: syntax errors are located and read by a person") {
  CHECK(errors_of("<a>\n  <b></c>\n</a>") ==
        Lines{"c.xml:2:8: XML syntax: end tag </c> does not match the innermost open "
              "element"});
  CHECK(errors_of("<a>\n<b>\n") ==
        Lines{"c.xml:2:4: XML syntax: the text ends before every element is closed"});
  CHECK(errors_of("<a>\n<b x=1/>\n</a>") ==
        Lines{"c.xml:2:6: XML syntax: an attribute is malformed: write name=\"value\""});
  CHECK(errors_of("<r>a < b</r>") ==
        Lines{"c.xml:1:7: XML syntax: '<' starts no tag here (write &lt; for the "
              "character)"});
  CHECK(errors_of("<a><!-- x </a>") ==
        Lines{"c.xml:1:14: XML syntax: a comment <!--...--> is malformed or not closed"});
  CHECK(errors_of("<a></a  x>") ==
        Lines{"c.xml:1:9: XML syntax: an end tag is malformed"});
}

TEST_CASE("xml: the document's shape: one root, no text outside it") {
  CHECK(errors_of("hello<a/>") == Lines{"c.xml:1:1: text outside the root element"});
  CHECK(errors_of("<a/>\n<b/>") ==
        Lines{"c.xml:2:1: a second root element <b>: an XML document has one root"});
  CHECK(errors_of("<?xml version=\"1.0\"?>\n<!-- nothing -->\n") ==
        Lines{"c.xml: no root element: the file holds no XML element"});
  CHECK(errors_of("") == Lines{"c.xml: no root element: the file holds no XML element"});
  CHECK(errors_of("<a x=\"1\" x=\"2\"/>") ==
        Lines{"c.xml:1:10: /a: attribute 'x' is written twice"});
  CHECK(errors_of("<a>\n <p:b/></a>") ==
        Lines{"c.xml:2:2: /a/b: namespace prefix 'p' is not declared"});
}

TEST_CASE("xml: bytes that are not UTF-8 text") {
  CHECK(errors_of("<a>\n  <b>caf\xC3</b>\n</a>") ==
        Lines{"c.xml:2:9: invalid UTF-8 byte 0xC3: save the file as UTF-8"});
  CHECK(errors_of("<a>\xC3\xA9\xFF</a>") ==
        Lines{"c.xml:1:5: invalid UTF-8 byte 0xFF: save the file as UTF-8"});
  CHECK(errors_of(std::string("<a>x\0</a>", 9)) ==
        Lines{"c.xml:1:5: NUL byte: the file is binary or not UTF-8 text"});
  // pugixml would cut the text at the reference: "a&#0;b" would read "a".
  CHECK(errors_of("<a>\n \xC3\xA9 &#x9;a&#x00;b</a>") ==
        Lines{"c.xml:2:10: a character reference to NUL: XML text cannot hold it"});
  CHECK(errors_of("<a x=\"&#0;\"/>") ==
        Lines{"c.xml:1:7: a character reference to NUL: XML text cannot hold it"});
  CHECK(parse("<a>&#10;&#x20;&#0a;</a>").parsed());
}

TEST_CASE("xml: every bound of ReadLimits") {
  ReadLimits small;
  small.max_document_bytes = 10;
  CHECK(errors_of("<a>hello world</a>", small) ==
        Lines{"c.xml: document is 18 bytes long; the limit is 10"});
  small = {};
  small.max_scalar_bytes = 4;
  CHECK(errors_of("<a>\n <b> hello </b></a>", small) ==
        Lines{"c.xml:2:2: /a/b: text is 5 bytes long; the limit is 4"});
  CHECK(errors_of("<a x=\"12345\"/>", small) ==
        Lines{"c.xml:1:4: /a: attribute 'x' is 5 bytes long; the limit is 4"});
  small = {};
  small.max_nodes = 3;
  CHECK(errors_of("<a><b/><c/><d/></a>", small) ==
        Lines{"c.xml:1:12: document too large: it holds more than 3 elements"});
  small = {};
  small.max_list_items = 2;
  CHECK(errors_of("<a><b/><b/><b/></a>", small) ==
        Lines{"c.xml:1:1: /a: more than 2 child elements"});
  CHECK(errors_of("<a x=\"1\" y=\"2\" z=\"3\"/>", small) ==
        Lines{"c.xml:1:16: /a: more than 2 attributes"});
  CHECK(errors_of(repeat("<a>", 70) + repeat("</a>", 70)) ==
        Lines{"c.xml:1:193: nesting deeper than 64 levels"});
}

TEST_CASE("xml: a nesting bomb stops at the depth bound, quickly") {
  const std::string bomb = repeat("<a>", 100000) + repeat("</a>", 100000);
  CHECK(errors_of(bomb) == Lines{"c.xml:1:193: nesting deeper than 64 levels"});
  CHECK(errors_of(repeat("<a>", 1000000)) ==
        Lines{"c.xml:1:3000000: XML syntax: the text ends before every element is "
              "closed"});
  CHECK(seconds_to_parse(bomb) < 2.0);
}

TEST_CASE("xml: a document of empty elements stops at the node bound, quickly") {
  // A million elements in 4 MB: 200 lists of 5,000, each within max_list_items.
  const std::string list = "<b>" + repeat("<a/>", 5000) + "</b>";
  const std::string wide = "<r>" + repeat(list, 200) + "</r>";
  CHECK(errors_of(wide) ==
        Lines{"c.xml:1:400056: document too large: it holds more than 100000 elements"});
  CHECK(seconds_to_parse(wide) < 2.0);
}

TEST_CASE("xml: billion laughs: entity declarations are not read") {
  std::string lol = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n";
  for (int i = 2; i <= 9; ++i) {
    const std::string prev =
        "&lol" + (i == 2 ? std::string() : std::to_string(i - 1)) + ";";
    lol += " <!ENTITY lol" + std::to_string(i) + " \"" + repeat(prev, 10) + "\">\n";
  }
  lol += "]>\n<lolz>&lol9;</lolz>\n";
  CHECK(errors_of(lol) ==
        Lines{"c.xml:3:2: entity declarations are not read: remove them from the "
              "DOCTYPE"});
  CHECK(seconds_to_parse(lol) < 0.5);
}

TEST_CASE("xml: an external entity is never fetched") {
  CHECK(errors_of("<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                  "<r>&xxe;</r>") ==
        Lines{"c.xml:1:14: entity declarations are not read: remove them from the "
              "DOCTYPE"});
  // An external DTD is not read either: its entities stay as written, harmless.
  const xml::Document doc =
      parse("<!DOCTYPE r SYSTEM \"file:///etc/passwd\">\n<r>&xxe; &amp; &#65;</r>");
  REQUIRE(doc.parsed());
  CHECK(doc.root.text == "&xxe; & A");
}

TEST_CASE("xml reader: children by name, paths, required elements") {
  const xml::Document doc = parse(kPeriods);
  REQUIRE(doc.parsed());
  Diagnostics errors;
  xml::ElementReader root(doc.root, errors);
  const xml::Element* list = root.find("LearnerInfo/WorkExperienceList");
  REQUIRE(list);
  xml::ElementReader experience(*list, errors);
  const auto periods = experience.children("WorkExperience");
  REQUIRE(periods.size() == 2);
  CHECK(experience.child("WorkExperience") == periods[0]);
  CHECK(experience.child("Education") == nullptr);
  xml::ElementReader second(*periods[1], errors);
  const auto label = second.text("Position/Label");
  REQUIRE(label);
  CHECK((label->text == "Field  officer" && label->where.line == 12));
  CHECK(
      label->path ==
      "/SkillsPassport/LearnerInfo/WorkExperienceList/WorkExperience[2]/Position/Label");
  CHECK(root.find("LearnerInfo/EducationList/Education") == nullptr);
  CHECK_FALSE(second.text("Employer/Name"));
  CHECK(errors.empty());
  CHECK(second.require("Period/To") == nullptr);
  CHECK(second.text("Period") == std::nullopt);
  CHECK(messages(errors.all()) ==
        Lines{"c.xml:9:9: /SkillsPassport/LearnerInfo/WorkExperienceList/"
              "WorkExperience[2]/Period: no <To>",
              "c.xml:9:9: /SkillsPassport/LearnerInfo/WorkExperienceList/"
              "WorkExperience[2]/Period: must be a text, found the element <From>"});
}

TEST_CASE("xml reader: dates as attributes (Europass 2012-2020)") {
  const auto date = [](const std::string& attributes, Lines expected = {}) {
    const xml::Document doc = parse("<P>\n  <From " + attributes + "/>\n</P>");
    REQUIRE(doc.parsed());
    Diagnostics errors;
    auto read = xml::read_date_attributes(&doc.root.children.at(0), errors);
    CHECK(messages(errors.all()) == expected);
    return read;
  };
  const auto day = date("year=\"2009\" month=\"--02\" day=\"---15\"");
  REQUIRE(day);
  CHECK((day->precision == Precision::day && day->iso() == "2009-02-15"));
  const auto month = date("month=\"--02\" year=\"2008\"");
  REQUIRE(month);
  CHECK((month->precision == Precision::month && month->iso() == "2008-02"));
  CHECK((month->first_day().iso() == "2008-02-01" &&
         month->last_day().iso() == "2008-02-29"));
  const auto year = date("year=\"2001\"");
  REQUIRE(year);
  CHECK(
      (year->precision == Precision::year && year->month == 0 && year->iso() == "2001"));
  CHECK((year->first_day().iso() == "2001-01-01" &&
         year->last_day().iso() == "2001-12-31"));
  CHECK_FALSE(date("year=\"2009\" month=\"--13\"",
                   {"c.xml:2:21: /P/From: month '--13' is not a month"}));
  CHECK_FALSE(date("year=\"2009\" month=\"02\"",
                   {"c.xml:2:21: /P/From: month '02' is not a month"}));
  CHECK_FALSE(date("year=\"2009\" month=\"--02\" day=\"---29\"",
                   {"c.xml:2:34: /P/From: day '---29' is not a day of 2009-02"}));
  CHECK_FALSE(date("year=\"2009\" day=\"---29\"",
                   {"c.xml:2:21: /P/From: a day without a month"}));
  CHECK_FALSE(date("year=\"09\"", {"c.xml:2:9: /P/From: year '09' is not a year"}));
  CHECK_FALSE(date("year=\"1850\"",
                   {"c.xml:2:9: /P/From: year 1850 is out of range (1900 to 2199)"}));
  CHECK_FALSE(date("month=\"--02\"", {"c.xml:2:3: /P/From: no year attribute"}));
}

TEST_CASE("xml reader: dates as text (the current Europass)") {
  const auto date = [](const std::string& text, Lines expected = {}) {
    const xml::Document doc = parse("<P>\n  <Start>" + text + "</Start>\n</P>");
    REQUIRE(doc.parsed());
    Diagnostics errors;
    auto read = xml::read_date(&doc.root.children.at(0), errors);
    CHECK(messages(errors.all()) == expected);
    return read;
  };
  CHECK(date("2009")->precision == Precision::year);
  CHECK(date(" 2009-02 ")->iso() == "2009-02");
  CHECK(date("2012-02-29")->last_day().iso() == "2012-02-29");
  const std::string shape = "' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD";
  CHECK_FALSE(date("2009/02", {"c.xml:2:3: /P/Start: '2009/02" + shape}));
  CHECK_FALSE(date("", {"c.xml:2:3: /P/Start: '" + shape}));
  CHECK_FALSE(date("2009-2-01", {"c.xml:2:3: /P/Start: '2009-2-01" + shape}));
  CHECK_FALSE(date("2009-13", {"c.xml:2:3: /P/Start: month 13 does not exist"}));
  CHECK_FALSE(
      date("2009-02-29", {"c.xml:2:3: /P/Start: day 29 does not exist in 2009-02"}));
  CHECK_FALSE(
      date("2300", {"c.xml:2:3: /P/Start: year 2300 is out of range (1900 to 2199)"}));
  Diagnostics errors;
  CHECK_FALSE(xml::read_date(nullptr, errors));
  CHECK(errors.empty());
}

TEST_CASE("xml: every Europass 2012-2020 sample parses") {
  INFO("the samples are read from " << kSamples);
  REQUIRE(std::filesystem::is_directory(kSamples));
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(kSamples))
    if (entry.path().extension() == ".xml") names.push_back(entry.path().filename());
  CHECK(names.size() == 6);
  for (const std::string& name : names) {
    INFO(name);
    const xml::Document doc = parse(sample(name));
    CHECK(messages(doc.errors.all()) == Lines{});
    CHECK((doc.root.name == "SkillsPassport" &&
           doc.root.ns == "http://europass.cedefop.europa.eu/Europass"));
  }
}

TEST_CASE("xml: located values in the samples") {
  const xml::Document cv = parse(sample("Europass_CV_V3.4.0_Example.xml"));
  Diagnostics errors;
  const xml::Element* born =
      xml::ElementReader(cv.root, errors)
          .find("LearnerInfo/Identification/Demographics/Birthdate");
  REQUIRE(born);
  CHECK(born->path ==
        "/SkillsPassport/LearnerInfo/Identification/Demographics/Birthdate");
  CHECK((born->where.line == 89 && born->where.column == 17));
  CHECK((born->attribute("day")->where.line == 89 &&
         born->attribute("day")->where.column == 53));
  CHECK(xml::read_date_attributes(born, errors)->iso() == "1940-03-10");

  const xml::Document education = parse(sample("model-test__Education.xml"));
  const xml::Element* from = xml::ElementReader(education.root, errors)
                                 .find("LearnerInfo/EducationList/Education/Period/From");
  REQUIRE(from);
  CHECK((from->where.line == 22 && from->where.column == 21));
  const auto date = xml::read_date_attributes(from, errors);
  REQUIRE(date);
  CHECK((date->year == 2008 && date->month == 5 && date->precision == Precision::month));
  CHECK(errors.empty());
}
