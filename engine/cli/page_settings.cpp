#include "cli/page_settings.h"

#include <cstdlib>
#include <stdexcept>
#include <string>

namespace wop::cli {
namespace {

// The footer and a final document's verification mark stand in the bottom
// margin (layout/style.h): 20 mm holds them clear of the text.
constexpr float minimumBottom = 20;
constexpr float minimumMargin = 5;
constexpr float maximumMargin = 80;
constexpr float minimumTextWidth = 80;

float millimetres(const Settings& config, const std::string& key, float minimum) {
    const std::string value = config.getString(key);
    char* end = nullptr;
    const float mm = std::strtof(value.c_str(), &end);
    if (value.empty() || *end != '\0' || !(mm >= minimum && mm <= maximumMargin))
        throw std::runtime_error(config.origin(key) + ": " + key + " must be a number of millimetres from " +
                                 std::to_string(static_cast<int>(minimum)) + " to " +
                                 std::to_string(static_cast<int>(maximumMargin)) + ", not \"" + value + "\"");
    return mm * layout::millimetre;
}

}  // namespace

layout::PageGeometry pageGeometryOf(const Settings* config) {
    layout::PageGeometry page;
    if (!config) return page;
    if (config->has("page.size")) {
        const std::string size = config->getString("page.size");
        const auto paper = layout::PageGeometry::paper(size);
        if (!paper)
            throw std::runtime_error(config->origin("page.size") + ": page.size must be A4, Letter or Legal, not \"" +
                                     size + "\"");
        page = *paper;
    }
    struct Side {
        const char* key;
        float* margin;
        float minimum;
    };
    const Side sides[] = {{"top", &page.marginTop, minimumMargin},
                          {"bottom", &page.marginBottom, minimumBottom},
                          {"start", &page.marginStart, minimumMargin},
                          {"end", &page.marginEnd, minimumMargin}};
    for (const Side& side : sides) {
        const std::string key = "page.margin." + std::string(side.key);
        if (config->has(key)) *side.margin = millimetres(*config, key, side.minimum);
        else if (config->has("page.margins")) *side.margin = millimetres(*config, "page.margins", side.minimum);
    }
    if (page.contentWidth() < minimumTextWidth * layout::millimetre)
        throw std::runtime_error(config->origin(config->has("page.margin.start") ? "page.margin.start" : "page.margins") +
                                 ": the margins leave less than " + std::to_string(static_cast<int>(minimumTextWidth)) +
                                 " mm of the page's width for the text");
    return page;
}

}  // namespace wop::cli
