#include "store/stored_images.h"

namespace wop::store {

model::ImageFileRead StoredImages::read(const std::string& file, std::size_t) const {
    const auto found = images_.find(file);
    if (found == images_.end()) return {{}, "no copy of it in the store (import the file again, the image beside it)"};
    return {found->second, {}};
}

}  // namespace wop::store
