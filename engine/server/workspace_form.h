// A workspace step's form, made from the schema's fields: every field named
// by its JSON path ("work_plan.activities[2].title.ur"), a Text as its
// English and Urdu inputs side by side, a list as rows with buttons to add,
// remove and move them (plain submits: no script), fields under keys of
// the facilitator's own (`extra`) with their keys added and removed the
// same way (workspace_keys.h), the loader's errors and
// the guideline's warnings at the field whose path they name. The posted
// form reads back into the partnership file's JSON at the same paths.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <Poco/Dynamic/Var.h>
#include <Poco/Net/NameValueCollection.h>

#include "model/diagnostic.h"
#include "model/text.h"
#include "server/workspace_schema.h"

namespace wop::server {

// What a form shows besides its values.
struct FormNotes {
    // By path without "$.": the loader's errors and warnings.
    std::multimap<std::string, model::Diagnostic> diagnostics;
    // The paths of Texts given only in English.
    std::set<std::string> englishOnly;
    // The people a person field may name: id and what to show.
    std::vector<std::pair<std::string, std::string>> people;

    // Notes from the loader's diagnostics and English-only warnings.
    static FormNotes of(const std::vector<model::Diagnostic>& diagnostics,
                        const std::vector<model::Diagnostic>& englishOnly);
};

// The spec of the value at `path` ("parties.mentor.people[3].name"), if the schema has one.
const FieldSpec* specAt(const FieldSpec& root, const std::string& path);

// The fields at `paths` of `document`, as HTML; the diagnostics shown are
// taken out of `notes`, so that what remains can be shown apart. Labels,
// hints and messages are in `lang`; each Text has its English input left
// to right and its Urdu right to left, whatever the page's language.
std::string formFields(const FieldSpec& root, const std::vector<std::string>& paths,
                       const Poco::Dynamic::Var& document, FormNotes& notes, model::Lang lang);

// Sets `paths` of `document` from the posted `form`, each whole (a value
// left empty is removed). With `keepEmptyRows`, a list's empty rows stay,
// as just added, for the form to show again.
void readForm(const FieldSpec& root, const std::vector<std::string>& paths, const Poco::Net::NameValueCollection& form,
              bool keepEmptyRows, Poco::Dynamic::Var& document);

// A list button's action on `document`: "add PATH" (an empty row at the
// end), "remove PATH[i]", "up PATH[i]", "down PATH[i]". False when `op` is
// none of them.
bool applyListAction(const FieldSpec& root, const std::string& op, Poco::Dynamic::Var& document);

// The people of every party in `document`, for person fields.
std::vector<std::pair<std::string, std::string>> peopleOf(const Poco::Dynamic::Var& document);

}  // namespace wop::server
