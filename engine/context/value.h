// What the context stage gives a template: a tree of values, each false, a
// string, a list or an object. Numbers and dates are already strings in the
// document's language (docs/template-context.md); the template stage turns
// the tree into its engine's values.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace wop::context {

class Value {
public:
    using List = std::vector<Value>;
    // Keys in the order they were set: a template never depends on it, but
    // tests and `--markup` debugging read a tree in the order it was built.
    using Object = std::vector<std::pair<std::string, Value>>;

    Value() : value_(Object{}) {}  // an empty object
    Value(bool flag) : value_(flag) {}
    Value(std::string text) : value_(std::move(text)) {}
    Value(const char* text) : value_(std::string(text)) {}  // not a bool
    Value(Object object) : value_(std::move(object)) {}
    Value(List list) : value_(std::move(list)) {}

    static Value list() { return Value(List{}); }

    // False: `false` and the empty list, as Mustache sections read them.
    bool isFalse() const;
    const std::string* string() const { return std::get_if<std::string>(&value_); }
    const List* items() const { return std::get_if<List>(&value_); }
    const Object* members() const { return std::get_if<Object>(&value_); }

    // On an object: sets `key`, replacing its value if set. On a list:
    // appends. Throws std::logic_error on another kind of value.
    void set(std::string_view key, Value value);
    void push_back(Value value);

    // The value at a dotted path ("mentor.director.name"), as a template
    // names it; null when a step of it is missing.
    const Value* find(std::string_view path) const;

private:
    std::variant<bool, std::string, List, Object> value_;
};

}  // namespace wop::context
