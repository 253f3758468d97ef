// Stage `context`: partnership data -> the values one template sees
// (docs/template-context.md), localized for one language.
#pragma once

#include <vector>

#include "context/value.h"

#include "context/catalogue.h"
#include "context/delivery_records.h"
#include "context/locale.h"
#include "model/partnership.h"

namespace wop::context {

// `program` lists every partnership given, for the road map; other documents
// read only their own partnership. `records`, when given, are what the
// performance assessment counts as delivered (delivery_records.h).
Value buildContext(const DocumentInstance& document,
                                     const std::vector<const model::Partnership*>& program,
                                     const Locale& locale, const DeliveryRecords* records = nullptr);

}  // namespace wop::context
