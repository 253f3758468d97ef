// Which language the portal speaks to a reader: the one the switch asked
// for in the address (?lang=ur), else the one remembered for them (their
// session's, or the cookie's before they sign in), else the first of
// English and Urdu their browser's Accept-Language names, else English.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/text.h"

namespace wop::server {

// The cookie that remembers the switch for pages without a session.
inline constexpr const char* languageCookie = "wopdocs_lang";
inline constexpr int languageCookieSeconds = 365 * 24 * 3600;

// "en" or "ur"; anything else is no language of the portal's.
std::optional<model::Lang> interfaceLanguageNamed(std::string_view code);

// The first of en and ur in an Accept-Language header, by its q values and
// then its order ("ur-PK,ur;q=0.9,en;q=0.8" → ur); none when it names neither.
std::optional<model::Lang> acceptedLanguage(const std::string& header);

struct LanguageAsked {
    std::string switched;     // the address's lang parameter
    std::string remembered;   // the session's, else the cookie's
    std::string acceptLanguage;
};

model::Lang interfaceLanguage(const LanguageAsked& asked);

}  // namespace wop::server
