// SHA-256 digests, as lowercase hex: of the partnership files the store
// keeps, of the PDFs the registry records, and of the template folders the
// documents were made from.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace wop::store {

std::string sha256(std::string_view bytes);
// Throws std::runtime_error when the file cannot be read.
std::string sha256OfFile(const std::filesystem::path& path);
// Every file under `folder`, subfolders included: their paths relative to it
// and their contents, in path order. Renaming, adding, removing or editing
// any file changes it.
std::string sha256OfFolder(const std::filesystem::path& folder);

}  // namespace wop::store
