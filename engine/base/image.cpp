#include "base/image.h"

#include "base/png.h"

#include <cstdint>

namespace wop::base {

namespace {

constexpr std::string_view pngSignature = "\x89PNG\r\n\x1A\n";

std::uint32_t bigEndian(std::string_view bytes, std::size_t at, std::size_t count) {
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < count; ++i) value = value << 8 | static_cast<unsigned char>(bytes[at + i]);
    return value;
}

// The segments up to the frame header: baseline, extended or progressive
// (SOF0 to SOF2), the kinds libharu and every PDF reader draw.
std::variant<ImageHeader, std::string> jpegHeader(std::string_view bytes) {
    std::size_t at = 2;
    while (at + 4 <= bytes.size()) {
        if (static_cast<unsigned char>(bytes[at]) != 0xFF) break;
        const unsigned char marker = static_cast<unsigned char>(bytes[at + 1]);
        if (marker == 0xFF) {  // padding before a marker
            ++at;
            continue;
        }
        const std::uint32_t length = bigEndian(bytes, at + 2, 2);
        if (marker >= 0xC0 && marker <= 0xC2) {
            if (at + 9 > bytes.size()) break;
            const std::uint32_t height = bigEndian(bytes, at + 5, 2), width = bigEndian(bytes, at + 7, 2);
            if (width == 0 || height == 0) break;
            return ImageHeader{ImageFormat::Jpeg, static_cast<int>(width), static_cast<int>(height)};
        }
        if (marker >= 0xC3 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
            return std::string("a lossless or arithmetic-coded JPEG, which PDF readers do not all show");
        if (marker == 0xDA || length < 2) break;  // image data before any frame header
        at += 2 + length;
    }
    return std::string("a JPEG without its frame header");
}

}  // namespace

std::variant<ImageHeader, std::string> checkImage(std::string_view bytes) {
    if (bytes.starts_with(pngSignature)) return readPng(bytes);
    if (bytes.starts_with("\xFF\xD8\xFF")) return jpegHeader(bytes);
    if (bytes.empty()) return std::string("an empty file");
    if (bytes.starts_with("GIF8")) return std::string("a GIF image");
    if (bytes.starts_with("RIFF") && bytes.substr(8, 4) == "WEBP") return std::string("a WebP image");
    if (bytes.starts_with("BM")) return std::string("a BMP image");
    if (bytes.starts_with("%PDF")) return std::string("a PDF file");
    if (bytes.starts_with("<")) return std::string("a text file (SVG or other markup?)");
    return std::string("a file of another kind");
}

}  // namespace wop::base
