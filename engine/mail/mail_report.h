// What a mail run did, and how `wopdocs mail` prints it and the outbox.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "mail/outbox_message.h"

namespace wop::mail {

struct MailReport {
    int queued = 0;        // messages new to the outbox
    int noRecipients = 0;  // of those, documents nobody concerned has an address for
    std::string notQueued;  // why new documents were not queued this run (a batch is running)
    std::vector<std::string> sent;  // describe() of each message the server accepted
    std::vector<OutboxMessage> failed;  // tried and refused or unreachable, as they now stand
    std::vector<OutboxMessage> waiting;  // every message still to send after the run
    std::vector<std::string> problems;   // registry documents whose partnership does not load

    bool succeeded() const { return failed.empty() && problems.empty(); }
};

// "mail: 4 queued, 3 sent, 1 failed; 1 waiting", then each failure with its
// error and next attempt.
void printSummary(const MailReport& report, std::ostream& out);

// The waiting messages: which document, to whom, tries, next attempt, last error.
void printOutbox(const std::vector<OutboxMessage>& waiting, std::ostream& out);

}  // namespace wop::mail
