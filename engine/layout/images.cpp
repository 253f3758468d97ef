#include "layout/images.h"

#include <algorithm>

#include "layout/layout.h"
#include "layout/style.h"

namespace wop::layout {

namespace {

constexpr float pointsPerPixel = 72.0f / 150;

}  // namespace

const base::Image& BlockContext::image(const markup::Image& shown) const {
    if (images) {
        if (auto found = images->find(shown.sha256); found != images->end()) return *found->second;
    }
    throw LayoutError("the markup shows the image sha256:" + shown.sha256 + ", which its data does not hold");
}

ImageSize imageSize(const markup::Image& shown, const base::ImageHeader& image, ImageSize room) {
    const float ratio = static_cast<float>(image.height) / static_cast<float>(image.width);  // height per width
    auto width = static_cast<float>(shown.width), height = static_cast<float>(shown.height);
    if (width > 0 && height > 0) width = std::min(width, height / ratio);
    else if (height > 0) width = height / ratio;
    else if (width <= 0) width = static_cast<float>(image.width) * pointsPerPixel;
    width = std::min({width, room.width, room.height / ratio});
    return {width, width * ratio};
}

ImageItem imageItem(const markup::Image& shown, float x, float top, ImageSize size) {
    return {shown.sha256, x, top + size.height, size.width, size.height};
}

std::vector<Slice> imageSlices(const markup::Image& shown, const BlockContext& context) {
    const float pageRoom = context.page.height - context.page.marginTop - context.page.marginBottom - style::paragraphSpacing;
    const ImageSize size = imageSize(shown, context.image(shown).header, {context.width(), pageRoom});
    float x = context.left();  // flush left: the start of a left-to-right document
    const text::LineAlign align = context.lineAlign(shown.align);
    if (align == text::LineAlign::Right) x += context.width() - size.width;
    else if (align == text::LineAlign::Center) x += (context.width() - size.width) / 2;
    Slice slice;
    slice.spaceBefore = 2;
    slice.height = size.height + style::paragraphSpacing;
    slice.items.push_back(imageItem(shown, x, 0, size));
    return {slice};
}

}  // namespace wop::layout
