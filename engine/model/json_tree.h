// A partnership file's JSON as a tree to edit by JSON path, for the
// portal's forms: read, written back canonically, compared and merged path
// by path. Paths are the loader's without "$.": "work_plan.activities[2].title.ur".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <Poco/Dynamic/Var.h>

namespace wop::model::json {

// Objects keep their keys' order. Throws SyntaxError (json_parser.h).
Poco::Dynamic::Var read(std::string_view text);

// What a value read holds: an object (Poco::JSON::Object::Ptr) or an array.
bool isObject(const Poco::Dynamic::Var& value);
bool isArray(const Poco::Dynamic::Var& value);

// Two-space indents, keys in their order, UTF-8 as it is: the same tree
// gives the same bytes.
std::string write(const Poco::Dynamic::Var& value);

// A copy that shares nothing with `value`.
Poco::Dynamic::Var deepCopy(const Poco::Dynamic::Var& value);

// The value at `path`, if there is one.
std::optional<Poco::Dynamic::Var> at(const Poco::Dynamic::Var& root, std::string_view path);

// Sets the value at `path`, or removes it when `value` is empty, creating
// the objects on the way; an array item is set only where the array has
// it, or appended right after its last.
void put(Poco::Dynamic::Var& root, std::string_view path, const std::optional<Poco::Dynamic::Var>& value);

// The outermost paths where the two differ: a member added, removed or
// changed; an array whose length changed counts as changed whole.
std::vector<std::string> changedPaths(const Poco::Dynamic::Var& before, const Poco::Dynamic::Var& after);

// Whether a change at one path touches one at the other: the same, or one within the other.
bool overlaps(std::string_view a, std::string_view b);

struct Merge {
    std::optional<Poco::Dynamic::Var> merged;  // none when both changed the same place
    std::vector<std::string> conflicts;        // the paths both changed
};

// `theirs` with the changes `ours` made to `base`, when they changed
// different places (three-way, path by path).
Merge merge(const Poco::Dynamic::Var& base, const Poco::Dynamic::Var& ours, const Poco::Dynamic::Var& theirs);

}  // namespace wop::model::json
