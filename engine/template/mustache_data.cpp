#include "template/mustache_data.h"

namespace wop::tmpl {

kainjow::mustache::data mustacheData(const context::Value& value) {
    if (const std::string* text = value.string()) return *text;
    if (const context::Value::List* items = value.items()) {
        kainjow::mustache::data list(kainjow::mustache::data::type::list);
        for (const context::Value& item : *items) list.push_back(mustacheData(item));
        return list;
    }
    if (const context::Value::Object* members = value.members()) {
        kainjow::mustache::data object(kainjow::mustache::data::type::object);
        for (const auto& [key, member] : *members) object.set(key, mustacheData(member));
        return object;
    }
    return !value.isFalse();
}

}  // namespace wop::tmpl
