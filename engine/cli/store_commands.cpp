#include "cli/store_commands.h"

#include <filesystem>
#include <system_error>

#include <Poco/Exception.h>
#include <Poco/SharedLibrary.h>

namespace wop::cli {

namespace {

constexpr const char* moduleName = "wopdocs-store-commands.so";

// Beside the program, then where `cmake --install` puts the module.
std::vector<std::filesystem::path> moduleFolders() {
    std::error_code failed;
    const std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe", failed);
    if (failed) return {std::filesystem::current_path()};
    const std::filesystem::path folder = program.parent_path();
    return {folder, (folder / WOPDOCS_MODULE_DIR).lexically_normal()};
}

}  // namespace

bool addStoreCommands(std::vector<std::unique_ptr<Command>>& commands, std::string& error) {
    std::filesystem::path module;
    std::string tried;
    for (const auto& folder : moduleFolders()) {
        if (std::filesystem::exists(folder / moduleName)) {
            module = folder / moduleName;
            break;
        }
        tried += (tried.empty() ? "" : " nor in ") + folder.string();
    }
    if (module.empty()) {
        error = std::string(moduleName) + " is not in " + tried +
                " (build the target wopdocs, or install it with cmake --install)";
        return false;
    }
    // Never unloaded: the commands' code is in it until the program ends.
    Poco::SharedLibrary library;
    try {
        library.load(module.string());
    } catch (const Poco::Exception& e) {
        error = "cannot load " + module.string() + ": " + e.message();
        return false;
    }
    if (!library.hasSymbol(storeCommandsEntry)) {
        error = module.string() + " has no " + storeCommandsEntry + ": it is not wopdocs' module of store commands";
        return false;
    }
    reinterpret_cast<StoreCommandsEntry*>(library.getSymbol(storeCommandsEntry))(commands);
    return true;
}

}  // namespace wop::cli
