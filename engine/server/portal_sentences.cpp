#include "server/portal_sentences.h"

#include <Poco/Net/HTTPResponse.h>

#include "context/labels.h"
#include "model/rules.h"
#include "server/portal_words.h"

namespace wop::server::html {

std::string fill(std::string_view pattern, const std::vector<std::string>& values) {
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const bool placeholder = pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
                                 pattern[i + 1] >= '1' && pattern[i + 1] <= '9';
        const auto n = placeholder ? static_cast<std::size_t>(pattern[i + 1] - '1') : values.size();
        if (n < values.size()) {
            out += values[n];
            i += 2;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

std::string dueReason(const batch::DueReason& reason, model::Lang lang) {
    const PortalWords& say = words(lang);
    const std::string missing(reason.dataGiven ? say.noPdfYet : say.noDataYet);
    if (reason.kind == batch::DueReason::Kind::MonthEnded)
        return fill(say.monthEndedReason, {reason.date.iso(), std::to_string(reason.daysAgo), missing});
    return fill(say.stepDateReason,
                {std::string(context::label(context::labels(lang).steps, reason.step)), reason.date.iso(), missing});
}

std::string nextStepWhen(const batch::NextStep& next, model::Lang lang) {
    const PortalWords& say = words(lang);
    if (!next.from) return "";
    if (!next.to) return fill(say.afterDate, {next.from->iso()});
    if (*next.from == *next.to) return fill(say.onDate, {next.from->iso()});
    return fill(say.dateRange, {next.from->iso(), next.to->iso()});
}

std::string nextStepWhy(const batch::NextStep& next, model::Lang lang) {
    const PortalWords& say = words(lang);
    switch (next.basis) {
        case batch::DateBasis::None: return "";
        case batch::DateBasis::MemorandumSigned: return std::string(say.basisMemorandum);
        case batch::DateBasis::WorkPlanPilot: return std::string(say.basisWorkPlan);
        case batch::DateBasis::PilotLength:
            return fill(say.basisPilotLength, {std::to_string(model::shortestPilotMonths),
                                               std::to_string(model::longestPilotMonths), next.basisDate->iso()});
        case batch::DateBasis::PilotEnded: return fill(say.basisPilotEnded, {next.basisDate->iso()});
    }
    return "";
}

std::string regenerationOutcome(const Regenerator::Status& status, model::Lang lang) {
    const PortalWords& say = words(lang);
    switch (status.state) {
        case Regenerator::State::Idle: return "";
        case Regenerator::State::Running: return std::string(say.running);
        case Regenerator::State::Succeeded:
        case Regenerator::State::Failed: break;
    }
    const std::string state(status.state == Regenerator::State::Succeeded ? say.succeeded : say.failed);
    if (!status.counts) return state + " — " + std::string(say.batchCouldNotRun);
    const Regenerator::Counts& counts = *status.counts;
    return state + " — " +
           fill(say.regenerationCounts,
                {std::to_string(counts.made), std::to_string(counts.upToDate), std::to_string(counts.failed)});
}

std::string copyState(const store::SignedCopy& copy, model::Lang lang) {
    const PortalWords& say = words(lang);
    if (copy.kind == store::CopyKind::Scanned) return std::string(say.scannedCopy);
    return fill(say.signedByOf, {std::to_string(copy.signatoriesSigned), std::to_string(copy.signatoryFields)});
}

std::string copyReceived(const store::SignedCopy& copy, model::Lang lang) {
    const PortalWords& say = words(lang);
    std::string text = fill(say.copyOfVersion, {std::to_string(copy.version), copy.key.str(), copyState(copy, lang)});
    for (std::size_t i = 0; i < copy.signatures.size(); ++i) {
        const store::CopySignature& s = copy.signatures[i];
        text += (i == 0 ? " — " : "; ") + s.field + ": " + (s.signer.empty() ? std::string(say.signerUnreadable) : s.signer) +
                (s.digestMatches ? "" : " (" + std::string(say.signatureMismatch) + ")");
    }
    return text + std::string(say.fullStop);
}

std::string errorHeading(int status, model::Lang lang) {
    const PortalWords& say = words(lang);
    switch (status) {
        case 400: return std::string(say.badRequest);
        case 401: return std::string(say.unauthorized);
        case 403: return std::string(say.forbidden);
        case 404: return std::string(say.notFound);
        case 405: return std::string(say.methodNotAllowed);
        case 409: return std::string(say.conflict);
        case 413: return std::string(say.tooLarge);
        case 415: return std::string(say.unsupportedType);
        case 429: return std::string(say.tooManyRequests);
        case 500: return std::string(say.serverError);
        default: return Poco::Net::HTTPResponse::getReasonForStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
    }
}

std::string verifiedFile(intake::Identified::As as, model::Lang lang) {
    const PortalWords& say = words(lang);
    switch (as) {
        case intake::Identified::As::Made: return std::string(say.fileAsMade);
        case intake::Identified::As::FiledCopy: return std::string(say.fileFiledCopy);
        case intake::Identified::As::SignedSince: return std::string(say.fileSignedSince);
    }
    return "";
}

}  // namespace wop::server::html
