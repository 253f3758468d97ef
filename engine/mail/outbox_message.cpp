#include "mail/outbox_message.h"

#include <stdexcept>

namespace wop::mail {

namespace {

constexpr std::string_view names[] = {"waiting", "sent", "superseded", "no-recipients"};

}  // namespace

std::string_view stateName(OutboxState state) {
    return names[static_cast<int>(state)];
}

OutboxState parseState(std::string_view name) {
    for (int i = 0; i < 4; ++i)
        if (names[i] == name) return static_cast<OutboxState>(i);
    throw std::invalid_argument("unknown outbox state \"" + std::string(name) + "\"");
}

std::string OutboxMessage::describe() const {
    std::string versions;
    if (enVersion) versions = "en v" + std::to_string(enVersion);
    if (urVersion) versions += (versions.empty() ? "" : ", ") + std::string("ur v") + std::to_string(urVersion);
    return partnership + "/" + document + " (" + versions + ")";
}

}  // namespace wop::mail
