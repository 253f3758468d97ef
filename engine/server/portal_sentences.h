// Sentences the portal makes of what the batch, the regenerator and the
// store found, in the reader's language: they give structured results
// (why a document is due, a regeneration's counts, a signed copy's state)
// and the words come from the language's table (portal_words.h). Dates are
// ISO and figures Western, as everywhere on the portal's pages. Plain text:
// the pages escape it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "batch/partnership_status.h"
#include "intake/intake.h"
#include "model/text.h"
#include "server/regenerator.h"
#include "store/signed_copies.h"

namespace wop::server::html {

// `pattern` with {1}, {2}, ... replaced by `values`, in that order.
std::string fill(std::string_view pattern, const std::vector<std::string>& values);

std::string dueReason(const batch::DueReason& reason, model::Lang lang);
// "on 2025-05-09", "2025-12-01 to 2026-02-01", "after 2025-12-31"; empty without a date.
std::string nextStepWhen(const batch::NextStep& next, model::Lang lang);
// What in the guideline implies the date; empty without one.
std::string nextStepWhy(const batch::NextStep& next, model::Lang lang);
// "succeeded — 12 made, 20 up to date, 0 failed"
std::string regenerationOutcome(const Regenerator::Status& status, model::Lang lang);
// "signed by 2 of 3", "scanned copy"
std::string copyState(const store::SignedCopy& copy, model::Lang lang);
// "Version 2 of lahore-faisalabad-nrw/letter-of-intent (en): signed by 1 of
// 3 — mentee-director: Ayesha Siddiqui."
std::string copyReceived(const store::SignedCopy& copy, model::Lang lang);
// An error page's heading: "Not Found"; HTTP's reason phrase for a status
// the table has no words for.
std::string errorHeading(int status, model::Lang lang);
// What a file verified is of its version.
std::string verifiedFile(intake::Identified::As as, model::Lang lang);

}  // namespace wop::server::html
