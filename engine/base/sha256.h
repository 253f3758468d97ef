// SHA-256 digests, as lowercase hex: of the partnership files and the
// images they name, of the PDFs the registry records, and of the templates
// the documents were made from.
#pragma once

#include <filesystem>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace wop::base {

std::string sha256(std::string_view bytes);
// The SHA-256 of each prefix of `bytes` of the `lengths` given, in
// increasing order, in one pass: a signed copy's earlier revisions.
std::vector<std::string> sha256OfPrefixes(std::string_view bytes, std::span<const std::size_t> lengths);
// Throws std::runtime_error when the file cannot be read.
std::string sha256OfFile(const std::filesystem::path& path);
// Files by their paths (relative, as in a folder) and contents, in path
// order. Renaming, adding, removing or editing any file changes it.
std::string sha256OfFiles(const std::map<std::filesystem::path, std::string>& files);

}  // namespace wop::base
