// A document states only what was true or planned on its own date
// (docs/template-context.md, "As of its date"). The context reads every
// document's partnership through `asOf`, so no template can print what
// happened after the document was dated.
#pragma once

#include <optional>

#include "context/catalogue.h"
#include "model/partnership.h"

namespace wop::context {

// The date the document stands at: its own date, else (a monthly report
// without one) the last day of its month; none for a document with no date
// at all (a draft of a step not reached), which then sees everything.
std::optional<model::Date> asOfDate(const DocumentInstance& document);

// The partnership as it stood on `date`. Steps after it have not happened;
// sections, monthly reports, meetings and monitoring visits dated after it
// (or not dated at all) do not exist yet, except the document's own section
// (`own`, none for the road map); an activity is done only once it ended by
// then; a pilot target's achievement is known only once the pilot ended.
// What was planned stays: the work plan's activities, dates and its planned
// pilot, once the work plan exists.
model::Partnership asOf(const model::Partnership& partnership, const model::Date& date,
                        const DocumentInstance* own = nullptr);

}  // namespace wop::context
