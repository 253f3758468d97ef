#include "batch/supersession_changes.h"

#include "markup/difference.h"
#include "markup/parser.h"

namespace wop::batch {

std::string supersessionChanges(store::DocumentContents& contents, const store::Supersession& supersession) {
    if (supersession.finalContent.empty() || supersession.latestContent.empty()) return "";
    // Changed and changed back since it was signed.
    if (supersession.finalContent == supersession.latestContent) return "nothing since the final version";
    try {
        const auto signedMarkup = contents.markup(supersession.finalContent);
        const auto latestMarkup = contents.markup(supersession.latestContent);
        if (!signedMarkup || !latestMarkup) return "";
        const std::string changes =
            markup::describe(markup::compare(markup::parse(*signedMarkup), markup::parse(*latestMarkup)));
        return changes.empty() ? "formatting only" : changes;
    } catch (const std::exception&) {
        // The database gone since the versions were registered, or markup a
        // later wopdocs reads otherwise: the warning stands without its
        // details, which are not worth failing a batch or a status for.
        return "";
    }
}

std::string supersededSignedCopy(store::SignedCopies& copies, const store::Supersession& supersession) {
    try {
        return store::signedCopiesState(copies.ofVersion(supersession.key, supersession.finalVersion));
    } catch (const std::exception&) {
        return "";
    }
}

}  // namespace wop::batch
