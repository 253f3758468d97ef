// One row of the outbox: a message about one document, with its PDFs in
// both languages, to the parties it concerns.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "mail/recipient.h"

namespace wop::mail {

enum class OutboxState {
    Waiting,       // not accepted by the server yet: tried at `nextAttempt`
    Sent,          // the server accepted it
    Superseded,    // a newer version of the document was queued before it went out
    NoRecipients   // nobody the document concerns has an address: kept so as not to ask again
};

std::string_view stateName(OutboxState state);  // "waiting", "sent", ...
OutboxState parseState(std::string_view name);  // throws std::invalid_argument

struct OutboxMessage {
    // The key: which document, and which versions are attached (0: none in that language).
    std::string partnership;
    std::string document;
    int enVersion = 0;
    int urVersion = 0;

    std::vector<Recipient> recipients;
    std::string subject;
    std::string body;

    OutboxState state = OutboxState::Waiting;
    int attempts = 0;         // failed tries so far
    std::string nextAttempt;  // UTC timestamp
    std::string lastError;
    std::string queuedAt;
    std::string sentAt;

    // "lahore-faisalabad-nrw/letter-of-intent (en v2, ur v2)"
    std::string describe() const;
};

}  // namespace wop::mail
