#include "layout_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "layout/style.h"
#include "markup/parser.h"
#include "support.h"

namespace wop::test {

const text::FontSet& fonts() {
    static const text::FontSet set(text::FontChoice::defaults(sourceDir() / "fonts"));
    return set;
}

layout::PageSet layOut(const std::string& body, const std::string& attributes, const base::Images& images) {
    return layout::layoutDocument(markup::parse("<document " + attributes + ">" + body + "</document>"), fonts(), images);
}

Box boxOf(const layout::TextItem& item) {
    const text::GlyphRun& run = item.run;
    const float scale = run.size / static_cast<float>(run.font->unitsPerEm());
    Box box{item.x + run.glyphs.front().x, item.x + run.glyphs.front().x, item.y, item.y};
    for (const text::PlacedGlyph& g : run.glyphs) {
        text::GlyphBounds b = run.font->bounds(g.glyph);
        const float advance = static_cast<float>(run.font->advance(g.glyph)) * scale;
        const bool inked = b.left != b.right;
        box.left = std::min(box.left, item.x + g.x + (inked ? std::min(0.0f, static_cast<float>(b.left) * scale) : 0));
        box.right = std::max(box.right, item.x + g.x + (inked ? std::max(advance, static_cast<float>(b.right) * scale) : advance));
        box.top = std::max(box.top, item.y + g.y + static_cast<float>(b.top) * scale);
        box.bottom = std::min(box.bottom, item.y + g.y + static_cast<float>(b.bottom) * scale);
    }
    return box;
}

bool isFooter(const layout::Item& item) {
    const float baseline = layout::style::footerBaselineFromBottom;
    // The footer's lines and a final document's verification mark under them.
    if (auto* text = std::get_if<layout::TextItem>(&item)) return text->y <= baseline && text->angle == 0;
    if (auto* line = std::get_if<layout::LineItem>(&item)) return line->y1 == baseline + 14 && line->y2 == baseline + 14;
    if (auto* rect = std::get_if<layout::RectItem>(&item)) return rect->y + rect->height < baseline + 14;
    return false;
}

bool isWatermark(const layout::Item& item) {
    auto* text = std::get_if<layout::TextItem>(&item);
    return text && text->angle != 0;
}

std::vector<const layout::TextItem*> bodyText(const layout::Page& page) {
    std::vector<const layout::TextItem*> items;
    for (const layout::Item& item : page.items)
        if (auto* text = std::get_if<layout::TextItem>(&item); text && !isFooter(item) && !isWatermark(item))
            items.push_back(text);
    std::stable_sort(items.begin(), items.end(), [](auto* a, auto* b) { return a->y > b->y; });
    return items;
}

std::vector<std::string> footerTexts(const layout::Page& page) {
    std::vector<std::string> texts;
    for (const layout::Item& item : page.items)
        if (isFooter(item))
            if (auto* text = std::get_if<layout::TextItem>(&item)) texts.push_back(text->run.logicalText());
    return texts;
}

const layout::TextItem* itemWith(const layout::Page& page, const std::string& text) {
    for (const layout::TextItem* item : bodyText(page))
        if (item->run.logicalText().find(text) != std::string::npos) return item;
    return nullptr;
}

bool hasText(const layout::Page& page, const std::string& text) { return itemWith(page, text) != nullptr; }

std::optional<size_t> pageWith(const layout::PageSet& pages, const std::string& text) {
    for (size_t i = 0; i < pages.pages.size(); ++i)
        if (hasText(pages.pages[i], text)) return i;
    return std::nullopt;
}

std::string longParagraph(int sentences) {
    std::string text;
    for (int i = 1; i <= sentences; ++i)
        text += "Sentence " + std::to_string(i) + " says that the mentee utility reduces its non-revenue water. ";
    return text;
}

std::string space(float points) {
    std::ostringstream out;
    out << "<space pt=\"" << points << "\"/>";
    return out.str();
}

std::vector<float> spacesNearThePageEnd() {
    std::vector<float> spaces;
    for (float room = 200; room >= 0; room -= 3) spaces.push_back(contentHeight - room);
    return spaces;
}

void expectOnOnePage(const layout::PageSet& pages, const std::vector<std::string>& texts, float spaceBefore) {
    std::optional<size_t> first = pageWith(pages, texts.front());
    ASSERT_TRUE(first) << texts.front() << " is missing";
    for (const std::string& text : texts) {
        EXPECT_EQ(pageWith(pages, text), first) << text << " after a space of " << spaceBefore;
        size_t count = 0;
        for (const layout::Page& page : pages.pages) count += hasText(page, text) ? 1 : 0;
        EXPECT_EQ(count, 1u) << text << " after a space of " << spaceBefore;
    }
}

const Language& english() {
    static const Language language{"English", "", "of the pilot area"};
    return language;
}

const Language& urdu() {
    static const Language language{"Urdu", R"(lang="ur")", "پائلٹ علاقے کا پانی"};
    return language;
}

std::string marker(const std::string& name, int k) { return name + " " + std::to_string(k) + " mark"; }

std::vector<std::string> markers(const std::string& name, int count) {
    std::vector<std::string> all;
    for (int k = 1; k <= count; ++k) all.push_back(marker(name, k));
    return all;
}

std::string lines(const Language& language, const std::string& name, int count) {
    std::string text;
    for (int k = 1; k <= count; ++k) text += (k > 1 ? "<br/>" : "") + language.line(marker(name, k));
    return text;
}

std::string paragraph(const Language& language, const std::string& name, int count) {
    return "<p>" + lines(language, name, count) + "</p>";
}

}  // namespace wop::test
