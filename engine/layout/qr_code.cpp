#include "layout/qr_code.h"

#include <memory>
#include <string>

#include <qrencode.h>

#include "layout/layout.h"

namespace wop::layout {

QrCode::QrCode(std::string_view text) {
    const std::string terminated(text);
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(terminated.c_str(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code) throw LayoutError("cannot encode a QR code of " + std::to_string(text.size()) + " bytes");
    modules_ = code->width;
    dark_.resize(static_cast<size_t>(modules_) * static_cast<size_t>(modules_));
    for (size_t i = 0; i < dark_.size(); ++i) dark_[i] = (code->data[i] & 1) != 0;  // bit 0: dark
}

std::vector<Item> QrCode::items(float x, float y, float side, Color color) const {
    std::vector<Item> rects;
    const float module = side / static_cast<float>(modules_);
    for (int row = 0; row < modules_; ++row) {
        const float bottom = y + side - static_cast<float>(row + 1) * module;
        for (int column = 0; column < modules_;) {
            if (!dark(row, column)) {
                ++column;
                continue;
            }
            const int start = column;
            while (column < modules_ && dark(row, column)) ++column;
            rects.push_back(RectItem{x + static_cast<float>(start) * module, bottom,
                                     static_cast<float>(column - start) * module, module, color});
        }
    }
    return rects;
}

}  // namespace wop::layout
