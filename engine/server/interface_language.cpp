#include "server/interface_language.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <vector>

#include <Poco/StringTokenizer.h>

namespace wop::server {

std::optional<model::Lang> interfaceLanguageNamed(std::string_view code) {
    if (code == "en") return model::Lang::En;
    if (code == "ur") return model::Lang::Ur;
    return std::nullopt;
}

std::optional<model::Lang> acceptedLanguage(const std::string& header) {
    struct Range {
        model::Lang lang;
        double q;
    };
    std::vector<Range> ranges;
    const Poco::StringTokenizer items(header, ",", Poco::StringTokenizer::TOK_TRIM | Poco::StringTokenizer::TOK_IGNORE_EMPTY);
    for (const std::string& item : items) {
        const Poco::StringTokenizer parts(item, ";", Poco::StringTokenizer::TOK_TRIM);
        std::string primary = parts[0].substr(0, parts[0].find('-'));
        std::transform(primary.begin(), primary.end(), primary.begin(), [](unsigned char c) { return std::tolower(c); });
        const auto lang = interfaceLanguageNamed(primary);
        if (!lang) continue;
        double q = 1;
        for (std::size_t i = 1; i < parts.count(); ++i)
            if (parts[i].starts_with("q=")) q = std::strtod(parts[i].c_str() + 2, nullptr);
        if (q > 0) ranges.push_back({*lang, q});
    }
    // Equal q values keep the header's order.
    std::stable_sort(ranges.begin(), ranges.end(), [](const Range& a, const Range& b) { return a.q > b.q; });
    if (ranges.empty()) return std::nullopt;
    return ranges.front().lang;
}

model::Lang interfaceLanguage(const LanguageAsked& asked) {
    if (const auto lang = interfaceLanguageNamed(asked.switched)) return *lang;
    if (const auto lang = interfaceLanguageNamed(asked.remembered)) return *lang;
    return acceptedLanguage(asked.acceptLanguage).value_or(model::Lang::En);
}

}  // namespace wop::server
