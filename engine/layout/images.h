// Images on the page: the size the markup asks for, its proportions kept,
// within the room there is; an <image> block; the logo of a letterhead
// (blocks.cpp) and the seal of a signature block (signatures.cpp).
#pragma once

#include <vector>

#include "layout/blocks.h"

namespace wop::layout {

struct ImageSize {
    float width = 0;
    float height = 0;
};

// As wide and high as `shown` asks: given one of them, the other follows
// from the image's proportions; given both, the image fits within them;
// given neither, 150 pixels make an inch. Then made smaller, proportions
// kept, until it fits `room`.
ImageSize imageSize(const markup::Image& shown, const base::ImageHeader& image, ImageSize room);

// The image at `size`, its top `top` below a slice's top.
ImageItem imageItem(const markup::Image& shown, float x, float top, ImageSize size);

// An <image> block: one slice, never split, aligned within the content width.
std::vector<Slice> imageSlices(const markup::Image& shown, const BlockContext& context);

}  // namespace wop::layout
