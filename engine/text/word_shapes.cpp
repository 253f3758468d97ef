#include "text/word_shapes.h"

#include <functional>
#include <mutex>

namespace wop::text {

size_t WordShapes::KeyHash::operator()(const KeyView& key) const {
    const std::hash<std::u16string_view> text;
    size_t hash = text(key.text.word);
    for (size_t part : {text(key.text.before), text(key.text.after), static_cast<size_t>(key.properties.direction),
                        static_cast<size_t>(key.properties.script), std::hash<const void*>()(key.properties.language)})
        hash ^= part + 0x9e3779b97f4a7c15ULL + (hash << 6) + (hash >> 2);
    return hash;
}

WordShapes::Glyphs WordShapes::find(const WordInContext& word, const ShapingProperties& properties) const {
    std::shared_lock lock(mutex_);
    auto it = words_.find(KeyView(word, properties));
    return it == words_.end() ? nullptr : it->second;
}

void WordShapes::remember(const WordInContext& word, const ShapingProperties& properties, Glyphs glyphs) {
    if (word.word.size() > maxWordLength) return;
    std::unique_lock lock(mutex_);
    if (words_.size() >= maxWords) words_.clear();
    words_.emplace(Key{std::u16string(word.before), std::u16string(word.word), std::u16string(word.after), properties},
                   std::move(glyphs));
}

}  // namespace wop::text
