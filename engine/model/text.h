// Text given per language. A value given only in English is used in Urdu
// documents too (in Latin script, placed by the bidi algorithm).
#pragma once

#include <string>

namespace wop::model {

enum class Lang { En, Ur };

inline const char* langCode(Lang lang) { return lang == Lang::Ur ? "ur" : "en"; }

struct Text {
    std::string en;
    std::string ur;

    const std::string& in(Lang lang) const { return lang == Lang::Ur && !ur.empty() ? ur : en; }
    bool empty() const { return en.empty() && ur.empty(); }
};

}  // namespace wop::model
