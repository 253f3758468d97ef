// The pictures a document may show, a logo or a seal: PNG or JPEG files,
// told apart by their first bytes, with the size in pixels their header
// gives. The model checks them, layout scales them, the pdf stage draws
// them.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <variant>

namespace wop::base {

enum class ImageFormat { Png, Jpeg };

struct ImageHeader {
    ImageFormat format = ImageFormat::Png;
    int width = 0;  // pixels
    int height = 0;
};

// The header of a PNG or a JPEG file, a PNG read whole (png.h); else what
// the bytes are instead, as the found half of a message: "a GIF image",
// "a damaged PNG (…)".
std::variant<ImageHeader, std::string> checkImage(std::string_view bytes);

// An image as documents use it. Markup names it by its digest, so that a
// document's markup changes exactly when the image's bytes do.
struct Image {
    std::string bytes;
    ImageHeader header;
    std::string sha256;
};

// The images a document may draw, by their digests.
using Images = std::map<std::string, std::shared_ptr<const Image>>;

}  // namespace wop::base
