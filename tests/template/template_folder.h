// A template folder written into a scratch directory, for the template tests.
#pragma once

#include <filesystem>
#include <string>

#include "support.h"
#include "template/template_set.h"

namespace wop::test {

class TemplateFolder {
public:
    TemplateFolder();

    const std::filesystem::path& path() const { return dir_.path(); }
    // Writes `text` to `relative` (such as "partials/x.mustache"), making folders as needed.
    std::filesystem::path write(const std::string& relative, const std::string& text) const;

    tmpl::TemplateSet load(char32_t digitZero = U'0') const { return tmpl::TemplateSet::load(path(), digitZero); }
    // The error loading the folder throws; fails the test when it loads.
    tmpl::TemplateError loadError() const;

private:
    ScratchDir dir_;
};

// Loads a folder with one template, "main", and renders it with `data`.
std::string renderOne(const std::string& mainText, const context::Value& values,
                      const std::string& partialName = "", const std::string& partialText = "");

}  // namespace wop::test
