// The 2012-2020 Europass CV in XML (root <SkillsPassport>): formats.md,
// "Europass CV".
#include "load/europass.h"

namespace shortlist {

Candidate read_europass_2012_xml(const xml::Element& root, const RuleTables&,
                                 Diagnostics& errors) {
  errors.error(root.where, root.path + ": the 2012-2020 Europass CV is not read yet");
  return {};
}

}  // namespace shortlist
