// The workspace's forms in the reader's language: the schema names its
// fields by their keys and explains them in English (its descriptions), so
// the Urdu of each key, description and choice is here, one table each,
// kept complete by a test that reads the schema.
#pragma once

#include <string>

#include "model/text.h"

namespace wop::server {

// A field's label: "expected_results" → "Expected results" in English, its
// Urdu from the table (the English where the table has none).
std::string fieldLabel(const std::string& key, model::Lang lang);

// A schema description, or a choice's value ("team-leader"), as the reader reads it.
std::string fieldHint(const std::string& description, model::Lang lang);
std::string choiceName(const std::string& choice, model::Lang lang);

// Whether the tables have Urdu for it (for the test that keeps them complete).
bool hasUrduLabel(const std::string& key);
bool hasUrduHint(const std::string& description);
bool hasUrduChoice(const std::string& choice);

}  // namespace wop::server
