// Internal to the model stage: reads parsed JSON (Poco) into model values.
// A problem becomes a diagnostic with its JSON path and reading goes on, so
// one run reports every problem of a file. Each model type has a `readValue`
// overload; objects are read with `readObject` and `Fields`, which also
// reports the keys nobody asked for.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include "base/text_position.h"
#include "model/date.h"
#include "model/diagnostic.h"
#include "model/image_source.h"
#include "model/partnership.h"
#include "model/text.h"

namespace wop::model::json {

// Hardening against runaway or hostile files (docs/data-format.md, "Limits").
inline constexpr std::size_t maxFileBytes = 4 * 1024 * 1024;
inline constexpr std::size_t maxStringChars = 20000;
inline constexpr std::size_t maxArrayItems = 2000;
inline constexpr int maxCount = 1000;  // planned visits, meetings, advice given
inline constexpr std::size_t maxDepth = 32;
inline constexpr std::size_t maxImageBytes = 1 << 20;  // a logo or a seal, 1 MiB
inline constexpr int maxImageSide = 3000;  // pixels: a PNG is decoded in memory, to check it and to draw it

std::string childPath(const std::string& path, std::string_view key);  // $.a + b -> $.a.b
std::string itemPath(const std::string& path, std::size_t index);      // $.a + 2 -> $.a[2]

// What reading one file collects: its errors, and the person ids it defines
// and refers to. References are checked once everything is read, since a
// section may name people before the parties that define them. The images
// it names are read from `images`.
class Context {
public:
    Context(std::string file, const ImageSource& images) : file_(std::move(file)), images_(images) {}

    const ImageSource& images() const { return images_; }

    void error(const std::string& path, std::string message);
    // An error whose place in the file is known already.
    void error(const std::string& path, std::string message, base::TextPosition at);
    std::size_t errorCount() const { return diagnostics_.size(); }
    // Where a Text has English and no Urdu, for those who make Urdu documents.
    void englishOnly(const std::string& path) { englishOnly_.push_back(path); }

    void definePerson(const std::string& id, const std::string& path);
    void referToPerson(const std::string& id, const std::string& path);
    void checkPersonReferences();

    std::vector<Diagnostic> takeDiagnostics() { return std::move(diagnostics_); }
    std::vector<std::string> takeEnglishOnly() { return std::move(englishOnly_); }

private:
    std::string file_;
    const ImageSource& images_;
    std::vector<Diagnostic> diagnostics_;
    std::vector<std::string> englishOnly_;  // JSON paths
    std::map<std::string, std::string> personPaths_;               // id -> where defined
    std::vector<std::pair<std::string, std::string>> references_;  // (id, where referred to)
};

// A JSON value and where it sits in the file.
struct Value {
    Poco::Dynamic::Var var;
    std::string path;
    Context& context;

    void error(std::string message) const { context.error(path, std::move(message)); }
    // Reports "expected <what>, found <this value>".
    void expected(std::string_view what) const;
};

// "number 12", "\"2025-13-01\"", "an object": the found half of a message.
std::string describe(const Poco::Dynamic::Var& var);

// Each returns null or false after reporting a value of the wrong type or
// over the limits.
Poco::JSON::Object::Ptr asObject(const Value& value);
Poco::JSON::Array::Ptr asArray(const Value& value);
bool readString(const Value& value, std::string& out);

void readValue(const Value& value, std::string& out);
void readValue(const Value& value, bool& out);
void readValue(const Value& value, int& out);  // a count, 0 to maxCount
void readValue(const Value& value, Text& out);
void readValue(const Value& value, Date& out);
void readValue(const Value& value, YearMonth& out);
void readValue(const Value& value, Image& out);  // a file name, the file read and checked
void readValue(const Value& value, Partnership& out);  // the whole `wopdocs/1` file

// A reader for integers in a range other than a count's.
struct IntegerBetween {
    int min;
    int max;
    void operator()(const Value& value, int& out) const;
};

// The default reader: whichever readValue overload fits the target.
struct ReadValue {
    template <class T>
    void operator()(const Value& value, T& out) const {
        readValue(value, out);
    }
};

template <class T>
void readValue(const Value& value, std::optional<T>& out) {
    readValue(value, out.emplace());
}

template <class T, class Read = ReadValue>
void readList(const Value& value, std::vector<T>& out, Read read = {}) {
    Poco::JSON::Array::Ptr array = asArray(value);
    if (!array) return;
    out.resize(array->size());
    for (std::size_t i = 0; i < out.size(); ++i) {
        read(Value{array->get(static_cast<unsigned>(i)), itemPath(value.path, i), value.context}, out[i]);
    }
}

template <class T>
void readValue(const Value& value, std::vector<T>& out) {
    readList(value, out);
}

template <class E>
struct EnumName {
    E value;
    std::string_view name;
};

template <class E, std::size_t N>
void readEnum(const Value& value, E& out, const EnumName<E> (&names)[N]) {
    std::string name;
    if (!readString(value, name)) return;
    std::string choices;
    for (const EnumName<E>& candidate : names) {
        if (candidate.name == name) {
            out = candidate.value;
            return;
        }
        choices += (choices.empty() ? "\"" : ", \"") + std::string(candidate.name) + "\"";
    }
    value.expected("one of " + choices);
}

// The keys of one JSON object. Each key read is marked known; required ones
// that are absent are reported. A null optional value counts as absent.
class Fields {
public:
    Fields(const Value& object, Poco::JSON::Object::Ptr members) : object_(object), members_(std::move(members)) {}

    template <class T, class Read = ReadValue>
    void required(std::string_view key, T& out, Read read = {}) {
        if (auto value = take(key, true)) read(*value, out);
    }
    template <class T, class Read = ReadValue>
    void optional(std::string_view key, T& out, Read read = {}) {
        if (auto value = take(key, false)) read(*value, out);
    }

    // A key people write for `key` by mistake (a document's id for its
    // section's key, "-" or "_" alike): reported with `why`, not as a typo.
    void misnamed(std::string_view mistake, std::string why);

    // Keys no reader asked for: usually typos, so they are errors, each
    // with the known key it is closest to, if any is close.
    void reportUnknown() const;

private:
    std::optional<Value> take(std::string_view key, bool required);

    const Value& object_;
    Poco::JSON::Object::Ptr members_;
    std::set<std::string, std::less<>> known_;
    std::map<std::string, std::string, std::less<>> misnamed_;  // by the mistake, "-" as "_"
};

// Reads an object's fields with `readFields(Fields&)`; true when that added
// no error, so checks across fields can rely on the values read.
template <class ReadFields>
bool readObject(const Value& value, ReadFields&& readFields) {
    const std::size_t errorsBefore = value.context.errorCount();
    Poco::JSON::Object::Ptr members = asObject(value);
    if (!members) return false;
    Fields fields(value, members);
    readFields(fields);
    fields.reportUnknown();
    return value.context.errorCount() == errorsBefore;
}

}  // namespace wop::model::json
