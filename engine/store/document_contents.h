// What each version of a document says: its markup, kept once for each
// distinct text under its SHA-256 (a registry row's content_hash), so that a
// final version a later one supersedes can be compared with it.
#pragma once

#include <optional>
#include <span>
#include <string>

#include "store/database.h"

namespace wop::store {

struct DocumentContent {
    std::string hash;  // SHA-256 of `markup`
    std::string markup;
};

class DocumentContents {
public:
    explicit DocumentContents(Database& database) : database_(database) {}

    // In a transaction of their own; a text kept already stays as it is.
    // Throws StoreError.
    void keep(std::span<const DocumentContent> contents);
    std::optional<std::string> markup(const std::string& hash);

private:
    Database& database_;
};

}  // namespace wop::store
