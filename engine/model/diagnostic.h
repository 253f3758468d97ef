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
    int line = 0;         // where the value at `path` is in the file, from 1; 0 when not known
    int column = 0;       // in characters, from 1

    // "file:line:column: $.path: error: message [rule]", one line, as
    // editors and compilers write a place in a file.
    std::string str() const;
};

bool hasErrors(const std::vector<Diagnostic>& diagnostics);

}  // namespace wop::model
