#include "text/utf16.h"

#include <stdexcept>

#include <unicode/ustring.h>

namespace wop::text {

std::u16string toUtf16(std::string_view utf8) {
    std::u16string out(utf8.size() + 1, u'\0');  // never more units than bytes
    int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8WithSub(reinterpret_cast<UChar*>(out.data()), static_cast<int32_t>(out.size()), &length,
                         utf8.data(), static_cast<int32_t>(utf8.size()), 0xFFFD, nullptr, &status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU UTF-8 conversion: ") + u_errorName(status));
    out.resize(static_cast<size_t>(length));
    return out;
}

}  // namespace wop::text
