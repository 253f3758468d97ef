#include "template/source_map.h"

namespace wop::tmpl {

const SourceLine* SourceMap::origin(int line) const {
    if (!sources_ || line < 1 || static_cast<size_t>(line) > lines_.size()) return nullptr;
    const std::uint32_t source = lines_[static_cast<size_t>(line) - 1];
    return source == unknown ? nullptr : &(*sources_)[source];
}

}  // namespace wop::tmpl
