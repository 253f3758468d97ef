// The fonts a document is set in, by role, resolved once per process: first
// the user's folder (`fonts/` or --fonts), then Debian's Noto fonts.
#pragma once

#include <array>
#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/font.h"

namespace wop::text {

enum class FontRole { Regular, Bold, Italic, BoldItalic, Urdu, UrduBold, ArabicFallback, ArabicFallbackBold, Symbols };
constexpr std::size_t fontRoleCount = 9;

// "regular", "bold", "italic", "bold-italic", "urdu", "urdu-bold",
// "arabic-fallback", "arabic-fallback-bold", "symbols": the names settings use.
const char* roleName(FontRole role);
std::optional<FontRole> roleNamed(std::string_view name);

struct FontChoice {
    // File names tried in each folder, first match wins; settings may put a
    // user's font (say a Jameel Noori Nastaleeq file) first for a role.
    std::map<FontRole, std::vector<std::string>> files;
    std::vector<std::filesystem::path> folders;

    // Noto Sans, Noto Nastaliq Urdu, Noto Naskh Arabic, Noto Sans Symbols;
    // `userFolder` first, then Debian's.
    static FontChoice defaults(const std::filesystem::path& userFolder);

    // The file chosen for `role`: its first name found, in the first folder that has it.
    std::optional<std::filesystem::path> find(FontRole role) const;
};

class FontSet {
public:
    // Throws std::runtime_error naming the role and the folders searched.
    explicit FontSet(const FontChoice& choice);

    // Asked for every character a paragraph sets: an index, not a search.
    const Font& font(FontRole role) const { return *fonts_[static_cast<std::size_t>(role)]; }
    // Every distinct font, for the pdf stage.
    std::vector<const Font*> all() const;

private:
    std::array<std::shared_ptr<const Font>, fontRoleCount> fonts_;  // by role, every one set
};

// Fonts are opened once per process and shared: the same file in several
// FontSets (or threads) is one Font.
std::shared_ptr<const Font> openFont(const std::filesystem::path& path);

}  // namespace wop::text
