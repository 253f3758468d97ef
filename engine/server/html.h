// The portal's pages share one frame: the PWON header with who is signed
// in and the switch to the other language, the page's main part, one small
// style sheet. Every value written into a page goes through escape().
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/escape.h"
#include "model/text.h"
#include "server/sessions.h"

namespace wop::server::html {

using base::escape;

// A Text as HTML: the English, then the Urdu (when given) in its own
// right-to-left span.
std::string bilingual(const model::Text& text);

// The whole page around `main` (HTML already escaped), in `lang`: Urdu
// pages are right to left.
std::string page(const std::string& title, const std::optional<Session>& session, const std::string& main,
                 model::Lang lang = model::Lang::En);

// The style sheet served at /style.css.
const std::string& styleSheet();

}  // namespace wop::server::html
