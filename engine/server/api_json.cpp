#include "server/api_json.h"

#include "model/json_object.h"

namespace wop::server::api {

namespace {

Poco::JSON::Object::Ptr textJson(const model::Text& text) {
    auto json = model::orderedJsonObject();
    json->set("en", text.en);
    json->set("ur", text.ur);
    return json;
}

Poco::JSON::Object::Ptr organisationJson(const model::Organisation& organisation) {
    auto json = model::orderedJsonObject();
    json->set("id", organisation.id);
    json->set("short_name", organisation.shortName);
    json->set("name", textJson(organisation.name));
    return json;
}

}  // namespace

Poco::JSON::Object::Ptr sessionJson(const Session& session) {
    auto json = model::orderedJsonObject();
    json->set("name", session.account.name);
    json->set("role", std::string(roleName(session.account.role)));
    json->set("utility", session.account.utility);
    json->set("csrf_token", session.csrfToken);
    json->set("expires_at", session.expiresAt);
    return json;
}

Poco::JSON::Array::Ptr partnershipsJson(const std::vector<const model::Partnership*>& partnerships) {
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const model::Partnership* p : partnerships) {
        auto json = model::orderedJsonObject();
        json->set("id", p->id);
        json->set("reference", p->reference);
        json->set("title", textJson(p->title));
        json->set("mentor", organisationJson(p->mentor));
        json->set("mentee", organisationJson(p->mentee));
        json->set("documents", "/api/partnerships/" + p->id + "/documents");
        array->add(json);
    }
    return array;
}

Poco::JSON::Array::Ptr documentsJson(const std::vector<ListedDocument>& documents) {
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const ListedDocument& d : documents) {
        auto json = model::orderedJsonObject();
        json->set("id", d.id);
        json->set("document", d.record.key.document);
        json->set("title", textJson(d.title));
        json->set("lang", std::string(model::langCode(d.record.key.lang)));
        json->set("version", d.record.version);
        json->set("status", std::string(store::statusName(d.record.status)));
        json->set("latest", d.latest);
        json->set("created_at", d.record.createdAt);
        json->set("sha256", d.record.pdfSha256);
        json->set("signed_copy", d.signedCopy ? d.signedCopy->state() : "");
        json->set("download", "/api/documents/" + d.id + "/download");
        array->add(json);
    }
    return array;
}

Poco::JSON::Object::Ptr regenerationJson(const Regenerator::Status& status) {
    auto json = model::orderedJsonObject();
    json->set("state", std::string(stateName(status.state)));
    json->set("partnership", status.partnership);
    json->set("message", status.message());
    return json;
}

Poco::JSON::Object::Ptr errorJson(const std::string& reason) {
    auto json = model::orderedJsonObject();
    json->set("error", reason);
    return json;
}

}  // namespace wop::server::api
