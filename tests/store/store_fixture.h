// A store on each kind of database, in a scratch folder of its own.
#pragma once

#include <string>

#include "database_test.h"
#include "store/document_record.h"
#include "store/store.h"

namespace wop::store {

// A version as the registry records it, its hashes named after it
// ("pdf-2", "content-2"), made on 14 March 2025.
inline DocumentRecord recordedVersion(const std::string& partnership, const std::string& document, model::Lang lang,
                                      int version, model::Status status = model::Status::Draft) {
    DocumentRecord r;
    r.key = {partnership, document, lang};
    r.version = version;
    r.status = status;
    r.pdfSha256 = "pdf-" + std::to_string(version);
    r.templateHash = "templates";
    r.dataHash = "data";
    r.lookHash = "look";
    r.contentHash = "content-" + std::to_string(version);
    r.path = "documents/" + partnership + "/" + document + ".v" + std::to_string(version) + ".pdf";
    r.createdAt = "2025-03-14T09:30:00Z";
    return r;
}

class StoreTest : public test::DatabaseTest {
protected:
    void SetUp() override {
        DatabaseTest::SetUp();
        location_ = {scratch_ / "data", database_};
    }

    StoreLocation location_;
};

}  // namespace wop::store
