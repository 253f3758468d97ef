#include "pdf/font_table.h"

#include <stdexcept>

namespace wop::pdf {

uint16_t readU16(std::string_view bytes, size_t at) {
    if (at > bytes.size() || bytes.size() - at < 2) throw std::out_of_range("a table or glyph too short");
    return static_cast<uint16_t>(static_cast<uint8_t>(bytes[at]) << 8 | static_cast<uint8_t>(bytes[at + 1]));
}

FontTable::FontTable(hb_face_t* face, hb_tag_t tag) : blob_(hb_face_reference_table(face, tag)) {
    unsigned length = 0;
    const char* data = hb_blob_get_data(blob_, &length);
    bytes_ = std::string_view(data ? data : "", length);
}

FontTable::~FontTable() { hb_blob_destroy(blob_); }

std::string_view FontTable::bytes(size_t at, size_t length) const {
    if (at > bytes_.size() || length > bytes_.size() - at) throw std::out_of_range("table too short");
    return bytes_.substr(at, length);
}

}  // namespace wop::pdf
