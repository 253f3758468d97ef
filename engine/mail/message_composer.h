// The words of a message about a document: its subject and its short body,
// in English then Urdu, and its recipients.
#pragma once

#include <string>
#include <vector>

#include "mail/outbox_message.h"
#include "model/partnership.h"
#include "store/document_record.h"

namespace wop::mail {

struct DocumentVersions {
    std::string partnership;  // store::programKey for the road map
    std::string document;     // the registry's base name
    const store::DocumentRecord* en = nullptr;  // the latest version in each language, when made
    const store::DocumentRecord* ur = nullptr;
};

// The message about `versions`, waiting to be sent from `queuedAt`, or in
// state NoRecipients when nobody concerned has an address. `partnership`
// is null for the road map, whose recipients come from `program`.
OutboxMessage composeMessage(const DocumentVersions& versions, const model::Partnership* partnership,
                             const std::vector<const model::Partnership*>& program, const std::string& queuedAt);

}  // namespace wop::mail
