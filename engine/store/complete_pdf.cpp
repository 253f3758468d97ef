#include "store/complete_pdf.h"

#include <algorithm>

namespace wop::store {

namespace {

constexpr std::size_t tailSize = 32;  // "%%EOF" and its line end, with room to spare

}  // namespace

bool isCompletePdf(std::string_view bytes) {
    return bytes.substr(bytes.size() - std::min(bytes.size(), tailSize)).find("%%EOF") != std::string_view::npos;
}

}  // namespace wop::store
