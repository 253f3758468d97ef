// What the regression tests share: the fonts, template folders on disk, the
// inputs the fuzzers found (tests/regression/inputs/), and (text_difference.h)
// a check that set lines give back the text they were given.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>


#include "support.h"
#include "text_difference.h"
#include "template/template_set.h"
#include "text/font_set.h"
#include "text/paragraph.h"

namespace wop::test {

const text::FontSet& fonts();

// For EXPECT_PRED2(contains, text, part).
inline bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The bytes of tests/regression/inputs/<name>.
std::string fuzzInput(const std::string& name);

// A template folder holding "main.mustache" and the given partials.
class TemplateDir {
public:
    explicit TemplateDir(const std::string& mainText, const std::map<std::string, std::string>& partials = {});
    const std::filesystem::path& path() const { return dir_.path(); }
    tmpl::TemplateSet load() const { return tmpl::TemplateSet::load(path()); }
    // What loading the folder throws; fails the test when it loads.
    tmpl::TemplateError loadError() const;

private:
    ScratchDir dir_;
};

}  // namespace wop::test
