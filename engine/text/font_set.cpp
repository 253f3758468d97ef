#include "text/font_set.h"

#include <iterator>
#include <set>
#include <stdexcept>

namespace wop::text {

namespace {

constexpr FontRole allRoles[] = {FontRole::Regular,         FontRole::Bold,     FontRole::Italic,
                                 FontRole::BoldItalic,      FontRole::Urdu,     FontRole::UrduBold,
                                 FontRole::ArabicFallback,  FontRole::ArabicFallbackBold, FontRole::Symbols};
static_assert(std::size(allRoles) == fontRoleCount);

}  // namespace

const char* roleName(FontRole role) {
    switch (role) {
        case FontRole::Regular: return "regular";
        case FontRole::Bold: return "bold";
        case FontRole::Italic: return "italic";
        case FontRole::BoldItalic: return "bold-italic";
        case FontRole::Urdu: return "urdu";
        case FontRole::UrduBold: return "urdu-bold";
        case FontRole::ArabicFallback: return "arabic-fallback";
        case FontRole::ArabicFallbackBold: return "arabic-fallback-bold";
        case FontRole::Symbols: return "symbols";
    }
    return "?";
}

std::optional<FontRole> roleNamed(std::string_view name) {
    for (FontRole role : allRoles)
        if (name == roleName(role)) return role;
    return std::nullopt;
}

FontChoice FontChoice::defaults(const std::filesystem::path& userFolder) {
    FontChoice choice;
    choice.files = {
        {FontRole::Regular, {"NotoSans-Regular.ttf"}},
        {FontRole::Bold, {"NotoSans-Bold.ttf"}},
        {FontRole::Italic, {"NotoSans-Italic.ttf"}},
        {FontRole::BoldItalic, {"NotoSans-BoldItalic.ttf"}},
        {FontRole::Urdu, {"NotoNastaliqUrdu-Regular.ttf"}},
        {FontRole::UrduBold, {"NotoNastaliqUrdu-Bold.ttf", "NotoNastaliqUrdu-Regular.ttf"}},
        {FontRole::ArabicFallback, {"NotoNaskhArabic-Regular.ttf"}},
        {FontRole::ArabicFallbackBold, {"NotoNaskhArabic-Bold.ttf", "NotoNaskhArabic-Regular.ttf"}},
        {FontRole::Symbols, {"NotoSansSymbols-Regular.ttf"}},
    };
    if (!userFolder.empty()) choice.folders.push_back(userFolder);
    choice.folders.push_back("/usr/share/fonts/truetype/noto");
    return choice;
}

std::optional<std::filesystem::path> FontChoice::find(FontRole role) const {
    const auto names = files.find(role);
    if (names == files.end()) return std::nullopt;
    for (const std::string& name : names->second)
        for (const auto& folder : folders)
            if (std::filesystem::is_regular_file(folder / name)) return folder / name;
    return std::nullopt;
}

std::shared_ptr<const Font> openFont(const std::filesystem::path& path) {
    static std::mutex mutex;
    static std::map<std::filesystem::path, std::shared_ptr<const Font>> open;
    std::lock_guard lock(mutex);
    auto canonical = std::filesystem::weakly_canonical(path);
    auto& slot = open[canonical];
    if (!slot) slot = std::make_shared<const Font>(canonical);
    return slot;
}

FontSet::FontSet(const FontChoice& choice) {
    for (FontRole role : allRoles) {
        const auto path = choice.find(role);
        if (!path) {
            std::string searched;
            const auto names = choice.files.find(role);
            for (const std::string& name : names == choice.files.end() ? std::vector<std::string>{} : names->second)
                for (const auto& folder : choice.folders) searched += " " + (folder / name).string();
            throw std::runtime_error(std::string("no font for the ") + roleName(role) + " role; looked for" + searched +
                                     " (install Debian's fonts-noto-core or put the font in fonts/)");
        }
        fonts_[static_cast<std::size_t>(role)] = openFont(*path);
    }
}

std::vector<const Font*> FontSet::all() const {
    std::set<const Font*> distinct;
    for (const auto& font : fonts_) distinct.insert(font.get());
    return {distinct.begin(), distinct.end()};
}

}  // namespace wop::text
