// The words one font has shaped, kept for the life of the process and
// shared by every thread. The same words recur in every document of a
// batch, and HarfBuzz takes tens of microseconds for a Nastaliq word. A
// word between spaces is shaped alone: it gives the same glyphs as inside
// its line, since neither joining nor kerning reaches across a space in the
// fonts we set. Any other word (next to another font or style, a bracket
// in another run) is shaped with the characters around it, and is kept
// with them: HarfBuzz reads no more than five characters on either side,
// so with the same ones it shapes the same.
#pragma once

#include <cstdint>
#include <memory>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <hb.h>

namespace wop::text {

// One glyph as HarfBuzz gives it, in font units; the cluster counts UTF-16
// units from the start of the shaped text.
struct UnitGlyph {
    uint32_t glyph;
    int32_t cluster;
    int32_t xAdvance;
    int32_t xOffset;
    int32_t yOffset;
};

// A word as it is shaped: alone (`before` and `after` empty), or with the
// characters HarfBuzz reads around it.
struct WordInContext {
    std::u16string_view before = {};
    std::u16string_view word = {};
    std::u16string_view after = {};
};

struct ShapingProperties {
    hb_direction_t direction;
    hb_script_t script;
    hb_language_t language;

    bool operator==(const ShapingProperties&) const = default;
};

class WordShapes {
public:
    // Shared, not copied: the same words are set again and again.
    using Glyphs = std::shared_ptr<const std::vector<UnitGlyph>>;

    // Far more words than a batch's vocabulary; past it the store starts
    // over. With words of at most maxWordLength (longer ones are not kept:
    // they seldom recur), memory stays bounded whatever the input: some
    // 30 MB a font at the very most.
    static constexpr size_t maxWords = 20000;
    static constexpr size_t maxWordLength = 64;  // UTF-16 units

    // Null when the word was not shaped yet in that context.
    Glyphs find(const WordInContext& word, const ShapingProperties& properties) const;
    void remember(const WordInContext& word, const ShapingProperties& properties, Glyphs glyphs);

private:
    struct Key {
        std::u16string before, word, after;
        ShapingProperties properties;
    };
    // What a lookup asks with: the word where it stands in its paragraph,
    // so that finding a word copies nothing.
    struct KeyView {
        WordInContext text;
        ShapingProperties properties;
        KeyView(const WordInContext& t, const ShapingProperties& p) : text(t), properties(p) {}
        KeyView(const Key& key) : text{key.before, key.word, key.after}, properties(key.properties) {}
    };
    struct KeyHash {
        using is_transparent = void;
        size_t operator()(const KeyView& key) const;
    };
    struct KeyEqual {
        using is_transparent = void;
        bool operator()(const KeyView& a, const KeyView& b) const {
            return a.text.word == b.text.word && a.text.before == b.text.before && a.text.after == b.text.after &&
                   a.properties == b.properties;
        }
    };
    mutable std::shared_mutex mutex_;
    std::unordered_map<Key, Glyphs, KeyHash, KeyEqual> words_;
};

}  // namespace wop::text
