// Any bytes as document markup: parsed, and when the parser accepts it, laid
// out into pages. A ParseError or LayoutError is a fine answer; a crash, hang
// or any other exception is not.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fonts.h"
#include "layout/layout.h"
#include "markup/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const wop::text::FontSet& fonts = fuzzFonts();
    wop::markup::Document document;
    try {
        document = wop::markup::parse(std::string_view(reinterpret_cast<const char*>(data), size));
    } catch (const wop::markup::ParseError&) {
        return 0;
    }
    try {
        wop::layout::layoutDocument(document, fonts);
    } catch (const wop::layout::LayoutError&) {
    }
    return 0;
}
