#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "cli/command.h"
#include "cli/store_options.h"
#include "model/text.h"

namespace wop::cli {

// wopdocs signed add FILE : files a signed copy of a document made, as the
// facilitator (docs/delivery.md).
class SignedCommand : public Command {
public:
    std::string name() const override { return "signed"; }
    std::string usage() const override {
        return "add FILE [--document PARTNERSHIP/DOCUMENT [--lang en|ur] [--version N]]";
    }
    std::string summary() const override { return "file a signed copy of a document, digitally signed or scanned"; }
    void defineOptions(Poco::Util::OptionSet& options) override;
    void handleOption(const std::string& name, const std::string& value) override;
    int run(const std::vector<std::string>& arguments) override;

private:
    std::filesystem::path config_;
    std::optional<std::string> document_;  // "lahore-faisalabad-nrw/letter-of-intent"
    model::Lang lang_ = model::Lang::En;
    std::optional<int> version_;
    StoreOptions store_;
};

}  // namespace wop::cli
