// What mail headers say, written so that every mail program reads them as
// meant and no text in them can add a header or a recipient: text outside
// ASCII as RFC 2047 encoded-words, each of whole UTF-8 characters (programs
// decode each word alone), folded onto lines of at most 76 characters;
// names as RFC 5322 phrases, quoted when they hold what a phrase may not.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "mail/recipient.h"

namespace wop::mail {

// A header's text: as it is when printable ASCII, else encoded-words.
// Control characters become spaces.
std::string headerText(std::string_view text);

// "Name <address>" for From and To. Throws std::invalid_argument when the
// address is not an address (model::isMailAddress).
std::string mailbox(const Recipient& recipient);
std::string mailboxList(const std::vector<Recipient>& recipients);

}  // namespace wop::mail
