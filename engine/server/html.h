// The portal's pages share one frame: the PWON header with who is signed
// in and the switch to the other language, the page's main part, one small
// style sheet. Every value written into a page goes through escape().
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/escape.h"
#include "model/text.h"
#include "server/sessions.h"

namespace wop::server::html {

using base::escape;

// A Text as HTML: the English, then the Urdu (when given) in its own
// right-to-left span.
std::string bilingual(const model::Text& text);

// A table's head, and a cell that names its column, which a phone shows
// above the cell's value (each row a card: the style sheet).
std::string tableHead(const std::vector<std::string_view>& columns);
std::string cell(std::string_view column, const std::string& content);

// The whole page around `main` (HTML already escaped), in `lang`: Urdu
// pages are right to left. The switch to the other language opens the
// page's own address, or `switchTo` when the page answers a POST whose
// address a GET does not show again.
std::string page(const std::string& title, const std::optional<Session>& session, const std::string& main,
                 model::Lang lang = model::Lang::En, const std::string& switchTo = "");

// The style sheet served at /style.css.
const std::string& styleSheet();

}  // namespace wop::server::html
