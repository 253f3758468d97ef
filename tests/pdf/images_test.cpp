// Images in the PDF: libharu draws them, each stored once however many
// pages show it, and they come through qpdf's finishing whole.
#include <gtest/gtest.h>

#include <memory>
#include <set>
#include <sstream>

#include "base/sha256.h"
#include "layout/layout.h"
#include "markup/parser.h"
#include "pdf/writer.h"
#include "support.h"

namespace wop {
namespace {

const text::FontSet& fonts() {
    static text::FontSet set(text::FontChoice::defaults(test::sourceDir() / "fonts"));
    return set;
}

std::shared_ptr<const base::Image> imageOf(const std::string& bytes) {
    const base::ImageHeader header = std::get<base::ImageHeader>(base::checkImage(bytes));
    return std::make_shared<const base::Image>(base::Image{bytes, header, base::sha256(bytes)});
}

// The sample logo: a PNG with transparency.
std::shared_ptr<const base::Image> logo() {
    return imageOf(test::readFile(test::sourceDir() / "samples/images/pwon-logo.png"));
}

// The smallest of baseline JPEGs: 8 x 8 grey pixels, one block whose every
// coefficient is 0, coded with one-code Huffman tables.
std::shared_ptr<const base::Image> greyJpeg() {
    std::string jpeg("\xFF\xD8\xFF\xDB\x00\x43\x00", 7);
    jpeg += std::string(64, '\x01');
    jpeg += std::string("\xFF\xC0\x00\x0B\x08\x00\x08\x00\x08\x01\x01\x11\x00", 13);
    for (const char table : {'\x00', '\x10'}) {
        jpeg += std::string("\xFF\xC4\x00\x14", 4) + table + '\x01' + std::string(15, '\0') + '\0';
    }
    jpeg += std::string("\xFF\xDA\x00\x08\x01\x01\x00\x00\x3F\x00\x3F\xFF\xD9", 13);
    return imageOf(jpeg);
}

std::string tag(const base::Image& image, const std::string& attributes) {
    return "<image src=\"sha256:" + image.sha256 + "\" " + attributes + "/>";
}

std::filesystem::path write(const test::ScratchDir& dir, const std::string& body, const base::Images& images) {
    const auto path = dir / "images.pdf";
    pdf::writePdf(layout::layoutDocument(markup::parse("<document lang=\"en\" title=\"Images\">" + body + "</document>"),
                                         fonts(), images),
                  path);
    return path;
}

// pdfimages' rows: "page num type width height color comp bpc enc interp object ID ...", without its header.
std::vector<std::string> imageRows(const std::filesystem::path& pdf) {
    const test::CommandResult listed = test::run("pdfimages -list " + test::shellQuote(pdf.string()));
    EXPECT_EQ(listed.exitCode, 0) << listed.output;
    std::vector<std::string> rows;
    std::istringstream lines(listed.output);
    int index = 0;
    for (std::string line; std::getline(lines, line); ++index)
        if (index >= 2 && !line.empty()) rows.push_back(line);
    return rows;
}

// The row's columns, split at spaces.
std::vector<std::string> columns(const std::string& row) {
    std::vector<std::string> out;
    std::istringstream in(row);
    for (std::string column; in >> column;) out.push_back(column);
    return out;
}

TEST(PdfImages, APngShownOnThreePagesIsStoredOnceWithItsTransparency) {
    test::ScratchDir dir("pdf-images");
    const auto png = logo();
    const std::string shown = tag(*png, "width=\"30mm\"");
    const auto path = write(dir, shown + "<pagebreak/>" + shown + "<pagebreak/>" + shown, {{png->sha256, png}});
    const test::CommandResult check = test::run("qpdf --check " + test::shellQuote(path.string()));
    EXPECT_EQ(check.exitCode, 0) << check.output;
    const std::vector<std::string> rows = imageRows(path);
    ASSERT_EQ(rows.size(), 6u) << "an image and its soft mask on each of three pages";
    std::set<std::string> objects;
    for (const std::string& row : rows) {
        const auto c = columns(row);
        ASSERT_GE(c.size(), 12u) << row;
        EXPECT_EQ(c[3], "160") << row;
        EXPECT_EQ(c[4], "160") << row;
        if (c[2] == "image") objects.insert(c[10]);
        else EXPECT_EQ(c[2], "smask") << row;
    }
    EXPECT_EQ(objects.size(), 1u) << "one object for the three pages";
}

TEST(PdfImages, AJpegIsStoredAsItIs) {
    test::ScratchDir dir("pdf-jpeg");
    const auto jpeg = greyJpeg();
    const auto path = write(dir, tag(*jpeg, "width=\"20mm\""), {{jpeg->sha256, jpeg}});
    const test::CommandResult check = test::run("qpdf --check " + test::shellQuote(path.string()));
    EXPECT_EQ(check.exitCode, 0) << check.output;
    const std::vector<std::string> rows = imageRows(path);
    ASSERT_EQ(rows.size(), 1u);
    const auto c = columns(rows[0]);
    ASSERT_GE(c.size(), 9u);
    EXPECT_EQ(c[5], "gray");
    EXPECT_EQ(c[8], "jpeg");
    EXPECT_NE(test::readFile(path).find(jpeg->bytes), std::string::npos) << "the JPEG's bytes, not decoded";
}

}  // namespace
}  // namespace wop
