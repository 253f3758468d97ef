// The entry of wopdocs-store-commands.so (cli/store_commands.h).
#include "cli/batch_command.h"
#include "cli/import_command.h"
#include "cli/mail_command.h"
#include "cli/schedule_command.h"
#include "cli/serve_command.h"
#include "cli/status_command.h"
#include "cli/store_commands.h"
#include "cli/user_command.h"

extern "C" __attribute__((visibility("default"))) void wopdocsStoreCommands(
    std::vector<std::unique_ptr<wop::cli::Command>>& commands) {
    using namespace wop::cli;
    static_assert(std::is_same_v<decltype(wopdocsStoreCommands), StoreCommandsEntry>);
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<BatchCommand>());
    commands.push_back(std::make_unique<StatusCommand>());
    commands.push_back(std::make_unique<MailCommand>());
    commands.push_back(std::make_unique<ScheduleCommand>());
    commands.push_back(std::make_unique<ServeCommand>());
    commands.push_back(std::make_unique<UserCommand>());
}
