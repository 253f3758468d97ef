// SHA-256 digests, as lowercase hex: of the partnership files the store
// keeps, of the PDFs the registry records, and of the templates the
// documents were made from.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace wop::store {

std::string sha256(std::string_view bytes);
// Throws std::runtime_error when the file cannot be read.
std::string sha256OfFile(const std::filesystem::path& path);
// Files by their paths (relative, as in a folder) and contents, in path
// order. Renaming, adding, removing or editing any file changes it.
std::string sha256OfFiles(const std::map<std::filesystem::path, std::string>& files);

}  // namespace wop::store
