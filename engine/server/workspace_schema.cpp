#include "server/workspace_schema.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include "model/json_tree.h"

namespace wop::server {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;
using Kind = FieldSpec::Kind;

class SchemaReader {
public:
    SchemaReader(Object::Ptr root, std::string file) : root_(std::move(root)), file_(std::move(file)) {}

    FieldSpec field(const std::string& key, const Object::Ptr& node, int depth = 0) {
        if (depth > 20) fail("nests too deep at \"" + key + "\"");
        FieldSpec spec;
        spec.key = key;
        spec.description = node->optValue<std::string>("description", "");
        if (node->has("$ref")) {
            const std::string ref = node->getValue<std::string>("$ref");
            const std::string name = ref.substr(ref.rfind('/') + 1);
            // Its definition's description is for those who write the file by hand.
            if (const auto named = namedKinds(name)) {
                spec.kind = *named;
                if (spec.kind == Kind::Choice) spec.choices = choicesOf(definition(name));
                return spec;
            }
            FieldSpec resolved = field(key, definition(name), depth + 1);
            if (!spec.description.empty()) resolved.description = spec.description;
            return resolved;
        }
        if (node->has("enum")) {
            spec.kind = Kind::Choice;
            spec.choices = choicesOf(node);
            return spec;
        }
        const std::string type = node->optValue<std::string>("type", "");
        if (keyedByTheWriter(node)) {
            // Fields of the facilitator's own (`extra`): keys no schema lists.
            spec.kind = Kind::Keyed;
            spec.item.push_back(field(key, node->getObject("additionalProperties"), depth + 1));
        } else if (type == "object") {
            spec.kind = Kind::Object;
            Object::Ptr properties = node->getObject("properties");
            if (!properties) fail("an object without properties at \"" + key + "\"");
            std::vector<std::string> required;
            if (Array::Ptr list = node->getArray("required"))
                for (unsigned i = 0; i < list->size(); ++i) required.push_back(list->getElement<std::string>(i));
            for (const std::string& name : properties->getNames()) {
                spec.members.push_back(field(name, properties->getObject(name), depth + 1));
                spec.members.back().required = std::find(required.begin(), required.end(), name) != required.end();
            }
        } else if (type == "array") {
            spec.kind = Kind::List;
            spec.item.push_back(field(key, node->getObject("items"), depth + 1));
        } else if (type == "boolean") {
            spec.kind = Kind::Boolean;
        } else if (type == "integer") {
            spec.kind = Kind::Integer;
        } else {
            spec.kind = Kind::String;  // a string, or a constant ("format"), which the workspace sets itself
        }
        return spec;
    }

private:
    static bool keyedByTheWriter(const Object::Ptr& node) {
        return node->optValue<std::string>("type", "") == "object" && !node->has("properties") &&
               node->has("additionalProperties");
    }

    // The definitions that are one input each, whatever their JSON shape.
    static std::optional<Kind> namedKinds(const std::string& name) {
        static const std::map<std::string, Kind> kinds = {
            {"text", Kind::Text},   {"name", Kind::Line},       {"date", Kind::Date},     {"month", Kind::Month},
            {"count", Kind::Integer}, {"person-id", Kind::Person}, {"status", Kind::Choice}, {"role", Kind::Choice}};
        const auto found = kinds.find(name);
        if (found == kinds.end()) return std::nullopt;
        return found->second;
    }

    Object::Ptr definition(const std::string& name) {
        Object::Ptr defs = root_->getObject("$defs");
        Object::Ptr found = defs ? defs->getObject(name) : nullptr;
        if (!found) fail("no definition \"" + name + "\"");
        return found;
    }

    static std::vector<std::string> choicesOf(const Object::Ptr& node) {
        std::vector<std::string> choices;
        if (Array::Ptr list = node->getArray("enum"))
            for (unsigned i = 0; i < list->size(); ++i) choices.push_back(list->getElement<std::string>(i));
        return choices;
    }

    [[noreturn]] void fail(const std::string& what) const {
        throw std::runtime_error(file_ + ": not a schema the portal's forms can be made from: " + what);
    }

    Object::Ptr root_;
    std::string file_;
};

}  // namespace

const FieldSpec* FieldSpec::member(const std::string& name) const {
    for (const FieldSpec& m : members)
        if (m.key == name) return &m;
    return nullptr;
}

FieldSpec readWorkspaceSchema(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error(file.string() + ": cannot read the partnership schema the workspace's forms are made from");
    std::ostringstream text;
    text << in.rdbuf();
    Object::Ptr root;
    try {
        root = model::json::read(text.str()).extract<Object::Ptr>();
    } catch (const std::exception& e) {
        throw std::runtime_error(file.string() + ": not a JSON object: " + e.what());
    }
    return SchemaReader(root, file.string()).field("", root);
}

}  // namespace wop::server
