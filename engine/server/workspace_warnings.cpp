#include "server/workspace_warnings.h"

#include "server/html.h"
#include "server/portal_sentences.h"
#include "server/portal_words.h"
#include "server/workspace_data.h"

namespace wop::server::html {

namespace {

std::string listOf(const std::vector<std::string>& warnings) {
    std::string out = "<ul class=\"problems\">\n";
    for (const std::string& warning : warnings) out += "<li class=\"field-warning\">" + escape(warning) + "</li>\n";
    return out + "</ul>\n";
}

}  // namespace

std::string saveWithWarningsChoice(const std::vector<std::string>& warned, model::Lang lang) {
    if (warned.empty()) return "";
    return "<div class=\"field warnings-choice\"><label><input type=\"checkbox\" name=\"accept-warnings\" value=\"" +
           escape(warningsDigest(warned)) + "\"> " + escape(fill(words(lang).saveWithWarnings, {std::to_string(warned.size())})) +
           "</label>\n" + listOf(warned) + "</div>\n";
}

std::string savedWithWarningsNote(int version, const std::vector<std::string>& warnings, model::Lang lang) {
    if (warnings.empty()) return "";
    return "<div class=\"saved-with-warnings\"><p class=\"field-warning\">" +
           escape(fill(words(lang).savedWithWarnings, {std::to_string(version), std::to_string(warnings.size())})) + "</p>\n" + listOf(warnings) +
           "</div>\n";
}

}  // namespace wop::server::html
