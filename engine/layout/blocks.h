// Each kind of markup block turned into slices (flow.h) of the content width.
#pragma once

#include <string>
#include <vector>

#include "layout/flow.h"
#include "layout/page_geometry.h"
#include "markup/document.h"
#include "text/font_set.h"

namespace wop::layout {

struct BlockContext {
    const text::FontSet& fonts;
    bool rightToLeft = false;
    std::string digits;  // "latn" or "arabext"
    bool signatureFields = false;  // a final document: its signature blocks get fields
    // Where setting text reports what it could not set (lines.h).
    std::vector<std::string>* warnings = nullptr;
    const base::Images* images = nullptr;  // those the markup may show
    // Where the blocks' structure elements go (page.h); none when blocks are
    // only measured.
    std::vector<StructureElement>* structure = nullptr;
    PageGeometry page;

    // The left edge of the text and its width, the margins mirrored in a right-to-left document.
    float left() const { return page.left(rightToLeft); }
    float width() const { return page.contentWidth(); }
    text::Direction direction() const {
        return rightToLeft ? text::Direction::RightToLeft : text::Direction::LeftToRight;
    }
    // "start" and "end" on this document's side.
    text::LineAlign lineAlign(markup::Align align) const;
    std::string localDigits(const std::string& ascii) const;
    // The image the markup names; throws LayoutError when it was not given.
    const base::Image& image(const markup::Image& shown) const;
    // A new structure element under `parent` (by default the document), or
    // `artifact` when no structure is kept.
    int element(ElementKind kind, int parent = 0) const;
};

// The context `document`'s blocks are set in.
BlockContext blockContextOf(const markup::Document& document, const text::FontSet& fonts,
                            const base::Images* images = nullptr, const PageGeometry& page = {});

std::vector<Slice> blockSlices(const markup::Block& block, const BlockContext& context);

// The slices of a document's blocks, one after another, with the keeps
// (keeps.h) that join neighbouring blocks.
std::vector<Slice> documentSlices(const std::vector<markup::Block>& blocks, const BlockContext& context);

}  // namespace wop::layout
