#include "text/unbreakable.h"

#include <memory>
#include <set>
#include <string>

#include <unicode/dtfmtsym.h>
#include <unicode/uchar.h>

namespace wop::text {
namespace {

// Units a number is written with, in the documents' two languages; "h/day"
// and "m³/h" are units of units.
const std::set<std::u16string_view> units = {
    u"%", u"‰", u"°", u"°C", u"h", u"hr", u"hrs", u"min", u"s", u"d", u"day", u"days", u"km", u"m", u"cm", u"mm",
    u"m²", u"m³", u"km²", u"ha", u"l", u"L", u"ml", u"kl", u"ML", u"kg", u"g", u"t", u"W", u"kW", u"kWh", u"MW",
    u"MWh", u"V", u"A", u"bar", u"psi", u"ppm", u"mg", u"NTU", u"gpm", u"lps", u"cusec", u"cusecs",
    u"فیصد", u"گھنٹے", u"گھنٹہ", u"گھنٹوں", u"منٹ", u"دن", u"روز", u"ہفتے", u"ماہ", u"مہینے", u"سال", u"میٹر",
    u"کلومیٹر", u"لیٹر", u"روپے",
};

// The month names ICU writes dates with, in English and Urdu, full and short.
const std::set<std::u16string>& monthNames() {
    static const std::set<std::u16string> names = [] {
        std::set<std::u16string> all;
        for (const char* language : {"en", "ur"}) {
            UErrorCode status = U_ZERO_ERROR;
            icu::DateFormatSymbols symbols{icu::Locale(language), status};
            if (U_FAILURE(status)) continue;
            for (auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE})
                for (auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
                    int32_t count = 0;
                    const icu::UnicodeString* months = symbols.getMonths(count, context, width);
                    for (int32_t m = 0; m < count; ++m)
                        all.emplace(reinterpret_cast<const char16_t*>(months[m].getBuffer()),
                                    static_cast<size_t>(months[m].length()));
                }
        }
        return all;
    }();
    return names;
}

bool isBidiControl(char16_t c) { return (c >= 0x2066 && c <= 0x2069) || (c >= 0x202A && c <= 0x202E) || c == 0x200E || c == 0x200F; }

// Brackets and punctuation around a word's core: "(1.53", "%).", "دسمبر،".
bool isAround(char16_t c) {
    return isBidiControl(c) || c == u'(' || c == u')' || c == u'[' || c == u']' || c == u'.' || c == u',' ||
           c == u';' || c == u':' || c == u'!' || c == u'?' || c == 0x060C || c == 0x061B || c == 0x06D4;
}

bool isDigit(char16_t c) { return u_isdigit(c); }

struct Word {
    size_t start;  // where a line would start with it
    size_t end;
    std::u16string_view core;

    bool endsWithDigit() const { return !core.empty() && isDigit(core.back()); }
    bool startsWithDigit() const { return !core.empty() && isDigit(core.front()); }
    bool isMonth() const { return monthNames().count(std::u16string(core)) > 0; }
    bool isYearSign() const { return core == u"ء"; }
    bool isUnit() const {
        if (core.empty()) return false;
        for (size_t from = 0;;) {
            const size_t slash = core.find(u'/', from);
            if (!units.count(core.substr(from, slash - from))) return false;
            if (slash == std::u16string_view::npos) return true;
            from = slash + 1;
        }
    }
};

std::vector<Word> wordsOf(std::u16string_view text) {
    std::vector<Word> words;
    for (size_t i = 0; i < text.size();) {
        if (text[i] == u' ') {
            ++i;
            continue;
        }
        const size_t start = i;
        while (i < text.size() && text[i] != u' ') ++i;
        size_t coreStart = start, coreEnd = i;
        while (coreStart < coreEnd && isAround(text[coreStart])) ++coreStart;
        while (coreEnd > coreStart && isAround(text[coreEnd - 1])) --coreEnd;
        words.push_back({start, i, text.substr(coreStart, coreEnd - coreStart)});
    }
    return words;
}

// Whether `word` goes on the line of the words before it.
bool staysWithPrevious(const std::vector<Word>& words, size_t k) {
    const Word& word = words[k];
    if (word.isYearSign()) return true;
    if (k == 0) return false;
    const Word& previous = words[k - 1];
    if (previous.endsWithDigit() && (word.isUnit() || word.isMonth())) return true;
    if (previous.isMonth() && word.startsWithDigit()) return true;
    // "March 14, 2024"
    return k >= 2 && words[k - 2].isMonth() && previous.endsWithDigit() && word.startsWithDigit();
}

}  // namespace

std::vector<LineStart> unbreakable(std::u16string_view text) {
    std::vector<LineStart> starts(text.size() + 1, LineStart::Allowed);
    const std::vector<Word> words = wordsOf(text);
    for (size_t k = 0; k < words.size(); ++k) {
        if (!staysWithPrevious(words, k)) continue;
        starts[words[k].start] = LineStart::Avoided;
        // "h/day" is one unit: the line breaker would let a line start after its "/".
        if (words[k].isUnit())
            for (size_t i = words[k].start + 1; i < words[k].end; ++i) starts[i] = LineStart::Never;
    }
    return starts;
}

}  // namespace wop::text
