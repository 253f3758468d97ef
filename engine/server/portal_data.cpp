#include "server/portal_data.h"

#include <Poco/Data/Statement.h>
#include <Poco/Tuple.h>

#include "server/password_hash.h"
#include "server/users.h"
#include "store/document_files.h"

using namespace Poco::Data::Keywords;

namespace wop::server {

PortalData::PortalData(const store::StoreLocation& location, std::time_t sessionSeconds)
    : store_(location), sessionSeconds_(sessionSeconds) {
    Sessions(store_.database()).removeExpired(std::time(nullptr));
}

std::optional<Session> PortalData::session(const std::string& cookie) {
    std::lock_guard lock(mutex_);
    return Sessions(store_.database()).find(cookie, std::time(nullptr));
}

std::optional<Session> PortalData::signIn(const std::string& name, const std::string& password) {
    std::optional<std::pair<Account, std::string>> credentials;
    {
        std::lock_guard lock(mutex_);
        credentials = Users(store_.database()).credentials(name);
    }
    if (!credentials) {
        verifyNothing(password);
        return std::nullopt;
    }
    if (!verifyPassword(password, credentials->second)) return std::nullopt;
    std::lock_guard lock(mutex_);
    Sessions sessions(store_.database());
    const std::time_t now = std::time(nullptr);
    sessions.removeExpired(now);
    return sessions.open(credentials->first, now, sessionSeconds_);
}

void PortalData::signOut(const std::string& cookie) {
    std::lock_guard lock(mutex_);
    Sessions(store_.database()).close(cookie);
}

std::shared_ptr<const store::StoredProgram> PortalData::program() {
    std::lock_guard lock(mutex_);
    std::vector<Poco::Tuple<std::string, std::string>> rows;
    store_.database().session() << "SELECT id, sha256 FROM partnerships ORDER BY id", into(rows), now;
    std::string signature;
    for (const auto& row : rows) signature += row.get<0>() + "=" + row.get<1>() + ";";
    if (!program_ || signature != programSignature_) {
        store::Partnerships partnerships = store_.partnerships();
        program_ = std::make_shared<const store::StoredProgram>(store::loadStoredProgram(partnerships));
        programSignature_ = signature;
    }
    return program_;
}

std::vector<store::DocumentRecord> PortalData::documentsOf(const std::string& partnership) {
    std::lock_guard lock(mutex_);
    return store_.registry().ofPartnership(partnership);
}

std::vector<std::string> PortalData::partnershipsWithParty(const std::string& organisation) {
    std::lock_guard lock(mutex_);
    return store_.registry().partnershipsWithParty(organisation);
}

std::optional<store::DocumentRecord> PortalData::document(const RegistryRef& ref) {
    std::lock_guard lock(mutex_);
    return store_.registry().find(ref.key, ref.version);
}

std::optional<intake::Identified> PortalData::identifyPdf(std::string_view bytes) {
    std::lock_guard lock(mutex_);
    return intake::identifyPdf(store_, bytes);
}

std::optional<store::DocumentRecord> PortalData::documentWithCode(const std::string& code) {
    std::lock_guard lock(mutex_);
    return store_.registry().findByVerificationCode(code);
}

std::filesystem::path PortalData::fileOf(const store::DocumentRecord& record) const {
    return store::DocumentFiles(store_.dataDir()).absolute(record.path);
}

std::map<std::pair<store::DocumentKey, int>, std::string> PortalData::signedCopiesOf(const std::string& partnership) {
    std::lock_guard lock(mutex_);
    return store::signedCopiesStates(store_.signedCopies().ofPartnership(partnership));
}

store::SignedCopy PortalData::receiveSignedCopy(const intake::Upload& upload, const intake::IntakeLimits& limits) {
    std::lock_guard lock(mutex_);
    return intake::receiveSignedCopy(store_, upload, limits);
}

}  // namespace wop::server
