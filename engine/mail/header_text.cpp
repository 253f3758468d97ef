#include "mail/header_text.h"

#include <algorithm>
#include <sstream>
#include <stdexcept>

#include <Poco/Base64Encoder.h>

#include "base/utf8.h"
#include "model/mail_address.h"

namespace wop::mail {

namespace {

// "=?UTF-8?B?" + 52 base64 characters + "?=" after "Subject: " is 73
// characters: 39 bytes of text a word keep every line within 76.
constexpr std::size_t wordBytes = 39;
const std::string fold = "\r\n ";

bool isControl(unsigned char c) { return c < 0x20 || c == 0x7F; }

// Printable ASCII, every control character a space (a name never holds one
// once read by the model; mail.from might).
std::string withoutControls(std::string_view text) {
    std::string clean(text);
    std::replace_if(clean.begin(), clean.end(), [](char c) { return isControl(static_cast<unsigned char>(c)); }, ' ');
    return clean;
}

bool isAscii(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string base64(std::string_view bytes) {
    std::ostringstream out;
    Poco::Base64Encoder encoder(out);
    encoder.rdbuf()->setLineLength(0);
    encoder.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    encoder.close();
    return out.str();
}

// Encoded-words of at most wordBytes bytes each, cut between characters
// only: a character split across two words is lost by programs that decode
// each word alone. Bytes that are no UTF-8 go one a word, as they are.
std::string encodedWords(std::string_view text) {
    std::string words;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = start;
        for (std::size_t next = end; end < text.size(); end = next) {
            if (!base::nextCharacter(text, next)) next = end + 1;
            if (next - start > wordBytes) break;
        }
        if (!words.empty()) words += fold;
        words += "=?UTF-8?B?" + base64(text.substr(start, end - start)) + "?=";
        start = end;
    }
    return words;
}

// Words of atext and the spaces between them: a phrase of these needs no quotes.
bool isPhraseCharacter(char c) { return c == ' ' || model::isAtext(c); }

std::string phrase(std::string_view name) {
    const std::string text = withoutControls(name);
    if (!isAscii(text)) return encodedWords(text);
    if (std::all_of(text.begin(), text.end(), isPhraseCharacter)) return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') quoted += '\\';
        quoted += c;
    }
    return quoted + "\"";
}

}  // namespace

std::string headerText(std::string_view text) {
    const std::string clean = withoutControls(text);
    return isAscii(clean) ? clean : encodedWords(clean);
}

std::string mailbox(const Recipient& recipient) {
    if (!model::isMailAddress(recipient.address))
        throw std::invalid_argument("\"" + withoutControls(recipient.address) + "\" is not a mail address");
    if (recipient.name.empty()) return recipient.address;
    return phrase(recipient.name) + " <" + recipient.address + ">";
}

std::string mailboxList(const std::vector<Recipient>& recipients) {
    std::string list;
    for (const Recipient& recipient : recipients) list += (list.empty() ? "" : "," + fold) + mailbox(recipient);
    return list;
}

}  // namespace wop::mail
