#include "model/json_reader.h"

#include <algorithm>
#include <cmath>
#include <typeinfo>

#include "base/utf8.h"

namespace wop::model::json {

namespace {

bool isObject(const Poco::Dynamic::Var& var) { return var.type() == typeid(Poco::JSON::Object::Ptr); }
bool isArray(const Poco::Dynamic::Var& var) { return var.type() == typeid(Poco::JSON::Array::Ptr); }

bool isPlainKey(std::string_view key) {
    return !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
}

}  // namespace

std::string childPath(const std::string& path, std::string_view key) {
    if (isPlainKey(key)) return path + "." + std::string(key);
    return path + "[\"" + std::string(key) + "\"]";
}

std::string itemPath(const std::string& path, std::size_t index) { return path + "[" + std::to_string(index) + "]"; }

void Context::error(const std::string& path, std::string message) {
    diagnostics_.push_back(Diagnostic{Diagnostic::Severity::Error, file_, path, std::move(message), {}});
}

void Context::definePerson(const std::string& id, const std::string& path) {
    auto [existing, added] = personPaths_.emplace(id, path);
    if (!added) error(path, "duplicate person id \"" + id + "\", already defined at " + existing->second);
}

void Context::referToPerson(const std::string& id, const std::string& path) { references_.emplace_back(id, path); }

void Context::checkPersonReferences() {
    for (const auto& [id, path] : references_) {
        if (!personPaths_.contains(id)) error(path, "unknown person id \"" + id + "\"");
    }
}

std::string describe(const Poco::Dynamic::Var& var) {
    if (var.isEmpty()) return "null";
    if (var.isBoolean()) return var.extract<bool>() ? "true" : "false";
    if (var.isNumeric()) return "number " + var.convert<std::string>();
    if (isObject(var)) return "an object";
    if (isArray(var)) return "an array";
    constexpr std::size_t shown = 60;
    const std::string text = var.convert<std::string>();
    return "\"" + (text.size() > shown ? text.substr(0, shown) + "..." : text) + "\"";
}

void Value::expected(std::string_view what) const {
    error("expected " + std::string(what) + ", found " + describe(var));
}

Poco::JSON::Object::Ptr asObject(const Value& value) {
    if (!isObject(value.var)) {
        value.expected("an object");
        return nullptr;
    }
    return value.var.extract<Poco::JSON::Object::Ptr>();
}

Poco::JSON::Array::Ptr asArray(const Value& value) {
    if (!isArray(value.var)) {
        value.expected("an array");
        return nullptr;
    }
    auto array = value.var.extract<Poco::JSON::Array::Ptr>();
    if (array->size() > maxArrayItems) {
        value.error("expected at most " + std::to_string(maxArrayItems) + " items, found " +
                    std::to_string(array->size()));
        return nullptr;
    }
    return array;
}

bool readString(const Value& value, std::string& out) {
    if (!value.var.isString()) {
        value.expected("a string");
        return false;
    }
    std::string text = value.var.extract<std::string>();
    if (const std::size_t chars = base::countCharacters(text); chars > maxStringChars) {
        value.error("expected a string of at most " + std::to_string(maxStringChars) + " characters, found " +
                    std::to_string(chars));
        return false;
    }
    out = std::move(text);
    return true;
}

void readValue(const Value& value, std::string& out) { readString(value, out); }

void readValue(const Value& value, bool& out) {
    if (value.var.isBoolean()) {
        out = value.var.extract<bool>();
    } else {
        value.expected("true or false");
    }
}

void IntegerBetween::operator()(const Value& value, int& out) const {
    // JSON has one number type: 3.0 is as good an integer as 3.
    if (value.var.isNumeric() && !value.var.isBoolean()) {
        const double number = value.var.convert<double>();
        if (number >= min && number <= max && number == std::floor(number)) {
            out = static_cast<int>(number);
            return;
        }
    }
    value.expected("an integer from " + std::to_string(min) + " to " + std::to_string(max));
}

void readValue(const Value& value, int& out) { IntegerBetween{0, maxCount}(value, out); }

void readValue(const Value& value, Text& out) {
    if (value.var.isString()) {
        readString(value, out.en);
        return;
    }
    if (!isObject(value.var)) {
        value.expected("a string or an object with \"en\" and/or \"ur\"");
        return;
    }
    const bool clean = readObject(value, [&](Fields& fields) {
        fields.optional("en", out.en);
        fields.optional("ur", out.ur);
    });
    if (clean && out.empty()) value.error("expected a non-empty \"en\" or \"ur\", found neither");
}

void readValue(const Value& value, Date& out) {
    std::string text;
    if (!readString(value, text)) return;
    if (auto date = Date::parse(text)) {
        out = *date;
    } else {
        value.expected("a date YYYY-MM-DD");
    }
}

void readValue(const Value& value, YearMonth& out) {
    std::string text;
    if (!readString(value, text)) return;
    if (auto month = YearMonth::parse(text)) {
        out = *month;
    } else {
        value.expected("a month YYYY-MM");
    }
}

std::optional<Value> Fields::take(std::string_view key, bool required) {
    known_.emplace(key);
    const std::string name(key);
    if (!members_->has(name)) {
        if (required) object_.error("missing required field \"" + name + "\"");
        return std::nullopt;
    }
    Value value{members_->get(name), childPath(object_.path, key), object_.context};
    if (!required && value.var.isEmpty()) return std::nullopt;
    if (required && value.var.isString() && value.var.extract<std::string>().empty()) {
        value.expected("a non-empty string");
        return std::nullopt;
    }
    return value;
}

void Fields::reportUnknown() const {
    for (const std::string& name : members_->getNames()) {
        if (!known_.contains(name))
            object_.context.error(childPath(object_.path, name), "unknown field \"" + name + "\"");
    }
}

}  // namespace wop::model::json
