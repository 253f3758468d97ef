// The images kept with a stored partnership, read as the files beside it
// were: for loading the stored file again, or a new version of it made
// without its folder (the portal's forms).
#pragma once

#include <map>
#include <string>

#include "model/image_source.h"

namespace wop::store {

class StoredImages final : public model::ImageSource {
public:
    explicit StoredImages(const std::map<std::string, std::string>& images) : images_(images) {}
    model::ImageFileRead read(const std::string& file, std::size_t limit) const override;

private:
    const std::map<std::string, std::string>& images_;
};

}  // namespace wop::store
