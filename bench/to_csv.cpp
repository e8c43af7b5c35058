// Writes the YAML profiles of a generated roster as the four CSV exports of
// formats.md ("CSV"), for the reader benchmarks (docs/performance.md): the
// same people, one file per section in OUT_DIR (candidates.csv,
// education.csv, experience.csv, languages.csv). A section a profile states
// empty is a row with the id alone; skills stated empty cannot be written
// and are left out.
// Usage: shortlist_to_csv PROFILES.yaml OUT_DIR
#include <cstdio>
#include <fstream>
#include <iterator>

#include "load/candidate_format.h"
#include "shortlist/engine.h"

using namespace shortlist;

namespace {

// A cell, quoted when it holds a delimiter, a quote or a line end.
std::string cell(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string cell(const std::optional<Text>& text) {
  return text ? cell(text->value) : "";
}

std::string joined(const std::vector<Text>& items) {
  std::string out;
  for (const Text& t : items) out += (out.empty() ? "" : ";") + t.value;
  return cell(out);
}

std::string number(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", value);
  return buf;
}

struct Exports {
  std::ofstream candidates, education, experience, languages;
};

void write_candidate(const Candidate& c, std::ofstream& out) {
  out << cell(c.id) << ',' << cell(c.name.value_or("")) << ','
      << (c.born ? written(*c.born, c.born_precision) : "") << ','
      << (c.nationality ? joined(*c.nationality) : "") << ','
      << cell(c.gender.value_or("")) << ',' << joined(c.skills) << ','
      << (c.proposal ? number(c.proposal->fee) : "") << ','
      << (c.proposal ? c.proposal->currency : "") << '\n';
}

void write_sections(const Candidate& c, Exports& x) {
  const std::string id = cell(c.id);
  if (c.stated.education && c.education.empty()) x.education << id << ",,,,,,\n";
  for (const EducationEntry& e : c.education)
    x.education << id << ',' << cell(e.degree.value) << ',' << cell(e.title) << ','
                << cell(e.field) << ',' << cell(e.institution) << ',' << cell(e.country)
                << ','
                << (e.completed ? written(*e.completed, e.completed_precision) : "")
                << '\n';
  if (c.stated.experience && c.experience.empty()) x.experience << id << ",,,,,,,\n";
  for (const Period& p : c.experience)
    x.experience << id << ',' << cell(p.title) << ',' << cell(p.employer) << ','
                 << written(p.from, p.from_precision) << ','
                 << (p.to ? written(*p.to, p.to_precision) : "") << ',' << number(p.fte)
                 << ',' << cell(p.type) << ',' << joined(p.areas) << '\n';
  if (c.stated.languages && c.languages.empty()) x.languages << id << ",,,,,,\n";
  for (const LanguageEntry& l : c.languages) {
    x.languages << id << ',' << cell(l.language.value) << ',' << cell(l.level);
    for (const char* skill : {"read", "write", "speak", "understand"}) {
      auto it = l.skills.find(skill);
      x.languages << ',' << (it == l.skills.end() ? "" : cell(it->second.value));
    }
    x.languages << '\n';
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s PROFILES.yaml OUT_DIR\n", argv[0]);
    return 2;
  }
  Diagnostics errors;
  const Engine engine = *Engine::open(Engine::default_rules_dir(), errors);
  std::ifstream in(argv[1], std::ios::binary);
  const std::vector<InputText> inputs = {
      {argv[1],
       std::make_shared<const std::string>(std::istreambuf_iterator<char>(in),
                                           std::istreambuf_iterator<char>()),
       nullptr}};
  const std::string dir = argv[2];
  Exports x{std::ofstream(dir + "/candidates.csv"), std::ofstream(dir + "/education.csv"),
            std::ofstream(dir + "/experience.csv"),
            std::ofstream(dir + "/languages.csv")};
  x.candidates << "id,name,born,nationality,gender,skills,fee,currency\n";
  x.education << "id,degree,title,field,institution,country,completed\n";
  x.experience << "id,title,employer,from,to,fte,type,areas\n";
  x.languages << "id,language,level,read,write,speak,understand\n";
  const int32_t first = 0;
  const CandidateFormat& yaml = yaml_candidates();
  const Pieces pieces = yaml.cut(inputs, std::span<const int32_t>(&first, 1), {}, errors);
  for (size_t i = 0; i < pieces.size(); ++i)
    for (const LoadedCandidate& c :
         yaml.read(pieces.piece(i), inputs, engine.rules(), {}))
      if (c.valid()) {
        write_candidate(*c.candidate, x.candidates);
        write_sections(*c.candidate, x);
      }
  return 0;
}
