// The 2012-2020 Europass CV in JSON (top key "SkillsPassport"): formats.md,
// "Europass CV".
#include "load/europass.h"

namespace shortlist {

Candidate read_europass_2012_json(const json::Node& root, const RuleTables&,
                                  Diagnostics& errors) {
  errors.error(root.where, "a Europass CV in JSON is not read yet");
  return {};
}

}  // namespace shortlist
