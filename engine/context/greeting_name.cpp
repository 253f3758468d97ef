#include "context/greeting_name.h"

#include <algorithm>
#include <array>
#include <sstream>
#include <string_view>
#include <vector>

namespace wop::context {

namespace {

std::vector<std::string> words(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> result;
    for (std::string word; in >> word;) result.push_back(word);
    return result;
}

template <std::size_t N>
bool isOneOf(const std::string& word, const std::array<std::string_view, N>& list) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

constexpr std::array<std::string_view, 12> englishHonorifics = {"Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms",
                                                                "Miss", "Dr.", "Dr", "Engr.", "Prof.", "Prof"};

std::string english(const std::vector<std::string>& name, const std::string& fullName) {
    if (name.size() < 2 || !isOneOf(name.front(), englishHonorifics)) return fullName;
    return name.front() + " " + name.back();
}

// Urdu greets a man as محترم … صاحب and a woman as محترمہ … صاحبہ, keeping a
// professional title (انجینئر، ڈاکٹر، پروفیسر) before the surname.
constexpr std::array<std::string_view, 2> urduWomen = {"محترمہ", "بیگم"};
constexpr std::array<std::string_view, 2> urduMen = {"جناب", "محترم"};
constexpr std::array<std::string_view, 3> urduTitles = {"انجینئر", "ڈاکٹر", "پروفیسر"};

std::string urdu(const std::vector<std::string>& name, const std::string& fullName) {
    if (name.size() < 2) return fullName;
    const std::string& first = name.front();
    if (isOneOf(first, urduWomen)) return "محترمہ " + name.back() + " صاحبہ";
    if (isOneOf(first, urduMen)) return "محترم جناب " + name.back() + " صاحب";
    if (isOneOf(first, urduTitles)) return "محترم " + first + " " + name.back() + " صاحب";
    return fullName;
}

}  // namespace

std::string greetingName(const std::string& fullName, model::Lang lang) {
    const auto name = words(fullName);
    return lang == model::Lang::Ur ? urdu(name, fullName) : english(name, fullName);
}

}  // namespace wop::context
