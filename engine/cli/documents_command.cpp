#include "cli/documents_command.h"

#include <iomanip>
#include <iostream>

#include "context/catalogue.h"

namespace wop::cli {

int DocumentsCommand::run(const std::vector<std::string>& arguments) {
    if (!arguments.empty()) {
        std::cerr << "wopdocs documents: takes no arguments\n";
        return BadUsage;
    }
    for (const context::DocumentType& type : context::documentTypes())
        std::cout << std::left << std::setw(28) << type.id << std::setw(8) << type.section << type.description << '\n';
    return Success;
}

}  // namespace wop::cli
