#include "layout/page_geometry.h"

#include <cctype>
#include <cstdio>

namespace wop::layout {

std::optional<PageGeometry> PageGeometry::paper(std::string_view name) {
    std::string lower(name);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    PageGeometry page;
    if (lower == "a4") return page;
    if (lower == "letter" || lower == "legal") {
        page.width = 612;  // 8.5 by 11 and by 14 inches
        page.height = lower == "letter" ? 792 : 1008;
        return page;
    }
    return std::nullopt;
}

std::string PageGeometry::look() const {
    if (*this == PageGeometry{}) return {};
    char words[160];
    std::snprintf(words, sizeof words, "page %.2fx%.2f margins %.2f %.2f %.2f %.2f", width, height, marginTop,
                  marginBottom, marginStart, marginEnd);
    return words;
}

}  // namespace wop::layout
