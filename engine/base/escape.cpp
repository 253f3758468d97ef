#include "base/escape.h"

namespace wop::base {

std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;  // &apos; is not HTML 4's
            default: out += c;
        }
    }
    return out;
}

}  // namespace wop::base
