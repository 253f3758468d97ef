#pragma once

#include "context/delivery_records.h"
#include "store/version_index.h"

namespace wop::batch {

// The registry as the context sees it: a document counts as delivered once a
// version of it is registered, in either language.
class RegisteredDeliveries : public context::DeliveryRecords {
public:
    explicit RegisteredDeliveries(const store::VersionIndex& registry) : registry_(registry) {}
    bool delivered(const context::DocumentInstance& document) const override;

private:
    const store::VersionIndex& registry_;
};

}  // namespace wop::batch
