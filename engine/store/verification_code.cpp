#include "store/verification_code.h"

#include <cstdint>

#include "base/sha256.h"
#include "model/text.h"

namespace wop::store {

namespace {

constexpr std::string_view alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";  // Crockford: no I, L, O, U
constexpr std::size_t codeLength = 10;

std::string grouped(std::string_view characters) {
    return std::string(characters.substr(0, 5)) + "-" + std::string(characters.substr(5));
}

}  // namespace

std::string verificationCode(const DocumentKey& key, int version, std::string_view contentHash) {
    // Separated by NUL, which none of the parts holds: no two keys read alike.
    const std::string versionText = std::to_string(version);
    std::string input = "wopdocs verification";
    for (std::string_view part : {std::string_view(key.partnership), std::string_view(key.document),
                                  std::string_view(model::langCode(key.lang)), std::string_view(versionText), contentHash}) {
        input += '\0';
        input += part;
    }
    const std::string digest = base::sha256(input);  // hex
    const std::uint64_t bits = std::stoull(digest.substr(0, 13), nullptr, 16) >> 2;  // 52 bits, 50 kept
    std::string characters(codeLength, '0');
    for (std::size_t i = 0; i < codeLength; ++i)
        characters[i] = alphabet[(bits >> (5 * (codeLength - 1 - i))) & 31];
    return grouped(characters);
}

std::optional<std::string> verificationCodeOf(const DocumentRecord& record) {
    if (record.status != model::Status::Final || record.contentHash.empty()) return std::nullopt;
    return verificationCode(record.key, record.version, record.contentHash);
}

std::optional<std::string> normalizeVerificationCode(std::string_view typed) {
    std::string characters;
    for (char c : typed) {
        if (c == ' ' || c == '-') continue;
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (c == 'O') c = '0';
        if (c == 'I' || c == 'L') c = '1';
        if (alphabet.find(c) == std::string_view::npos || characters.size() == codeLength) return std::nullopt;
        characters += c;
    }
    if (characters.size() != codeLength) return std::nullopt;
    return grouped(characters);
}

}  // namespace wop::store
