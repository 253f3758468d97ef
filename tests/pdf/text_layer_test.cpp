// A line's text layer: its glyphs in reading order, right-to-left letters on
// blank carriers along the baseline, the glyphs that stand for nothing last,
// and the adjustments that keep pdf.js and MuPDF from adding or losing
// spaces and lines (viewer_rules.h).
#include <gtest/gtest.h>

#include "pdf/text_layer.h"
#include "pdf_support.h"
#include "text/paragraph.h"

namespace wop::pdf {
namespace {

struct SetLine {
    text::TextLine line;
    std::vector<layout::TextItem> items;

    SetLine(const std::string& text, text::Direction direction)
        : line(text::setLine(text, {}, direction, test::pdfFonts())) {
        for (const text::GlyphRun& run : line.runs) {
            layout::TextItem item;
            item.run = run;
            items.push_back(item);
        }
    }
    TextLayer layer() const {
        std::vector<const layout::TextItem*> runs;
        for (const layout::TextItem& item : items) runs.push_back(&item);
        return textLayer(runs);
    }
};

bool isMark(const std::string& text) { return text == silentText(true) || text == silentText(false); }

// What the layer's text glyphs stand for, in drawing order, marks left out.
std::string textOf(const TextLayer& layer) {
    std::string text;
    for (const LayerPart& part : layer.text)
        for (const LayerGlyph& g : part.glyphs)
            for (size_t at = 0; at < g.text.size();) {
                const std::string mark = g.text.substr(at, 3);
                if (isMark(mark)) {
                    at += 3;
                } else {
                    text += g.text[at];
                    ++at;
                }
            }
    return text;
}

const std::string urduLine = "اجلاس 1 مارچ کو WASA Lahore اور PWON کے دفتر میں ہوا۔";

TEST(TextLayer, DrawsTheLineInReadingOrder) {
    const SetLine urdu(urduLine, text::Direction::RightToLeft);
    EXPECT_EQ(textOf(urdu.layer()), urduLine);
    const std::string english = "The meeting with واسا لاہور took place on 14 March 2024.";
    EXPECT_EQ(textOf(SetLine(english, text::Direction::LeftToRight).layer()), english);
}

TEST(TextLayer, RightToLeftLettersRideOnBlankCarriersAlongTheBaseline) {
    const SetLine urdu("پاکستان واٹر", text::Direction::RightToLeft);
    const TextLayer layer = urdu.layer();
    ASSERT_EQ(layer.text.size(), 1u);
    const std::vector<LayerGlyph>& glyphs = layer.text.front().glyphs;
    ASSERT_FALSE(glyphs.empty());
    for (size_t i = 0; i < glyphs.size(); ++i) {
        EXPECT_TRUE(glyphs[i].carrier) << i;
        EXPECT_EQ(glyphs[i].glyph, carrierGlyph(*glyphs[i].font)) << i;
        EXPECT_EQ(glyphs[i].y, 0) << i;
        if (i > 0) {
            EXPECT_LT(glyphs[i].x, glyphs[i - 1].x) << "right to left: " << i;
        }
    }
}

TEST(TextLayer, GlyphsThatStandForNoTextAreDrawnLastAsMarks) {
    const SetLine urdu("پاکستان واٹر", text::Direction::RightToLeft);
    const TextLayer layer = urdu.layer();
    size_t drawn = 0;
    for (const LayerPart& part : layer.silent)
        for (const LayerGlyph& g : part.glyphs) {
            EXPECT_EQ(g.text, silentText(true));
            EXPECT_FALSE(g.carrier);
            ++drawn;
        }
    size_t visible = 0;
    for (const text::GlyphRun& run : urdu.line.runs)
        for (const text::PlacedGlyph& g : run.glyphs) {
            const text::GlyphBounds bounds = run.font->bounds(g.glyph);
            const bool ink = bounds.top != bounds.bottom || run.font->advance(g.glyph) != 0;
            visible += g.text != " " && ink;
        }
    EXPECT_EQ(drawn, visible) << "every glyph of the words with something to see, once";
}

TEST(TextLayer, LeftToRightRunsDrawTheirOwnGlyphs) {
    const SetLine english("Zoë Whitfield", text::Direction::LeftToRight);
    const TextLayer layer = english.layer();
    ASSERT_EQ(layer.text.size(), 1u);
    for (const LayerGlyph& g : layer.text.front().glyphs) EXPECT_FALSE(g.carrier) << g.text;
    EXPECT_TRUE(layer.silent.empty());
}

TEST(TextLayer, PartsFollowTheLanguageOfTheirLetters) {
    const SetLine urdu(urduLine, text::Direction::RightToLeft);
    std::vector<std::string> langs;
    for (const LayerPart& part : urdu.layer().text) langs.push_back(part.lang);
    // Digits take the language around them.
    EXPECT_EQ(langs, (std::vector<std::string>{"ur", "en", "ur", "en", "ur"}));
}

// pdf.js puts a mark before its letter when both are in one item.
TEST(TextLayer, AMarkBeginsATextItemOfItsOwn) {
    const TextLayer layer = SetLine("زیرِ تربیت", text::Direction::RightToLeft).layer();
    bool found = false;
    for (const LayerGlyph& g : layer.text.front().glyphs)
        if (g.text == "\u0650") {
            found = true;
            EXPECT_TRUE(g.newItem);
        }
    EXPECT_TRUE(found);
}

// Between the letters of a right-to-left word and whatever follows, pdf.js
// would otherwise read a space where the letters end far from it.
TEST(TextLayer, PunctuationRightAfterAnUrduNameInEnglishFollowsItsLastLetter) {
    const SetLine english("Dr Khan of WASA, ڈاکٹر عائشہ خان, presented", text::Direction::LeftToRight);
    const TextLayer layer = english.layer();
    const LayerGlyph* lastLetter = nullptr;
    const LayerGlyph* comma = nullptr;
    for (const LayerPart& part : layer.text)
        for (const LayerGlyph& g : part.glyphs) {
            if (g.text.find("\u0646") != std::string::npos) lastLetter = &g;  // ن, the name's last letter
            if (lastLetter && !comma && g.text.find(',') != std::string::npos) comma = &g;
        }
    ASSERT_TRUE(lastLetter && comma);
    EXPECT_TRUE(comma->carrier);
    const float end = lastLetter->x + static_cast<float>(lastLetter->font->advance(lastLetter->glyph)) * lastLetter->size /
                                           static_cast<float>(lastLetter->font->unitsPerEm());
    EXPECT_NEAR(comma->x, end, 0.01);
}

// MuPDF begins a new line where a left-to-right letter stands far from the
// last character, unless that was right to left.
TEST(TextLayer, ALatinWordInBracketsInUrduBeginsWithAMarkForMupdf) {
    const SetLine urdu("واسا (NRW) کو", text::Direction::RightToLeft);
    bool found = false;
    for (const LayerPart& part : urdu.layer().text)
        for (const LayerGlyph& g : part.glyphs)
            if (g.text.find('N') != std::string::npos) {
                found = true;
                EXPECT_EQ(g.text, silentText(true) + "N");
            }
    EXPECT_TRUE(found);
}

}  // namespace
}  // namespace wop::pdf
