// What an account may see, decided for every request from the store, never
// from the URL alone. The facilitator sees everything. A utility's user sees
// a version of a document when the utility was the mentor or the mentee of
// its partnership as recorded with that version (a version recorded without
// them: as the partnership has them now), and a partnership when it is a
// party to it now or to one of its versions; never the road map. So a new
// mentor does not see the versions made before it was one, and the mentor
// it replaced keeps seeing them.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "server/account.h"
#include "server/html_pages.h"
#include "server/portal_data.h"
#include "server/registry_id.h"
#include "store/stored_program.h"

namespace wop::server {

class Visibility {
public:
    Visibility(PortalData& data, const Account& account);

    std::vector<const model::Partnership*> partnerships() const;
    // The heading of the documents filed under `id` (a partnership, or the
    // program's road map); nothing when unknown or not the account's.
    std::optional<html::DocumentsHeading> documentsOf(const std::string& id) const;
    // The versions filed under `id` that the account may see.
    std::vector<store::DocumentRecord> versionsOf(const std::string& id) const;
    // The registry row of a document id, when the account may download it.
    std::optional<store::DocumentRecord> document(const std::string& registryId) const;

private:
    bool maySee(const model::Partnership& partnership) const;
    bool maySee(const store::DocumentRecord& version) const;

    PortalData& data_;
    const Account& account_;
    std::shared_ptr<const store::StoredProgram> program_;
    std::vector<std::string> partiedTo_;  // partnerships with a version the utility was a party to
};

}  // namespace wop::server
