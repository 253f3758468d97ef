#include "markup/difference.h"

#include <algorithm>
#include <cstdint>

#include "markup/text_units.h"

namespace wop::markup {

namespace {

// Units of one version between two units both share, and those of the
// other that replaced them: [removedFrom, removedTo) of the earlier,
// [addedFrom, addedTo) of the later.
struct Run {
    std::size_t removedFrom, removedTo, addedFrom, addedTo;
};

// Beyond this many cells (16 MB) the two versions are too far apart to
// align unit by unit, and what differs is taken as one replacement.
constexpr std::size_t maxAlignedCells = std::size_t{4} << 20;

std::vector<Run> differingRuns(const std::vector<TextUnit>& a, const std::vector<TextUnit>& b) {
    // A change is a unit's text, not its section: a renamed heading is one
    // change, not one for every unit under it.
    auto same = [&](std::size_t i, std::size_t j) { return a[i].text == b[j].text; };
    std::size_t head = 0;
    while (head < a.size() && head < b.size() && same(head, head)) ++head;
    std::size_t endA = a.size(), endB = b.size();
    while (endA > head && endB > head && same(endA - 1, endB - 1)) --endA, --endB;
    const std::size_t rows = endA - head, columns = endB - head;
    if (rows == 0 && columns == 0) return {};
    if (rows * columns > maxAlignedCells) return {{head, endA, head, endB}};

    // common(i, j): the length of a longest common subsequence of what
    // follows a[head + i] and b[head + j], themselves included.
    std::vector<std::uint32_t> table((rows + 1) * (columns + 1), 0);
    auto common = [&](std::size_t i, std::size_t j) -> std::uint32_t& { return table[i * (columns + 1) + j]; };
    for (std::size_t i = rows; i-- > 0;)
        for (std::size_t j = columns; j-- > 0;)
            common(i, j) = same(head + i, head + j) ? common(i + 1, j + 1) + 1
                                                    : std::max(common(i + 1, j), common(i, j + 1));
    std::vector<Run> runs;
    std::optional<Run> open;
    for (std::size_t i = 0, j = 0; i < rows || j < columns;) {
        if (i < rows && j < columns && same(head + i, head + j)) {
            if (open) runs.push_back(*open);
            open.reset();
            ++i, ++j;
            continue;
        }
        if (!open) open = Run{head + i, head + i, head + j, head + j};
        if (j < columns && (i == rows || common(i, j + 1) >= common(i + 1, j))) open->addedTo = head + ++j;
        else open->removedTo = head + ++i;
    }
    if (open) runs.push_back(*open);
    return runs;
}

// The longest text shown of one side of a change, in bytes, and how many
// words either side of what changed a long sentence keeps.
constexpr std::size_t longestShown = 160;
constexpr std::size_t contextWords = 4;
constexpr std::string_view ellipsis = "…";

// Where text splits into pieces: after a sentence's end, or at every space.
bool endsSentence(const std::string& text, std::size_t space) {
    if (space == 0) return false;
    const char before = text[space - 1];
    // The Urdu full stop ۔ (U+06D4) ends in the byte 0x94.
    return before == '.' || before == '!' || before == '?' ||
           (space >= 2 && text.compare(space - 2, 2, "\xDB\x94") == 0);
}
bool endsWord(const std::string&, std::size_t) { return true; }

std::vector<std::string> split(const std::string& text, bool (*ends)(const std::string&, std::size_t)) {
    std::vector<std::string> pieces;
    std::size_t start = 0;
    for (std::size_t at = text.find(' '); at != std::string::npos; at = text.find(' ', at + 1)) {
        if (!ends(text, at)) continue;
        pieces.push_back(text.substr(start, at - start));
        start = at + 1;
    }
    pieces.push_back(text.substr(start));
    return pieces;
}

std::string join(const std::vector<std::string>& pieces, std::size_t from, std::size_t to) {
    std::string text;
    for (std::size_t i = from; i < to; ++i) text += (i > from ? " " : "") + pieces[i];
    return text;
}

// The two sides of a change with what they share at either end left out.
struct Excerpts {
    std::string before;
    std::string after;
    bool cutStart = false;
    bool cutEnd = false;
};

// Splits both sides into pieces and leaves out the pieces they share at
// either end, but `keep` of them next to what changed; one at least when a
// side would be left empty (a sentence added or removed).
Excerpts narrow(const std::string& before, const std::string& after, bool (*ends)(const std::string&, std::size_t),
                std::size_t keep) {
    const std::vector<std::string> a = split(before, ends), b = split(after, ends);
    std::size_t head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
    std::size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) ++tail;
    if (a.size() == head + tail || b.size() == head + tail) keep = std::max<std::size_t>(keep, 1);
    const std::size_t dropHead = head > keep ? head - keep : 0;
    const std::size_t dropTail = tail > keep ? tail - keep : 0;
    return {join(a, dropHead, a.size() - dropTail), join(b, dropHead, b.size() - dropTail), dropHead > 0, dropTail > 0};
}

// At most longestShown bytes, cut at a space, else between characters.
std::string cut(const std::string& text, bool& cutEnd) {
    if (text.size() <= longestShown) return text;
    cutEnd = true;
    std::size_t at = text.rfind(' ', longestShown);
    if (at == std::string::npos || at == 0) {
        at = longestShown;
        while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
    }
    return text.substr(0, at);
}

std::string quoted(const std::string& text, bool cutStart = false, bool cutEnd = false) {
    const std::string shown = cut(text, cutEnd);
    return "\"" + (cutStart ? std::string(ellipsis) + " " : "") + shown + (cutEnd ? " " + std::string(ellipsis) : "") +
           "\"";
}

std::string phrase(const Change& change) {
    std::string text = change.section.empty() ? "" : quoted(change.section) + ": ";
    if (change.before && change.after) {
        Excerpts excerpts = narrow(*change.before, *change.after, endsSentence, 0);
        if (excerpts.before.size() > longestShown || excerpts.after.size() > longestShown) {
            const Excerpts words = narrow(excerpts.before, excerpts.after, endsWord, contextWords);
            excerpts = {words.before, words.after, excerpts.cutStart || words.cutStart, excerpts.cutEnd || words.cutEnd};
        }
        return text + quoted(excerpts.before, excerpts.cutStart, excerpts.cutEnd) + " → " +
               quoted(excerpts.after, excerpts.cutStart, excerpts.cutEnd);
    }
    return text + (change.after ? "added " + quoted(*change.after) : "removed " + quoted(*change.before));
}

}  // namespace

std::vector<Change> compare(const Document& before, const Document& after) {
    const std::vector<TextUnit> a = textUnits(before), b = textUnits(after);
    std::vector<Change> changes;
    for (const Run& run : differingRuns(a, b)) {
        const std::size_t removed = run.removedTo - run.removedFrom, added = run.addedTo - run.addedFrom;
        const std::size_t paired = std::min(removed, added);
        for (std::size_t k = 0; k < paired; ++k) {
            const TextUnit& old = a[run.removedFrom + k];
            const TextUnit& now = b[run.addedFrom + k];
            changes.push_back({now.section, old.text, now.text});
        }
        for (std::size_t k = paired; k < added; ++k)
            changes.push_back({b[run.addedFrom + k].section, std::nullopt, b[run.addedFrom + k].text});
        for (std::size_t k = paired; k < removed; ++k)
            changes.push_back({a[run.removedFrom + k].section, a[run.removedFrom + k].text, std::nullopt});
    }
    return changes;
}

std::string describe(const std::vector<Change>& changes, std::size_t shown) {
    std::string text;
    for (std::size_t i = 0; i < changes.size() && i < shown; ++i) text += (i ? "; " : "") + phrase(changes[i]);
    if (changes.size() > shown) {
        const std::size_t more = changes.size() - shown;
        text += "; and " + std::to_string(more) + " more change" + (more == 1 ? "" : "s");
    }
    return text;
}

}  // namespace wop::markup
