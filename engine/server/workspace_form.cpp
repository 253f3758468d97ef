#include "server/workspace_form.h"

#include <algorithm>
#include <charconv>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include "base/escape.h"
#include "model/json_tree.h"
#include "server/portal_words.h"
#include "server/workspace_keys.h"
#include "server/workspace_labels.h"
#include "server/workspace_messages.h"

namespace wop::server {

namespace {

using base::escape;
using Poco::Dynamic::Var;
using Poco::JSON::Array;
using Poco::JSON::Object;
using Kind = FieldSpec::Kind;
using model::json::isArray;
using model::json::isObject;

Object::Ptr newObject() { return new Object(Poco::JSON_PRESERVE_KEY_ORDER); }

std::string textOf(const std::optional<Var>& value) {
    if (!value || value->isEmpty() || isObject(*value) || isArray(*value)) return "";
    return value->convert<std::string>();
}

// A Text's language: given per language, or English as a plain string.
std::string languageOf(const std::optional<Var>& value, const char* lang) {
    if (value && isObject(*value)) return textOf(model::json::at(*value, lang));
    return std::string(lang) == "en" ? textOf(value) : "";
}

class Renderer {
public:
    Renderer(FormNotes& notes, model::Lang lang) : notes_(notes), lang_(lang), say_(html::words(lang)) {}

    std::string field(const FieldSpec& spec, const std::string& path, const std::optional<Var>& value,
                      const std::string& label) {
        switch (spec.kind) {
            case Kind::Object: return object(spec, path, value, label);
            case Kind::List: return list(spec, path, value, label);
            case Kind::Keyed: return keyed(spec, path, value, label);
            case Kind::Text:
            case Kind::Line: return text(spec, path, value, label);
            default: return single(spec, path, value, label);
        }
    }

private:
    std::string object(const FieldSpec& spec, const std::string& path, const std::optional<Var>& value,
                       const std::string& label) {
        std::string out = "<fieldset class=\"group\"><legend>" + escape(label) + "</legend>\n" + hint(spec) + notesAt(path);
        for (const FieldSpec& member : spec.members)
            out += field(member, path + "." + member.key, value ? model::json::at(*value, member.key) : std::nullopt,
                         fieldLabel(member.key, lang_));
        return out + "</fieldset>\n";
    }

    std::string list(const FieldSpec& spec, const std::string& path, const std::optional<Var>& value,
                     const std::string& label) {
        const std::size_t rows = value && isArray(*value) ? value->extract<Array::Ptr>()->size() : 0;
        std::string out = "<fieldset class=\"list\"><legend>" + escape(label) + "</legend>\n" + hint(spec) + notesAt(path) +
                          "<input type=\"hidden\" name=\"rows:" + escape(path) + "\" value=\"" + std::to_string(rows) + "\">\n";
        const FieldSpec& item = spec.item.front();
        for (std::size_t i = 0; i < rows; ++i) {
            const std::string row = path + "[" + std::to_string(i) + "]";
            out += "<div class=\"row\"><div class=\"row-fields\">" +
                   field(item, row, value->extract<Array::Ptr>()->get(static_cast<unsigned>(i)), std::to_string(i + 1)) +
                   "</div><div class=\"row-tools\">" + button("up " + row, "↑", say_.moveUp) +
                   button("down " + row, "↓", say_.moveDown) + button("remove " + row, "✕", say_.remove) + "</div></div>\n";
        }
        return out + button("add " + path, std::string(say_.add), say_.addRow) + "</fieldset>\n";
    }

    // Each field under its key, as templates name it, then a key to add.
    std::string keyed(const FieldSpec& spec, const std::string& path, const std::optional<Var>& value,
                      const std::string& label) {
        const html::PortalWords& say = say_;
        const std::vector<std::string> keys =
            value && isObject(*value) ? value->extract<Object::Ptr>()->getNames() : std::vector<std::string>{};
        std::string joined;
        for (const std::string& key : keys) joined += (joined.empty() ? "" : ",") + key;
        std::string out = "<fieldset class=\"list keyed\"><legend>" + escape(label) + "</legend>\n" + hint(spec) +
                          notesAt(path) + "<input type=\"hidden\" name=\"keys:" + escape(path) + "\" value=\"" +
                          escape(joined) + "\">\n";
        for (const std::string& key : keys)
            out += "<div class=\"row\"><div class=\"row-fields\">" +
                   text(spec.item.front(), path + "." + key, model::json::at(*value, key), key) +
                   "</div><div class=\"row-tools\">" +
                   button("remove " + path + "." + key, "✕", std::string(say.removeField)) + "</div></div>\n";
        const std::string name = typedKeyField(path);
        return out + "<div class=\"field\"><label for=\"f-" + escape(name) + "\">" + escape(say.newFieldKey) +
               "</label><input type=\"text\" id=\"f-" + escape(name) + "\" name=\"" + escape(name) +
               "\" pattern=\"[a-z][a-z0-9_]*\" autocomplete=\"off\">" + notesAt(name) + "</div>\n" +
               button("add " + path, "+ " + escape(say.addField), std::string(say.addField)) + "</fieldset>\n";
    }

    std::string text(const FieldSpec& spec, const std::string& path, const std::optional<Var>& value,
                     const std::string& label) {
        const bool line = spec.kind == Kind::Line;
        auto input = [&](const char* lang, const char* dir, const std::string& caption) {
            const std::string name = path + "." + lang;
            const std::string attributes = " id=\"f-" + escape(name) + "\" name=\"" + escape(name) + "\" lang=\"" + lang +
                                           "\" dir=\"" + dir + "\"" + (std::string(lang) == "ur" ? " class=\"ur\"" : "");
            const std::string current = escape(languageOf(value, lang));
            return "<label class=\"lang\" for=\"f-" + escape(name) + "\">" + caption + "</label>" +
                   (line ? "<input type=\"text\"" + attributes + " value=\"" + current + "\">"
                         : "<textarea rows=\"2\"" + attributes + ">" + current + "</textarea>");
        };
        std::string out = "<div class=\"field text\"><span class=\"name\">" + escape(label) + required(spec) + "</span>" +
                          hint(spec) + "<div class=\"pair\"><div>" + input("en", "ltr", std::string(say_.english)) +
                          "</div><div class=\"ur-side\">" +
                          input("ur", "rtl", std::string(say_.urdu)) +
                          "</div></div>\n";
        if (notes_.englishOnly.erase(path)) out += "<p class=\"missing\">" + std::string(say_.urduMissing) + "</p>\n";
        out += notesAt(path) + notesAt(path + ".en") + notesAt(path + ".ur");
        return out + "</div>\n";
    }

    std::string single(const FieldSpec& spec, const std::string& path, const std::optional<Var>& value,
                       const std::string& label) {
        const std::string id = "f-" + escape(path);
        const std::string current = textOf(value);
        std::string input;
        // `attributes`: a person's name is shown in English, left to right on an Urdu page too.
        auto select = [&](const std::vector<std::pair<std::string, std::string>>& options, const char* attributes = "") {
            std::string out = "<select id=\"" + id + "\" name=\"" + escape(path) + "\"" + attributes +
                              "><option value=\"\"></option>";
            bool found = current.empty();
            for (const auto& [option, shown] : options) {
                found = found || option == current;
                out += "<option value=\"" + escape(option) + "\"" + (option == current ? " selected" : "") + ">" +
                       escape(shown) + "</option>";
            }
            if (!found) out += "<option value=\"" + escape(current) + "\" selected>" + escape(current) + "</option>";
            return out + "</select>";
        };
        auto typed = [&](const char* type, const char* more) {
            return "<input type=\"" + std::string(type) + "\" id=\"" + id + "\" name=\"" + escape(path) + "\" value=\"" +
                   escape(current) + "\"" + more + ">";
        };
        switch (spec.kind) {
            case Kind::Choice: {
                std::vector<std::pair<std::string, std::string>> options;
                for (const std::string& choice : spec.choices) options.emplace_back(choice, choiceName(choice, lang_));
                input = select(options);
                break;
            }
            case Kind::Boolean: input = select({{"true", std::string(say_.yes)}, {"false", std::string(say_.no)}}); break;
            case Kind::Person: input = select(notes_.people, " lang=\"en\" dir=\"ltr\""); break;
            case Kind::Date: input = typed("date", ""); break;
            case Kind::Month: input = typed("month", " placeholder=\"YYYY-MM\""); break;
            case Kind::Integer: input = typed("number", " min=\"0\" step=\"1\""); break;
            default: input = typed("text", ""); break;
        }
        return "<div class=\"field\"><label for=\"" + id + "\">" + escape(label) + required(spec) + "</label>" + hint(spec) +
               input + notesAt(path) + "</div>\n";
    }

    std::string required(const FieldSpec& spec) const {
        return spec.required ? " <abbr title=\"" + std::string(say_.required) + "\">*</abbr>" : "";
    }

    std::string hint(const FieldSpec& spec) const {
        return spec.description.empty() ? ""
                                        : "<small class=\"hint\">" + escape(fieldHint(spec.description, lang_)) + "</small>";
    }

    static std::string button(const std::string& op, const std::string& text, std::string_view title) {
        const std::string said(title);
        return "<button type=\"submit\" class=\"small\" name=\"op\" value=\"" + escape(op) + "\" title=\"" + said +
               "\" aria-label=\"" + said + "\">" + text + "</button>";
    }

    // The diagnostics at exactly `path`, taken out of the notes.
    std::string notesAt(const std::string& path) {
        std::string out;
        const auto [first, last] = notes_.diagnostics.equal_range(path);
        for (auto it = first; it != last; ++it) {
            const model::Diagnostic& d = it->second;
            const bool error = d.severity == model::Diagnostic::Severity::Error;
            out += "<p class=\"" + std::string(error ? "field-error" : "field-warning") + "\" role=\"" +
                   (error ? "alert" : "note") + "\">" + std::string(error ? say_.errorSays : say_.warningSays) + ": " +
                   escape(diagnosticMessage(d.message, lang_)) +
                   (d.rule.empty() ? "" : " [" + escape(d.rule) + "]") + "</p>\n";
        }
        notes_.diagnostics.erase(first, last);
        return out;
    }

    FormNotes& notes_;
    model::Lang lang_;
    const html::PortalWords& say_;
};

// The key of each step of a path, indexes dropped: "a.b[2].c" -> a, b, c.
std::vector<std::string> keysOf(const std::string& path) {
    std::vector<std::string> keys;
    std::size_t i = 0;
    while (i < path.size()) {
        if (path[i] == '.') { ++i; continue; }
        if (path[i] == '[') { i = path.find(']', i) + 1; continue; }
        const std::size_t end = std::min(path.find_first_of(".[", i), path.size());
        keys.push_back(path.substr(i, end - i));
        i = end;
    }
    return keys;
}

// An empty value of the spec's kind: a row just added.
Var emptyOf(const FieldSpec& spec) {
    if (spec.kind == Kind::Object) return newObject();
    if (spec.kind == Kind::List) return Array::Ptr(new Array());
    return std::string();
}

class Reader {
public:
    Reader(const Poco::Net::NameValueCollection& form, bool keepEmptyRows) : form_(form), keepEmptyRows_(keepEmptyRows) {}

    std::optional<Var> value(const FieldSpec& spec, const std::string& path) const {
        switch (spec.kind) {
            case Kind::Object: {
                Object::Ptr object = newObject();
                for (const FieldSpec& member : spec.members)
                    if (auto v = value(member, path + "." + member.key)) object->set(member.key, *v);
                if (object->size() == 0) return std::nullopt;
                return Var(object);
            }
            case Kind::List: {
                std::size_t rows = 0;
                const std::string count = form_.get("rows:" + path, "0");
                std::from_chars(count.data(), count.data() + count.size(), rows);
                Array::Ptr array = new Array();
                for (std::size_t i = 0; i < std::min<std::size_t>(rows, 1000); ++i) {
                    const FieldSpec& item = spec.item.front();
                    if (auto v = value(item, path + "[" + std::to_string(i) + "]")) array->add(*v);
                    else if (keepEmptyRows_) array->add(emptyOf(item));
                }
                if (array->size() == 0) return std::nullopt;
                return Var(array);
            }
            case Kind::Keyed: {
                Object::Ptr object = newObject();
                const std::string keys = form_.get("keys:" + path, "");
                for (std::size_t start = 0; start < keys.size();) {
                    const std::size_t end = std::min(keys.find(',', start), keys.size());
                    const std::string key = keys.substr(start, end - start);
                    start = end + 1;
                    if (key.empty() || object->has(key)) continue;
                    if (auto v = value(spec.item.front(), path + "." + key)) object->set(key, *v);
                    else if (keepEmptyRows_) object->set(key, emptyOf(spec.item.front()));
                }
                if (object->size() == 0) return std::nullopt;
                return Var(object);
            }
            case Kind::Text:
            case Kind::Line: {
                Object::Ptr text = newObject();
                for (const char* lang : {"en", "ur"})
                    if (const std::string given = form_.get(path + "." + lang, ""); !given.empty()) text->set(lang, given);
                if (text->size() == 0) return std::nullopt;
                return Var(text);
            }
            default: {
                const std::string given = form_.get(path, "");
                if (given.empty()) return std::nullopt;
                if (spec.kind == Kind::Boolean && (given == "true" || given == "false")) return Var(given == "true");
                if (spec.kind == Kind::Integer) {
                    long long number = 0;
                    const auto [end, error] = std::from_chars(given.data(), given.data() + given.size(), number);
                    // Anything else stays text, for the loader to say what was expected.
                    if (error == std::errc() && end == given.data() + given.size()) return Var(static_cast<Poco::Int64>(number));
                }
                return Var(given);
            }
        }
    }

private:
    const Poco::Net::NameValueCollection& form_;
    bool keepEmptyRows_;
};

// "remove a.b[3]" -> {"a.b", 3}
std::optional<std::pair<std::string, unsigned>> rowOf(const std::string& path) {
    const std::size_t open = path.rfind('[');
    if (open == std::string::npos || path.back() != ']') return std::nullopt;
    unsigned index = 0;
    const auto [end, error] = std::from_chars(path.data() + open + 1, path.data() + path.size() - 1, index);
    if (error != std::errc() || end != path.data() + path.size() - 1) return std::nullopt;
    return std::pair{path.substr(0, open), index};
}

}  // namespace

FormNotes FormNotes::of(const std::vector<model::Diagnostic>& diagnostics,
                        const std::vector<model::Diagnostic>& englishOnly) {
    FormNotes notes;
    auto bare = [](const std::string& path) { return path.starts_with("$.") ? path.substr(2) : path; };
    for (const model::Diagnostic& d : diagnostics) notes.diagnostics.emplace(bare(d.path), d);
    for (const model::Diagnostic& d : englishOnly) notes.englishOnly.insert(bare(d.path));
    return notes;
}

const FieldSpec* specAt(const FieldSpec& root, const std::string& path) {
    const FieldSpec* spec = &root;
    const std::vector<std::string> keys = keysOf(path);
    std::size_t key = 0;
    for (std::size_t i = 0; i < path.size() && spec;) {
        if (path[i] == '[') {
            if (spec->kind != Kind::List) return nullptr;
            spec = &spec->item.front();
            i = path.find(']', i) + 1;
        } else if (path[i] == '.') {
            ++i;
        } else {
            if (key >= keys.size()) return nullptr;
            if (spec->kind == Kind::Keyed) spec = &spec->item.front();
            else if (spec->kind == Kind::Object) spec = spec->member(keys[key]);
            else return nullptr;
            i += keys[key++].size();
        }
    }
    return spec;
}

std::string formFields(const FieldSpec& root, const std::vector<std::string>& paths, const Var& document,
                       FormNotes& notes, model::Lang lang) {
    Renderer renderer(notes, lang);
    std::string out;
    for (const std::string& path : paths)
        if (const FieldSpec* spec = specAt(root, path))
            out += renderer.field(*spec, path, model::json::at(document, path), fieldLabel(keysOf(path).back(), lang));
    return out;
}

void readForm(const FieldSpec& root, const std::vector<std::string>& paths, const Poco::Net::NameValueCollection& form,
              bool keepEmptyRows, Var& document) {
    const Reader reader(form, keepEmptyRows);
    for (const std::string& path : paths)
        if (const FieldSpec* spec = specAt(root, path)) model::json::put(document, path, reader.value(*spec, path));
}

bool applyListAction(const FieldSpec& root, const std::string& op, Var& document) {
    const std::size_t space = op.find(' ');
    if (space == std::string::npos) return false;
    const std::string action = op.substr(0, space), path = op.substr(space + 1);
    if (action == "add") {
        const FieldSpec* spec = specAt(root, path);
        if (!spec || spec->kind != Kind::List) return false;
        std::optional<Var> list = model::json::at(document, path);
        if (!list || !isArray(*list)) {
            model::json::put(document, path, Var(Array::Ptr(new Array())));
            list = model::json::at(document, path);
        }
        Array::Ptr rows = list->extract<Array::Ptr>();
        rows->add(emptyOf(spec->item.front()));
        return true;
    }
    const auto row = rowOf(path);
    if (!row) return false;
    const std::optional<Var> list = model::json::at(document, row->first);
    if (!list || !isArray(*list)) return false;
    Array::Ptr array = list->extract<Array::Ptr>();
    const unsigned i = row->second;
    if (i >= array->size()) return false;
    if (action == "remove") {
        array->remove(i);
    } else if (action == "up" || action == "down") {
        const unsigned j = action == "up" ? i - 1 : i + 1;
        if (i == 0 && action == "up") return true;
        if (j >= array->size()) return true;
        const Var a = array->get(i), b = array->get(j);
        array->set(i, b);
        array->set(j, a);
    } else {
        return false;
    }
    return true;
}

std::vector<std::pair<std::string, std::string>> peopleOf(const Var& document) {
    std::vector<std::pair<std::string, std::string>> people;
    auto addParty = [&](const Var& party) {
        const std::optional<Var> list = model::json::at(party, "people");
        if (!list || !isArray(*list)) return;
        Array::Ptr array = list->extract<Array::Ptr>();
        for (unsigned i = 0; i < array->size(); ++i) {
            const Var person = array->get(i);
            const std::string id = textOf(model::json::at(person, "id"));
            if (id.empty()) continue;
            const std::string name = languageOf(model::json::at(person, "name"), "en");
            const std::string party_ = textOf(model::json::at(party, "short_name"));
            people.emplace_back(id, name.empty() ? id : name + (party_.empty() ? "" : " (" + party_ + ")"));
        }
    };
    for (const char* role : {"facilitator", "mentor", "mentee"})
        if (const auto party = model::json::at(document, std::string("parties.") + role)) addParty(*party);
    if (const auto partners = model::json::at(document, "parties.supporting_partners"); partners && isArray(*partners)) {
        Array::Ptr array = partners->extract<Array::Ptr>();
        for (unsigned i = 0; i < array->size(); ++i) addParty(array->get(i));
    }
    return people;
}

}  // namespace wop::server
