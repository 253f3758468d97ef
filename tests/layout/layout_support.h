// Shared by the layout tests: documents laid out from markup, and questions
// about where their text ended up.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "layout/layout.h"
#include "layout/page_geometry.h"
#include "layout/style.h"

namespace wop::test {

// The default page, A4 (layout/page_geometry.h), and its content area, in PDF coordinates.
inline const layout::PageGeometry a4;
inline const float pageWidth = a4.width;
inline const float pageHeight = a4.height;
inline const float contentWidth = a4.contentWidth();
inline const float contentLeft = a4.marginStart;
inline const float contentRight = a4.marginStart + contentWidth;
inline const float contentBottom = a4.marginBottom;
inline const float contentTop = a4.height - a4.marginTop;
inline const float contentHeight = contentTop - contentBottom;
// Positions compared to the hundredth of a point.
inline constexpr float tolerance = 0.01f;

const text::FontSet& fonts();

// `body` inside <document attributes>, parsed and laid out, with `images` to show.
layout::PageSet layOut(const std::string& body, const std::string& attributes = "", const base::Images& images = {});

// A text item's box on the page, in PDF coordinates (y up): its ink, and
// across the line its advances where they reach further than the ink.
struct Box {
    float left = 0, right = 0, bottom = 0, top = 0;
};
Box boxOf(const layout::TextItem& item);

// Footer and watermark items: the only ones allowed outside the content area
// (the footer with a final document's verification mark).
bool isFooter(const layout::Item& item);
bool isWatermark(const layout::Item& item);

// The body's text items (neither footer nor watermark), top to bottom.
std::vector<const layout::TextItem*> bodyText(const layout::Page& page);
// The footer's text, each run's logical text, in item order.
std::vector<std::string> footerTexts(const layout::Page& page);

// Whether some body text item's logical text contains `text`.
bool hasText(const layout::Page& page, const std::string& text);
// The index of the first page with `text` in its body, if any.
std::optional<size_t> pageWith(const layout::PageSet& pages, const std::string& text);
// The first body text item containing `text` on `page`.
const layout::TextItem* itemWith(const layout::Page& page, const std::string& text);

// A paragraph of `sentences` numbered sentences ("Sentence 1 ...").
std::string longParagraph(int sentences);

// <space pt="points"/>
std::string space(float points);
// Spaces that put what follows them 0 to 200 points above the bottom of
// the first page, in steps small enough to meet every line boundary.
std::vector<float> spacesNearThePageEnd();

// Each of `texts` is on one page, the same for all, and only once.
void expectOnOnePage(const layout::PageSet& pages, const std::vector<std::string>& texts, float spaceBefore);

// A language to test a rule in, in its direction and at its line height.
struct Language {
    std::string name;
    std::string attributes;  // of <document>
    std::string words;       // a few of its words

    // `marker` (Latin, so that it is found whatever the direction) and the words.
    std::string line(const std::string& marker) const { return marker + " " + words; }
};
const Language& english();
const Language& urdu();

// "<name> <k> mark": found in one line only, whatever the other lines.
std::string marker(const std::string& name, int k);
// The markers 1 to `count`.
std::vector<std::string> markers(const std::string& name, int count);
// `count` lines of markers 1 to `count`, each with the language's words.
std::string lines(const Language& language, const std::string& name, int count);
// A <p> of those lines.
std::string paragraph(const Language& language, const std::string& name, int count);

// For test names and messages.
inline std::ostream& operator<<(std::ostream& out, const Language& language) { return out << language.name; }

}  // namespace wop::test
