#include "server/workspace_warnings.h"

#include "server/html.h"
#include "server/portal_words.h"
#include "server/workspace_data.h"

namespace wop::server::html {

namespace {

// `pattern` with "{n}" and "{v}" replaced: the words' order is the language's.
std::string filled(std::string_view pattern, std::size_t n, int v = 0) {
    std::string out(pattern);
    for (const auto& [mark, value] : {std::pair{"{n}", std::to_string(n)}, std::pair{"{v}", std::to_string(v)}})
        if (const std::size_t at = out.find(mark); at != std::string::npos) out.replace(at, 3, value);
    return out;
}

std::string listOf(const std::vector<std::string>& warnings) {
    std::string out = "<ul class=\"problems\">\n";
    for (const std::string& warning : warnings) out += "<li class=\"field-warning\">" + escape(warning) + "</li>\n";
    return out + "</ul>\n";
}

}  // namespace

std::string saveWithWarningsChoice(const std::vector<std::string>& warned, model::Lang lang) {
    if (warned.empty()) return "";
    return "<div class=\"field warnings-choice\"><label><input type=\"checkbox\" name=\"accept-warnings\" value=\"" +
           escape(warningsDigest(warned)) + "\"> " + escape(filled(words(lang).saveWithWarnings, warned.size())) +
           "</label>\n" + listOf(warned) + "</div>\n";
}

std::string savedWithWarningsNote(int version, const std::vector<std::string>& warnings, model::Lang lang) {
    if (warnings.empty()) return "";
    return "<div class=\"saved-with-warnings\"><p class=\"field-warning\">" +
           escape(filled(words(lang).savedWithWarnings, warnings.size(), version)) + "</p>\n" + listOf(warnings) +
           "</div>\n";
}

}  // namespace wop::server::html
