#include "model/image_source.h"

#include <algorithm>
#include <fstream>

namespace wop::model {

ImageFileRead ImageFolder::read(const std::string& file, std::size_t limit) const {
    const std::filesystem::path path = folder_ / file;
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (!std::filesystem::exists(status)) return {{}, "no such file (" + path.string() + ")"};
    if (!std::filesystem::is_regular_file(status)) return {{}, "not a regular file (" + path.string() + ")"};
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (error) return {{}, "cannot read " + path.string() + ": " + error.message()};
    std::string bytes(std::min<std::uintmax_t>(size, limit + 1), '\0');
    std::ifstream in(path, std::ios::binary);
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (in.bad() || (!in && !in.eof())) return {{}, "cannot read " + path.string()};
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    return {std::move(bytes), {}};
}

}  // namespace wop::model
