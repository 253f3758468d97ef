#include "model/json_reader.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <typeinfo>

#include "base/utf8.h"
#include "model/json_tree.h"

namespace wop::model::json {

namespace {

bool isPlainKey(std::string_view key) {
    return !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
}

// Characters no text of a partnership needs and that change what it shows
// or hides: C0 and C1 controls but the tab and the line feed, and the
// bidirectional embeddings, overrides and isolates, which would reorder
// text the engine orders itself. The parser has checked the text is UTF-8.
std::optional<char32_t> refusedControl(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        const std::optional<char32_t> decoded = base::nextCharacter(text, pos);
        if (!decoded) break;
        const char32_t c = *decoded;
        if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) ||
            (c >= 0x2066 && c <= 0x2069))
            return c;
    }
    return std::nullopt;
}

std::string underscored(std::string_view key) {
    std::string text(key);
    std::replace(text.begin(), text.end(), '-', '_');
    return text;
}

// Edits from one to the other: a character added, dropped, changed, or two
// neighbours swapped ("titel" is one from "title"), case and "-" or "_" aside.
std::size_t editDistance(std::string_view from, std::string_view to) {
    auto same = [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a == '-' ? '_' : a)) ==
               std::tolower(static_cast<unsigned char>(b == '-' ? '_' : b));
    };
    std::vector<std::vector<std::size_t>> d(from.size() + 1, std::vector<std::size_t>(to.size() + 1));
    for (std::size_t i = 0; i <= from.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= to.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= from.size(); ++i)
        for (std::size_t j = 1; j <= to.size(); ++j) {
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (same(from[i - 1], to[j - 1]) ? 0 : 1)});
            if (i > 1 && j > 1 && same(from[i - 1], to[j - 2]) && same(from[i - 2], to[j - 1]))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[from.size()][to.size()];
}

// The known key closest to `key`, when close enough to be what was meant:
// at most 2 edits, and fewer than a third of its length.
const std::string* nearest(std::string_view key, const std::set<std::string, std::less<>>& known) {
    const std::string* best = nullptr;
    std::size_t bestDistance = 3;
    for (const std::string& candidate : known) {
        const std::size_t distance = editDistance(key, candidate);
        if (distance < bestDistance && distance * 3 < candidate.size()) {
            best = &candidate;
            bestDistance = distance;
        }
    }
    return best;
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

void Context::error(const std::string& path, std::string message, base::TextPosition at) {
    error(path, std::move(message));
    diagnostics_.back().line = at.line;
    diagnostics_.back().column = at.column;
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
    // As JSON writes it: a diagnostic stays one line whatever the value holds.
    std::string quoted;
    for (char c : text.size() > shown ? text.substr(0, shown) : text) {
        if (c == '\n') quoted += "\\n";
        else if (c == '\t') quoted += "\\t";
        else if (c == '"' || c == '\\') quoted += std::string("\\") + c;
        else quoted += c;
    }
    return "\"" + quoted + (text.size() > shown ? "..." : "") + "\"";
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
    if (const std::optional<char32_t> control = refusedControl(text)) {
        char name[12];
        std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(*control));
        value.error(std::string("the control character ") + name +
                    " in a string: no text needs it, and it would change how the text shows");
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
        if (readString(value, out.en) && !out.en.empty()) value.context.englishOnly(value.path);
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
    else if (clean && out.ur.empty()) value.context.englishOnly(value.path);
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

void Fields::misnamed(std::string_view mistake, std::string why) {
    misnamed_.emplace(underscored(mistake), std::move(why));
}

void Fields::reportUnknown() const {
    for (const std::string& name : members_->getNames()) {
        if (known_.contains(name)) continue;
        std::string message = "unknown field \"" + name + "\"";
        if (const auto why = misnamed_.find(underscored(name)); why != misnamed_.end()) {
            message += ": " + why->second;
        } else if (const std::string* near = nearest(name, known_)) {
            message += "; did you mean \"" + *near + "\"?";
        }
        object_.context.error(childPath(object_.path, name), message);
    }
}

}  // namespace wop::model::json
