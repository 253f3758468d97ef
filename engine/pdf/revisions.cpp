#include "pdf/revisions.h"

#include <string_view>

namespace wop::pdf {

std::vector<std::size_t> earlierRevisionLengths(std::string_view pdf, std::size_t most) {
    constexpr std::string_view marker = "%%EOF";
    std::vector<std::size_t> lengths;
    auto add = [&](std::size_t length) {
        if ((lengths.empty() || lengths.back() != length) && lengths.size() < most) lengths.push_back(length);
    };
    for (std::size_t at = pdf.find(marker); at != std::string_view::npos; at = pdf.find(marker, at + 1)) {
        const std::size_t end = at + marker.size();
        const std::size_t next = pdf.find_first_not_of("\r\n", end);
        if (next == std::string_view::npos) break;  // the last: the whole file
        add(end);
        add(next);
    }
    return lengths;
}

}  // namespace wop::pdf
