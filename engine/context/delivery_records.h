// What a document registry knows: which documents were delivered. The
// performance assessment (guideline 5) counts the parties' reports; given
// records, a report counts when the registry holds its PDF, otherwise when
// the data holds its section. The context only asks: whoever keeps the
// records (the store) implements this, so data flows one way, into the
// context.
#pragma once

#include <vector>

#include "context/catalogue.h"

namespace wop::context {

class DeliveryRecords {
public:
    virtual ~DeliveryRecords() = default;
    virtual bool delivered(const DocumentInstance& document) const = 0;
};

// The documents whose delivery `document` reports on: the reports of both
// parties for the performance assessment, none for any other document. A
// document that reports on others is to be made after them.
std::vector<DocumentInstance> deliveriesCounted(const DocumentInstance& document);

}  // namespace wop::context
