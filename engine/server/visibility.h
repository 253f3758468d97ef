// What an account may see, decided for every request from the store, never
// from the URL alone: a partnership when the account's utility is its mentor
// or mentee (the facilitator: all), the road map only for the facilitator,
// a document only when its registry row's partnership is visible.
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
    Visibility(PortalData& data, const Account& account) : data_(data), account_(account), program_(data.program()) {}

    std::vector<const model::Partnership*> partnerships() const;
    // The heading of the documents filed under `id` (a partnership, or the
    // program's road map); nothing when unknown or not the account's.
    std::optional<html::DocumentsHeading> documentsOf(const std::string& id) const;
    // The registry row of a document id, when the account may download it.
    std::optional<store::DocumentRecord> document(const std::string& registryId) const;

private:
    PortalData& data_;
    const Account& account_;
    std::shared_ptr<const store::StoredProgram> program_;
};

}  // namespace wop::server
