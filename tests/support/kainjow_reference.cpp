#include "kainjow_reference.h"

#include <fstream>
#include <iterator>
#include <map>

#include "base/escape.h"
#include "template/mustache_data.h"

namespace wop::test {
namespace {

using kainjow::mustache::data;

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class FolderPartials : public kainjow::mustache::context<std::string> {
public:
    FolderPartials(const data* values, const std::filesystem::path& dir) : context(values) {
        const std::filesystem::path folder = dir / "partials";
        if (!std::filesystem::is_directory(folder)) return;
        for (const auto& entry : std::filesystem::directory_iterator(folder))
            if (entry.path().extension() == ".mustache")
                partials_.emplace(entry.path().stem().string(), data(readFile(entry.path())));
    }

    const data* get_partial(const std::string& name) const override {
        auto it = partials_.find(name);
        return it == partials_.end() ? nullptr : &it->second;
    }

private:
    std::map<std::string, data> partials_;
};

}  // namespace

std::optional<std::string> renderExpandingPartials(const std::filesystem::path& dir, const std::string& name,
                                                   const context::Value& values) {
    kainjow::mustache::mustache compiled(readFile(dir / (name + ".mustache")));
    compiled.set_custom_escape([](const std::string& value) { return base::escape(value); });
    const data converted = tmpl::mustacheData(values);
    FolderPartials context(&converted, dir);
    std::string out = compiled.render(context);
    if (!compiled.is_valid()) return std::nullopt;
    return out;
}

}  // namespace wop::test
