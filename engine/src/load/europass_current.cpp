// The current Europass CV (root <Candidate>, namespace
// http://www.europass.eu/1.0): formats.md, "Europass CV".
#include "load/europass.h"

namespace shortlist {

Candidate read_europass_current(const xml::Element& root, const RuleTables&,
                                Diagnostics& errors) {
  errors.error(root.where, root.path + ": the current Europass CV is not read yet");
  return {};
}

}  // namespace shortlist
