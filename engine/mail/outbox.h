// The outbox table: every message wopdocs mailed or is to mail. A message
// is queued once per document and pair of versions (its key), marked sent
// only once the server accepted it, and otherwise tried again later.
// Several processes may use it at once: a message is claimed before it is
// sent, so two mail runs never send the same one.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "mail/outbox_message.h"
#include "store/database.h"

namespace wop::mail {

class Outbox {
public:
    explicit Outbox(store::Database& database) : database_(database) {}

    // Adds the message unless one with its key is there already (false
    // then); waiting messages of older versions of the document are
    // superseded by it. In a transaction of its own.
    bool queue(const OutboxMessage& message);
    std::optional<OutboxMessage> find(const OutboxMessage& key);
    // Waiting messages whose next attempt is at or before `at`, oldest first.
    std::vector<OutboxMessage> due(const std::string& at);
    // Every waiting message, oldest first: what `wopdocs mail --status` shows.
    std::vector<OutboxMessage> waiting();
    std::vector<OutboxMessage> all();

    // Takes a due message for this process by moving its next attempt to
    // `until`; false when another process took it first or it is not due.
    bool claim(const OutboxMessage& message, const std::string& at, const std::string& until);
    void markSent(const OutboxMessage& message, const std::string& at);
    // Counts the failed attempt and sets the next.
    void markFailed(const OutboxMessage& message, const std::string& error, const std::string& nextAttempt);
    // Makes every waiting message due at `at` (wopdocs mail --retry-now).
    int retryNow(const std::string& at);

private:
    std::vector<OutboxMessage> select(const std::string& where, const std::string& at);

    store::Database& database_;
};

}  // namespace wop::mail
