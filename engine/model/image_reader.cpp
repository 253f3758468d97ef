// An image the data names by its file: the name checked, the file read from
// the context's image source and checked to be a PNG or JPEG image of a
// sane size.
#include <filesystem>

#include "base/sha256.h"
#include "model/json_reader.h"

namespace wop::model::json {

namespace {

// The file must lie in the partnership file's folder or below it: data
// handed over by a utility may not make wopdocs read files elsewhere.
bool isBelowFolder(const std::string& file) {
    const std::filesystem::path path(file);
    if (path.empty() || path.has_root_path()) return false;
    for (const auto& part : path)
        if (part == "..") return false;
    return true;
}

}  // namespace

void readValue(const Value& value, Image& out) {
    if (!readString(value, out.file)) return;
    if (!isBelowFolder(out.file)) {
        value.expected("a file name relative to the partnership file's folder, without \"..\"");
        return;
    }
    ImageFileRead read = value.context.images().read(out.file, maxImageBytes);
    if (!read.problem.empty()) {
        value.error("expected a PNG or JPEG file, found " + read.problem);
        return;
    }
    if (read.bytes.size() > maxImageBytes) {
        value.error("expected an image of at most " + std::to_string(maxImageBytes >> 20) + " MiB, found a larger file (" +
                    out.file + ")");
        return;
    }
    const auto header = base::checkImage(read.bytes);
    if (const auto* found = std::get_if<std::string>(&header)) {
        value.error("expected a PNG or JPEG image, found " + *found + " (" + out.file + ")");
        return;
    }
    const base::ImageHeader& size = std::get<base::ImageHeader>(header);
    if (size.width > maxImageSide || size.height > maxImageSide) {
        value.error("expected an image of at most " + std::to_string(maxImageSide) + " pixels a side, found " +
                    std::to_string(size.width) + " × " + std::to_string(size.height) + " (" + out.file + ")");
        return;
    }
    const std::string digest = base::sha256(read.bytes);
    out.content = std::make_shared<const base::Image>(base::Image{std::move(read.bytes), size, digest});
}

}  // namespace wop::model::json
