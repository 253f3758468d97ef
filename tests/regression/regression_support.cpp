#include "regression_support.h"

#include <gtest/gtest.h>

namespace wop::test {

const text::FontSet& fonts() {
    static const text::FontSet set(text::FontChoice::defaults(sourceDir() / "fonts"));
    return set;
}

std::string fuzzInput(const std::string& name) {
    return readFile(sourceDir() / "tests" / "regression" / "inputs" / name);
}

TemplateDir::TemplateDir(const std::string& mainText, const std::map<std::string, std::string>& partials)
    : dir_("regression-templates") {
    writeFile(dir_ / "main.mustache", mainText);
    std::filesystem::create_directories(dir_ / "partials");
    for (const auto& [name, text] : partials) writeFile(dir_.path() / "partials" / (name + ".mustache"), text);
}

tmpl::TemplateError TemplateDir::loadError() const {
    try {
        load();
    } catch (const tmpl::TemplateError& error) {
        return error;
    }
    ADD_FAILURE() << "the template folder loaded";
    return tmpl::TemplateError("", 0, 0, "");
}

}  // namespace wop::test
