// A problem found in input: where (file, JSON path) and what (expected, found).
#pragma once

#include <string>
#include <vector>

namespace wop::model {

struct Diagnostic {
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    std::string file;     // "samples/lahore-faisalabad.json"
    std::string path;     // JSON path: "$.work_plan.activities[2].start"
    std::string message;  // "expected a date YYYY-MM-DD, found \"2025-13-01\""
    std::string rule;     // for rule warnings: "mentee team of 4-10 people (guideline 3.1.1 A.6)"

    // "file: $.path: error: message [rule]", one line.
    std::string str() const;
};

bool hasErrors(const std::vector<Diagnostic>& diagnostics);

}  // namespace wop::model
