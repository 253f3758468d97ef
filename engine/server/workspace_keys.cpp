#include "server/workspace_keys.h"

#include <Poco/JSON/Object.h>

#include "model/json_tree.h"
#include "model/partnership.h"
#include "server/portal_sentences.h"
#include "server/portal_words.h"
#include "server/workspace_form.h"

namespace wop::server {

namespace {

using Poco::Dynamic::Var;
using Poco::JSON::Object;

bool isKeyed(const FieldSpec& root, const std::string& path) {
    const FieldSpec* spec = specAt(root, path);
    return spec && spec->kind == FieldSpec::Kind::Keyed;
}

}  // namespace

std::string typedKeyField(const std::string& path) { return "key:" + path; }

KeyAction applyKeyAction(const FieldSpec& root, const std::string& op, const Poco::Net::NameValueCollection& form,
                         model::Lang lang, Var& document) {
    KeyAction action;
    const std::size_t space = op.find(' ');
    if (space == std::string::npos) return action;
    const std::string verb = op.substr(0, space), path = op.substr(space + 1);
    if (verb == "add" && isKeyed(root, path)) {
        action.handled = true;
        const std::string key = form.get(typedKeyField(path), "");
        std::optional<Var> fields = model::json::at(document, path);
        const bool taken = fields && model::json::isObject(*fields) && fields->extract<Object::Ptr>()->has(key);
        if (!model::isExtraKey(key) || taken) {
            model::Diagnostic refused;
            refused.path = typedKeyField(path);
            refused.message = html::fill(taken ? html::words(lang).keyTaken : html::words(lang).notAKey, {key});
            action.refused = std::move(refused);
            return action;
        }
        if (!fields || !model::json::isObject(*fields))
            model::json::put(document, path, Var(Object::Ptr(new Object(Poco::JSON_PRESERVE_KEY_ORDER))));
        model::json::put(document, path + "." + key, Var(std::string()));
        return action;
    }
    const std::size_t dot = path.rfind('.');
    if (verb == "remove" && dot != std::string::npos && isKeyed(root, path.substr(0, dot))) {
        action.handled = true;
        if (const auto fields = model::json::at(document, path.substr(0, dot)); fields && model::json::isObject(*fields)) {
            Object::Ptr object = fields->extract<Object::Ptr>();
            object->remove(path.substr(dot + 1));
        }
    }
    return action;
}

}  // namespace wop::server
