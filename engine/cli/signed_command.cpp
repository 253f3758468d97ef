#include "cli/signed_command.h"

#include <fstream>
#include <iostream>
#include <iterator>

#include <Poco/NumberParser.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionException.h>

#include "cli/intake_limits.h"
#include "intake/intake.h"

namespace wop::cli {

namespace {

// Who the store says filed a copy given on the command line: whoever runs
// wopdocs on the data folder is the facilitator.
constexpr const char* commandLineUploader = "facilitator (command line)";

// The file's bytes, no more than `limit` and one: enough to tell that it is
// too large without reading all of it.
std::string readAtMost(const std::filesystem::path& file, std::size_t limit) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + file.string());
    std::string bytes(limit + 1, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (in.bad()) throw std::runtime_error("cannot read " + file.string());
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    return bytes;
}

void printCopy(const store::SignedCopy& copy, const std::filesystem::path& dataDir) {
    std::cout << (copy.kind == store::CopyKind::Digital ? "signed copy" : "scanned copy") << " of version "
              << copy.version << " of " << copy.key.str();
    if (copy.kind == store::CopyKind::Digital) std::cout << ": " << copy.state();
    std::cout << '\n';
    for (const store::CopySignature& signature : copy.signatures)
        std::cout << "  " << signature.field << ": " << (signature.signer.empty() ? "(signer unreadable)" : signature.signer)
                  << (signature.digestMatches ? "" : " — the signature does not match the signed bytes") << '\n';
    std::cout << "filed as " << (dataDir / copy.path).string() << '\n';
}

}  // namespace

void SignedCommand::defineOptions(Poco::Util::OptionSet& options) {
    using Poco::Util::Option;
    options.addOption(Option("document", "", "the document a scanned copy is of; a digitally signed copy names its own")
                          .argument("PARTNERSHIP/DOCUMENT"));
    options.addOption(Option("lang", "", "with --document: the copy's language (default en)").argument("en|ur"));
    options.addOption(Option("version", "", "with --document: the version signed (default: the latest final one)")
                          .argument("N"));
    store_.define(options, StoreOptions::ConfigOption::Define);
}

void SignedCommand::handleOption(const std::string& name, const std::string& value) {
    if (name == "config") config_ = value;
    if (store_.handle(name, value)) return;
    if (name == "document") {
        const auto slash = value.find('/');
        if (slash == std::string::npos || slash == 0 || slash + 1 == value.size() || value.find('/', slash + 1) != std::string::npos)
            throw Poco::Util::InvalidArgumentException("--document takes PARTNERSHIP/DOCUMENT, not \"" + value + "\"");
        document_ = value;
    } else if (name == "lang") {
        const auto lang = store::parseLang(value);
        if (!lang) throw Poco::Util::InvalidArgumentException("--lang takes en or ur, not \"" + value + "\"");
        lang_ = *lang;
    } else if (name == "version") {
        int version = 0;
        if (!Poco::NumberParser::tryParse(value, version) || version < 1)
            throw Poco::Util::InvalidArgumentException("--version takes a version number, 1 or more, not \"" + value + "\"");
        version_ = version;
    }
}

int SignedCommand::run(const std::vector<std::string>& arguments) {
    if (arguments.size() != 2 || arguments[0] != "add") {
        std::cerr << "wopdocs signed: usage: wopdocs signed " << usage() << " (see --help)\n";
        return BadUsage;
    }
    if (!document_ && version_) {
        std::cerr << "wopdocs signed: --version goes with --document (see --help)\n";
        return BadUsage;
    }
    const std::filesystem::path file = arguments[1];
    intake::Upload upload;
    upload.uploadedBy = commandLineUploader;
    upload.mayFile = [](const std::string&) { return true; };
    if (document_) {
        const auto slash = document_->find('/');
        upload.named = intake::NamedVersion{{document_->substr(0, slash), document_->substr(slash + 1), lang_}, version_};
    }
    try {
        const intake::IntakeLimits limits = intakeLimits(config_);
        const std::string bytes = readAtMost(file, limits.maxBytes);
        upload.bytes = bytes;
        store::Store store(store_.location());
        printCopy(intake::receiveSignedCopy(store, upload, limits), store.dataDir());
        return Success;
    } catch (const intake::UploadRefused& e) {
        std::cerr << "wopdocs signed: " << file.string() << " refused: " << e.what() << '\n';
        return SomeFailed;
    } catch (const std::exception& e) {  // the file, the settings or the store cannot be used
        std::cerr << "wopdocs signed: " << e.what() << '\n';
        return SomeFailed;
    }
}

}  // namespace wop::cli
