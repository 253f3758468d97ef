// Whom a document is mailed to: the parties it concerns, and in each party
// the people it names, else the party's contacts, else its own address
// (the rules, document by document, are in docs/delivery.md).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "mail/recipient.h"
#include "model/partnership.h"

namespace wop::mail {

// The recipients of a partnership's document (its registry base name), each
// address once, in the order facilitator, mentor, mentee unless the document
// names people in another order.
std::vector<Recipient> recipientsOf(const model::Partnership& partnership, std::string_view baseName);

// The road map belongs to the whole program: the facilitator of each partnership.
std::vector<Recipient> roadmapRecipients(const std::vector<const model::Partnership*>& program);

}  // namespace wop::mail
