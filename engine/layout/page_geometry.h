// The paper a document is set on and its margins, in points: A4 with the
// margins below unless the settings say otherwise (`page.size`,
// `page.margins`, `page.margin.<side>`; docs/deploy.md). A batch counts them
// in the documents' look (batch/document_inputs.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace wop::layout {

inline constexpr float millimetre = 72 / 25.4f;

struct PageGeometry {
    float width = 595.28f;  // A4
    float height = 841.89f;
    float marginTop = 54;
    float marginBottom = 72;  // the footer and a final document's verification mark live inside it
    float marginStart = 62;   // the side reading starts from: the left in English, the right in Urdu
    float marginEnd = 62;

    // The paper named "A4", "Letter" or "Legal" (in any case), with the default margins.
    static std::optional<PageGeometry> paper(std::string_view name);

    float contentWidth() const { return width - marginStart - marginEnd; }
    // Where the text starts from the left: a right-to-left document mirrors the margins.
    float left(bool rightToLeft) const { return rightToLeft ? marginEnd : marginStart; }
    // The geometry in words, for a batch to tell one look from another:
    // empty for the default, which documents were made in before it could be set.
    std::string look() const;

    bool operator==(const PageGeometry&) const = default;
};

}  // namespace wop::layout
