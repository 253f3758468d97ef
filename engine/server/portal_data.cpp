#include "server/portal_data.h"

#include <Poco/Data/Statement.h>
#include <Poco/Tuple.h>

#include "server/password_hash.h"
#include "server/users.h"
#include "store/document_files.h"

using namespace Poco::Data::Keywords;

namespace wop::server {

namespace {

// Creates the store, or brings its schema up to date, before the pool
// lends connections to it.
const store::StoreLocation& opened(const store::StoreLocation& location) {
    store::Store store(location);
    return location;
}

}  // namespace

PortalData::PortalData(const store::StoreLocation& location, std::time_t sessionSeconds, int connections)
    : location_(opened(location)), pool_(location_.connection(), connections), sessionSeconds_(sessionSeconds) {
    store::Store store = connection();
    Sessions(store.database()).removeExpired(std::time(nullptr));
}

store::Store PortalData::connection() {
    return store::Store(location_, pool_.get());
}

std::optional<Session> PortalData::session(const std::string& cookie) {
    store::Store store = connection();
    return Sessions(store.database()).find(cookie, std::time(nullptr));
}

std::optional<Session> PortalData::signIn(const std::string& name, const std::string& password) {
    std::optional<std::pair<Account, std::string>> credentials;
    {
        store::Store store = connection();
        credentials = Users(store.database()).credentials(name);
    }
    if (!credentials) {
        verifyNothing(password);
        return std::nullopt;
    }
    if (!verifyPassword(password, credentials->second)) return std::nullopt;
    store::Store store = connection();
    Sessions sessions(store.database());
    const std::time_t now = std::time(nullptr);
    sessions.removeExpired(now);
    return sessions.open(credentials->first, now, sessionSeconds_);
}

void PortalData::signOut(const std::string& cookie) {
    store::Store store = connection();
    Sessions(store.database()).close(cookie);
}

void PortalData::setSessionLanguage(const std::string& cookie, const std::string& lang) {
    store::Store store = connection();
    Sessions(store.database()).setLanguage(cookie, lang);
}

std::shared_ptr<const store::StoredProgram> PortalData::program() {
    store::Store store = connection();
    std::vector<Poco::Tuple<std::string, std::string>> rows;
    store.database().session() << "SELECT id, sha256 FROM partnerships ORDER BY id", into(rows), now;
    std::string signature;
    for (const auto& row : rows) signature += row.get<0>() + "=" + row.get<1>() + ";";
    std::lock_guard lock(programMutex_);
    if (!program_ || signature != programSignature_) {
        store::Partnerships partnerships = store.partnerships();
        program_ = std::make_shared<const store::StoredProgram>(store::loadStoredProgram(partnerships));
        programSignature_ = signature;
    }
    return program_;
}

std::vector<store::DocumentRecord> PortalData::documentsOf(const std::string& partnership) {
    store::Store store = connection();
    return store.registry().ofPartnership(partnership);
}

std::vector<std::string> PortalData::partnershipsWithParty(const std::string& organisation) {
    store::Store store = connection();
    return store.registry().partnershipsWithParty(organisation);
}

std::optional<store::DocumentRecord> PortalData::document(const RegistryRef& ref) {
    store::Store store = connection();
    return store.registry().find(ref.key, ref.version);
}

std::optional<intake::Identified> PortalData::identifyPdf(std::string_view bytes) {
    store::Store store = connection();
    return intake::identifyPdf(store, bytes);
}

std::optional<store::DocumentRecord> PortalData::documentWithCode(const std::string& code) {
    store::Store store = connection();
    return store.registry().findByVerificationCode(code);
}

std::filesystem::path PortalData::fileOf(const store::DocumentRecord& record) const {
    return store::DocumentFiles(location_.dataDir).absolute(record.path);
}

std::vector<batch::PartnershipStatus> PortalData::partnershipStatuses(const store::StoredProgram& program,
                                                                      const model::Date& today) {
    store::Store store = connection();
    const store::VersionIndex registry = store.registry().index();
    store::DocumentContents contents = store.contents();
    store::SignedCopies copies = store.signedCopies();
    std::vector<batch::PartnershipStatus> statuses;
    for (const model::Partnership& partnership : program.partnerships)
        statuses.push_back(batch::partnershipStatus(partnership, registry, contents, copies, today));
    return statuses;
}

store::CopiesByVersion PortalData::signedCopiesOf(const std::string& partnership) {
    store::Store store = connection();
    return store::mostSignedCopies(store.signedCopies().ofPartnership(partnership));
}

store::SignedCopy PortalData::receiveSignedCopy(const intake::Upload& upload, const intake::IntakeLimits& limits) {
    store::Store store = connection();
    return intake::receiveSignedCopy(store, upload, limits);
}

}  // namespace wop::server
