// A small partnership that loads without errors or warnings, for tests to
// vary one thing at a time.
#pragma once

#include <functional>
#include <initializer_list>
#include <string>

#include <Poco/JSON/Object.h>

#include "model/loader.h"

namespace wop::test {

using JsonObject = Poco::JSON::Object::Ptr;

std::string validPartnershipJson();

// The object at `keys` below `root`: {"parties", "mentee"} -> root.parties.mentee.
JsonObject objectAt(const JsonObject& root, std::initializer_list<std::string> keys);

// Loads the valid partnership after `edit` has changed it, as if read from
// `sourceName` (whose folder holds the images it names).
model::LoadResult loadEdited(const std::function<void(JsonObject root)>& edit,
                             const std::string& sourceName = "test.json");

// "path: message" of each diagnostic, the short form tests compare.
std::vector<std::string> summaries(const model::LoadResult& result);

}  // namespace wop::test
