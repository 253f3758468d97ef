#include "cli/generate_command.h"

#include <algorithm>
#include <chrono>
#include <iomanip>
#include <future>
#include <iostream>
#include <map>
#include <mutex>
#include <utility>

#include <Poco/Util/Option.h>
#include <Poco/Util/OptionException.h>
#include <unistd.h>

#include "base/durable_file.h"
#include "cli/inputs.h"
#include "context/catalogue.h"
#include "render/parallel.h"
#include "render/progress.h"
#include "render/renderer.h"

namespace wop::cli {

void GenerateCommand::defineOptions(Poco::Util::OptionSet& options) {
    using Poco::Util::Option;
    options.addOption(Option("doc", "d", "only this document id (repeatable; see `wopdocs documents`)")
                          .argument("ID").repeatable(true));
    options.addOption(Option("lang", "l", "en, ur or all (default all)").argument("LANG"));
    options.addOption(Option("out", "o", "output folder (default ./out)").argument("DIR"));
    options.addOption(Option("strict", "", "treat warnings as errors: the guideline's rules, Text given only in English when making Urdu, and a name a template uses that the context does not have"));
    options.addOption(Option("markup", "", "write each document's markup (.xml) instead of its PDF, to debug templates"));
    jobs_.define(options);
    settings_.define(options);
}

void GenerateCommand::handleOption(const std::string& name, const std::string& value) {
    if (settings_.handle(name, value) || jobs_.handle(name, value)) return;
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
        // An empty folder name would be the current folder, written into unasked.
        if (value.empty()) throw Poco::Util::InvalidArgumentException("--out needs a folder name, not \"\"");
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
    // Templates and fonts load while the partnership files are read: the
    // two do not depend on each other.
    std::future<std::unique_ptr<render::Renderer>> loading = std::async(std::launch::async, [this]() {
        render::RenderSettings settings = settings_.settings();
        if (strict_) settings.unknownNames = tmpl::UnknownNames::Fail;
        return std::make_unique<render::Renderer>(settings);
    });
    const bool urdu = std::find(langs_.begin(), langs_.end(), model::Lang::Ur) != langs_.end();
    Inputs inputs = loadInputs(arguments, strict_, urdu, std::cerr);
    int failed = inputs.failedFiles;

    std::unique_ptr<render::Renderer> renderer;
    try {
        renderer = loading.get();
    } catch (const SettingsError& e) {
        std::cerr << "wopdocs generate: " << e.what() << '\n';
        return BadUsage;
    } catch (const std::exception& e) {
        std::cerr << "wopdocs generate: " << e.what() << '\n';
        return SomeFailed;
    }

    auto wanted = [&](std::string_view id) { return documents_.empty() || documents_.count(std::string(id)); };
    std::vector<std::pair<context::DocumentInstance, model::Lang>> jobs;
    for (const model::Partnership& p : inputs.partnerships) {
        std::set<std::string> found;
        for (const context::DocumentInstance& d : context::availableDocuments(p))
            if (wanted(d.type->id)) {
                for (model::Lang lang : langs_) jobs.emplace_back(d, lang);
                found.insert(std::string(d.type->id));
            }
        for (const std::string& id : documents_)
            if (!found.count(id) && !context::findDocumentType(id)->programWide) {
                std::cerr << p.sourceFile << ": no data for " << id << " in this partnership\n";
                ++failed;
            }
    }
    if (!inputs.partnerships.empty() && wanted("roadmap")) {
        const context::DocumentInstance roadmap{context::findDocumentType("roadmap"), nullptr, std::nullopt};
        for (model::Lang lang : langs_) jobs.emplace_back(roadmap, lang);
    }

    const auto program = inputs.program();
    render::Progress progress(std::cerr, isatty(STDERR_FILENO));
    progress.expect(jobs.size());
    std::mutex counting;  // guards the counts
    size_t made = 0;
    std::map<std::filesystem::path, int> madeByFolder;
    render::forEachInParallel(jobs.size(), jobs_.threads(), [&](size_t i) {
        const auto& [job, lang] = jobs[i];
        std::filesystem::path path = render::Renderer::outputPath(out_, job, lang);
        try {
            if (markupOnly_) {
                path.replace_extension(".xml");
                std::filesystem::create_directories(path.parent_path());
                base::writeFileAtomically(path, renderer->markup(job, program, lang).text);
            } else {
                renderer->renderPdf(job, program, lang, path);
            }
        } catch (const std::exception& e) {
            progress.failed(path.string(), e.what());
            const std::lock_guard<std::mutex> lock(counting);
            ++failed;
            return;
        }
        progress.made(path.string());
        const std::lock_guard<std::mutex> lock(counting);
        ++made;
        ++madeByFolder[path.parent_path()];
    });
    progress.close();

    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    for (auto& [folder, count] : madeByFolder) std::cout << "  " << folder.string() << "/  " << count << " files\n";
    std::cout << "made " << made << " of " << jobs.size() << (markupOnly_ ? " markup files" : " PDFs") << " in "
              << out_.string() << " (" << std::fixed << std::setprecision(2) << seconds << " s)";
    if (failed) std::cout << "; " << failed << " failed, see the messages above";
    if (inputs.warnings) std::cout << "; " << inputs.warnings << " warnings";
    std::cout << '\n';
    return failed ? SomeFailed : Success;
}

}  // namespace wop::cli
