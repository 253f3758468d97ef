#include "partnership_json.h"

#include <sstream>

#include <Poco/JSON/Parser.h>

namespace wop::test {

std::string validPartnershipJson() {
    return R"({
  "format": "wopdocs/1",
  "id": "test-partnership",
  "reference": "PWON/WOP/2025/01",
  "subject": {"en": "Reduction of non-revenue water", "ur": "غیر محصولی پانی میں کمی"},
  "parties": {
    "facilitator": {
      "id": "pwon", "name": "Pakistan Water Operators Network", "short_name": "PWON",
      "people": [
        {"id": "chairman", "name": "Engr. Muhammad Asif Qureshi", "duties": ["chairman"]},
        {"id": "coordinator", "name": "Ms. Sana Tariq", "duties": ["national-coordinator"]}
      ]
    },
    "mentor": {
      "id": "wasa-lahore", "name": "Water and Sanitation Agency Lahore", "short_name": "WASA Lahore",
      "people": [
        {"id": "mentor-md", "name": "Mr. Ghufran Ahmed Malik", "duties": ["managing-director"]},
        {"id": "mentor-director", "name": "Engr. Shahid Mehmood Butt", "duties": ["director"]}
      ]
    },
    "mentee": {
      "id": "wasa-faisalabad", "name": "Water and Sanitation Agency Faisalabad", "short_name": "WASA Faisalabad",
      "people": [
        {"id": "mentee-md", "name": "Mr. Aamir Aziz Chaudhry", "duties": ["managing-director"]},
        {"id": "mentee-director", "name": "Engr. Naveed Akhtar Bhatti", "duties": ["director"]},
        {"id": "leader", "name": "Engr. Rabia Saleem", "duties": ["team-leader"]},
        {"id": "member-1", "name": "Mr. Muhammad Usman Ghani", "duties": ["team-member"]},
        {"id": "member-2", "name": "Engr. Hina Jabeen", "duties": ["team-member"]},
        {"id": "member-3", "name": "Mr. Kashif Raza", "duties": ["team-member"]}
      ]
    }
  },
  "steps": {
    "request": "2025-01-15",
    "initial_meeting": "2025-02-06",
    "letter_of_intent": "2025-03-14",
    "memorandum_of_agreement": "2025-05-09",
    "pilot_start": "2025-06-01",
    "pilot_end": "2025-12-31"
  },
  "initial_meeting": {"attendees": ["coordinator", "mentor-director", "mentee-director"]},
  "letter_of_intent": {"signatories": ["mentee-director", "mentor-director", "chairman"]},
  "memorandum": {"signatories": ["mentee-md", "mentor-md", "chairman"]},
  "monthly_reports": [{"month": "2025-06"}, {"month": "2025-09"}]
})";
}

JsonObject objectAt(const JsonObject& root, std::initializer_list<std::string> keys) {
    JsonObject object = root;
    for (const std::string& key : keys) object = object->getObject(key);
    return object;
}

model::LoadResult loadEdited(const std::function<void(JsonObject root)>& edit, const std::string& sourceName) {
    Poco::JSON::Parser parser;
    auto root = parser.parse(validPartnershipJson()).extract<JsonObject>();
    edit(root);
    std::ostringstream json;
    root->stringify(json);
    return model::loadPartnership(json.str(), sourceName);
}

std::vector<std::string> summaries(const model::LoadResult& result) {
    std::vector<std::string> lines;
    for (const auto& diagnostic : result.diagnostics) lines.push_back(diagnostic.path + ": " + diagnostic.message);
    return lines;
}

}  // namespace wop::test
