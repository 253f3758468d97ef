// What the workspace's forms are made from: docs/partnership.schema.json,
// the format's description that tests keep equal to the loader, read when
// the portal starts, its references resolved, as a tree of fields, each of
// the kind of input it takes.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace wop::server {

struct FieldSpec {
    enum class Kind {
        Object,   // members
        List,     // rows of `item`
        Text,     // English and Urdu side by side
        Line,     // a name: Text on one line
        Choice,   // one of `choices`
        Boolean,  // yes, no or not given
        Integer,
        Date,     // YYYY-MM-DD
        Month,    // YYYY-MM
        Person,   // the id of a person of any party
        Keyed,    // fields under keys the facilitator chooses (`extra`), each an `item`
        String
    };

    std::string key;
    Kind kind = Kind::String;
    std::string description;
    bool required = false;
    std::vector<std::string> choices;
    std::vector<FieldSpec> members;  // an Object's
    std::vector<FieldSpec> item;     // a List's rows, a Keyed's fields: one spec

    const FieldSpec* member(const std::string& key) const;
};

// The partnership file's top-level object. Throws std::runtime_error
// naming the file when it cannot be read or is no schema this understands.
FieldSpec readWorkspaceSchema(const std::filesystem::path& file);

}  // namespace wop::server
