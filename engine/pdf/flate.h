// Streams the pdf stage stores compressed (/FlateDecode), compressed here by
// libdeflate rather than by qpdf's zlib: half the time at the same level,
// and a little smaller. qpdf writes a stream compressed this way as it is.
#pragma once

#include <string>
#include <string_view>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

namespace wop::pdf {

// `bytes` in the zlib format /FlateDecode reads.
std::string flate(std::string_view bytes);

// A new stream in `pdf` holding `bytes`, compressed.
QPDFObjectHandle newFlateStream(QPDF& pdf, std::string_view bytes);

// Replaces the data of `stream` with `bytes`, compressed.
void setFlateData(QPDFObjectHandle& stream, std::string_view bytes);

}  // namespace wop::pdf
