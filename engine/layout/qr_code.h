// A QR code drawn as the page's own squares: no image, so it stays sharp at
// any scale and adds a few hundred bytes. Printed documents carry one that
// leads to their verification page (the issue "Sign and verify").
#pragma once

#include <string_view>
#include <vector>

#include "layout/page.h"

namespace wop::layout {

class QrCode {
public:
    // Error correction level M (15 %), the smallest version that holds
    // `text`; throws LayoutError when it cannot be encoded.
    explicit QrCode(std::string_view text);

    int modules() const { return modules_; }  // per side, without the quiet zone
    bool dark(int row, int column) const { return dark_[static_cast<size_t>(row * modules_ + column)]; }

    // Filled rectangles, one per horizontal run of dark modules, for a
    // square of `side` points whose bottom left corner is (x, y) in PDF
    // coordinates (the quiet zone around it is the caller's to leave free).
    std::vector<Item> items(float x, float y, float side, Color color) const;

private:
    int modules_ = 0;
    std::vector<bool> dark_;
};

}  // namespace wop::layout
