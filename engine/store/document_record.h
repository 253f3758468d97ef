// One row of the document registry: one version of one document in one
// language, and what it was made from.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include "model/partnership.h"
#include "model/text.h"

namespace wop::store {

// The registry's partnership for the road map, which belongs to all of them;
// also its folder under documents/: the id the model keeps from every
// partnership.
inline constexpr std::string_view programKey = model::programId;

// Which document: the partnership, the document's base name
// ("monthly-report-2024-07", "roadmap") and the language.
struct DocumentKey {
    std::string partnership;
    std::string document;
    model::Lang lang = model::Lang::En;

    auto operator<=>(const DocumentKey&) const = default;
    // "lahore-faisalabad-nrw/letter-of-intent (en)"
    std::string str() const;
};

// What a version is made from. While none of them changes, neither does the
// document, and a batch renders nothing of it.
struct InputHashes {
    std::string templateHash;  // the language's templates, partials included, and its digits
    std::string dataHash;      // the data it is made from
    std::string lookHash;      // the fonts and the engine's typesetting revision

    bool operator==(const InputHashes&) const = default;
};

struct DocumentRecord {
    DocumentKey key;
    int version = 0;  // 1, 2, ...
    model::Status status = model::Status::Draft;
    std::string pdfSha256;
    std::string templateHash;
    std::string dataHash;
    std::string lookHash;     // empty when made by a wopdocs that did not keep it
    std::string contentHash;  // SHA-256 of the markup (DocumentContents); empty likewise
    std::string path;         // relative to the data folder, '/'-separated
    std::string createdAt;    // UTC, "2025-03-14T09:30:00Z"
    // The parties' organisation ids when the version was made, whose users
    // may download it; empty for the road map, and for a version made by a
    // wopdocs that did not keep them.
    std::string mentor;
    std::string mentee;

    InputHashes inputs() const { return {templateHash, dataHash, lookHash}; }
};

std::string_view statusName(model::Status status);  // "draft", "final"
std::optional<model::Status> parseStatus(std::string_view name);
std::optional<model::Lang> parseLang(std::string_view code);  // "en", "ur"

// The name a registered PDF is delivered under, attached or downloaded:
// "lahore-faisalabad-nrw-letter-of-intent.en.v2.pdf", "roadmap.en.v1.pdf".
std::string deliveredFileName(const DocumentRecord& record);

}  // namespace wop::store
