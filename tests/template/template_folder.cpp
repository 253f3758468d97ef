#include "template_folder.h"

#include <gtest/gtest.h>

namespace wop::test {

TemplateFolder::TemplateFolder() : dir_("templates") {}

std::filesystem::path TemplateFolder::write(const std::string& relative, const std::string& text) const {
    std::filesystem::path file = path() / relative;
    std::filesystem::create_directories(file.parent_path());
    writeFile(file, text);
    return file;
}

tmpl::TemplateError TemplateFolder::loadError() const {
    try {
        load();
    } catch (const tmpl::TemplateError& e) {
        return e;
    }
    ADD_FAILURE() << "the templates in " << path() << " loaded without an error";
    return tmpl::TemplateError("", 0, 0, "no error");
}

std::string renderOne(const std::string& mainText, const context::Value& values,
                      const std::string& partialName, const std::string& partialText) {
    TemplateFolder folder;
    folder.write("main.mustache", mainText);
    if (!partialName.empty()) folder.write("partials/" + partialName + ".mustache", partialText);
    return folder.load().render("main", values).text;
}

}  // namespace wop::test
