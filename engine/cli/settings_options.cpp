#include "cli/settings_options.h"

#include <cstdlib>

#include <Poco/Util/Option.h>

namespace wop::cli {

std::filesystem::path projectHome() {
    if (const char* home = std::getenv("WOPDOCS_HOME")) return home;
    if (std::filesystem::is_directory("templates/en")) return std::filesystem::current_path();
    return WOPDOCS_SOURCE_DIR;
}

void SettingsOptions::define(Poco::Util::OptionSet& options) const {
    using Poco::Util::Option;
    options.addOption(Option("templates", "", "template folder holding en/ and ur/ (default: HOME/templates)")
                          .argument("DIR"));
    options.addOption(Option("fonts", "", "folder searched for fonts before Debian's Noto fonts (default: HOME/fonts)")
                          .argument("DIR"));
    options.addOption(Option("urdu-digits", "", "print Urdu documents with Urdu digits (۱۲۳) instead of Western ones"));
}

bool SettingsOptions::handle(const std::string& name, const std::string& value) {
    if (name == "templates") templates_ = value;
    else if (name == "fonts") fonts_ = value;
    else if (name == "urdu-digits") urduDigits_ = true;
    else return false;
    return true;
}

render::RenderSettings SettingsOptions::settings() const {
    std::filesystem::path home = projectHome();
    render::RenderSettings s;
    s.templates = templates_.empty() ? home / "templates" : templates_;
    s.fonts = text::FontChoice::defaults(fonts_.empty() ? home / "fonts" : fonts_);
    s.locale.urduDigits = urduDigits_ ? context::Digits::Urdu : context::Digits::Western;
    return s;
}

}  // namespace wop::cli
