#include "pdf/flate.h"

#include <memory>
#include <stdexcept>

#include <libdeflate.h>

namespace wop::pdf {

namespace {

// libdeflate's level 6 compresses as well as zlib's 9 on page contents and
// font programs; 7 and up cost twice the time for under 1%.
constexpr int level = 6;

struct CompressorDeleter {
    void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};

// A compressor holds its tables (half a megabyte): one per thread, reused.
libdeflate_compressor& compressor() {
    thread_local std::unique_ptr<libdeflate_compressor, CompressorDeleter> c(libdeflate_alloc_compressor(level));
    if (!c) throw std::runtime_error("cannot allocate a compressor (out of memory)");
    return *c;
}

}  // namespace

std::string flate(std::string_view bytes) {
    libdeflate_compressor& c = compressor();
    std::string out(libdeflate_zlib_compress_bound(&c, bytes.size()), '\0');
    out.resize(libdeflate_zlib_compress(&c, bytes.data(), bytes.size(), out.data(), out.size()));
    return out;
}

void setFlateData(QPDFObjectHandle& stream, std::string_view bytes) {
    stream.replaceStreamData(flate(bytes), QPDFObjectHandle::newName("/FlateDecode"), QPDFObjectHandle::newNull());
}

QPDFObjectHandle newFlateStream(QPDF& pdf, std::string_view bytes) {
    QPDFObjectHandle stream = QPDFObjectHandle::newStream(&pdf);
    setFlateData(stream, bytes);
    return stream;
}

}  // namespace wop::pdf
