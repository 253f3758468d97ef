// What a batch did, and its summary as `wopdocs batch` prints it.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "store/document_files.h"

namespace wop::batch {

struct Failure {
    std::string document;  // "lahore-faisalabad-nrw/work-plan (ur)"
    std::string reason;
};

struct BatchReport {
    store::RecoveryReport recovery;
    int made = 0;
    int upToDate = 0;
    std::vector<Failure> failures;
    std::vector<std::string> loadProblems;  // stored partnerships that do not load
    bool emptyStore = false;                // nothing imported yet
    // "final version v1 of ... superseded by v2 — re-sign"
    std::vector<std::string> resign;
    int threads = 1;
    double seconds = 0;
    // Documents not even tried: the batch stopped when the database could
    // not record one (locked, gone, full), as it could record none after it.
    int notAttempted = 0;
    bool stoppedByDatabase = false;

    bool succeeded() const { return failures.empty() && loadProblems.empty() && !stoppedByDatabase; }
};

// "nothing to do: 80 documents up to date", or "12 made, 68 up to date, 1
// failed (...)", then what failed and why, what to re-sign, what was recovered.
void printSummary(const BatchReport& report, std::ostream& out);

}  // namespace wop::batch
