// QR codes drawn as squares (layout/qr_code.h).
#include <gtest/gtest.h>

#include <variant>

#include "layout/qr_code.h"

namespace wop::layout {
namespace {

const char* const url = "https://portal.pwon.org.pk/verify/K7QM-2XWA-9R";

TEST(QrCode, TakesTheSmallestVersionThatHoldsTheText) {
    EXPECT_EQ(QrCode("ABC").modules(), 21);  // version 1
    EXPECT_EQ(QrCode(url).modules(), 33);    // version 4: 47 bytes is over version 3's 42 at level M
}

// The three finder patterns: a dark ring of 7 modules with a dark 3x3 centre.
TEST(QrCode, HasItsFinderPatternsInThreeCorners) {
    const QrCode code(url);
    const int last = code.modules() - 7;
    for (auto [top, left] : {std::pair{0, 0}, std::pair{0, last}, std::pair{last, 0}}) {
        for (int i = 0; i < 7; ++i) {
            EXPECT_TRUE(code.dark(top, left + i));
            EXPECT_TRUE(code.dark(top + 6, left + i));
            EXPECT_TRUE(code.dark(top + i, left));
            EXPECT_TRUE(code.dark(top + i, left + 6));
        }
        EXPECT_FALSE(code.dark(top + 1, left + 1));
        EXPECT_TRUE(code.dark(top + 3, left + 3));
    }
}

TEST(QrCode, DrawsEachRunOfDarkModulesOnceInsideItsSquare) {
    const QrCode code(url);
    int darkModules = 0;
    for (int row = 0; row < code.modules(); ++row)
        for (int column = 0; column < code.modules(); ++column) darkModules += code.dark(row, column);
    const float side = 1.5f * static_cast<float>(code.modules());
    float area = 0;
    for (const Item& item : code.items(100, 200, side, {})) {
        const auto& rect = std::get<RectItem>(item);
        EXPECT_GE(rect.x, 100 - 0.01f);
        EXPECT_LE(rect.x + rect.width, 100 + side + 0.01f);
        EXPECT_GE(rect.y, 200 - 0.01f);
        EXPECT_LE(rect.y + rect.height, 200 + side + 0.01f);
        area += rect.width * rect.height;
    }
    EXPECT_NEAR(area, static_cast<float>(darkModules) * 1.5f * 1.5f, 0.5f);
}

TEST(QrCode, TheTopRowIsDrawnAtTheTop) {
    const QrCode code(url);
    const auto side = static_cast<float>(code.modules());  // a point a module
    const auto items = code.items(0, 0, side, {});
    const auto& first = std::get<RectItem>(items.front());  // the top left finder's top edge
    EXPECT_FLOAT_EQ(first.x, 0);
    EXPECT_FLOAT_EQ(first.y, side - 1);
    EXPECT_FLOAT_EQ(first.width, 7);
}

}  // namespace
}  // namespace wop::layout
