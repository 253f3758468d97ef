// Shared by the layout tests: documents laid out from markup, and questions
// about where their text ended up.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "layout/layout.h"
#include "layout/style.h"

namespace wop::test {

// The content area of every page (layout/style.h), in PDF coordinates.
inline constexpr float contentLeft = layout::style::marginSide;
inline constexpr float contentRight = layout::style::marginSide + layout::style::contentWidth;
inline constexpr float contentBottom = layout::style::marginBottom;
inline constexpr float contentTop = layout::style::pageHeight - layout::style::marginTop;
inline constexpr float contentHeight = contentTop - contentBottom;
// Positions compared to the hundredth of a point.
inline constexpr float tolerance = 0.01f;

const text::FontSet& fonts();

// `body` inside <document attributes>, parsed and laid out.
layout::PageSet layOut(const std::string& body, const std::string& attributes = "");

// A text item's ink box on the page, in PDF coordinates (y up).
struct Box {
    float left = 0, right = 0, bottom = 0, top = 0;
};
Box boxOf(const layout::TextItem& item);

// Footer and watermark items: the only ones allowed outside the content area.
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

}  // namespace wop::test
