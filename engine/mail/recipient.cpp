#include "mail/recipient.h"

namespace wop::mail {

std::string Recipient::str() const {
    return name.empty() ? address : name + " <" + address + ">";
}

Recipient Recipient::parse(const std::string& text) {
    const auto open = text.rfind('<');
    if (open == std::string::npos || text.back() != '>') return {"", text};
    std::string name = text.substr(0, open);
    while (!name.empty() && name.back() == ' ') name.pop_back();
    return {name, text.substr(open + 1, text.size() - open - 2)};
}

}  // namespace wop::mail
