// The JSON API's bodies (docs/delivery.md lists them).
#pragma once

#include <vector>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include "model/partnership.h"
#include "server/document_listing.h"
#include "server/regenerator.h"
#include "server/sessions.h"

namespace wop::server::api {

// {"name", "role", "utility", "csrf_token", "expires_at"}
Poco::JSON::Object::Ptr sessionJson(const Session& session);
// [{"id", "reference", "title": {"en", "ur"}, "mentor": {"id", "name"}, "mentee": {...}, "documents": URL}]
Poco::JSON::Array::Ptr partnershipsJson(const std::vector<const model::Partnership*>& partnerships);
// [{"id", "document", "title", "lang", "version", "status", "latest", "created_at", "sha256", "download": URL}]
Poco::JSON::Array::Ptr documentsJson(const std::vector<ListedDocument>& documents);
// {"state", "partnership", "message"}
Poco::JSON::Object::Ptr regenerationJson(const Regenerator::Status& status);
// {"error": "Forbidden"}
Poco::JSON::Object::Ptr errorJson(const std::string& reason);

}  // namespace wop::server::api
