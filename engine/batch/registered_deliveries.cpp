#include "batch/registered_deliveries.h"

namespace wop::batch {

bool RegisteredDeliveries::delivered(const context::DocumentInstance& document) const {
    return registry_.isRegistered(document.partnership->id, document.baseName());
}

}  // namespace wop::batch
