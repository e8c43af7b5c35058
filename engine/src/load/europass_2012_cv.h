// The 2012-2020 Europass CV's facts, read once for both of its syntaxes
// (formats.md, "Europass CV"): the XML of europass_2012.cpp and the JSON of
// europass_2012_json.cpp hold the same facts under the same names, so one
// mapping (europass_2012_cv.cpp) reads them through a node of either.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "shortlist/date.h"
#include "shortlist/profile.h"
#include "shortlist/rules.h"

namespace shortlist::europass {

// One element of the CV: an XML element or a JSON object. A path names
// children by the schema's names separated by '/' ("PersonName/FirstName").
// A list is named by its items' path ("Demographics/Nationality"): XML wraps
// them in a List element (<NationalityList><Nationality>), JSON writes them
// as an array ("Nationality": [...]). Every problem is reported to the
// errors the node was made with, located as its syntax locates.
class Cv2012Node {
 public:
  virtual ~Cv2012Node() = default;

  virtual Location where() const = 0;
  // The text at `path`; absent, null or empty: nullopt.
  virtual std::optional<Text> text(std::string_view path) = 0;
  // The date at `path` (XML: attributes year, month, day; JSON: an object
  // of Year, Month, Day) in its role; absent or wrong: nullopt, a wrong one
  // reported.
  virtual std::optional<ParsedDate> date(std::string_view path, DateRole role) = 0;
  // This period's Current: true or false; absent is false, a wrong value
  // reported and false.
  virtual bool current() = 0;
  // The child at `path`, or nullptr when a step is absent.
  virtual std::unique_ptr<Cv2012Node> child(std::string_view path) = 0;
  // Whether the child `name` is present; its absence is reported.
  virtual bool require(std::string_view name) = 0;
  // Calls `read` on every item of the list at `path`, in order; whether the
  // list is present (formats.md, "Absent is not none": empty states none).
  virtual bool each(std::string_view path,
                    const std::function<void(Cv2012Node&)>& read) = 0;
  // Reports `message` at the value at `path` ("" for this node).
  virtual void error(std::string_view path, const std::string& message) = 0;
};

// Reads the facts of <LearnerInfo> (its JSON object) into `c`.
void read_learner_info(Cv2012Node& info, const RuleTables& rules, Candidate& c);

}  // namespace shortlist::europass
