// Europass CVs (formats.md, "Europass CV"): the same facts from either
// generation, read into the typed profile the same facts written in YAML
// would give. europass_xml.cpp is the `.xml` candidate format and tells the
// generation by the root element; each generation's reader is its own file.
//
// A reader returns the candidate it could read and reports every problem to
// `errors`, located by line and element path (XML) or line, column and JSON
// pointer (JSON); the caller keeps the candidate only when `errors` is empty.
// The id is left empty: it is the file's name (formats.md, "Ids").
#pragma once

#include "json/document.h"
#include "shortlist/profile.h"
#include "shortlist/rules.h"
#include "shortlist/status.h"
#include "xml/document.h"

namespace shortlist {

// The namespace of the current Europass's root <Candidate>.
inline constexpr std::string_view kEuropassNamespace = "http://www.europass.eu/1.0";

// The current Europass (root <Candidate>, HR-XML 3.0 based):
// europass_current.cpp.
Candidate read_europass_current(const xml::Element& root, const RuleTables& rules,
                                Diagnostics& errors);

// The 2012-2020 Europass in XML (root <SkillsPassport>, schema 3.x):
// europass_2012.cpp.
Candidate read_europass_2012_xml(const xml::Element& root, const RuleTables& rules,
                                 Diagnostics& errors);

// The 2012-2020 Europass in JSON (top key "SkillsPassport"):
// europass_2012_json.cpp.
Candidate read_europass_2012_json(const json::Node& root, const RuleTables& rules,
                                  Diagnostics& errors);

}  // namespace shortlist
