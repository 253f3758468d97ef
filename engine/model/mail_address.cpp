#include "model/mail_address.h"

#include <algorithm>

namespace wop::model {

namespace {

bool isAlphaNumeric(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// Words of `isWordCharacter` joined by single dots, none empty.
template <class IsWordCharacter>
bool isDotted(std::string_view text, IsWordCharacter isWordCharacter) {
    if (text.empty() || text.front() == '.' || text.back() == '.' || text.find("..") != std::string_view::npos)
        return false;
    return std::all_of(text.begin(), text.end(), [&](char c) { return c == '.' || isWordCharacter(c); });
}

// Labels of letters, digits and hyphens, neither starting nor ending with a hyphen, at most 63 long.
bool isHostName(std::string_view domain) {
    if (!isDotted(domain, [](char c) { return isAlphaNumeric(c) || c == '-'; }) ||
        domain.find('.') == std::string_view::npos)
        return false;
    for (std::size_t start = 0; start <= domain.size();) {
        const std::size_t end = std::min(domain.find('.', start), domain.size());
        const std::string_view label = domain.substr(start, end - start);
        if (label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
        start = end + 1;
    }
    return true;
}

}  // namespace

bool isAtext(char c) { return isAlphaNumeric(c) || std::string_view("!#$%&'*+-/=?^_`{|}~").find(c) != std::string_view::npos; }

bool isMailAddress(std::string_view address) {
    const std::size_t at = address.rfind('@');
    if (address.size() > maxMailAddressChars || at == std::string_view::npos || at > 64) return false;
    return isDotted(address.substr(0, at), isAtext) && isHostName(address.substr(at + 1));
}

}  // namespace wop::model
