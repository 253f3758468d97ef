#include "server/verification.h"

#include <algorithm>

#include "context/document_title.h"
#include "store/verification_code.h"

namespace wop::server {

namespace {

VerifiedDocument describe(PortalData& data, const store::DocumentRecord& record) {
    VerifiedDocument verified;
    verified.document = context::documentTitle(record.key.document);
    verified.lang = record.key.lang;
    verified.version = record.version;
    verified.madeOn = record.createdAt.substr(0, 10);
    verified.code = store::verificationCodeOf(record).value_or("");
    for (const store::DocumentRecord& other : data.documentsOf(record.key.partnership))
        if (other.key == record.key) verified.latestVersion = std::max(verified.latestVersion, other.version);
    const auto copies = data.signedCopiesOf(record.key.partnership);
    if (const auto copy = copies.find({record.key, record.version}); copy != copies.end())
        verified.signedCopy = copy->second;
    const auto program = data.program();
    const model::Partnership* partnership = program->find(record.key.partnership);
    if (record.key.partnership == store::programKey) {
        verified.partnership = {"National WOPs Program", "قومی WOPs پروگرام"};
    } else if (partnership && !partnership->title.empty()) {
        verified.partnership = partnership->title;
        verified.reference = partnership->reference;
    } else {
        verified.partnership = {record.key.partnership, ""};
    }
    return verified;
}

}  // namespace

std::optional<VerifiedDocument> verifyCode(PortalData& data, const std::string& typed) {
    const std::optional<std::string> code = store::normalizeVerificationCode(typed);
    if (!code) return std::nullopt;
    const std::optional<store::DocumentRecord> record = data.documentWithCode(*code);
    if (!record) return std::nullopt;
    return describe(data, *record);
}

std::optional<VerifiedDocument> verifyFile(PortalData& data, std::string_view pdf) {
    const std::optional<intake::Identified> identified = data.identifyPdf(pdf);
    if (!identified) return std::nullopt;
    VerifiedDocument verified = describe(data, identified->version);
    verified.file = identified->as;
    return verified;
}

}  // namespace wop::server
