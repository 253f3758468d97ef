// Where the images a partnership file names are read from: the files in
// its folder when the file itself is read (generate, import), the copies
// the store kept of them when the store reads its partnerships back.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

namespace wop::model {

struct ImageFileRead {
    std::string bytes;    // at most the limit asked for + 1: enough to refuse a larger file
    std::string problem;  // why there are none: "no such file", "cannot read it: …"
};

class ImageSource {
public:
    virtual ~ImageSource() = default;
    // `file` is relative, without "..": the reader checked it.
    virtual ImageFileRead read(const std::string& file, std::size_t limit) const = 0;
};

// The files of one folder: the partnership file's.
class ImageFolder final : public ImageSource {
public:
    explicit ImageFolder(std::filesystem::path folder) : folder_(std::move(folder)) {}
    ImageFileRead read(const std::string& file, std::size_t limit) const override;

private:
    std::filesystem::path folder_;
};

}  // namespace wop::model
