#include "server/workspace_messages.h"

#include <regex>
#include <utility>
#include <vector>

#include "server/portal_sentences.h"
#include "server/portal_words.h"
#include "server/workspace_labels.h"

namespace wop::server {

namespace {

using Pattern = std::string_view html::PortalWords::*;

// The English wording as a regular expression, each "{1}", "{2}", ... a
// value caught: the English has them in order.
std::regex wordingOf(std::string_view english) {
    static const std::regex special(R"([.^$|()\[\]{}*+?\\])");
    std::string expression;
    for (std::size_t i = 0; i < english.size(); ++i) {
        if (english[i] == '{' && i + 2 < english.size() && english[i + 2] == '}') {
            expression += "(.*)";
            i += 2;
        } else {
            expression += std::regex_replace(std::string(1, english[i]), special, "\\$&");
        }
    }
    return std::regex(expression);
}

const std::vector<std::pair<Pattern, std::regex>>& wordings() {
    static const std::vector<std::pair<Pattern, std::regex>> all = [] {
        std::vector<std::pair<Pattern, std::regex>> out;
        for (Pattern pattern :
             {&html::PortalWords::missingField, &html::PortalWords::expectedDate, &html::PortalWords::expectedMonth,
              &html::PortalWords::expectedNonEmpty, &html::PortalWords::expectedId,
              &html::PortalWords::expectedOnOrAfter, &html::PortalWords::expectedEnOrUr,
              &html::PortalWords::expectedInteger, &html::PortalWords::unknownPerson})
            out.emplace_back(pattern, wordingOf(html::words(model::Lang::En).*pattern));
        return out;
    }();
    return all;
}

}  // namespace

std::string diagnosticMessage(const std::string& message, model::Lang lang) {
    if (lang == model::Lang::En) return message;
    for (const auto& [pattern, wording] : wordings()) {
        std::smatch match;
        if (!std::regex_match(message, match, wording)) continue;
        std::vector<std::string> values;
        // A field's key ("name", "end") by its label in the reader's language.
        for (std::size_t i = 1; i < match.size(); ++i)
            values.push_back(hasUrduLabel(match[i]) ? fieldLabel(match[i], lang) : std::string(match[i]));
        return html::fill(html::words(lang).*pattern, values);
    }
    return message;
}

}  // namespace wop::server
