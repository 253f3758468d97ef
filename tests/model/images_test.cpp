// An organisation's logo and seal: files beside the partnership file, read
// and checked when it loads, each bad case an error with its JSON path.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <libdeflate.h>

#include "base/sha256.h"
#include "partnership_json.h"
#include "support.h"

namespace wop::test {
namespace {

using Lines = std::vector<std::string>;

class Images : public ::testing::Test {
protected:
    ScratchDir folder{"model-images"};
    const std::string logo = readFile(sourceDir() / "samples/images/pwon-logo.png");

    // The valid partnership, its facilitator given `key`: `file`, read from the scratch folder.
    model::LoadResult loadWith(const std::string& key, const std::string& file) {
        return loadEdited([&](JsonObject root) { objectAt(root, {"parties", "facilitator"})->set(key, file); },
                          (folder / "partnership.json").string());
    }
    // The one error's message, which must be at `$.parties.facilitator.<key>`.
    std::string errorOf(const model::LoadResult& result, const std::string& key) {
        EXPECT_FALSE(result.partnership);
        if (result.diagnostics.size() != 1) {
            ADD_FAILURE() << ::testing::PrintToString(summaries(result));
            return {};
        }
        EXPECT_EQ(result.diagnostics[0].path, "$.parties.facilitator." + key);
        EXPECT_EQ(result.diagnostics[0].file, (folder / "partnership.json").string());
        return result.diagnostics[0].message;
    }
};

TEST_F(Images, ALogoAndASealAreReadFromTheFilesFolderWithTheirSizeAndDigest) {
    std::filesystem::create_directories(folder / "images");
    writeFile(folder / "images/logo.png", logo);
    writeFile(folder / "seal.png", readFile(sourceDir() / "samples/images/pwon-seal.png"));
    const model::LoadResult result = loadEdited(
        [&](JsonObject root) {
            objectAt(root, {"parties", "facilitator"})->set("logo", "images/logo.png");
            objectAt(root, {"parties", "facilitator"})->set("seal", "seal.png");
            objectAt(root, {"parties", "mentor"})->set("logo", "images/logo.png");
        },
        (folder / "partnership.json").string());
    ASSERT_TRUE(result.partnership) << ::testing::PrintToString(summaries(result));
    const model::Organisation& pwon = result.partnership->facilitator;
    ASSERT_TRUE(pwon.logo && pwon.seal);
    EXPECT_EQ(pwon.logo->file, "images/logo.png");
    EXPECT_EQ(pwon.logo->content->bytes, logo);
    EXPECT_EQ(pwon.logo->content->sha256, base::sha256(logo));
    EXPECT_EQ(pwon.logo->content->header.format, base::ImageFormat::Png);
    EXPECT_EQ(pwon.logo->content->header.width, 160);
    EXPECT_EQ(pwon.seal->content->header.height, 200);
    EXPECT_EQ(result.partnership->images().size(), 2u) << "the mentor's logo is the same file";
}

TEST_F(Images, AJpegIsReadToo) {
    // A frame header of 8 x 8 pixels after the start of the image and an
    // APP0 segment: all the model reads of a JPEG.
    const std::string jpeg("\xFF\xD8\xFF\xE0\x00\x04\x00\x00\xFF\xC0\x00\x0B\x08\x00\x08\x00\x10\x01\x01\x11\x00", 21);
    writeFile(folder / "logo.jpg", jpeg);
    const model::LoadResult result = loadWith("logo", "logo.jpg");
    ASSERT_TRUE(result.partnership) << ::testing::PrintToString(summaries(result));
    EXPECT_EQ(result.partnership->facilitator.logo->content->header.format, base::ImageFormat::Jpeg);
    EXPECT_EQ(result.partnership->facilitator.logo->content->header.width, 16);
    EXPECT_EQ(result.partnership->facilitator.logo->content->header.height, 8);
}

TEST_F(Images, AFileOutsideTheFolderIsRefusedUnread) {
    for (const std::string file : {"/etc/passwd", "../logo.png", "images/../../logo.png", ""}) {
        EXPECT_EQ(errorOf(loadWith("logo", file), "logo"),
                  "expected a file name relative to the partnership file's folder, without \"..\", found \"" + file +
                      "\"");
    }
}

TEST_F(Images, AMissingFileIsAnError) {
    EXPECT_EQ(errorOf(loadWith("seal", "seal.png"), "seal"),
              "expected a PNG or JPEG file, found no such file (" + (folder / "seal.png").string() + ")");
}

TEST_F(Images, AFileThatIsNoPngOrJpegByItsFirstBytesIsAnError) {
    writeFile(folder / "logo.gif", "GIF89a\x01\x00\x01\x00");
    EXPECT_EQ(errorOf(loadWith("logo", "logo.gif"), "logo"), "expected a PNG or JPEG image, found a GIF image (logo.gif)");
    writeFile(folder / "logo.png", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    EXPECT_EQ(errorOf(loadWith("logo", "logo.png"), "logo"),
              "expected a PNG or JPEG image, found a text file (SVG or other markup?) (logo.png)");
    writeFile(folder / "cut.png", logo.substr(0, 12));
    EXPECT_EQ(errorOf(loadWith("logo", "cut.png"), "logo"),
              "expected a PNG or JPEG image, found a PNG without its image header (cut.png)");
}

TEST_F(Images, AFileOverOneMebibyteIsAnError) {
    writeFile(folder / "huge.png", logo + std::string((1 << 20) - logo.size() + 1, '\0'));
    EXPECT_EQ(errorOf(loadWith("logo", "huge.png"), "logo"),
              "expected an image of at most 1 MiB, found a larger file (huge.png)");
}

// A black PNG of one bit a pixel: small, however many pixels.
std::string blackPng(std::uint32_t width, std::uint32_t height) {
    auto bigEndian = [](std::uint32_t value) {
        return std::string{static_cast<char>(value >> 24), static_cast<char>(value >> 16), static_cast<char>(value >> 8),
                           static_cast<char>(value)};
    };
    auto chunk = [&](const std::string& type, const std::string& content) {
        const std::string typed = type + content;
        return bigEndian(static_cast<std::uint32_t>(content.size())) + typed +
               bigEndian(libdeflate_crc32(0, typed.data(), typed.size()));
    };
    const std::string rows(height * (1 + (width + 7) / 8), '\0');
    std::string data(rows.size() + 1024, '\0');
    libdeflate_compressor* deflater = libdeflate_alloc_compressor(9);
    data.resize(libdeflate_zlib_compress(deflater, rows.data(), rows.size(), data.data(), data.size()));
    libdeflate_free_compressor(deflater);
    return "\x89PNG\r\n\x1A\n" + chunk("IHDR", bigEndian(width) + bigEndian(height) + std::string("\x01\x00\x00\x00\x00", 5)) +
           chunk("IDAT", data) + chunk("IEND", "");
}

TEST_F(Images, AnImageOverThreeThousandPixelsASideIsAnError) {
    writeFile(folder / "black.png", blackPng(3000, 3000));
    EXPECT_TRUE(loadWith("logo", "black.png").partnership);
    writeFile(folder / "wide.png", blackPng(3001, 1));
    EXPECT_EQ(errorOf(loadWith("logo", "wide.png"), "logo"),
              "expected an image of at most 3000 pixels a side, found 3001 × 1 (wide.png)");
}

TEST_F(Images, APngThatDoesNotReadWholeIsAnError) {
    std::string wrongSum = logo;
    wrongSum[16] = '\x01';  // the header's width changed, not its checksum
    writeFile(folder / "sum.png", wrongSum);
    EXPECT_EQ(errorOf(loadWith("seal", "sum.png"), "seal"),
              "expected a PNG or JPEG image, found a damaged PNG (the checksum of its IHDR chunk is wrong) (sum.png)");
    writeFile(folder / "cut.png", logo.substr(0, logo.size() / 2));
    EXPECT_EQ(errorOf(loadWith("seal", "cut.png"), "seal"),
              "expected a PNG or JPEG image, found a damaged PNG (a chunk runs past its end) (cut.png)");
    std::string shortData = blackPng(16, 16);
    writeFile(folder / "short.png", shortData.replace(16, 8, std::string("\x00\x00\x00\x10\x00\x00\x00\x11", 8)));
    EXPECT_PRED_FORMAT2(::testing::IsSubstring, "found a damaged PNG",
                        errorOf(loadWith("seal", "short.png"), "seal"));
}

TEST_F(Images, ANameThatIsNoStringIsAnError) {
    const model::LoadResult result =
        loadEdited([](JsonObject root) { objectAt(root, {"parties", "mentee"})->set("logo", 3); });
    EXPECT_EQ(summaries(result), (Lines{"$.parties.mentee.logo: expected a string, found number 3"}));
}

}  // namespace
}  // namespace wop::test
