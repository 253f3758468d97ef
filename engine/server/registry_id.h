// The portal names each PDF by its registry key, written as one URL-safe
// word: "lahore-faisalabad-nrw.letter-of-intent.en.v2". A download looks the
// key up in the registry and sends the file the registry names: nothing of
// the URL reaches the file system.
#pragma once

#include <optional>
#include <string>

#include "store/document_record.h"

namespace wop::server {

struct RegistryRef {
    store::DocumentKey key;
    int version = 0;
};

std::string registryId(const store::DocumentRecord& record);
// Nothing for anything not of that form.
std::optional<RegistryRef> parseRegistryId(const std::string& id);

}  // namespace wop::server
