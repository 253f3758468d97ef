// The commands that work on a data folder (import, batch, status, mail,
// schedule, serve, user) are built as a module of their own,
// wopdocs-store-commands.so, loaded when one of them is asked for. They need
// SQLite, PostgreSQL, the network and TLS; linked into the program, those
// libraries would load, and cost their start-up, for every `generate` too.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "cli/command.h"

namespace wop::cli {

// Appends the module's commands to `commands`. Returns false, with `error`
// saying which file was tried and why it failed, when the module cannot be
// loaded. It is looked for beside the program, then where `cmake --install`
// puts it.
bool addStoreCommands(std::vector<std::unique_ptr<Command>>& commands, std::string& error);

// What the module exports, by this name and type.
inline constexpr const char* storeCommandsEntry = "wopdocsStoreCommands";
using StoreCommandsEntry = void(std::vector<std::unique_ptr<Command>>&);

}  // namespace wop::cli
