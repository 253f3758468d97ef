#include "model/diagnostic.h"

#include <algorithm>

namespace wop::model {

std::string Diagnostic::str() const {
    std::string line = file;
    if (this->line > 0) line += ":" + std::to_string(this->line) + ":" + std::to_string(column);
    line += ": ";
    if (!path.empty()) line += path + ": ";
    line += severity == Severity::Error ? "error: " : "warning: ";
    line += message;
    if (!rule.empty()) line += " [" + rule + "]";
    return line;
}

bool hasErrors(const std::vector<Diagnostic>& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Diagnostic::Severity::Error; });
}

}  // namespace wop::model
