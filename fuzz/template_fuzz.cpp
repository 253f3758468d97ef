// User templates: the input is a template folder written out as text, the
// main template and two partials separated by a record separator (0x1E),
// then a value for {{name}}. It goes through TemplateSet's checks (load) and,
// when they pass, is rendered with a small context like the real one.
// Either outcome is fine; a crash, hang or another exception is not. The
// checks judge a template's structure without kainjow's parser, so they
// must agree with it: what they pass kainjow parses, and what they call
// malformed kainjow cannot parse either. The stage writes partials into
// their templates: what it renders must be what kainjow renders expanding
// each partial where it is included.
#include <unistd.h>

#include <cstddef>
#include <cstdio>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kainjow_reference.h"
#include "template/template_set.h"

namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "template fuzz: %s\n", what);
    std::abort();
}
using wop::context::Value;

const fs::path& folder() {
    static const fs::path dir = [] {
        fs::path base = fs::exists("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
        fs::path d = base / ("wopdocs-fuzz-template-" + std::to_string(getpid()));
        fs::create_directories(d / "partials");
        std::atexit([] { std::error_code ignored; fs::remove_all(folder(), ignored); });
        return d;
    }();
    return dir;
}

void write(const fs::path& path, std::string_view text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

std::vector<std::string_view> split(std::string_view input, char separator, size_t parts) {
    std::vector<std::string_view> out;
    while (out.size() + 1 < parts) {
        size_t at = input.find(separator);
        if (at == std::string_view::npos) break;
        out.push_back(input.substr(0, at));
        input.remove_prefix(at + 1);
    }
    out.push_back(input);
    out.resize(parts);
    return out;
}

Value context(const std::string& name) {
    Value person;
    person.set("name", name);
    person.set("title", "Director <Operations> & \"Planning\"");
    Value people = Value::list();
    for (int i = 1; i <= 3; ++i) {
        Value item = person;
        item.set("number", std::to_string(i));
        people.push_back(item);
    }
    Value root;
    root.set("name", name);
    root.set("short_name", "WASA");
    root.set("people", people);
    root.set("director", person);
    root.set("signed", true);
    root.set("missing", false);
    root.set("empty", Value::list());
    return root;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
    std::vector<std::string_view> parts = split({reinterpret_cast<const char*>(bytes), size}, '\x1e', 4);
    write(folder() / "main.mustache", parts[0]);
    write(folder() / "partials" / "a.mustache", parts[1]);
    write(folder() / "partials" / "b.mustache", parts[2]);
    const std::pair<fs::path, std::string_view> files[] = {{folder() / "main.mustache", parts[0]},
                                                           {folder() / "partials" / "a.mustache", parts[1]},
                                                           {folder() / "partials" / "b.mustache", parts[2]}};
    try {
        wop::tmpl::TemplateSet set = wop::tmpl::TemplateSet::load(folder());
        for (const auto& [path, text] : files)
            if (!kainjow::mustache::mustache(std::string(text)).is_valid()) fail("load passed what kainjow cannot parse");
        const Value values = context(std::string(parts[3]));
        // Names the random values lack print nothing, as kainjow prints them.
        const std::string rendered = set.render("main", values, wop::tmpl::UnknownNames::RenderEmpty).text;
        if (rendered != wop::test::renderExpandingPartials(folder(), "main", values))
            fail("partials written in render otherwise than kainjow expanding them");
    } catch (const wop::tmpl::TemplateError& e) {
        // A clear error about the template is a fine answer; one about its
        // structure must be kainjow's too.
        const std::string message = e.what();
        for (const char* structural : {"Unclosed tag", "Invalid set delimiter tag", "Unopened section", "Unclosed section"})
            if (message.find(structural) != std::string::npos)
                for (const auto& [path, text] : files)
                    if (e.file() == path.string() && kainjow::mustache::mustache(std::string(text)).is_valid())
                        fail("load called malformed what kainjow parses");
    }
    return 0;
}
