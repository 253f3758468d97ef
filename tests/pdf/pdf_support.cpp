#include "pdf_support.h"

#include "layout/layout.h"
#include "markup/parser.h"
#include "pdf/writer.h"

namespace wop::test {

const text::FontSet& pdfFonts() {
    static text::FontSet set(text::FontChoice::defaults(sourceDir() / "fonts"));
    return set;
}

std::filesystem::path writeMarkup(const ScratchDir& dir, const std::string& markup, const std::string& name) {
    auto path = dir / name;
    pdf::writePdf(layout::layoutDocument(markup::parse(markup), pdfFonts()), path);
    return path;
}

}  // namespace wop::test
