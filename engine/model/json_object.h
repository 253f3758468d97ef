// JSON objects written for people and scripts to read: their keys in the
// order they were set, not sorted. `status --json` and the portal's API
// build theirs with it.
#pragma once

#include <Poco/JSON/Object.h>

namespace wop::model {

Poco::JSON::Object::Ptr orderedJsonObject();

}  // namespace wop::model
