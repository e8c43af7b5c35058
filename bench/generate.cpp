// Generates realistic synthetic candidate profiles and vacancies for the
// benchmarks: varied degrees (ladder keys and national names), periods
// (part-time, overlapping, ongoing, internships), languages (CEFR, UN
// wording, four-skill form), skills and areas from the bundled taxonomy, and
// a share of edge cases (unknown degree names, languages without level,
// missing dates of birth). Deterministic for a given seed.
//
// Usage: shortlist_generate profiles N SEED > candidates.yaml
//        shortlist_generate vacancies N SEED DIR   (N files vacancy-NNN.yaml)
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace {

using Pool = std::vector<const char*>;

const Pool kDegrees = {"BA",
                       "BSc",
                       "MA",
                       "MSc",
                       "PhD",
                       "Licence",
                       "Laurea magistrale",
                       "Diplom",
                       "Bakalavr",
                       "Magistr",
                       "LLM",
                       "MPA",
                       "MPhil",
                       "bachelor",
                       "master",
                       "Grado",
                       "Maîtrise",
                       "Diplom specialista",
                       "Titulo Profesional X"};
const Pool kCountries = {"FR", "DE", "IT", "ES", "RU", "SN", "KE", "IN", "BR", "MX",
                         "CN", "US", "GB", "NG", "EG", "JP", "KR", "PL", "CA", "CO"};
const Pool kFields = {"economics",
                      "development economics",
                      "international relations",
                      "political science",
                      "education",
                      "law",
                      "sociology",
                      "statistics",
                      "data science",
                      "computer science",
                      "public administration",
                      "history",
                      "cultural studies",
                      "business administration",
                      "Kunstwissenschaft"};
const Pool kVacancyFields = {"economics",
                             "international relations",
                             "political science",
                             "education",
                             "law",
                             "sociology",
                             "statistics",
                             "data science",
                             "public administration"};
const Pool kAreas = {"development",
                     "employment",
                     "labour market",
                     "education",
                     "higher education",
                     "international relations",
                     "project management",
                     "programme management",
                     "AI policy",
                     "artificial intelligence",
                     "technology",
                     "culture",
                     "human rights",
                     "gender equality",
                     "research",
                     "policy analysis",
                     "parliamentary affairs",
                     "monitoring and evaluation",
                     "humanitarian affairs",
                     "climate change",
                     "basket weaving"};
const Pool kSkills = {"drafting",
                      "policy analysis",
                      "data analysis",
                      "python",
                      "machine learning",
                      "event organisation",
                      "knowledge products",
                      "project management",
                      "gender mainstreaming",
                      "communities of practice",
                      "innovation",
                      "fundraising",
                      "report writing",
                      "stakeholder engagement",
                      "Stata"};
const Pool kTypes = {"employment", "employment", "employment", "consultancy",
                     "fellowship", "internship", "volunteer"};
const Pool kLanguages = {"en", "fr", "es", "ar",     "ru",     "zh",
                         "de", "pt", "sw", "French", "Spanish"};
const Pool kLevels = {"A2",     "B1",   "B2",        "C1",     "C2",
                      "native", "good", "excellent", "fluent", "working knowledge",
                      "basic"};
const Pool kSkillValues = {"not fluent", "confident", "fluent"};

class Generator {
 public:
  explicit Generator(unsigned seed) : rng_(seed) {}

  std::string profile(int n) {
    std::ostringstream y;
    y << "id: g-" << n << "\n";
    if (chance(0.97))
      y << "born: " << between(1970, 2002) << "-" << two(between(1, 12)) << "-"
        << two(between(1, 28)) << "\n";
    y << "nationality: [" << pick(kCountries)
      << (chance(0.1) ? std::string(", ") + pick(kCountries) : "") << "]\n";
    education(y);
    experience(y);
    languages(y);
    y << "skills: [" << pick(kSkills);
    for (int i = between(0, 4); i > 0; --i) y << ", " << pick(kSkills);
    y << "]\n";
    if (chance(0.3))
      y << "proposal: {fee: " << between(20, 120) * 500
        << ", currency: " << (chance(0.95) ? "USD" : "EUR") << "}\n";
    return y.str();
  }

  std::string vacancy(int n) {
    std::ostringstream y;
    const int year = between(2024, 2026);
    y << "id: v-" << three(n) << "\ntitle: Synthetic post " << n
      << "\norganization: UN\ncontract: " << (n % 5 == 0 ? "consultancy" : "jpo")
      << "\ndeadline: " << year << "-" << two(between(1, 12)) << "-15\n";
    y << "minimum:\n";
    y << "  - {id: degree, text: \"Advanced university degree.\", degree: master, "
         "fields: ["
      << pick(kVacancyFields) << ", " << pick(kVacancyFields)
      << "], related_fields: true}\n";
    y << "  - {id: experience, text: \"Experience.\", experience: {years: "
      << between(1, 5) << ", after: first_degree, areas: [" << pick(kAreas) << ", "
      << pick(kAreas) << "]}}\n";
    y << "  - {id: english, text: \"English.\", language: {any_of: [en], level: C1}}\n";
    y << "  - {id: second, text: \"Another language.\", language: {any_of: un_official, "
         "other_than: [en], level: B1}}\n";
    y << "  - {id: skills, text: \"Skills.\", skills: {any_of: [" << pick(kSkills) << ", "
      << pick(kSkills) << "]}}\n";
    y << "desirable:\n";
    y << "  - {id: more-experience, text: \"More experience.\", weight: 3, experience: "
         "{years: "
      << between(3, 8) << ", areas: [" << pick(kAreas) << "]}}\n";
    y << "  - {id: french, text: \"French.\", weight: 1, language: {any_of: [fr], level: "
         "B2}}\n";
    y << "  - {id: topics, text: \"Topics.\", weight: 2, skills: {at_least: 2, of: ["
      << pick(kSkills) << ", " << pick(kSkills) << ", " << pick(kSkills) << "]}}\n";
    y << "  - {id: doctorate, text: \"Doctorate.\", weight: 1, degree: doctorate}\n";
    y << "  - {id: area, text: \"Area.\", weight: 2, skills: {any_of: [" << pick(kAreas)
      << "]}}\n";
    if (n % 5 == 0) y << "evaluation: {technical: 70, financial: 30, threshold: 70}\n";
    return y.str();
  }

 private:
  bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(rng_) < p; }
  int between(int a, int b) { return std::uniform_int_distribution<int>(a, b)(rng_); }
  const char* pick(const Pool& pool) {
    return pool[between(0, static_cast<int>(pool.size()) - 1)];
  }
  static std::string two(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }
  static std::string three(int v) {
    return (v < 10 ? "00" : v < 100 ? "0" : "") + std::to_string(v);
  }

  void education(std::ostringstream& y) {
    y << "education:\n";
    int year = between(2000, 2020);
    for (int i = between(1, 3); i > 0; --i, year += between(1, 4)) {
      y << "  - {degree: \"" << pick(kDegrees) << "\", field: \"" << pick(kFields)
        << "\", country: " << pick(kCountries);
      if (chance(0.93))
        y << ", completed: " << std::min(year, 2026) << "-" << two(between(1, 12));
      y << "}\n";
    }
  }

  static std::string month(int index) {
    return std::to_string(index / 12) + "-" + two(index % 12 + 1);
  }

  void experience(std::ostringstream& y) {
    y << "experience:\n";
    int start = between(2005 * 12, 2021 * 12);  // months since year 0
    for (int i = between(0, 5); i > 0 && start < 2025 * 12; --i) {
      const int end = std::min(start + between(2, 48), 2026 * 12);
      y << "  - {title: \"Officer " << i << "\", from: " << month(start);
      if (chance(0.85) || end < 2024 * 12) y << ", to: " << month(end);
      if (chance(0.2)) y << ", fte: 0.5";
      y << ", type: " << pick(kTypes);
      if (chance(0.9))
        y << ", areas: [" << pick(kAreas)
          << (chance(0.5) ? std::string(", ") + pick(kAreas) : "") << "]";
      y << "}\n";
      start = end + (chance(0.2) ? -between(1, 6) : between(0, 3));  // some overlap
    }
  }

  void languages(std::ostringstream& y) {
    y << "languages:\n  - {language: en, level: " << pick(kLevels) << "}\n";
    for (int i = between(0, 2); i > 0; --i) {
      y << "  - {language: " << pick(kLanguages);
      if (chance(0.2)) {
        y << ", read: " << pick(kSkillValues) << ", write: " << pick(kSkillValues)
          << ", speak: " << pick(kSkillValues) << ", understand: " << pick(kSkillValues);
      } else if (chance(0.97)) {
        y << ", level: " << pick(kLevels);
      }
      y << "}\n";
    }
  }

  std::mt19937 rng_;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: %s profiles N SEED | vacancies N SEED DIR\n", argv[0]);
    return 2;
  }
  const std::string what = argv[1];
  const int n = std::atoi(argv[2]);
  Generator g(static_cast<unsigned>(std::atoi(argv[3])));
  if (what == "profiles") {
    for (int i = 0; i < n; ++i)
      std::fputs(((i ? "---\n" : "") + g.profile(i)).c_str(), stdout);
    return 0;
  }
  if (what == "vacancies" && argc == 5) {
    for (int i = 1; i <= n; ++i) {
      char name[32];
      std::snprintf(name, sizeof name, "/vacancy-%03d.yaml", i);
      std::ofstream(std::string(argv[4]) + name) << g.vacancy(i);
    }
    return 0;
  }
  std::fprintf(stderr, "unknown request\n");
  return 2;
}
