#include "text/paragraph.h"

#include <algorithm>
#include <memory>
#include <stdexcept>

#include <unicode/brkiter.h>
#include <unicode/ubidi.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include "text/embedded_values.h"
#include "text/harfbuzz_buffer.h"
#include "text/installed_fonts.h"
#include "text/unbreakable.h"
#include "text/utf16.h"

namespace wop::text {
namespace {

constexpr char16_t lineSeparator = 0x2028;
constexpr char16_t leftToRightIsolate = 0x2066;
constexpr char16_t popDirectionalIsolate = 0x2069;

// A stretch of the paragraph with one bidi level, font and size: the unit
// HarfBuzz shapes.
struct Item {
    int32_t start = 0;
    int32_t end = 0;
    UBiDiLevel level = 0;
    const Font* font = nullptr;
    float size = 0;
};

struct ShapedGlyph {
    uint32_t glyph;
    int32_t cluster;  // UTF-16 index of the cluster's first character
    float advance;
    float xOffset;
    float yOffset;
    std::string text;
};

struct ShapedItem {
    Item item;
    std::vector<ShapedGlyph> glyphs;  // HarfBuzz's output order: visual within the item
};

struct UBiDiCloser {
    void operator()(UBiDi* b) const { ubidi_close(b); }
};
using BidiPtr = std::unique_ptr<UBiDi, UBiDiCloser>;

void check(UErrorCode status, const char* what) {
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU ") + what + ": " + u_errorName(status));
}

enum class BreakKind { Line, Grapheme };

// ICU's break iterators take long to make and may not be shared between
// threads: each thread keeps one of each kind per language and points it at
// the text of the paragraph being broken.
icu::BreakIterator* breakIterator(BreakKind kind, bool urdu) {
    thread_local std::unique_ptr<icu::BreakIterator> kept[2][2];
    std::unique_ptr<icu::BreakIterator>& slot = kept[kind == BreakKind::Line][urdu];
    if (!slot) {
        UErrorCode status = U_ZERO_ERROR;
        icu::Locale locale(urdu ? "ur" : "en");
        std::unique_ptr<icu::BreakIterator> made(kind == BreakKind::Line
                                                     ? icu::BreakIterator::createLineInstance(locale, status)
                                                     : icu::BreakIterator::createCharacterInstance(locale, status));
        check(status, kind == BreakKind::Line ? "line breaker" : "grapheme breaker");
        slot = std::move(made);
    }
    return slot.get();
}

std::string toUtf8(const char16_t* text, int32_t length) {
    std::string out(static_cast<size_t>(length) * 3 + 1, '\0');
    int32_t written = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strToUTF8WithSub(out.data(), static_cast<int32_t>(out.size()), &written,
                       reinterpret_cast<const UChar*>(text), length, 0xFFFD, nullptr, &status);
    check(status, "UTF-16 conversion");
    out.resize(static_cast<size_t>(written));
    return out;
}

bool isArabicScript(UScriptCode script) {
    return script == USCRIPT_ARABIC || script == USCRIPT_SYRIAC || script == USCRIPT_THAANA;
}

bool isNeutralScript(UScriptCode script) {
    return script == USCRIPT_COMMON || script == USCRIPT_INHERITED || script == USCRIPT_UNKNOWN;
}

const Font& latinFont(const FontSet& fonts, const TextStyle& style) {
    if (style.bold && style.italic) return fonts.font(FontRole::BoldItalic);
    if (style.bold) return fonts.font(FontRole::Bold);
    if (style.italic) return fonts.font(FontRole::Italic);
    return fonts.font(FontRole::Regular);
}

// The font for one character: Nastaliq for Arabic script, the Latin face of
// the style otherwise; whatever document font has the character when the
// first choice lacks it, then any installed font that has it, so nothing
// prints as an empty box that need not.
const Font& fontFor(char32_t c, bool arabicContext, const TextStyle& style, const FontSet& fonts) {
    const Font& urdu = fonts.font(style.bold ? FontRole::UrduBold : FontRole::Urdu);
    const Font& naskh = fonts.font(style.bold ? FontRole::ArabicFallbackBold : FontRole::ArabicFallback);
    const Font& latin = latinFont(fonts, style);
    const Font* order[] = {arabicContext ? &urdu : &latin, arabicContext ? &naskh : &urdu,
                           arabicContext ? &latin : &naskh, &fonts.font(FontRole::Regular),
                           &fonts.font(FontRole::Symbols)};
    for (const Font* font : order)
        if (font->covers(c)) return *font;
    if (const Font* installed = installedFontFor(c, fonts.font(FontRole::Regular))) return *installed;
    return *order[0];
}

// Splits the paragraph into items. Neutral characters (spaces, digits,
// punctuation) follow the script of the strong character before them (or
// after them at the start), so "PWON)" stays in one font.
std::vector<Item> itemize(const std::u16string& text, const std::vector<const TextStyle*>& styles,
                          const std::vector<UBiDiLevel>& levels, bool rtlParagraph, const FontSet& fonts) {
    const int32_t n = static_cast<int32_t>(text.size());
    // 1 Arabic script, 0 other strong scripts, -1 neutral (resolved below).
    std::vector<int8_t> arabicContext(static_cast<size_t>(n), -1);
    for (int32_t i = 0; i < n;) {
        int32_t start = i;
        UChar32 c;
        U16_NEXT(text.data(), i, n, c);
        UErrorCode status = U_ZERO_ERROR;
        UScriptCode script = uscript_getScript(c, &status);
        if (!isNeutralScript(script))
            std::fill(arabicContext.begin() + start, arabicContext.begin() + i, isArabicScript(script) ? 1 : 0);
    }
    int8_t previous = -1;
    for (int8_t& context : arabicContext) {
        if (context >= 0) previous = context;
        else context = previous;
    }
    int8_t following = rtlParagraph ? 1 : 0;
    for (auto it = arabicContext.rbegin(); it != arabicContext.rend(); ++it) {
        if (*it >= 0) following = *it;
        else *it = following;
    }

    std::vector<Item> items;
    for (int32_t i = 0; i < n;) {
        int32_t start = i;
        UChar32 c;
        U16_NEXT(text.data(), i, n, c);
        const TextStyle& style = *styles[static_cast<size_t>(start)];
        const Font& font = fontFor(static_cast<char32_t>(c), arabicContext[static_cast<size_t>(start)] == 1, style, fonts);
        float size = font.isArabic() ? style.size * arabicScriptScale : style.size;
        UBiDiLevel level = levels[static_cast<size_t>(start)];
        bool breakHere = c == lineSeparator || (start > 0 && text[static_cast<size_t>(start) - 1] == lineSeparator);
        if (!items.empty() && !breakHere && items.back().font == &font && items.back().size == size &&
            items.back().level == level) {
            items.back().end = i;
        } else {
            items.push_back({start, i, level, &font, size});
        }
    }
    return items;
}

// Line separators and bidi controls shape the layout, not the content: they
// are left out of the text a reader copies.
bool isFormattingOnly(char16_t c) {
    return c == lineSeparator || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

ShapingProperties shapingProperties(const std::u16string& text, const Item& item, hb_buffer_t* buffer) {
    const hb_direction_t direction = item.level & 1 ? HB_DIRECTION_RTL : HB_DIRECTION_LTR;
    if (item.font->isArabic()) return {direction, HB_SCRIPT_ARABIC, hb_language_from_string("ur", -1)};
    hb_buffer_clear_contents(buffer);
    hb_buffer_add_utf16(buffer, reinterpret_cast<const uint16_t*>(text.data()), static_cast<int>(text.size()),
                        static_cast<unsigned>(item.start), item.end - item.start);
    hb_buffer_guess_segment_properties(buffer);
    hb_script_t script = hb_buffer_get_script(buffer);
    if (script == HB_SCRIPT_COMMON || script == HB_SCRIPT_INHERITED) script = HB_SCRIPT_LATIN;
    return {direction, script, hb_buffer_get_language(buffer)};
}

// HarfBuzz's glyphs for text[start, end), clusters counted from start. With
// context, the characters around the stretch take part in shaping (an
// Arabic letter joins one in the next item); without, the stretch is shaped
// alone.
std::vector<UnitGlyph> runHarfBuzz(const std::u16string& text, int32_t start, int32_t end, bool context,
                                   const Font& font, const ShapingProperties& properties, hb_buffer_t* buffer) {
    hb_buffer_clear_contents(buffer);
    const auto* units = reinterpret_cast<const uint16_t*>(text.data());
    if (context)
        hb_buffer_add_utf16(buffer, units, static_cast<int>(text.size()), static_cast<unsigned>(start), end - start);
    else
        hb_buffer_add_utf16(buffer, units + start, end - start, 0, end - start);
    hb_buffer_set_direction(buffer, properties.direction);
    hb_buffer_set_script(buffer, properties.script);
    hb_buffer_set_language(buffer, properties.language);
    hb_shape(font.hbFont(), buffer, nullptr, 0);
    unsigned count = 0;
    const hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buffer, &count);
    const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer, &count);
    const int32_t origin = context ? start : 0;
    std::vector<UnitGlyph> glyphs;
    glyphs.reserve(count);
    for (unsigned g = 0; g < count; ++g)
        glyphs.push_back({infos[g].codepoint, static_cast<int32_t>(infos[g].cluster) - origin, positions[g].x_advance,
                          positions[g].x_offset, positions[g].y_offset});
    return glyphs;
}

// The characters HarfBuzz reads around what it shapes, on either side
// (HB_BUFFER_CONTEXT_LENGTH in its sources).
constexpr int harfbuzzContext = 5;

// A word with the spaces after it, shaped once per process in its context:
// a word whose neighbours are spaces (or nothing) alone, any other with the
// characters HarfBuzz reads around it (an Arabic letter joins one in the
// next item).
WordShapes::Glyphs shapeWord(const std::u16string& text, int32_t start, int32_t end, const Font& font,
                             const ShapingProperties& properties, hb_buffer_t* buffer) {
    const bool alone = (start == 0 || text[static_cast<size_t>(start) - 1] == u' ') &&
                       (static_cast<size_t>(end) == text.size() || text[static_cast<size_t>(end) - 1] == u' ');
    const std::u16string_view all(text);
    WordInContext word{{}, all.substr(static_cast<size_t>(start), static_cast<size_t>(end - start)), {}};
    if (!alone) {
        int32_t before = start, after = end;
        const auto length = static_cast<int32_t>(text.size());
        for (int i = 0; i < harfbuzzContext && before > 0; ++i) U16_BACK_1(text.data(), 0, before);
        for (int i = 0; i < harfbuzzContext && after < length; ++i) U16_FWD_1(text.data(), after, length);
        word.before = all.substr(static_cast<size_t>(before), static_cast<size_t>(start - before));
        word.after = all.substr(static_cast<size_t>(end), static_cast<size_t>(after - end));
    }
    if (WordShapes::Glyphs known = font.shapedWords().find(word, properties)) return known;
    auto glyphs = std::make_shared<const std::vector<UnitGlyph>>(
        runHarfBuzz(text, start, end, !alone, font, properties, buffer));
    font.shapedWords().remember(word, properties, glyphs);
    return glyphs;
}

// Moves the characters of `text` that `font` has no glyph for to `lacking`.
void splitOffLacking(std::u16string& text, const Font& font, std::u16string& lacking) {
    std::u16string had;
    const auto length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        const int32_t start = i;
        UChar32 c;
        U16_NEXT(text.data(), i, length, c);
        (font.covers(static_cast<char32_t>(c)) ? had : lacking).append(text, static_cast<size_t>(start),
                                                                       static_cast<size_t>(i - start));
    }
    text = std::move(had);
}

ShapedItem shape(const std::u16string& text, const Item& item, hb_buffer_t* buffer) {
    const ShapingProperties properties = shapingProperties(text, item, buffer);
    std::vector<std::pair<int32_t, int32_t>> words;
    for (int32_t start = item.start; start < item.end;) {
        int32_t end = start;
        while (end < item.end && text[static_cast<size_t>(end)] != u' ') ++end;
        while (end < item.end && text[static_cast<size_t>(end)] == u' ') ++end;
        words.emplace_back(start, end);
        start = end;
    }
    // HarfBuzz gives glyphs in visual order: right to left, the last word comes first.
    if (properties.direction == HB_DIRECTION_RTL) std::reverse(words.begin(), words.end());
    const float scale = item.size / static_cast<float>(item.font->unitsPerEm());
    ShapedItem shaped{item, {}};
    for (auto [start, end] : words) {
        const WordShapes::Glyphs glyphs = shapeWord(text, start, end, *item.font, properties, buffer);
        for (const UnitGlyph& g : *glyphs)
            shaped.glyphs.push_back({g.glyph, start + g.cluster, static_cast<float>(g.xAdvance) * scale,
                                     static_cast<float>(g.xOffset) * scale, static_cast<float>(g.yOffset) * scale,
                                     {}});
    }

    // The cluster's text goes on its widest glyph (the base); marks and dots
    // of the same cluster carry none, so extraction yields each letter once.
    // A character the font lacks goes on the cluster's empty box instead
    // (a skin-tone modifier after a letter): it is then reported missing
    // like any other (missingCharacters), and the letter is not.
    // Glyphs sorted by cluster (stable: the first widest one stays the
    // carrier) keep this n log n in the item's length, not quadratic.
    std::vector<ShapedGlyph*> byCluster;
    byCluster.reserve(shaped.glyphs.size());
    for (auto& g : shaped.glyphs) byCluster.push_back(&g);
    std::stable_sort(byCluster.begin(), byCluster.end(),
                     [](const ShapedGlyph* a, const ShapedGlyph* b) { return a->cluster < b->cluster; });
    for (size_t first = 0; first < byCluster.size();) {
        const int32_t begin = byCluster[first]->cluster;
        ShapedGlyph* carrier = nullptr;   // the widest glyph the font has
        ShapedGlyph* emptyBox = nullptr;  // the first .notdef
        size_t next = first;
        for (; next < byCluster.size() && byCluster[next]->cluster == begin; ++next) {
            ShapedGlyph* g = byCluster[next];
            if (g->glyph == 0) {
                if (!emptyBox) emptyBox = g;
            } else if (!carrier || g->advance > carrier->advance) {
                carrier = g;
            }
        }
        if (!carrier) carrier = emptyBox;
        const int32_t end = next < byCluster.size() ? byCluster[next]->cluster : item.end;
        first = next;
        std::u16string piece = text.substr(static_cast<size_t>(begin), static_cast<size_t>(end - begin));
        std::erase_if(piece, isFormattingOnly);
        if (emptyBox && emptyBox != carrier) {
            std::u16string lacking;
            splitOffLacking(piece, *item.font, lacking);
            emptyBox->text = toUtf8(lacking.data(), static_cast<int32_t>(lacking.size()));
        }
        carrier->text = toUtf8(piece.data(), static_cast<int32_t>(piece.size()));
    }
    return shaped;
}

// An isolate's invisible glyph goes no further than shaping: a line leaves
// it out, so that nothing but the values' own glyphs is drawn.
bool isIsolate(char16_t c) { return c >= 0x2066 && c <= 0x2069; }

bool isTrailingSpace(char16_t c) { return c == u' ' || c == lineSeparator || c == u'\t' || c == 0x00A0; }

class Paragraph {
public:
    Paragraph(const std::vector<StyledSpan>& spans, const ParagraphStyle& style, const FontSet& fonts)
        : style_(style), fonts_(fonts) {
        for (const StyledSpan& span : spans) {
            std::u16string piece = span.lineBreak ? std::u16string(1, lineSeparator) : toUtf16(span.utf8);
            // A newline or other paragraph separator (U+2029, U+001C-U+001E,
            // U+0085: bidi class B) would end ICU's bidi paragraph inside this
            // one, and a line may not cross it; like a tab, it counts as a space.
            for (char16_t& c : piece)
                if (c == u'\t' || u_charDirection(c) == U_BLOCK_SEPARATOR) c = u' ';
            text_ += piece;
            styles_.insert(styles_.end(), piece.size(), &span.style);
        }
        if (text_.empty()) return;
        if (rtl()) isolateValues();
        lineStarts_ = unbreakable(text_);
        UErrorCode status = U_ZERO_ERROR;
        bidi_.reset(ubidi_openSized(static_cast<int32_t>(text_.size()), 0, &status));
        check(status, "bidi");
        ubidi_setPara(bidi_.get(), reinterpret_cast<const UChar*>(text_.data()), static_cast<int32_t>(text_.size()),
                      rtl() ? UBIDI_RTL : UBIDI_LTR, nullptr, &status);
        check(status, "bidi");
        const UBiDiLevel* levels = ubidi_getLevels(bidi_.get(), &status);
        check(status, "bidi levels");
        std::vector<UBiDiLevel> levelVector(levels, levels + text_.size());

        const HarfBuzzBuffer buffer = makeHarfBuzzBuffer();
        for (const Item& item : itemize(text_, styles_, levelVector, rtl(), fonts))
            items_.push_back(shape(text_, item, buffer.get()));

        advanceBefore_.assign(text_.size() + 1, 0);
        clusterStart_.assign(text_.size() + 1, false);
        clusterStart_.back() = true;
        for (const ShapedItem& shaped : items_) {
            clusterStart_[static_cast<size_t>(shaped.item.start)] = true;
            const float scale = shaped.item.size / static_cast<float>(shaped.item.font->unitsPerEm());
            for (const ShapedGlyph& g : shaped.glyphs) {
                const GlyphBounds ink = shaped.item.font->bounds(g.glyph);
                overhang_ = std::max({overhang_, -(g.xOffset + static_cast<float>(ink.left) * scale),
                                      g.xOffset + static_cast<float>(ink.right) * scale - g.advance});
                advanceBefore_[static_cast<size_t>(g.cluster) + 1] += g.advance;
                clusterStart_[static_cast<size_t>(g.cluster)] = true;
            }
        }
        for (size_t i = 1; i < advanceBefore_.size(); ++i) advanceBefore_[i] += advanceBefore_[i - 1];
        measureLineBox(spans);
    }

    std::vector<TextLine> lines() {
        std::vector<TextLine> out;
        if (text_.empty()) return out;
        for (auto& [start, end, last] : breakLines()) out.push_back(makeLine(start, end, last));
        return out;
    }

private:
    const ParagraphStyle& style_;
    const FontSet& fonts_;
    std::u16string text_;
    std::vector<const TextStyle*> styles_;
    std::vector<LineStart> lineStarts_;  // by UTF-16 index (unbreakable.h)
    BidiPtr bidi_;
    std::vector<ShapedItem> items_;
    std::vector<float> advanceBefore_;  // prefix sums of advances by UTF-16 index
    // Where a HarfBuzz cluster starts, by UTF-16 index. A line may only end
    // there: a cluster split between lines (a mark shaped onto the space
    // before it, a ligature) would lose its glyphs and text from both lines.
    std::vector<bool> clusterStart_;
    TextLine box_;  // the box every line has, without runs
    float overhang_ = 0;  // the furthest any glyph's ink reaches beyond its advance, either side

    bool rtl() const { return style_.direction == Direction::RightToLeft; }

    // Each value that reads left to right (embedded_values.h) between U+2066
    // and U+2069: bidi then orders it as one unit of the sentence. The
    // isolates shape to nothing, and their clusters carry no text.
    void isolateValues() {
        const std::vector<TextRange> values = leftToRightValues(text_);
        if (values.empty()) return;
        std::u16string text;
        std::vector<const TextStyle*> styles;
        int32_t copied = 0;
        auto copyTo = [&](int32_t end) {
            text.append(text_, static_cast<size_t>(copied), static_cast<size_t>(end - copied));
            styles.insert(styles.end(), styles_.begin() + copied, styles_.begin() + end);
            copied = end;
        };
        for (const TextRange& value : values) {
            copyTo(value.start);
            text += leftToRightIsolate;
            styles.push_back(styles_[static_cast<size_t>(value.start)]);
            copyTo(value.end);
            text += popDirectionalIsolate;
            styles.push_back(styles_[static_cast<size_t>(value.end) - 1]);
        }
        copyTo(static_cast<int32_t>(text_.size()));
        text_ = std::move(text);
        styles_ = std::move(styles);
    }

    void measureLineBox(const std::vector<StyledSpan>& spans) {
        for (const StyledSpan& span : spans) box_.size = std::max(box_.size, span.style.size);
        auto grow = [this](const Font& font, float size) {
            const float scale = size / static_cast<float>(font.unitsPerEm());
            box_.ascent = std::max(box_.ascent, static_cast<float>(font.ascender()) * scale);
            box_.descent = std::max(box_.descent, static_cast<float>(font.descender()) * scale);
        };
        grow(fonts_.font(FontRole::Regular), box_.size);
        const bool arabic = std::any_of(items_.begin(), items_.end(),
                                        [](const ShapedItem& shaped) { return shaped.item.font->isArabic(); });
        if (arabic) grow(fonts_.font(FontRole::Urdu), box_.size * arabicScriptScale);
    }

    int32_t trimEnd(int32_t start, int32_t end) const {
        while (end > start && isTrailingSpace(text_[static_cast<size_t>(end) - 1])) --end;
        return end;
    }

    float width(int32_t start, int32_t end) const {
        return advanceBefore_[static_cast<size_t>(end)] - advanceBefore_[static_cast<size_t>(start)];
    }

    struct LineRange {
        int32_t start;
        int32_t end;
        bool endsParagraphOrForced;  // not justified
    };

    // Greedy filling at ICU's break opportunities; a word wider than the line
    // is cut between graphemes rather than left to overflow.
    std::vector<LineRange> breakLines() const {
        icu::BreakIterator* lineBreaks = breakIterator(BreakKind::Line, rtl());
        icu::BreakIterator* graphemes = breakIterator(BreakKind::Grapheme, rtl());
        icu::UnicodeString ustr(false, reinterpret_cast<const UChar*>(text_.data()), static_cast<int32_t>(text_.size()));
        lineBreaks->setText(ustr);
        graphemes->setText(ustr);

        std::vector<LineRange> lines;
        const int32_t n = static_cast<int32_t>(text_.size());
        int32_t lineStart = 0;
        int32_t lastFit = -1;
        // Where a line may not start (unbreakable.h), unless what holds
        // together there is wider than a line: better at its spaces than
        // inside a word.
        int32_t lastFitInside = -1;
        for (int32_t b = lineBreaks->following(0); b != icu::BreakIterator::DONE && b <= n;) {
            // Past the line start only (a cut may end right at b), and never
            // inside a cluster.
            if (b <= lineStart || !clusterStart_[static_cast<size_t>(b)] ||
                lineStarts_[static_cast<size_t>(b)] == LineStart::Never) {
                b = lineBreaks->next();
                continue;
            }
            bool hard = lineBreaks->getRuleStatus() >= UBRK_LINE_HARD && b < n;
            // Spaces alone always fit, however narrow (even negative) the width.
            const int32_t visibleEnd = trimEnd(lineStart, b);
            if (visibleEnd == lineStart || fits(lineStart, visibleEnd)) {
                (lineStarts_[static_cast<size_t>(b)] == LineStart::Avoided && !hard ? lastFitInside : lastFit) = b;
                if (hard) {
                    lines.push_back({lineStart, b, true});
                    lineStart = b;
                    lastFit = lastFitInside = -1;
                }
                b = lineBreaks->next();
                continue;
            }
            const int32_t end = lastFit > lineStart ? lastFit : lastFitInside;
            if (end > lineStart) {
                lines.push_back({lineStart, end, false});
                lineStart = end;
                lastFit = lastFitInside = -1;
                // From the new line start again: a break it passed may be
                // one inside a date, left for a line it alone is too wide for.
                b = lineBreaks->following(lineStart);
                continue;
            }
            // One unbreakable stretch wider than the line: cut it at the last
            // grapheme (and cluster) boundary that fits, or after the first
            // one when none does, so that every line takes something.
            int32_t cut = -1;
            for (int32_t g = graphemes->following(lineStart); g != icu::BreakIterator::DONE && g <= b;
                 g = graphemes->next()) {
                if (!clusterStart_[static_cast<size_t>(g)]) continue;
                const bool cutFits = fits(lineStart, g);
                if (cutFits || cut < 0) cut = g;
                if (!cutFits) break;
            }
            if (cut < 0) cut = b;
            // Spaces after the cut end this line, as after any break, rather
            // than start the next one.
            for (int32_t next = cut; next < b && isTrailingSpace(text_[static_cast<size_t>(next)]);)
                if (clusterStart_[static_cast<size_t>(++next)]) cut = next;
            lines.push_back({lineStart, cut, false});
            lineStart = cut;
            lastFit = lastFitInside = -1;
        }
        if (lineStart < n) lines.push_back({lineStart, n, true});
        return lines;
    }

    // A space a line may break at: justification widens it. The space in
    // "41 %" or "14 مارچ 2024" is part of a word.
    bool isWordSpace(int32_t at) const {
        while (at < static_cast<int32_t>(text_.size()) && text_[static_cast<size_t>(at)] == u' ') ++at;
        return lineStarts_[static_cast<size_t>(at)] == LineStart::Allowed;
    }

    TextLine makeLine(int32_t start, int32_t end, bool last) const {
        std::vector<std::pair<size_t, size_t>> spaceGlyphs;  // (run, glyph) of inter-word spaces
        TextLine line = placeRuns(start, trimEnd(start, end), spaceGlyphs);
        align(line, spaceGlyphs, last);
        return line;
    }

    // The glyphs of text[start, visibleEnd) in visual order, from x = 0 at
    // their advances, and the inter-word spaces among them.
    TextLine placeRuns(int32_t start, int32_t visibleEnd, std::vector<std::pair<size_t, size_t>>& spaceGlyphs) const {
        TextLine line = box_;
        float pen = 0;
        if (visibleEnd > start) {
            UErrorCode status = U_ZERO_ERROR;
            BidiPtr lineBidi(ubidi_openSized(visibleEnd - start, 0, &status));
            ubidi_setLine(bidi_.get(), start, visibleEnd, lineBidi.get(), &status);
            check(status, "bidi line");
            int32_t runs = ubidi_countRuns(lineBidi.get(), &status);
            check(status, "bidi runs");
            for (int32_t r = 0; r < runs; ++r) {
                int32_t runStart = 0, runLength = 0;
                UBiDiDirection direction = ubidi_getVisualRun(lineBidi.get(), r, &runStart, &runLength);
                runStart += start;
                int32_t runEnd = runStart + runLength;
                std::vector<const ShapedItem*> overlapping;
                for (const ShapedItem& shaped : items_)
                    if (shaped.item.start < runEnd && shaped.item.end > runStart) overlapping.push_back(&shaped);
                if (direction == UBIDI_RTL) std::reverse(overlapping.begin(), overlapping.end());
                for (const ShapedItem* shaped : overlapping) {
                    GlyphRun run{shaped->item.font, shaped->item.size, {}, direction == UBIDI_RTL,
                                 std::max(shaped->item.start, runStart)};
                    for (const ShapedGlyph& g : shaped->glyphs) {
                        if (g.cluster < runStart || g.cluster >= runEnd || isIsolate(text_[static_cast<size_t>(g.cluster)]))
                            continue;
                        if (g.text == " " && isWordSpace(g.cluster))
                            spaceGlyphs.emplace_back(line.runs.size(), run.glyphs.size());
                        run.glyphs.push_back({g.glyph, pen + g.xOffset, g.yOffset, g.text});
                        pen += g.advance;
                    }
                    if (!run.glyphs.empty()) line.runs.push_back(std::move(run));
                }
            }
        }
        line.width = pen;
        return line;
    }

    // Whether text[start, visibleEnd) fits the width with its ink. Only a line
    // that comes within a letter's overhang of the width is laid out to know.
    bool fits(int32_t start, int32_t visibleEnd) const {
        const float advance = width(start, visibleEnd);
        if (advance > style_.width + 0.01f) return false;
        if (advance + 2 * overhang_ <= style_.width) return true;
        std::vector<std::pair<size_t, size_t>> spaces;
        const auto [left, right] = extent(placeRuns(start, visibleEnd, spaces));
        return right - left <= style_.width + 0.01f;
    }

    // Aligns the line's extent: its advances, grown to the ink of a letter
    // that reaches out beyond them (Nastaliq's ک at the start of a
    // right-to-left line), so that no ink leaves the paragraph's width.
    void align(TextLine& line, const std::vector<std::pair<size_t, size_t>>& spaces, bool last) const {
        const auto [left, right] = extent(line);
        const float extra = style_.width - (right - left);
        LineAlign a = style_.align;
        if (a == LineAlign::Justify && (last || spaces.empty() || extra <= 0))
            a = rtl() ? LineAlign::Right : LineAlign::Left;
        if (a == LineAlign::Justify) {
            // Every glyph after the k-th space moves right by k shares.
            float share = extra / static_cast<float>(spaces.size());
            size_t next = 0;
            float shift = -left;
            for (size_t r = 0; r < line.runs.size(); ++r)
                for (size_t g = 0; g < line.runs[r].glyphs.size(); ++g) {
                    line.runs[r].glyphs[g].x += shift;
                    if (next < spaces.size() && spaces[next] == std::make_pair(r, g)) {
                        shift += share;
                        ++next;
                    }
                }
            line.width = style_.width;
            return;
        }
        const float offset = a == LineAlign::Right    ? style_.width - right
                             : a == LineAlign::Center ? (style_.width - left - right) / 2
                                                      : -left;
        for (GlyphRun& run : line.runs)
            for (PlacedGlyph& g : run.glyphs) g.x += offset;
        line.width = right - left;
    }

    static std::pair<float, float> extent(const TextLine& line) {
        float left = 0, right = line.width;
        for (const GlyphRun& run : line.runs) {
            const float scale = run.size / static_cast<float>(run.font->unitsPerEm());
            for (const PlacedGlyph& g : run.glyphs) {
                const GlyphBounds ink = run.font->bounds(g.glyph);
                if (ink.left == ink.right) continue;  // a space: no ink
                left = std::min(left, g.x + static_cast<float>(ink.left) * scale);
                right = std::max(right, g.x + static_cast<float>(ink.right) * scale);
            }
        }
        return {left, right};
    }
};

}  // namespace

std::string GlyphRun::logicalText() const {
    std::string text;
    if (rightToLeft) {
        for (auto it = glyphs.rbegin(); it != glyphs.rend(); ++it) text += it->text;
    } else {
        for (const PlacedGlyph& g : glyphs) text += g.text;
    }
    return text;
}

std::string GlyphRun::visualText() const {
    std::string logical = logicalText();
    if (!rightToLeft) return logical;
    std::u16string units = toUtf16(logical);
    std::u16string reversed;
    for (int32_t i = static_cast<int32_t>(units.size()); i > 0;) {
        int32_t end = i;
        U16_BACK_1(units.data(), 0, i);
        reversed.append(units, static_cast<size_t>(i), static_cast<size_t>(end - i));
    }
    return toUtf8(reversed.data(), static_cast<int32_t>(reversed.size()));
}

std::vector<char32_t> GlyphRun::missingCharacters() const {
    std::vector<char32_t> missing;
    for (const PlacedGlyph& g : glyphs) {
        if (g.glyph != 0) continue;
        const std::u16string units = toUtf16(g.text);
        for (int32_t i = 0; i < static_cast<int32_t>(units.size());) {
            UChar32 c;
            U16_NEXT(units.data(), i, static_cast<int32_t>(units.size()), c);
            missing.push_back(static_cast<char32_t>(c));
        }
    }
    return missing;
}

std::vector<TextLine> setParagraph(const std::vector<StyledSpan>& spans, const ParagraphStyle& style,
                                   const FontSet& fonts) {
    return Paragraph(spans, style, fonts).lines();
}

TextLine setLine(const std::string& utf8, const TextStyle& style, Direction direction, const FontSet& fonts) {
    ParagraphStyle unbounded{direction, LineAlign::Left, 1e9f};
    std::vector<TextLine> lines = setParagraph({{utf8, style, false}}, unbounded, fonts);
    if (lines.empty()) return {};
    return std::move(lines.front());
}

}  // namespace wop::text
