#include "cli/generate_command.h"

#include <chrono>
#include <fstream>
#include <iostream>
#include <map>
#include <stdexcept>

#include <Poco/Util/Option.h>
#include <Poco/Util/OptionException.h>
#include <unistd.h>

#include "cli/inputs.h"
#include "context/catalogue.h"
#include "render/renderer.h"
#include "store/document_files.h"

namespace wop::cli {

void GenerateCommand::defineOptions(Poco::Util::OptionSet& options) {
    using Poco::Util::Option;
    options.addOption(Option("doc", "d", "only this document id (repeatable; see `wopdocs documents`)")
                          .argument("ID").repeatable(true));
    options.addOption(Option("lang", "l", "en, ur or all (default all)").argument("LANG"));
    options.addOption(Option("out", "o", "output folder (default ./out)").argument("DIR"));
    options.addOption(Option("strict", "", "treat the guideline's rule warnings as errors"));
    options.addOption(Option("markup", "", "write each document's markup (.xml) instead of its PDF, to debug templates"));
    settings_.define(options);
}

void GenerateCommand::handleOption(const std::string& name, const std::string& value) {
    if (settings_.handle(name, value)) return;
    if (name == "doc") {
        if (!context::findDocumentType(value))
            throw Poco::Util::InvalidArgumentException("unknown document id \"" + value + "\" (see wopdocs documents)");
        documents_.insert(value);
    } else if (name == "lang") {
        if (value == "en") langs_ = {model::Lang::En};
        else if (value == "ur") langs_ = {model::Lang::Ur};
        else if (value == "all") langs_ = {model::Lang::En, model::Lang::Ur};
        else throw Poco::Util::InvalidArgumentException("--lang takes en, ur or all, not \"" + value + "\"");
    } else if (name == "out") {
        out_ = value;
    } else if (name == "strict") {
        strict_ = true;
    } else if (name == "markup") {
        markupOnly_ = true;
    }
}

int GenerateCommand::run(const std::vector<std::string>& arguments) {
    if (arguments.empty()) {
        std::cerr << "wopdocs generate: name at least one partnership file or folder (see --help)\n";
        return BadUsage;
    }
    const auto started = std::chrono::steady_clock::now();
    Inputs inputs = loadInputs(arguments, strict_, std::cerr);
    int failed = inputs.failedFiles;

    std::unique_ptr<render::Renderer> renderer;
    try {
        renderer = std::make_unique<render::Renderer>(settings_.settings());
    } catch (const std::exception& e) {
        std::cerr << "wopdocs generate: " << e.what() << '\n';
        return SomeFailed;
    }

    auto wanted = [&](std::string_view id) { return documents_.empty() || documents_.count(std::string(id)); };
    std::vector<context::DocumentInstance> jobs;
    for (const model::Partnership& p : inputs.partnerships) {
        std::set<std::string> found;
        for (const context::DocumentInstance& d : context::availableDocuments(p))
            if (wanted(d.type->id)) {
                jobs.push_back(d);
                found.insert(std::string(d.type->id));
            }
        for (const std::string& id : documents_)
            if (!found.count(id) && !context::findDocumentType(id)->programWide) {
                std::cerr << p.sourceFile << ": no data for " << id << " in this partnership\n";
                ++failed;
            }
    }
    if (!inputs.partnerships.empty() && wanted("roadmap"))
        jobs.push_back({context::findDocumentType("roadmap"), nullptr, std::nullopt});

    const auto program = inputs.program();
    const size_t total = jobs.size() * langs_.size();
    const bool terminal = isatty(STDERR_FILENO);
    size_t done = 0, made = 0;
    std::map<std::filesystem::path, int> madeByFolder;
    for (const context::DocumentInstance& job : jobs) {
        for (model::Lang lang : langs_) {
            std::filesystem::path path = render::Renderer::outputPath(out_, job, lang);
            try {
                if (markupOnly_) {
                    path.replace_extension(".xml");
                    std::filesystem::create_directories(path.parent_path());
                    std::ofstream(path) << renderer->markup(job, program, lang);
                } else {
                    renderer->renderPdf(job, program, lang, path);
                    if (!store::isCompletePdf(path)) {
                        std::filesystem::remove(path);
                        throw std::runtime_error("cannot write " + path.string() +
                                                 ": the PDF came out incomplete (is the disk full?)");
                    }
                }
                ++made;
                ++madeByFolder[path.parent_path()];
            } catch (const std::exception& e) {
                if (terminal) std::cerr << "\r\033[K";
                std::cerr << "error: " << e.what() << '\n';
                ++failed;
            }
            ++done;
            if (terminal)
                std::cerr << "\r\033[K[" << done << "/" << total << "] " << path.string() << std::flush;
        }
    }
    if (terminal && total) std::cerr << "\r\033[K";

    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    for (auto& [folder, count] : madeByFolder) std::cout << "  " << folder.string() << "/  " << count << " files\n";
    std::cout << "made " << made << " of " << total << (markupOnly_ ? " markup files" : " PDFs") << " in "
              << out_.string() << " (" << seconds << " s)";
    if (failed) std::cout << "; " << failed << " failed, see the messages above";
    if (inputs.warnings) std::cout << "; " << inputs.warnings << " rule warnings";
    std::cout << '\n';
    return failed ? SomeFailed : Success;
}

}  // namespace wop::cli
