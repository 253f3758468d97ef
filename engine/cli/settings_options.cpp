#include "cli/settings_options.h"

#include <algorithm>
#include <regex>
#include <stdexcept>

#include <Poco/Util/Option.h>

#include "cli/page_settings.h"
#include "cli/program_files.h"
#include "pdf/signer.h"
#include "pdf/writer.h"

namespace wop::cli {

namespace {

std::shared_ptr<const pdf::Signer> sealOf(const Settings* config) {
    const std::string key = config ? config->getString("sign.key", "") : "";
    const std::string certificate = config ? config->getString("sign.cert", "") : "";
    if (key.empty() && certificate.empty()) return nullptr;
    const std::string origin = config->origin(key.empty() ? "sign.cert" : "sign.key");
    if (key.empty() || certificate.empty())
        throw SettingsError(origin + ": sign.key and sign.cert go together, the seal needs both");
    try {
        return std::make_shared<const pdf::Signer>(key, certificate, config->getString("sign.key-password", ""));
    } catch (const pdf::PdfError& e) {
        throw SettingsError(origin + ": the seal (sign.key, sign.cert): " + e.what());
    }
}

// portal.url, without a trailing slash: where readers reach the portal's
// verification pages, printed on every final document.
std::string portalAddressOf(const Settings* config) {
    std::string address = config ? config->getString("portal.url", "") : "";
    while (!address.empty() && address.back() == '/') address.pop_back();
    static const std::regex valid(R"(https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?)");
    if (!address.empty() && !std::regex_match(address, valid))
        throw std::runtime_error(config->origin("portal.url") + ": portal.url must be an http:// or https:// address such as "
                                 "https://wops.example.org, not \"" + address + "\"");
    return address;
}

}  // namespace

void SettingsOptions::define(Poco::Util::OptionSet& options) const {
    using Poco::Util::Option;
    options.addOption(Option("config", "", settingsFileHelp).argument("FILE"));
    options.addOption(Option("templates", "", "template folder holding en/ and ur/ (default: templates of the "
                                              "settings, else the program's, see wopdocs config)")
                          .argument("DIR"));
    options.addOption(Option("fonts", "", "folder searched for fonts before Debian's Noto fonts (default: fonts of "
                                          "the settings, else the program's)")
                          .argument("DIR"));
    options.addOption(Option("urdu-digits", "", "print Urdu documents with Urdu digits (۱۲۳) instead of Western ones"));
}

bool SettingsOptions::handle(const std::string& name, const std::string& value) {
    if (name == "config") config_ = value;
    else if (name == "templates") templates_ = value;
    else if (name == "fonts") fonts_ = value;
    else if (name == "urdu-digits") urduDigits_ = true;
    else return false;
    return true;
}

std::shared_ptr<const pdf::Signer> SettingsOptions::seal() const {
    return sealOf(readSettingsFile(config_).get());
}

render::RenderSettings SettingsOptions::settings() const {
    Poco::AutoPtr<Settings> config = readSettingsFile(config_);
    auto setting = [&](const std::string& key, const std::string& fallback) {
        return config ? config->getString(key, fallback) : fallback;
    };

    render::RenderSettings s;
    // A misspelt name in an edited template prints nothing, as Mustache
    // does, unless `generate --strict` asks for the error.
    s.unknownNames = tmpl::UnknownNames::RenderEmpty;
    s.templates = templates_.empty() ? std::filesystem::path(setting("templates", programFolder("templates").string()))
                                     : templates_;
    s.fonts = text::FontChoice::defaults(
        fonts_.empty() ? std::filesystem::path(setting("fonts", programFolder("fonts").string())) : fonts_);
    if (config) {
        // fonts.urdu = JameelNooriNastaleeq.ttf puts that file first for the role.
        Poco::Util::AbstractConfiguration::Keys roles;
        config->keys("fonts", roles);
        for (const std::string& role : roles) {
            auto known = text::roleNamed(role);
            if (!known) throw std::runtime_error(config->origin("fonts." + role) + ": no font role \"" + role + "\"");
            const std::string file = config->getString("fonts." + role);
            // Named, it must be there: falling back to the default font in
            // silence would print every document in a font nobody chose.
            const auto& folders = s.fonts.folders;
            if (std::none_of(folders.begin(), folders.end(),
                             [&](const auto& folder) { return std::filesystem::is_regular_file(folder / file); })) {
                std::string searched;
                for (const auto& folder : folders) searched += " " + folder.string();
                throw std::runtime_error(config->origin("fonts." + role) + ": fonts." + role + " = " + file +
                                         ": no such font file in" + searched);
            }
            auto& files = s.fonts.files[*known];
            files.insert(files.begin(), file);
        }
    }
    std::string digits = urduDigits_ ? "urdu" : setting("urdu.digits", "western");
    if (digits != "urdu" && digits != "western")
        throw std::runtime_error(config->origin("urdu.digits") + ": urdu.digits must be western or urdu, not \"" + digits + "\"");
    s.locale.urduDigits = digits == "urdu" ? context::Digits::Urdu : context::Digits::Western;
    s.seal = sealOf(config.get());
    s.portalAddress = portalAddressOf(config.get());
    s.page = pageGeometryOf(config.get());
    return s;
}

}  // namespace wop::cli
