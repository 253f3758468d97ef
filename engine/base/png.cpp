#include "base/png.h"

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <new>
#include <span>
#include <vector>

#include <libdeflate.h>

namespace wop::base {

namespace {

std::uint32_t bigEndian(std::string_view bytes, std::size_t at) {
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < 4; ++i) value = value << 8 | static_cast<unsigned char>(bytes[at + i]);
    return value;
}

struct Header {
    std::uint32_t width = 0, height = 0;
    int depth = 0, colour = 0;
    bool interlaced = false;
};

// Samples per pixel of each colour type, for the bit depths it allows.
int channels(const Header& h) {
    auto allows = [&](std::initializer_list<int> depths) {
        return std::find(depths.begin(), depths.end(), h.depth) != depths.end();
    };
    switch (h.colour) {
        case 0: return allows({1, 2, 4, 8, 16}) ? 1 : 0;  // grey
        case 2: return allows({8, 16}) ? 3 : 0;           // RGB
        case 3: return allows({1, 2, 4, 8}) ? 1 : 0;      // palette
        case 4: return allows({8, 16}) ? 2 : 0;           // grey and alpha
        case 6: return allows({8, 16}) ? 4 : 0;           // RGB and alpha
        default: return 0;
    }
}

// The rows of each pass (one, or Adam7's seven): their bytes, filter byte included.
struct Pass {
    std::uint64_t rows = 0, rowBytes = 0;
};

std::vector<Pass> passes(const Header& h, int bitsPerPixel) {
    static constexpr int adam7[7][4] = {{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4},
                                        {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}};
    static constexpr int whole[1][4] = {{0, 0, 1, 1}};
    std::vector<Pass> out;
    const auto starts = h.interlaced ? std::span<const int[4]>(adam7) : std::span<const int[4]>(whole);
    for (const auto& [x0, y0, dx, dy] : starts) {
        const std::uint64_t columns = h.width > static_cast<std::uint32_t>(x0) ? (h.width - x0 + dx - 1) / dx : 0;
        const std::uint64_t rows = h.height > static_cast<std::uint32_t>(y0) ? (h.height - y0 + dy - 1) / dy : 0;
        if (columns && rows) out.push_back({rows, 1 + (columns * static_cast<std::uint64_t>(bitsPerPixel) + 7) / 8});
    }
    return out;
}

std::string damaged(const std::string& why) { return "a damaged PNG (" + why + ")"; }

}  // namespace

std::variant<ImageHeader, std::string> readPng(std::string_view bytes) {
    Header h;
    bool headerRead = false, palette = false, ended = false;
    std::string data;  // the IDAT chunks' contents, one zlib stream
    for (std::size_t at = 8; !ended;) {
        if (at + 12 > bytes.size())
            return headerRead ? damaged("it ends before its last chunk") : "a PNG without its image header";
        const std::uint32_t length = bigEndian(bytes, at);
        if (length > bytes.size() - at - 12) return damaged("a chunk runs past its end");
        const std::string_view type = bytes.substr(at + 4, 4), content = bytes.substr(at + 8, length);
        const std::uint32_t crc = libdeflate_crc32(libdeflate_crc32(0, type.data(), 4), content.data(), length);
        if (crc != bigEndian(bytes, at + 8 + length))
            return damaged("the checksum of its " + std::string(type) + " chunk is wrong");
        if (!headerRead && type != "IHDR") return std::string("a PNG without its image header");
        if (type == "IHDR") {
            if (length != 13) return damaged("its header is " + std::to_string(length) + " bytes long");
            h = {bigEndian(content, 0), bigEndian(content, 4), static_cast<unsigned char>(content[8]),
                 static_cast<unsigned char>(content[9]), content[12] == 1};
            if (h.width == 0 || h.height == 0 || h.width > 1000000 || h.height > 1000000)
                return "a PNG of " + std::to_string(h.width) + " × " + std::to_string(h.height) + " pixels";
            if (!channels(h) || content[10] != 0 || content[11] != 0 || static_cast<unsigned char>(content[12]) > 1)
                return damaged("its header names no kind of PNG");
            headerRead = true;
        }
        palette = palette || type == "PLTE";
        if (type == "IDAT") data += content;
        ended = type == "IEND";
        at += 12 + length;
    }
    if (h.colour == 3 && !palette) return damaged("it has no palette");
    // Pixels of a side of at most a million make at most 8 * 10^12 bytes:
    // a product that fits. The model refuses large images before this.
    const std::vector<Pass> rows = passes(h, channels(h) * h.depth);
    std::uint64_t size = 0;
    for (const Pass& pass : rows) size += pass.rows * pass.rowBytes;
    if (size > (std::uint64_t{1} << 30))
        return "a PNG of " + std::to_string(h.width) + " × " + std::to_string(h.height) + " pixels";
    std::string pixels(size, '\0');
    const std::unique_ptr<libdeflate_decompressor, void (*)(libdeflate_decompressor*)> inflater(
        libdeflate_alloc_decompressor(), libdeflate_free_decompressor);
    if (!inflater) throw std::bad_alloc();
    if (libdeflate_zlib_decompress(inflater.get(), data.data(), data.size(), pixels.data(), pixels.size(), nullptr) !=
        LIBDEFLATE_SUCCESS)
        return damaged("its image data is not the " + std::to_string(size) + " bytes its header asks for");
    std::size_t row = 0;
    for (const Pass& pass : rows)
        for (std::uint64_t i = 0; i < pass.rows; ++i, row += pass.rowBytes)
            if (static_cast<unsigned char>(pixels[row]) > 4) return damaged("a row has an unknown filter");
    return ImageHeader{ImageFormat::Png, static_cast<int>(h.width), static_cast<int>(h.height)};
}

}  // namespace wop::base
