#include "context/value.h"

#include <algorithm>
#include <stdexcept>

namespace wop::context {

bool Value::isFalse() const {
    if (const bool* flag = std::get_if<bool>(&value_)) return !*flag;
    if (const List* list = items()) return list->empty();
    return false;
}

void Value::set(std::string_view key, Value value) {
    Object* object = std::get_if<Object>(&value_);
    if (!object) throw std::logic_error("a value set on what is not an object: " + std::string(key));
    auto found = std::find_if(object->begin(), object->end(), [&](const auto& member) { return member.first == key; });
    if (found != object->end()) {
        found->second = std::move(value);
    } else {
        object->emplace_back(std::string(key), std::move(value));
    }
}

void Value::push_back(Value value) {
    List* list = std::get_if<List>(&value_);
    if (!list) throw std::logic_error("an item added to what is not a list");
    list->push_back(std::move(value));
}

const Value* Value::find(std::string_view path) const {
    const Value* current = this;
    while (current) {
        const size_t dot = path.find('.');
        const std::string_view key = path.substr(0, dot);
        const Object* object = current->members();
        if (!object) return nullptr;
        auto found = std::find_if(object->begin(), object->end(), [&](const auto& member) { return member.first == key; });
        current = found == object->end() ? nullptr : &found->second;
        if (dot == std::string_view::npos) break;
        path.remove_prefix(dot + 1);
    }
    return current;
}

}  // namespace wop::context
