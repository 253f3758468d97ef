// Every partnership file the store took, numbered from 1 per partnership:
// who saved it (an import, a portal user), when, and the JSON paths it
// changed from the version before. The partnerships table holds the latest;
// the versions are what the portal's history shows and what its forms
// were based on, to tell a concurrent edit, and the guideline's rule
// warnings it was stored with.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/diagnostic.h"
#include "store/database.h"

namespace wop::store {

struct PartnershipVersion {
    std::string partnership;
    int version = 0;
    std::string json;
    std::string savedAt;
    std::string savedBy;
    std::vector<std::string> changed;  // JSON paths without "$.": "work_plan.activities[2].end"
    std::vector<std::string> warnings;  // "work_plan.team: the mentee team has 3 people [rule]"
};

// The rule warnings among `diagnostics`, as a version records them.
std::vector<std::string> warningsOf(const std::vector<model::Diagnostic>& diagnostics);

class PartnershipVersions {
public:
    explicit PartnershipVersions(Database& database) : database_(database) {}

    // The latest version's number; 0 when none was recorded (a file imported
    // before versions were kept, or none).
    int latest(const std::string& partnership);
    std::optional<PartnershipVersion> find(const std::string& partnership, int version);
    // Newest first, without their JSON.
    std::vector<PartnershipVersion> history(const std::string& partnership);
    // In the caller's transaction; a version taken already makes the
    // database refuse it (its primary key): a concurrent save.
    void add(const PartnershipVersion& version);

private:
    Database& database_;
};

}  // namespace wop::store
