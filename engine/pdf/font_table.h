// One table of a font, read big-endian with every read bounds-checked: a
// malformed font throws std::out_of_range rather than reads past its end.
// The font programs (font_program.h) and font objects (font_object.h) read
// the tables HarfBuzz has no call for through it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <hb.h>

namespace wop::pdf {

uint16_t readU16(std::string_view bytes, size_t at);

class FontTable {
public:
    FontTable(hb_face_t* face, hb_tag_t tag);
    ~FontTable();
    FontTable(const FontTable&) = delete;
    FontTable& operator=(const FontTable&) = delete;

    std::string_view bytes() const { return bytes_; }
    std::string_view bytes(size_t at, size_t length) const;
    uint16_t u16(size_t at) const { return readU16(bytes_, at); }
    uint32_t u32(size_t at) const { return uint32_t{u16(at)} << 16 | u16(at + 2); }

private:
    hb_blob_t* blob_;
    std::string_view bytes_;
};

}  // namespace wop::pdf
