// A document's preview over HTTP: page 1 of its PDF as a PNG the preview's
// width wide, not blank, cached for good, on the workspace's documents
// panel; refused to a utility that may not see the document.
#include <cstring>

#include <gtest/gtest.h>
#include <libdeflate.h>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include "base/image.h"
#include "portal_fixture.h"
#include "server/document_preview.h"

namespace wop::test {
namespace {

std::uint32_t bigEndian(const std::string& bytes, std::size_t at) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at])) << 24 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 1])) << 16 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 2])) << 8 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 3]));
}

// How many of the PNG's pixels are not white: its image data inflated and
// unfiltered (8 bits a channel, as Poppler writes it).
std::size_t inkedPixels(const std::string& png, int width, int height) {
    std::string compressed;
    int channels = 0;
    for (std::size_t at = 8; at + 8 <= png.size();) {
        const std::uint32_t length = bigEndian(png, at);
        const std::string type = png.substr(at + 4, 4);
        if (type == "IHDR") channels = png[at + 8 + 9] == 6 ? 4 : png[at + 8 + 9] == 2 ? 3 : 1;
        if (type == "IDAT") compressed += png.substr(at + 8, length);
        at += 12 + length;
    }
    const std::size_t stride = static_cast<std::size_t>(width) * channels;
    std::string raw((stride + 1) * height, '\0');
    libdeflate_decompressor* inflater = libdeflate_alloc_decompressor();
    const auto result = libdeflate_zlib_decompress(inflater, compressed.data(), compressed.size(), raw.data(), raw.size(), nullptr);
    libdeflate_free_decompressor(inflater);
    EXPECT_EQ(result, LIBDEFLATE_SUCCESS);
    std::vector<unsigned char> previous(stride, 0), row(stride);
    std::size_t inked = 0;
    for (int y = 0; y < height; ++y) {
        const auto* line = reinterpret_cast<const unsigned char*>(raw.data()) + y * (stride + 1);
        for (std::size_t x = 0; x < stride; ++x) {
            const int a = x >= static_cast<std::size_t>(channels) ? row[x - channels] : 0, b = previous[x],
                      c = x >= static_cast<std::size_t>(channels) ? previous[x - channels] : 0;
            int predicted = 0;
            switch (line[0]) {
                case 1: predicted = a; break;
                case 2: predicted = b; break;
                case 3: predicted = (a + b) / 2; break;
                case 4: {
                    const int p = a + b - c, pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
                    predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
                    break;
                }
                default: break;
            }
            row[x] = static_cast<unsigned char>(line[1 + x] + predicted);
        }
        for (int x = 0; x < width; ++x)
            for (int k = 0; k < std::min(channels, 3); ++k)
                if (row[x * channels + k] < 200) {
                    ++inked;
                    break;
                }
        previous = row;
    }
    return inked;
}

TEST(DocumentPreview, APreviewIsTheFirstPageAsAPngToWhomMaySeeTheDocument) {
    PortalServer portal;
    const Client facilitator = portal.signIn("pwon");
    const std::string list = portal.get("/api/partnerships/lahore-faisalabad-nrw/documents", facilitator).body;
    const auto documents = Poco::JSON::Parser().parse(list).extract<Poco::JSON::Array::Ptr>();
    ASSERT_GT(documents->size(), 0u) << list;
    const std::string id = documents->getObject(0)->getValue<std::string>("id");

    const HttpResponse preview = portal.get("/api/documents/" + id + "/preview.png", facilitator);
    ASSERT_EQ(preview.status, 200) << preview.body;
    EXPECT_EQ(preview.contentType, "image/png");
    EXPECT_NE(preview.headers.at("Cache-Control").find("immutable"), std::string::npos);
    const auto header = base::checkImage(preview.body);
    ASSERT_TRUE(std::holds_alternative<base::ImageHeader>(header)) << std::get<std::string>(header);
    const base::ImageHeader size = std::get<base::ImageHeader>(header);
    EXPECT_EQ(size.width, server::documentPreviewWidth);
    EXPECT_NEAR(size.height, server::documentPreviewWidth * 297 / 210, 2) << "an A4 page";
    const std::size_t inked = inkedPixels(preview.body, size.width, size.height);
    EXPECT_GT(inked, 500u) << "the page's text and letterhead";
    EXPECT_LT(inked, static_cast<std::size_t>(size.width * size.height / 2)) << "a page, mostly white";
    // Made once: the same bytes again, from the data folder's cache.
    EXPECT_EQ(portal.get("/api/documents/" + id + "/preview.png", facilitator).body, preview.body);

    // The workspace's documents panel shows it beside the download.
    const std::string panel = portal.get("/workspace/lahore-faisalabad-nrw/partnership", facilitator).body;
    EXPECT_NE(panel.find("src=\"/api/documents/"), std::string::npos) << panel;

    // Multan's utility is no party of Lahore's partnership.
    const Client stranger = portal.signIn("multan");
    EXPECT_EQ(portal.get("/api/documents/" + id + "/download", stranger).status, 404);
    EXPECT_EQ(portal.get("/api/documents/" + id + "/preview.png", stranger).status, 404);
    const Client party = portal.signIn("lahore");
    EXPECT_EQ(portal.get("/api/documents/" + id + "/preview.png", party).status, 200);
}

}  // namespace
}  // namespace wop::test
