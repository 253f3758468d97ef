#include "cli/inputs.h"

#include <algorithm>
#include <filesystem>

#include "model/loader.h"

namespace wop::cli {

std::vector<const model::Partnership*> Inputs::program() const {
    std::vector<const model::Partnership*> all;
    for (const auto& p : partnerships) all.push_back(&p);
    return all;
}

std::vector<std::filesystem::path> partnershipFiles(const std::vector<std::string>& paths, std::ostream& log) {
    std::vector<std::filesystem::path> files;
    for (const std::string& path : paths) {
        std::error_code error;
        if (std::filesystem::is_directory(path, error)) {
            std::vector<std::filesystem::path> found;
            for (auto& entry : std::filesystem::directory_iterator(path, error))
                if (entry.is_regular_file() && entry.path().extension() == ".json") found.push_back(entry.path());
            std::sort(found.begin(), found.end());
            if (found.empty()) log << path << ": no .json partnership files in this folder\n";
            files.insert(files.end(), found.begin(), found.end());
        } else {
            files.emplace_back(path);
        }
    }
    return files;
}

Inputs loadInputs(const std::vector<std::string>& paths, bool strict, bool urdu, std::ostream& log) {
    Inputs inputs;
    for (const auto& file : partnershipFiles(paths, log)) {
        model::LoadResult result = model::loadPartnershipFile(file.string());
        if (urdu && result.partnership)
            result.diagnostics.insert(result.diagnostics.end(), result.englishOnly.begin(), result.englishOnly.end());
        bool failed = !result.partnership;
        for (const model::Diagnostic& d : result.diagnostics) {
            log << d.str() << '\n';
            if (d.severity == model::Diagnostic::Severity::Warning) {
                ++inputs.warnings;
                failed = failed || strict;
            }
        }
        if (failed) {
            ++inputs.failedFiles;
            log << file.string() << ": not used: no document is made from this file until "
                << (result.partnership ? "its warnings are resolved (--strict makes them errors)"
                                       : "the errors above are corrected")
                << '\n';
            continue;
        }
        inputs.partnerships.push_back(std::move(*result.partnership));
    }
    return inputs;
}

}  // namespace wop::cli
