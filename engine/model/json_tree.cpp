#include "model/json_tree.h"

#include <charconv>
#include <cstdio>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include "model/json_parser.h"

namespace wop::model::json {

namespace {

using Poco::Dynamic::Var;
using Poco::JSON::Array;
using Poco::JSON::Object;

// A path's steps: a key, or an array index.
struct Step {
    std::string key;
    std::optional<std::size_t> index;
};

std::vector<Step> stepsOf(std::string_view path) {
    std::vector<Step> steps;
    std::size_t i = 0;
    while (i < path.size()) {
        if (path[i] == '.') {
            ++i;
        } else if (path[i] == '[') {
            const std::size_t close = path.find(']', i);
            std::size_t index = 0;
            std::from_chars(path.data() + i + 1, path.data() + close, index);
            steps.push_back({"", index});
            i = close + 1;
        } else {
            const std::size_t end = std::min(path.find_first_of(".[", i), path.size());
            steps.push_back({std::string(path.substr(i, end - i)), std::nullopt});
            i = end;
        }
    }
    return steps;
}

std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

void writeValue(const Var& value, const std::string& indent, std::string& out) {
    const std::string inner = indent + "  ";
    if (isObject(value)) {
        Object::Ptr object = value.extract<Object::Ptr>();
        if (object->size() == 0) {
            out += "{}";
            return;
        }
        out += "{\n";
        bool first = true;
        for (const std::string& key : object->getNames()) {
            out += (first ? "" : ",\n") + inner + quoted(key) + ": ";
            writeValue(object->get(key), inner, out);
            first = false;
        }
        out += "\n" + indent + "}";
    } else if (isArray(value)) {
        Array::Ptr array = value.extract<Array::Ptr>();
        if (array->size() == 0) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (std::size_t i = 0; i < array->size(); ++i) {
            out += (i == 0 ? "" : ",\n") + inner;
            writeValue(array->get(static_cast<unsigned>(i)), inner, out);
        }
        out += "\n" + indent + "]";
    } else if (value.isEmpty()) {
        out += "null";
    } else if (value.isString()) {
        out += quoted(value.extract<std::string>());
    } else if (value.isBoolean()) {
        out += value.extract<bool>() ? "true" : "false";
    } else {
        out += value.convert<std::string>();
    }
}

std::string childOf(const std::string& path, const std::string& key) { return path.empty() ? key : path + "." + key; }

void collectChanges(const Var& before, const Var& after, const std::string& path, std::vector<std::string>& changed) {
    if (isObject(before) && isObject(after)) {
        Object::Ptr a = before.extract<Object::Ptr>(), b = after.extract<Object::Ptr>();
        for (const std::string& key : a->getNames()) {
            if (!b->has(key)) changed.push_back(childOf(path, key));
            else collectChanges(a->get(key), b->get(key), childOf(path, key), changed);
        }
        for (const std::string& key : b->getNames())
            if (!a->has(key)) changed.push_back(childOf(path, key));
    } else if (isArray(before) && isArray(after) &&
               before.extract<Array::Ptr>()->size() == after.extract<Array::Ptr>()->size()) {
        Array::Ptr a = before.extract<Array::Ptr>(), b = after.extract<Array::Ptr>();
        for (unsigned i = 0; i < a->size(); ++i)
            collectChanges(a->get(i), b->get(i), path + "[" + std::to_string(i) + "]", changed);
    } else if (write(before) != write(after)) {
        changed.push_back(path);
    }
}

}  // namespace

bool isObject(const Var& value) { return value.type() == typeid(Object::Ptr); }
bool isArray(const Var& value) { return value.type() == typeid(Array::Ptr); }

Var read(std::string_view text) { return parseJson(text).root; }

std::string write(const Var& value) {
    std::string out;
    writeValue(value, "", out);
    return out + "\n";
}

Var deepCopy(const Var& value) { return read(write(value)); }

std::optional<Var> at(const Var& root, std::string_view path) {
    Var current = root;
    for (const Step& step : stepsOf(path)) {
        if (step.index) {
            if (!isArray(current)) return std::nullopt;
            Array::Ptr array = current.extract<Array::Ptr>();
            if (*step.index >= array->size()) return std::nullopt;
            current = array->get(static_cast<unsigned>(*step.index));
        } else {
            if (!isObject(current)) return std::nullopt;
            Object::Ptr object = current.extract<Object::Ptr>();
            if (!object->has(step.key)) return std::nullopt;
            current = object->get(step.key);
        }
    }
    return current;
}

void put(Var& root, std::string_view path, const std::optional<Var>& value) {
    const std::vector<Step> steps = stepsOf(path);
    if (steps.empty()) {
        if (value) root = *value;
        return;
    }
    if (!isObject(root)) root = Object::Ptr(new Object(Poco::JSON_PRESERVE_KEY_ORDER));
    Var current = root;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const Step& step = steps[i];
        const bool last = i + 1 == steps.size();
        // What a missing step on the way is made as: what the next step reads.
        const Var made = i + 1 < steps.size() && steps[i + 1].index ? Var(Array::Ptr(new Array()))
                                                                    : Var(Object::Ptr(new Object(Poco::JSON_PRESERVE_KEY_ORDER)));
        if (step.index) {
            if (!isArray(current)) return;
            Array::Ptr array = current.extract<Array::Ptr>();
            const auto index = static_cast<unsigned>(*step.index);
            if (index > array->size()) return;
            if (last) {
                if (!value) {
                    if (index < array->size()) array->remove(index);
                } else if (index == array->size()) {
                    array->add(*value);
                } else {
                    array->set(index, *value);
                }
                return;
            }
            if (!value && index == array->size()) return;
            if (index == array->size()) array->add(made);
            current = array->get(index);
        } else {
            if (!isObject(current)) return;
            Object::Ptr object = current.extract<Object::Ptr>();
            if (last) {
                if (value) object->set(step.key, *value);
                else object->remove(step.key);
                return;
            }
            if (!object->has(step.key)) {
                if (!value) return;
                object->set(step.key, made);
            }
            current = object->get(step.key);
        }
    }
}

std::vector<std::string> changedPaths(const Var& before, const Var& after) {
    std::vector<std::string> changed;
    collectChanges(before, after, "", changed);
    return changed;
}

bool overlaps(std::string_view a, std::string_view b) {
    if (a.size() > b.size()) std::swap(a, b);
    if (a.empty()) return true;
    return b.starts_with(a) && (b.size() == a.size() || b[a.size()] == '.' || b[a.size()] == '[');
}

Merge merge(const Var& base, const Var& ours, const Var& theirs) {
    const std::vector<std::string> ourChanges = changedPaths(base, ours);
    const std::vector<std::string> theirChanges = changedPaths(base, theirs);
    Merge result;
    for (const std::string& mine : ourChanges)
        for (const std::string& other : theirChanges)
            if (overlaps(mine, other)) result.conflicts.push_back(mine);
    if (!result.conflicts.empty()) return result;
    Var merged = deepCopy(theirs);
    for (const std::string& path : ourChanges) put(merged, path, at(ours, path));
    result.merged = merged;
    return result;
}

}  // namespace wop::model::json
