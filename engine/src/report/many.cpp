// Reports over several vacancies: one ranking after another, and the posts
// view of one candidate.
#include <algorithm>
#include <sstream>
#include <tuple>

#include "report/common.h"
#include "report/json.h"
#include "text.h"

namespace shortlist {
namespace {

// Prefixes every data line of a CSV ranking with the vacancy id.
std::string with_vacancy_column(const std::string& csv, const std::string& vacancy,
                                bool header) {
  std::istringstream in(csv);
  std::ostringstream out;
  std::string line;
  for (bool first = true; std::getline(in, line); first = false) {
    if (first && !header) continue;
    out << (first ? std::string("vacancy") : vacancy) << "," << line << "\n";
  }
  return out.str();
}

struct Post {
  const VacancyRanking* where;
  const RankedEntry* entry;
};

// Best first: standing, then combined points or score (highest first), then vacancy id.
auto post_key(const Post& p) {
  const auto& e = *p.entry;
  std::optional<double> value = e.combined               ? e.combined
                                : e.assessment.judgement ? e.assessment.judgement->score
                                                         : std::nullopt;
  return std::make_tuple(static_cast<int>(e.standing), !value.has_value(),
                         value ? -*value : 0.0, p.where->vacancy->vacancy().id);
}

}  // namespace

std::string render_rankings(const std::vector<VacancyRanking>& rankings, Format format,
                            std::size_t top) {
  if (format == Format::json) {
    Json all;
    for (const auto& r : rankings)
      all["vacancies"][r.vacancy->vacancy().id] =
          ranking_json(*r.vacancy, r.ranking, top);
    return all.dump(2) + "\n";
  }
  std::string out;
  for (size_t i = 0; i < rankings.size(); ++i) {
    const auto& r = rankings[i];
    const std::string one = render_rank(*r.vacancy, r.ranking, format, top);
    if (format == Format::csv)
      out += with_vacancy_column(one, r.vacancy->vacancy().id, i == 0);
    else
      out += (i ? "\n" : "") + one;
  }
  return out;
}

std::string render_posts(const std::vector<VacancyRanking>& rankings, Format format) {
  std::vector<Post> posts;
  for (const auto& r : rankings)
    for (const auto& e : r.ranking.entries) posts.push_back({&r, &e});
  std::stable_sort(posts.begin(), posts.end(), [](const Post& a, const Post& b) {
    return post_key(a) < post_key(b);
  });
  if (format == Format::json) {
    Json j;
    j["candidate"] = posts.empty() ? Json() : Json(posts.front().entry->assessment.id);
    Json list = Json::array();
    for (const Post& p : posts) {
      Json item =
          ranking_json(*p.where->vacancy, Ranking{{*p.entry}, p.where->ranking.financial},
                       0)["candidates"][0];
      item["vacancy"] = p.where->vacancy->vacancy().id;
      list.push_back(std::move(item));
    }
    j["posts"] = std::move(list);
    return j.dump(2) + "\n";
  }
  std::ostringstream out;
  if (!posts.empty())
    out << "Posts for " << posts.front().entry->assessment.id << ", best first\n";
  for (const Post& p : posts) {
    const auto& e = *p.entry;
    out << "  " << p.where->vacancy->vacancy().id << "  " << to_string(e.verdict);
    const std::string score = score_text(e.assessment);
    if (!score.empty()) out << "  score " << score;
    if (e.combined) out << "  combined " << format_number(*e.combined);
    out << "  " << e.reason << "\n";
  }
  return out.str();
}

}  // namespace shortlist
