#include "store/sha256.h"

#include <algorithm>
#include <fstream>
#include <stdexcept>
#include <vector>

#include <Poco/SHA2Engine.h>

namespace wop::store {

namespace {

std::string hex(Poco::SHA2Engine& engine) {
    return Poco::DigestEngine::digestToHex(engine.digest());
}

void addFile(Poco::SHA2Engine& engine, const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) engine.update(buffer, static_cast<std::size_t>(in.gcount()));
    if (in.bad()) throw std::runtime_error("cannot read " + path.string());
}

}  // namespace

std::string sha256(std::string_view bytes) {
    Poco::SHA2Engine engine;
    engine.update(bytes.data(), bytes.size());
    return hex(engine);
}

std::string sha256OfFile(const std::filesystem::path& path) {
    Poco::SHA2Engine engine;
    addFile(engine, path);
    return hex(engine);
}

std::string sha256OfFolder(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
        if (entry.is_regular_file()) files.push_back(entry.path().lexically_relative(folder));
    }
    std::sort(files.begin(), files.end());
    Poco::SHA2Engine engine;
    for (const auto& file : files) {
        // Each name and content is preceded by its length, so that no two
        // different folders feed the digest the same bytes.
        const std::string name = file.generic_string();
        const std::string header = std::to_string(name.size()) + ":" + name + ":" +
                                   std::to_string(std::filesystem::file_size(folder / file)) + ":";
        engine.update(header.data(), header.size());
        addFile(engine, folder / file);
    }
    return hex(engine);
}

}  // namespace wop::store
