// A small picture of a document's first page, for the pages that list it
// beside its state and download: page 1 of the stored PDF rendered by
// Poppler to a PNG a fixed width wide, cached in the data folder under the
// PDF's SHA-256, so that it is made once per file and never goes stale.
#pragma once

#include <filesystem>
#include <string>

namespace wop::server {

inline constexpr int documentPreviewWidth = 240;  // pixels

// The cached preview of `pdf`, whose SHA-256 is `sha256`, made first when
// missing (written atomically: readers never see half a file). Throws
// std::runtime_error naming the file when it is no PDF Poppler can render.
std::filesystem::path documentPreview(const std::filesystem::path& pdf, const std::string& sha256,
                                      const std::filesystem::path& dataDir);

namespace html {

// The preview of document `id` as the pages show it, half its pixels wide
// (sharp on a phone's screen), loaded as it scrolls into view.
std::string documentPreviewImage(const std::string& id, const std::string& alt);

}  // namespace html

}  // namespace wop::server
