// One person or party a message goes to: a name people read and the
// address the server delivers to, kept apart from composing to sending so
// that no text of a name can change where a message goes.
#pragma once

#include <string>

namespace wop::mail {

struct Recipient {
    std::string name;  // in English: mail headers are read by every party
    std::string address;

    // "Ms. Sana Tariq <coordinator@pwon.org.pk>", for people to read.
    std::string str() const;
    // Reads str()'s form back (mail.from is written so); the address alone
    // when there is no "<...>".
    static Recipient parse(const std::string& text);
    bool operator==(const Recipient&) const = default;
};

}  // namespace wop::mail
