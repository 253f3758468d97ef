#include "context/delivery_records.h"

#include "context/assessment.h"

namespace wop::context {

std::vector<DocumentInstance> deliveriesCounted(const DocumentInstance& document) {
    if (document.type->id != "performance-assessment") return {};
    return assessedReports(*document.partnership);
}

}  // namespace wop::context
